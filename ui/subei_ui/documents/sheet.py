"""A paged drawing surface in millimetres over a PDF writer or a printer, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from subei_mobile.errors import SubeiError

from ..typefaces import load_fonts, mongolian_font, ui_font

Progress = Callable[[int, int], bool]  # the core's convention: report(done, total) -> keep going?
DPI = 300
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")


class Cancelled(SubeiError):
    """The person cancelled while the document was being drawn; the file is removed."""

    code = "cancelled"


def pdf_writer(path: Path, size: QPageSize.PageSizeId, title: str) -> QPdfWriter:
    """Return a PDF writer for a page size; metadata carries no names (the file may travel)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(title)
    writer.setCreator("Subei mobile service")
    return writer


def write_pdf(
    path: Path, size: QPageSize.PageSizeId, title: str, draw: Callable[[QPdfWriter], object]
) -> Path:
    """Draw a document into a new PDF at path; callable off the GUI thread.

    A failed or cancelled drawing leaves no partial file behind.
    """
    writer = pdf_writer(path, size, title)
    try:
        draw(writer)
    except BaseException:
        del writer
        path.unlink(missing_ok=True)
        raise
    del writer  # the file is complete once the writer is gone
    # Chinese glyphs shared with CJK radicals must extract as the ideograph (pdf_text).
    from .pdf_text import repair_radicals

    repair_radicals(path)
    return path


class Sheet:
    """Draws pages top to bottom; callers speak millimetres, the painter works in device pixels.

    The painter is never scaled: a scaled painter would scale point-sized fonts too.
    """

    def __init__(
        self, device: QPagedPaintDevice, margin_mm: float = 15.0, progress: Progress | None = None
    ) -> None:
        load_fonts()
        self.device = device
        self.scale = device.logicalDpiX() / 25.4  # device pixels per millimetre
        rect = device.pageLayout().paintRectPixels(device.resolution())
        self.width = rect.width() / self.scale
        self.height = rect.height() / self.scale
        self.margin = margin_mm
        self.progress = progress
        self.page = 1
        self.painter = QPainter(device)
        self.painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.y = margin_mm
        self.on_new_page: Callable[[Sheet], None] | None = None

    # -- geometry -------------------------------------------------------------------------
    @property
    def left(self) -> float:
        """Return the left edge of the text area."""
        return self.margin

    @property
    def right(self) -> float:
        """Return the right edge of the text area."""
        return self.width - self.margin

    @property
    def bottom(self) -> float:
        """Return the lowest y for body content (the footer lives below it)."""
        return self.height - self.margin - 8

    @property
    def body_width(self) -> float:
        """Return the width of the text area."""
        return self.right - self.left

    def room(self) -> float:
        """Return the height left on this page."""
        return self.bottom - self.y

    def new_page(self) -> None:
        """Finish this page (footer) and start the next."""
        if self.on_new_page:
            self.on_new_page(self)
        self.device.newPage()
        self.page += 1
        self.y = self.margin

    def ensure(self, height: float) -> None:
        """Start a new page unless height fits below the cursor."""
        if height > self.room() and self.y > self.margin + 0.1:
            self.new_page()

    def finish(self) -> None:
        """Draw the last footer and close the document."""
        if self.on_new_page:
            self.on_new_page(self)
        self.painter.end()

    def step(self, done: int, total: int) -> None:
        """Report progress; raise Cancelled when the person asked to stop."""
        if self.progress and not self.progress(done, total):
            self.painter.end()
            raise Cancelled()

    def px(self, mm: float) -> float:
        """Return device pixels for millimetres."""
        return mm * self.scale

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        """Return a device rectangle for one given in millimetres."""
        return QRectF(x * self.scale, y * self.scale, width * self.scale, height * self.scale)

    # -- fonts and text -------------------------------------------------------------------
    def zh_font(self, points: float, bold: bool = False) -> QFont:
        """Return the CJK text font (Mongolian falls back to the bundled font)."""
        font = ui_font(points)
        font.setBold(bold)
        # Noto Sans CJK's 'locl' swaps digits after a Latin letter (FW2025...) for glyphs with
        # no code point, which Qt's PDF writer cannot map back: the number vanished from the
        # PDF's text. The default digits look the same on paper.
        font.setFeature(QFont.Tag("locl"), 0)
        return font

    def mn_font(self, points: float) -> QFont:
        """Return the bundled Mongolian font (Han falls back to the CJK font)."""
        font = mongolian_font(points)
        font.setFeature(QFont.Tag("locl"), 0)  # as zh_font; the Mongolian font has no locl
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        """Return font metrics in millimetres on this device."""
        return ScaledMetrics(font, self)

    def text_height(self, text: str, font: QFont, width: float) -> float:
        """Return the height wrapped text takes in a column of width millimetres."""
        self.painter.setFont(font)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        box = self.painter.boundingRect(QRectF(0, 0, self.px(width), 1e6), flags, text)
        return box.height() / self.scale

    def text(
        self, x: float, y: float, width: float, text: str, font: QFont,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, color: QColor = INK,
    ) -> float:  # fmt: skip
        """Draw wrapped text; return its height."""
        height = self.text_height(text, font, width)
        self.painter.setPen(color)
        self.painter.drawText(
            self.rect(x, y, width, height + 0.5), int(Qt.TextFlag.TextWordWrap | align), text
        )
        return height

    def footer(self, text: str) -> None:
        """Draw a page footer: small muted text centred below the body."""
        self.text(self.left, self.height - self.margin - 4, self.body_width, text,
                  self.zh_font(7.5), Qt.AlignmentFlag.AlignHCenter, MUTED)  # fmt: skip

    def rule(self, y: float, color: QColor = MUTED, width: float = 0.2) -> None:
        """Draw a horizontal line across the text area."""
        self.painter.setPen(QPen(color, self.px(width)))
        self.painter.drawLine(self.rect(self.left, y, self.body_width, 0).topLeft(),
                              self.rect(self.right, y, 0, 0).topLeft())  # fmt: skip


class ScaledMetrics(QFontMetricsF):
    """Font metrics of the device, converted to millimetres (the painter's unit)."""

    def __init__(self, font: QFont, sheet: Sheet) -> None:
        super().__init__(font, sheet.device)
        self.k = 1 / sheet.scale

    def height(self) -> float:
        return super().height() * self.k

    def ascent(self) -> float:
        return super().ascent() * self.k

    def descent(self) -> float:
        return super().descent() * self.k

    def horizontalAdvance(self, text: str) -> float:  # type: ignore[override]
        return super().horizontalAdvance(text) * self.k
