"""The one-box people search, debounced and run off the GUI thread so typing never waits."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from subei_mobile.security.fields import PLAIN, PlainCodec, StoreConnection
from subei_mobile.store.search_index import SearchPage, search_people

from ..bridge import ProgressCallback
from ..operations import CoreOperation

DEBOUNCE_MS = 250
RESULT_LIMIT = 1000


class _ReadConnections(threading.local):
    # One read-only connection per pool thread: WAL lets it read while the GUI thread writes.
    conn: sqlite3.Connection | None = None


class PeopleSearch(QObject):
    """Searches as the user types: waits for a pause, drops answers to outdated queries."""

    found = Signal(str, list, int)  # query, person ids (best first), total
    failed = Signal(object)
    cleared = Signal()

    def __init__(
        self, db_path: Path, parent: QObject | None = None, codec: PlainCodec = PLAIN
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.codec = codec  # the blind-index key: ID and phone search in an encrypted store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # queries queue up; only the newest answer is shown
        self._local = _ReadConnections()
        self._current: CoreOperation | None = None
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

    def set_text(self, text: str) -> None:
        """Take the box's new text; the query runs after a short pause in typing."""
        self._text = text
        if self._current is not None:
            self._current.cancel()
        self._timer.start()

    def run_now(self) -> None:
        """Run the pending query immediately."""
        self._timer.stop()
        text = self._text.strip()
        if self._current is not None:
            self._current.cancel()
        if not text:
            self._current = None
            self.cleared.emit()
            return
        self._current = CoreOperation(
            lambda progress: self._search(text, progress),
            on_success=lambda page: self.found.emit(text, page.person_ids, page.total),
            on_failure=self.failed.emit,
            parent=self,
        ).run(self.pool)

    def _search(self, text: str, progress: ProgressCallback) -> SearchPage:
        if not progress(0, 1):  # already outdated while queued: skip the work
            return SearchPage([], 0)
        if self._local.conn is None:
            uri = self.db_path.resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False,
                                   factory=StoreConnection)  # fmt: skip
            conn.codec = self.codec
            self._local.conn = conn
        return search_people(self._local.conn, text, limit=RESULT_LIMIT)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for queued queries to finish (tests and shutdown)."""
        return self.pool.waitForDone(msecs)
