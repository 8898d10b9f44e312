"""Enrolment and sync off the GUI thread, with progress, cancel and background retries.

The engine gets its own SQLite connection in the worker thread: a transaction on the GUI's
connection must never interleave with the engine's.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from subei_mobile.first_run import is_demo
from subei_mobile.security.fields import StoreConnection
from subei_mobile.store import Store

from .bridge import ProgressCallback
from .operations import CoreOperation

TransportFactory = Callable[[str, str], Any]  # (server URL, CA file) -> Transport
LAST_SYNC_KEY = "last_sync_at"
BACKGROUND_FIRST_S = 30.0
CONTEXT = "SyncText"
# Stable codes from the engine, transport and server; the UI turns them into sentences.
MESSAGES = {
    "unreachable": QT_TRANSLATE_NOOP(
        "SyncText",
        "The county server cannot be reached. Your changes stay on this laptop and are sent at the next sync.",
    ),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "SyncText", "This laptop is not registered with the county server yet."
    ),
    "device_revoked": QT_TRANSLATE_NOOP(
        "SyncText", "This laptop has been withdrawn by the county. Contact the county office."
    ),
    "unknown_device": QT_TRANSLATE_NOOP(
        "SyncText", "The county server does not know this laptop. Register it again."
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "SyncText", "The county server did not accept this laptop's key. Register it again."
    ),
    "clock_skew": QT_TRANSLATE_NOOP(
        "SyncText", "The laptop's clock is wrong. Set the date and time, then sync again."
    ),
    "enrolment_code_invalid": QT_TRANSLATE_NOOP(
        "SyncText", "The registration code is wrong, used or expired."
    ),
    "bad_public_key": QT_TRANSLATE_NOOP("SyncText", "The registration was refused. Try again."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "SyncText", "The county server is busy. Try again in a minute."
    ),
    "cancelled": QT_TRANSLATE_NOOP(
        "SyncText", "Sync cancelled. Nothing was lost; the next sync continues."
    ),
    "server_url": QT_TRANSLATE_NOOP(
        "SyncText", "Type the server address, e.g. https://county.example/"
    ),
    "code_required": QT_TRANSLATE_NOOP("SyncText", "Type the registration code."),
    "update_needed": QT_TRANSLATE_NOOP(
        "SyncText",
        "Update needed: this program is too old for the county server. Install the update "
        "from the county, then sync again. Nothing was lost.",
    ),
    "store.demo": QT_TRANSLATE_NOOP(
        "SyncText",
        "This is demo data: it can never be registered or synced with the county. Use a new data folder for real work.",
    ),
    "enrol.needs_user": QT_TRANSLATE_NOOP(
        "SyncText",
        "This laptop has no user yet, so its data is not encrypted. Create the first user, "
        "then register the laptop.",
    ),
    "enrol.needs_county_key": QT_TRANSLATE_NOOP(
        "SyncText",
        "This laptop has no county recovery key, so the county could not recover its work if "
        "it were lost. Set up the county key, then register the laptop.",
    ),
}
# A laptop put back from a backup that cannot be re-based (client/rebase.py): work stays here.
_NO_REBASE = QT_TRANSLATE_NOOP(
    "SyncText",
    "This laptop was put back from a backup and the county server could not take it back in step. Nothing was sent or lost: your work stays on this laptop. Contact the county office.",
)
MESSAGES.update(dict.fromkeys(
    ("rebase_unavailable", "rebase_no_common_entry", "rebase_failed", "no_audit_chain",
     "checkpoint_bad_signature", "checkpoint_malformed", "checkpoint_other_device",
     "checkpoint_mismatch", "checkpoint_unverifiable"),
    _NO_REBASE,
))  # fmt: skip
FALLBACK = QT_TRANSLATE_NOOP("SyncText", "Sync failed (%1).")
ERASED = QT_TRANSLATE_NOOP(
    "SyncText",
    "Its data on this laptop has been erased. Lost: %1 unsent changes and %2 attachments not "
    "yet sent.",
)
NOT_ERASED = QT_TRANSLATE_NOOP(
    "SyncText",
    "Its key was deleted, but this laptop's data was not encrypted and stays readable on its "
    "disk (%1 unsent changes, %2 attachments not yet sent). Have the disk erased.",
)


def sync_text(code: str, lost: Any = None) -> str:
    """Return the sentence for a sync error code in the user's language.

    `lost` is what a revocation destroyed (subei_sync.client.revocation.Shredded): the
    sentence then says how many unsent changes and attachments are gone.
    """
    source = MESSAGES.get(code)
    if source is None:
        return QCoreApplication.translate(CONTEXT, FALLBACK).replace("%1", code)
    text = QCoreApplication.translate(CONTEXT, source)
    if code == "device_revoked" and lost is not None:
        detail = QCoreApplication.translate(CONTEXT, ERASED if lost.erased else NOT_ERASED)
        detail = detail.replace("%1", str(lost.unsent_changes))
        text += " " + detail.replace("%2", str(lost.unsent_attachments))
    return text


class SyncCancelled(Exception):
    """The user pressed Cancel; everything applied so far is committed."""

    code = "cancelled"


def error_code(exc: BaseException) -> str:
    """Return the stable code of a sync or enrolment failure."""
    from subei_sync.client.identity import NotEnrolled
    from subei_sync.client.transport import Unreachable

    if isinstance(exc, Unreachable):
        return "unreachable"
    if isinstance(exc, NotEnrolled):
        return "not_enrolled"
    return str(getattr(exc, "code", "") or type(exc).__name__)


def http_transport(server: str, ca_file: str = "") -> Any:
    """Return the HTTP transport to a county server."""
    from subei_sync.client.transport import HttpTransport

    return HttpTransport(server, ca_file=ca_file)


def worker_store(store: Store) -> Store:
    """Return a second connection to the same store, for one worker thread."""
    conn = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False,
                           timeout=30, factory=StoreConnection)  # fmt: skip
    conn.row_factory = sqlite3.Row
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "busy_timeout = 30000"):  # fmt: skip
        conn.execute(f"PRAGMA {pragma}")
    return Store(conn, store.data_dir, store.user_id, store.codec)


def enrol(store: Store, transport: Any, server: str, code: str, ca_file: str = "") -> Any:
    """Register this laptop with a one-time code through a transport; return the identity.

    The same function as `subei-mobile enroll`: it refuses a store without users, seals the
    device key and always sends the audit chain's starting point.
    """
    from subei_sync.client.enrolment import enrol_device

    return enrol_device(store, transport, server, code, ca_file)


def next_delay(attempt: int) -> float:
    """Return seconds before the next background try (the scheduler's rule when present)."""
    try:  # imported late (httpx is slow to import); the app runs without the scheduler too
        from subei_sync.client import scheduler
    except ImportError:  # pragma: no cover - depends on what is checked in
        scheduler = None  # type: ignore[assignment]
    backoff = getattr(scheduler, "Backoff", None)
    if attempt and backoff is not None:
        import random

        return float(backoff().delay(attempt, random.random))  # jittered, as the CLI does
    from subei_sync.client.engine import wait_backoff

    return wait_backoff(attempt) if attempt else BACKGROUND_FIRST_S


class SyncRunner(QObject):
    """One sync at a time: `sync_now()` from the button or the background timer."""

    started = Signal()
    progressed = Signal(int, int)
    succeeded = Signal(object)  # SyncResult
    failed = Signal(str)  # error code
    online_changed = Signal(bool)

    def __init__(self, store: Store, parent: QObject | None = None,
                 transport_factory: TransportFactory = http_transport,
                 signed_in: Callable[[], bool] = lambda: True) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.transport_factory = transport_factory
        # The device key is opened (with the data key) for each sync and dropped after it; the
        # background timer does that only while someone is signed in, never on a locked screen.
        self.signed_in = signed_in
        self.operation: CoreOperation | None = None
        self.online = False
        self.attempt = 0
        self.background = False
        self.last_result: Any = None
        self.last_error = ""
        self.lost: Any = None  # what a revocation erased (Shredded), shown with its message
        self._outcome: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._background)

    # -- state ------------------------------------------------------------------------------
    def enrolled(self) -> bool:
        """Tell whether this laptop has a device identity."""
        from subei_sync.client.identity import META_KEY

        return bool(self.store.meta(META_KEY))

    def running(self) -> bool:
        """Tell whether a sync or enrolment is under way."""
        return self.operation is not None

    def start_background(self) -> None:
        """Sync on a timer from now on, backing off while the server is unreachable."""
        self.background = True
        if self.enrolled():
            self.timer.start(int(next_delay(self.attempt) * 1000))

    def stop_background(self) -> None:
        """Stop the background timer."""
        self.background = False
        self.timer.stop()

    def _background(self) -> None:
        if not self.signed_in():
            self.start_background()  # look again later; the key stays sealed meanwhile
            return
        if not self.running():
            self.sync_now()

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    # -- work -------------------------------------------------------------------------------
    def sync_now(self) -> CoreOperation | None:
        """Start a sync in a pool thread; None when one is already running."""
        if self.running():
            return None
        if is_demo(self.store):  # refused here at once; the core refuses too
            self.last_error = "store.demo"
            self.failed.emit("store.demo")
            return None
        self.started.emit()
        self.operation = CoreOperation(
            self._sync_work, on_success=self._synced, on_failure=self._sync_failed,
            on_progress=self.progressed.emit, parent=self,
        )  # fmt: skip
        self.operation.finished.connect(self._finished)
        return self.operation.run()

    def enrol(self, server: str, code: str, ca_file: str = "") -> CoreOperation | None:
        """Register this laptop in a pool thread."""
        if self.running():
            return None
        if is_demo(self.store):
            self.last_error = "store.demo"
            self.failed.emit("store.demo")
            return None
        if not server.strip():
            self.failed.emit("server_url")
            return None
        if not code.strip():
            self.failed.emit("code_required")
            return None
        self.started.emit()
        transport = self.transport_factory(server.strip(), ca_file)

        def work(_progress: ProgressCallback) -> Any:
            worker = worker_store(self.store)
            try:
                return enrol(worker, transport, server.strip(), code, ca_file)
            finally:
                worker.conn.close()

        self.operation = CoreOperation(work, on_success=lambda _i: self._enrolled(),
                                       on_failure=self._sync_failed, parent=self)  # fmt: skip
        self.operation.finished.connect(self._finished)
        return self.operation.run()

    def cancel(self) -> None:
        """Stop after the current round trip; what arrived so far stays committed."""
        if self.operation is not None:
            self.operation.progress.cancel()

    def _sync_work(self, progress: ProgressCallback) -> Any:
        from subei_sync.client.engine import SyncEngine
        from subei_sync.client.identity import load_identity

        worker = worker_store(self.store)
        try:
            identity = load_identity(worker)
            transport = self.transport_factory(identity.server, identity.ca_file)

            def step(_phase: str, done: int, total: int) -> None:
                if not progress(done, max(total, done)):
                    raise SyncCancelled

            try:
                result = SyncEngine(worker, transport, identity, progress=step).sync()
            finally:
                getattr(transport, "close", lambda: None)()
            now = dt.datetime.now().astimezone().isoformat(timespec="minutes")
            worker.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                                (LAST_SYNC_KEY, now))  # fmt: skip
            return result
        finally:
            worker.conn.close()

    def _synced(self, result: Any) -> None:
        self.last_result, self.last_error, self.attempt = result, "", 0
        self._outcome = lambda: self.succeeded.emit(result)

    def _enrolled(self) -> None:
        self.last_error = ""
        self._outcome = lambda: self.succeeded.emit(None)

    def _sync_failed(self, exc: BaseException) -> None:
        code = error_code(exc)
        self.last_error = code
        self.lost = getattr(exc, "shredded", None)
        if code == "unreachable":
            self.attempt += 1
        self._outcome = lambda: self.failed.emit(code)

    def _finished(self) -> None:
        # Runs after success or failure was recorded: listeners then see the runner idle.
        cancelled = self.operation is not None and self.operation.cancelled
        self.operation = None
        outcome, self._outcome = self._outcome, None
        if cancelled:
            self.last_error = "cancelled"
            self.failed.emit("cancelled")
        elif outcome is not None:
            self._set_online(self.last_error not in ("unreachable",))
            outcome()
        if self.background:
            self.start_background()
