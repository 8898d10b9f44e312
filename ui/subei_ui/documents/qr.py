"""A QR code drawn as vector squares, so it scans from any printer."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from .sheet import Sheet

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_matrix(data: str) -> list[list[bool]]:
    """Return the modules of a QR code (error correction M) for the text."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def draw_qr(sheet: Sheet, data: str, x: float, y: float, size: float) -> None:
    """Draw a QR code of data in a size x size mm square (quiet zone included)."""
    matrix = qr_matrix(data)
    count = len(matrix) + 2 * QUIET_ZONE
    module = size / count
    painter = sheet.painter
    painter.fillRect(sheet.rect(x, y, size, size), QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    black = QColor("black")
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                # A hair of overlap so PDF viewers show no seams between modules.
                painter.fillRect(
                    sheet.rect(x + (c + QUIET_ZONE) * module, y + (r + QUIET_ZONE) * module,
                               module * 1.02, module * 1.02),
                    black,
                )  # fmt: skip
