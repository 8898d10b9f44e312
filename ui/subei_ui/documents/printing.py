"""Send a document to a printer through the print dialog, when the machine has a printer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

Draw = Callable[[QPagedPaintDevice], int]  # e.g. lambda device: draw_receipt(device, data)


def has_printer() -> bool:
    """Tell whether any printer is installed (field laptops often have none: offer PDF instead)."""
    return bool(QPrinterInfo.availablePrinterNames())


def print_document(draw: Draw, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print; return False when cancelled or no printer exists."""
    if not has_printer():
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    draw(printer)
    return True
