"""The classroom attendance sheet: one line per attendee, Mongolian names standing upright."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPagedPaintDevice, QPageSize

from subei_mobile.reports.printables import AttendanceData

from . import vertical
from .bilingual import LABEL_INK
from .sheet import INK, MUTED, Progress, Sheet, write_pdf
from .wording import ATTENDANCE

# Column shares: number, Chinese name, Mongolian name (vertical), household, present, signature.
SHARES = (0.07, 0.2, 0.16, 0.2, 0.1, 0.27)
HEADER = ("序号", "姓名", ATTENDANCE["name"][1], "户号", "到场", "签名")
MIN_ROW = 9.0


def draw_attendance(
    device: QPagedPaintDevice, data: AttendanceData, progress: Progress | None = None
) -> int:
    """Draw the sheet on a PDF writer or printer; return the page count."""
    sheet = Sheet(device, margin_mm=15.0, progress=progress)
    sheet.on_new_page = lambda s: _footer(s, data)
    _header(sheet, data)
    _row(sheet, HEADER, header=True)
    for index, person in enumerate(data.attendees, start=1):
        if index % 10 == 0:
            sheet.step(index, len(data.attendees))
        cells = (str(index), person.name[0], person.name[1], person.household_code,
                 "✓" if person.present else "", "")  # fmt: skip
        _row(sheet, cells)
    present = sum(a.present for a in data.attendees)
    sheet.y += 3
    sheet.text(sheet.left, sheet.y, sheet.body_width,
               f"应到 {len(data.attendees)} 人，实到 {present} 人。　记录人：__________", sheet.zh_font(10))  # fmt: skip
    sheet.finish()
    return sheet.page


def _header(sheet: Sheet, data: AttendanceData) -> None:
    font = sheet.mn_font(13.0)
    title_mn = f"{ATTENDANCE['title'][1]}\n{data.title[1] or ''}\n{data.topic[1] or ''}".strip()
    laid = vertical.layout(sheet, title_mn, font, 42.0)
    vertical.draw(sheet, laid, sheet.left, sheet.y, font, LABEL_INK)
    x = sheet.left + laid.width + 5
    width = sheet.right - x
    height = sheet.text(x, sheet.y + 1, width, ATTENDANCE["title"][0], sheet.zh_font(17, True))
    facts = (f"{data.title[0]}\n{ATTENDANCE['topic'][0]}：{data.topic[0]}\n"
             f"时间：{data.date}　地点：{data.township[0]}{data.village[0]} {data.place}\n"
             f"主讲：{data.lecturers}　组织：{data.organizer}")  # fmt: skip
    used = sheet.text(x, sheet.y + height + 3, width, facts, sheet.zh_font(9.5), color=MUTED)
    sheet.y += max(laid.length, height + used + 5) + 4


def _row(sheet: Sheet, cells: tuple[str, ...], header: bool = False) -> None:
    font = sheet.mn_font(10.5)
    column_width = SHARES[2] * sheet.body_width
    laid = vertical.layout(sheet, cells[2], font, 40.0)
    height = max(MIN_ROW, laid.length + 3)
    if sheet.room() < height:
        sheet.new_page()
        if not header:
            _row(sheet, HEADER, header=True)
    x = sheet.left
    zh = sheet.zh_font(10, bold=header)
    for index, (share, text) in enumerate(zip(SHARES, cells, strict=True)):
        width = share * sheet.body_width
        if index == 2:
            left = x + (column_width - laid.width) / 2  # the name's column(s) centred in the cell
            vertical.draw(sheet, laid, left, sheet.y + 1.5, font, LABEL_INK if header else INK)
        else:
            sheet.text(x + 1.5, sheet.y + (height - 5) / 2, width - 3, text, zh,
                       Qt.AlignmentFlag.AlignLeft, INK)  # fmt: skip
        sheet.painter.setPen(MUTED)
        sheet.painter.drawRect(sheet.rect(x, sheet.y, width, height))
        x += width
    sheet.y += height


def _footer(sheet: Sheet, data: AttendanceData) -> None:
    sheet.footer(f"{data.title[0]}　{data.date[:10]}　第 {sheet.page} 页")


def write_attendance_pdf(
    data: AttendanceData, path: Path, progress: Progress | None = None
) -> Path:
    """Write the attendance sheet as an A4 PDF; callable off the GUI thread."""
    return write_pdf(path, QPageSize.PageSizeId.A4, "Attendance sheet",
                     lambda writer: draw_attendance(writer, data, progress))  # fmt: skip
