"""Printed documents from any screen: load data here, write the PDF off the GUI thread, or print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .bridge import ProgressCallback
from .error_text import messages_for
from .operations import CoreOperation

D = TypeVar("D")
Writer = Callable[[Any, Path, ProgressCallback], Path]


def _text(text: str) -> str:
    """Translate a text of this module (sources marked with QT_TRANSLATE_NOOP below)."""
    return QCoreApplication.translate("DocumentActions", text)


TEXTS = (
    QT_TRANSLATE_NOOP("DocumentActions", "PDF (*.pdf)"),
    QT_TRANSLATE_NOOP("DocumentActions", "Print"),
    QT_TRANSLATE_NOOP(
        "DocumentActions", "No printer is installed. Save a PDF and print it elsewhere."
    ),
    QT_TRANSLATE_NOOP("DocumentActions", "Document"),
    QT_TRANSLATE_NOOP("DocumentActions", "Saved %1"),
)


def ask_pdf_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Ask where to save a PDF; return None when the user cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, _text("PDF (*.pdf)"))
    return Path(name) if name else None


def write_pdf(
    data: Any, writer: Writer, target: Path, parent: QObject | None = None,
    on_done: Callable[[Path], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
) -> CoreOperation:  # fmt: skip
    """Write a document (data already loaded on the GUI thread) to PDF in a pool thread."""
    return CoreOperation(
        lambda progress: writer(data, target, progress),
        on_success=on_done,
        on_failure=on_failed,
        parent=parent,
    ).run()


def print_pages(draw: Callable[[QPagedPaintDevice], int], parent: QWidget | None) -> bool:
    """Open the print dialog and print; say so when the laptop has no printer."""
    from .documents.printing import has_printer, print_document

    if not has_printer():
        QMessageBox.information(
            parent,
            _text("Print"),
            _text("No printer is installed. Save a PDF and print it elsewhere."),
        )
        return False
    return print_document(draw, parent)


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """Show why a document could not be made, in the user's language."""
    QMessageBox.warning(parent, _text("Document"), "\n".join(messages_for(exc)))


def saved_message(parent: QWidget | None, path: Path) -> None:
    """Tell where the PDF went (status bar of the window when there is one)."""
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    text = _text("Saved %1").replace("%1", str(path))
    if callable(bar):
        bar().showMessage(text, 8000)
