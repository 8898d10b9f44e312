"""Run core work off the GUI thread; deliver success, failure and progress back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .bridge import ProgressBridge, ProgressCallback

log = logging.getLogger(__name__)
_running: set[CoreOperation] = set()  # keeps operations alive until their result is delivered


class _Outcome(QObject):
    # Created in the GUI thread; signals emitted from the worker are queued back to it.
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], op: CoreOperation) -> None:
        super().__init__()
        self.work = work
        self.outcome = op._outcome
        self.bridge = op.progress

    def run(self) -> None:
        try:
            result = self.work(self.bridge.report)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            self.outcome.failed.emit(exc)
        else:
            self.outcome.done.emit(result)


class CoreOperation(QObject):
    """One piece of core work: `work(progress)` runs in a pool thread, callbacks on the GUI thread.

    Like Anki's QueryOp: the GUI never blocks; a cancelled operation delivers nothing.
    """

    finished = Signal()

    def __init__(
        self,
        work: Callable[[ProgressCallback], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.on_success = on_success
        self.on_failure = on_failure
        self.progress = ProgressBridge()
        self._outcome = _Outcome()
        self._outcome.done.connect(self._deliver_success)
        self._outcome.failed.connect(self._deliver_failure)
        if on_progress is not None:
            self.progress.progressed.connect(on_progress)

    def run(self, pool: QThreadPool | None = None) -> CoreOperation:
        """Start the work in a pool (the global one by default); return self."""
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Job(self.work, self))
        return self

    def cancel(self) -> None:
        """Stop delivering results; the core stops at its next progress report."""
        self.progress.cancel()

    @property
    def cancelled(self) -> bool:
        """Tell whether the operation was cancelled."""
        return self.progress.cancelled

    def _deliver_success(self, result: Any) -> None:
        if not self.cancelled and self.on_success is not None:
            self.on_success(result)
        self._finish()

    def _deliver_failure(self, exc: BaseException) -> None:
        if self.cancelled:
            pass
        elif self.on_failure is not None:
            self.on_failure(exc)
        else:
            # Type and code only: exception text could carry personal data from lower layers.
            log.error("background work failed: %s %s", type(exc).__name__, getattr(exc, "code", ""))
        self._finish()

    def _finish(self) -> None:
        _running.discard(self)
        self.finished.emit()
