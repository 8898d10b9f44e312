"""The "write to USB stick" action: export a bundle, read it back, then say it is safe to remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from subei_mobile.first_run import is_demo
from subei_mobile.store import Store

from .operations import CoreOperation
from .sync_runner import worker_store

CONTEXT = "UsbBundle"
MESSAGES = {
    "bundle.write_failed": QT_TRANSLATE_NOOP(
        "UsbBundle", "The stick could not be written. Try another stick or folder."
    ),
    "bundle.verify_failed": QT_TRANSLATE_NOOP(
        "UsbBundle",
        "What was read back from the stick differs from what was written. Do not use this stick; try another.",
    ),
    "bundle.no_keys": QT_TRANSLATE_NOOP(
        "UsbBundle", "This laptop has no county keys yet: register it with the server first."
    ),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "UsbBundle", "This laptop is not registered with the county server yet."
    ),
    "store.demo": QT_TRANSLATE_NOOP(
        "UsbBundle", "This is demo data: it can never be written to a USB bundle for the county."
    ),
}
SAFE = QT_TRANSLATE_NOOP(
    "UsbBundle",
    "Bundle %1 with %2 changes written to %3 and checked.\n\nIt is safe to remove the USB stick. The changes stay queued here until the county's receipt comes back.",
)
FAILED = QT_TRANSLATE_NOOP("UsbBundle", "The bundle was not written (%1).")
CARRIED = QT_TRANSLATE_NOOP("UsbBundle", "It also carries %1 attachments (photos, signatures).")
LEFT = QT_TRANSLATE_NOOP(
    "UsbBundle",
    "%1 attachments did not fit under the bundle size limit: write another bundle to carry them.",
)


def _text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def failure_text(exc: BaseException) -> str:
    """Return why the bundle could not be written, in the user's language."""
    from subei_sync.client.identity import NotEnrolled

    code = "not_enrolled" if isinstance(exc, NotEnrolled) else str(getattr(exc, "code", ""))
    if code in MESSAGES:
        return _text(MESSAGES[code])
    return _text(FAILED).replace("%1", code or type(exc).__name__)


def export_to(store: Store, folder: Path, parent: QObject | None = None,
              on_done: Any = None, on_failed: Any = None) -> CoreOperation:  # fmt: skip
    """Export the outbox to a folder in a pool thread (written, fsynced, read back, compared)."""
    from subei_sync.client.bundle_commands import export_bundle
    from subei_sync.client.identity import load_identity

    def work(_progress: Any) -> Any:
        worker = worker_store(store)
        try:
            return export_bundle(worker, load_identity(worker), folder)
        finally:
            worker.conn.close()

    return CoreOperation(work, on_success=on_done, on_failure=on_failed, parent=parent).run()


def safe_text(done: Any) -> str:
    """Return the "safe to remove" message for an exported bundle."""
    lines = [(_text(SAFE).replace("%1", str(done.seq)).replace("%2", str(done.changes))
              .replace("%3", str(done.path)))]  # fmt: skip
    if done.attachments:
        lines.append(_text(CARRIED).replace("%1", str(done.attachments)))
    if done.left:
        lines.append(_text(LEFT).replace("%1", str(done.left)))
    return "\n\n".join(lines)


def write_to_usb(parent: QWidget) -> CoreOperation | None:
    """Ask for the stick's folder, export there, then say it is safe to remove."""
    title = _text("Write to USB stick")
    store: Store = parent.store  # type: ignore[attr-defined]
    if is_demo(store):  # say so before asking for a stick
        QMessageBox.warning(parent, title, _text(MESSAGES["store.demo"]))
        return None
    folder = QFileDialog.getExistingDirectory(parent, title)
    if not folder:
        return None
    return export_to(
        store, Path(folder), parent,
        on_done=lambda done: QMessageBox.information(parent, title, safe_text(done)),
        on_failed=lambda exc: QMessageBox.warning(parent, title, failure_text(exc)),
    )  # fmt: skip


TITLE = QT_TRANSLATE_NOOP("UsbBundle", "Write to USB stick")
