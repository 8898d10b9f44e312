"""Core callbacks turned into Qt signals: the one place core events meet the GUI."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

# The core's progress convention: report(done, total) -> keep going?
ProgressCallback = Callable[[int, int], bool]


class ProgressBridge(QObject):
    """A core progress callback that emits `progressed` (queued to the GUI thread) and can cancel."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        """Forward progress from any thread; return False once cancelled so the core stops."""
        self.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the running core work to stop at its next progress report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Tell whether cancel() was called."""
        return self._cancelled.is_set()


class StoreEvents(QObject):
    """Signals about stored records, for screens that must refresh after writes or a sync."""

    record_did_change = Signal(str, str)  # table, record id ("" when many changed)
    sync_did_finish = Signal()

    def record_changed(self, table: str, record_id: str = "") -> None:
        """Announce a change; callable from any thread (the signal is queued to receivers)."""
        self.record_did_change.emit(table, record_id)

    def sync_finished(self) -> None:
        """Announce that a sync round finished; for the sync engine's plain callback."""
        self.sync_did_finish.emit()
