"""Backup to a USB stick and restore from a backup, off the GUI thread with a cancellable
progress dialog (the core does the work: subei_mobile/store/backup.py and restore.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from subei_mobile.store import Store

from .operations import CoreOperation
from .sync_runner import worker_store

CONTEXT = "BackupText"
MESSAGES = {
    "backup.not_encrypted": QT_TRANSLATE_NOOP(
        "BackupText",
        "This laptop's data is not encrypted, so it is not backed up: add a user first, then a lost stick shows nothing.",
    ),
    "backup.target_missing": QT_TRANSLATE_NOOP(
        "BackupText", "The folder is not there any more. Is the USB stick plugged in?"
    ),
    "backup.verify_failed": QT_TRANSLATE_NOOP(
        "BackupText",
        "What was read back from the stick differs from what was written. Do not use this stick; try another.",
    ),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "BackupText", "This file is not a backup of this app."
    ),
    "backup.unsupported_version": QT_TRANSLATE_NOOP(
        "BackupText", "This backup was made by a newer version of the app. Update the app first."
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "BackupText",
        "The backup file is damaged or incomplete and cannot be restored. Nothing on this laptop was changed.",
    ),
    "restore.would_overwrite": QT_TRANSLATE_NOOP(
        "BackupText", "This laptop already has data. Confirm to replace it (it is kept aside)."
    ),
    "auth.failed": QT_TRANSLATE_NOOP(
        "BackupText", "Wrong user name or password for this backup. Nothing was changed."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "BackupText", "The disk is full. Nothing was written; free some space and try again."
    ),
    "file.not_found": QT_TRANSLATE_NOOP("BackupText", "The file cannot be read."),
    "cancelled": QT_TRANSLATE_NOOP("BackupText", "Cancelled. Nothing was changed."),
}
FAILED = QT_TRANSLATE_NOOP("BackupText", "It did not work (%1). Nothing was changed.")
BACKUP_TITLE = QT_TRANSLATE_NOOP("BackupText", "Back up to USB stick")
RESTORE_TITLE = QT_TRANSLATE_NOOP("BackupText", "Restore from backup")
WRITING = QT_TRANSLATE_NOOP("BackupText", "Writing and checking the backup…")
READING = QT_TRANSLATE_NOOP("BackupText", "Reading and checking the backup…")
CANCEL = QT_TRANSLATE_NOOP("BackupText", "Cancel")
SAVED = QT_TRANSLATE_NOOP(
    "BackupText",
    "Backup written to %1 and checked (%2 households, %3 changes not yet sent).\n\nIt is encrypted: without a password of this laptop or the county key nobody can read it. It is safe to remove the USB stick.",
)
CONFIRM = QT_TRANSLATE_NOOP(
    "BackupText",
    "Replace the data on this laptop with this backup? The data here now is kept aside, not deleted. After the restore, sync: work this laptop already sent comes back from the county server.",
)
PASSWORD = QT_TRANSLATE_NOOP("BackupText", "Password of %1:")
RESTORED = QT_TRANSLATE_NOOP(
    "BackupText",
    "The backup of %1 was restored (%2 households). The data it replaced is kept in %3.\n\nThe app closes now: start it again and sync.",
)


def _text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def failure_text(exc: BaseException) -> str:
    """Return why a backup or restore did not work, in the user's language."""
    code = str(getattr(exc, "code", ""))
    if code in MESSAGES:
        return _text(MESSAGES[code])
    return _text(FAILED).replace("%1", code or type(exc).__name__)


def _with_progress(
    parent: QWidget, label: str, work: Callable[[Any], Any],
    on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
) -> CoreOperation:  # fmt: skip
    """Run work in a pool thread behind a modal progress dialog whose Cancel stops it."""
    dialog = QProgressDialog(_text(label), _text(CANCEL), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        dialog.setValue(min(99, done * 100 // max(total, 1)))

    # hide(), not close(): closing a progress dialog emits canceled.
    def failed(exc: BaseException) -> None:
        dialog.hide()
        on_failed(exc)

    def done(result: Any) -> None:
        dialog.hide()
        on_done(result)

    operation = CoreOperation(work, on_success=done, on_failure=failed,
                              on_progress=progressed, parent=parent)  # fmt: skip
    dialog.canceled.connect(operation.cancel)
    operation.finished.connect(dialog.hide)
    operation.dialog = dialog  # type: ignore[attr-defined]  # kept for tests
    dialog.show()
    return operation.run()


def backup_to(
    store: Store, folder: Path, parent: QWidget, on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> CoreOperation:  # fmt: skip
    """Write a backup of the store into folder, in a pool thread with a progress dialog."""
    from subei_mobile.store.backup import write_backup

    def work(progress: Any) -> Any:
        worker = worker_store(store)  # the pool thread's own connection
        try:
            return write_backup(worker, folder, progress=progress)
        finally:
            worker.conn.close()

    return _with_progress(parent, WRITING, work, on_done, on_failed)


def saved_text(report: Any) -> str:
    """Return the "backup written" message."""
    return (_text(SAVED).replace("%1", str(report.path))
            .replace("%2", str(report.counts.get("households", 0)))
            .replace("%3", str(report.counts.get("unsent", 0))))  # fmt: skip


def back_up(parent: QWidget) -> CoreOperation | None:
    """Ask for the stick's folder and write a verified, encrypted backup there."""
    title = _text(BACKUP_TITLE)
    folder = QFileDialog.getExistingDirectory(parent, title)
    if not folder:
        return None
    store: Store = parent.store  # type: ignore[attr-defined]
    return backup_to(
        store, Path(folder), parent,
        on_done=lambda report: QMessageBox.information(parent, title, saved_text(report)),
        on_failed=lambda exc: QMessageBox.warning(parent, title, failure_text(exc)),
    )  # fmt: skip


def restore_from(
    file: Path, data_dir: Path, user: str, password: str, parent: QWidget,
    on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
) -> CoreOperation:  # fmt: skip
    """Restore the backup into data_dir (the live store is kept aside), with progress."""
    from subei_mobile.store.restore import restore_backup

    def work(progress: Any) -> Any:
        return restore_backup(file, data_dir, user=user, password=password, replace=True,
                              progress=progress)  # fmt: skip

    return _with_progress(parent, READING, work, on_done, on_failed)


def restored_text(report: Any) -> str:
    """Return the "restored" message."""
    return (_text(RESTORED).replace("%1", report.created_at)
            .replace("%2", str(report.counts.get("households", 0)))
            .replace("%3", str(report.replaced or "-")))  # fmt: skip


def restore(parent: QWidget) -> CoreOperation | None:
    """Ask for the backup file, confirm, ask the password, restore, then close the app."""
    title = _text(RESTORE_TITLE)
    name, _ = QFileDialog.getOpenFileName(parent, title, "", "*.subeibak")
    if not name:
        return None
    answer = QMessageBox.question(parent, title, _text(CONFIRM))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    store: Store = parent.store  # type: ignore[attr-defined]
    user = store.user_id
    password, ok = QInputDialog.getText(parent, title, _text(PASSWORD).replace("%1", user),
                                        QLineEdit.EchoMode.Password)  # fmt: skip
    if not ok:
        return None
    runner = getattr(parent, "sync_runner", None)
    if runner is not None:
        runner.stop_background()  # nothing may write to the store being replaced

    def done(report: Any) -> None:
        QMessageBox.information(parent, title, restored_text(report))
        parent.close()

    return restore_from(
        Path(name), store.data_dir, user, password, parent, on_done=done,
        on_failed=lambda exc: QMessageBox.warning(parent, title, failure_text(exc)),
    )  # fmt: skip
