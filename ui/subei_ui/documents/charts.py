"""Bar charts drawn with QPainter: horizontal bars, labels on the left, values at the bar ends."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from .sheet import INK, MUTED, Sheet

PALETTE = (QColor("#2f6f9f"), QColor("#d08c2e"), QColor("#4f9a5a"), QColor("#b04a4a"),
           QColor("#7d5ba6"))  # fmt: skip
BAR = 4.2  # mm per bar: thick enough to read across a table


def chart_height(rows: int, legend: bool) -> float:
    """Return the height a chart of n bars needs, title and legend included."""
    return 8 + rows * (BAR + 1.6) + (6 if legend else 0)


def bar_chart(
    sheet: Sheet, x: float, y: float, width: float, title: str,
    rows: Sequence[tuple[str, Sequence[float]]], series: Sequence[str] = (),
) -> float:  # fmt: skip
    """Draw stacked horizontal bars (one per row, one segment per series); return the height."""
    painter = sheet.painter
    sheet.text(x, y, width, title, sheet.zh_font(10, True))
    top = y + 7
    label_width = width * 0.34
    plot = width - label_width - 12
    biggest = max((sum(values) for _, values in rows), default=0.0) or 1.0
    font = sheet.zh_font(8)
    for index, (label, values) in enumerate(rows):
        row_y = top + index * (BAR + 1.6)
        painter.setFont(font)
        painter.setPen(INK)
        box = sheet.rect(x, row_y - 0.6, label_width - 2, BAR + 1.2)
        flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(box, flags, painter.fontMetrics().elidedText(
            label, Qt.TextElideMode.ElideRight, int(box.width())))  # fmt: skip
        left = x + label_width
        for part, value in enumerate(values):
            size = plot * value / biggest
            if size > 0:
                painter.fillRect(sheet.rect(left, row_y, size, BAR), PALETTE[part % len(PALETTE)])
            left += size
        painter.setPen(INK)
        total = sum(values)
        shown = (
            f"{total:g}"
            if len(values) == 1
            else f"{total:g}（" + "/".join(f"{v:g}" for v in values) + "）"
        )
        painter.drawText(sheet.rect(left + 1, row_y - 0.6, 40, BAR + 1.2),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)  # fmt: skip
    painter.setPen(MUTED)
    axis = sheet.rect(x + label_width, top - 1, 0, len(rows) * (BAR + 1.6))
    painter.drawLine(axis.topLeft(), axis.bottomLeft())
    height = 7 + len(rows) * (BAR + 1.6)
    if series:
        _legend(sheet, x + label_width, y + height + 1, series)
        height += 6
    return height


def _legend(sheet: Sheet, x: float, y: float, series: Sequence[str]) -> None:
    left = x
    for index, name in enumerate(series):
        sheet.painter.fillRect(sheet.rect(left, y + 0.8, 3, 3), PALETTE[index % len(PALETTE)])
        sheet.text(left + 4, y, 40, name, sheet.zh_font(7.5), color=MUTED)
        left += 5 + sheet.metrics(sheet.zh_font(7.5)).horizontalAdvance(name) + 4
