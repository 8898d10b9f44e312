"""The bilingual service receipt a herder keeps (A5): what was asked, when, what is missing.

Chinese reads as a table across the top; the same facts follow in Mongolian, in vertical
columns read left to right, so each reader has one continuous text in their own script.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPageSize

from subei_mobile.reports.printables import ReceiptData

from . import vertical
from .bilingual import LABEL_INK
from .sheet import INK, MUTED, Progress, Sheet, write_pdf
from .wording import RECEIPT, STATUS

LABEL_WIDTH = 30.0  # mm for the Chinese labels


def receipt_rows(data: ReceiptData) -> list[tuple[str, str, str, str]]:
    """Return (label zh, value zh, label mn, value mn) rows; ID and phone come masked."""
    who_zh = "　".join(x for x in (
        data.applicant[0],
        f"身份证 {data.applicant_id_masked}" if data.applicant_id_masked else "",
        f"电话 {data.applicant_phone_masked}" if data.applicant_phone_masked else "",
        f"户号 {data.household_code}",
    ) if x)  # fmt: skip
    who_mn = " ".join(x for x in (data.applicant[1] or data.applicant[0],
                                  data.applicant_id_masked, data.applicant_phone_masked) if x)  # fmt: skip
    seen, missing = RECEIPT["seen"], RECEIPT["missing"]
    materials_zh = "\n".join(
        f"{'☑' if ok else '☐'} {name[0]}（{(seen if ok else missing)[0]}）"
        for name, ok in data.materials
    )
    materials_mn = "\n".join(
        f"{name[1] or name[0]} — {(seen if ok else missing)[1]}" for name, ok in data.materials
    )
    status = STATUS.get(data.status, (data.status, data.status))
    when = f"{data.received_at}　{data.received_place}"
    pairs = [
        ("request_no", (data.request_no, data.request_no)),
        ("service", data.service),
        ("department", data.department),
        ("applicant", (who_zh, who_mn)),
        ("received", (when, when)),
        ("status", status),
        ("materials", (materials_zh, materials_mn)),
    ]
    return [(RECEIPT[k][0], zh, RECEIPT[k][1], mn or zh) for k, (zh, mn) in pairs if zh or mn]


def draw_receipt(
    device: QPagedPaintDevice, data: ReceiptData, progress: Progress | None = None
) -> int:
    """Draw the receipt on a PDF writer or printer; return the page count."""
    sheet = Sheet(device, margin_mm=10.0, progress=progress)
    sheet.step(0, 3)
    rows = receipt_rows(data)
    _header(sheet, data)
    sheet.step(1, 3)
    for label, value, _, _ in rows:
        height = max(
            sheet.text_height(value, sheet.zh_font(9.5), sheet.body_width - LABEL_WIDTH), 5.0
        )
        sheet.ensure(height + 2.5)
        sheet.text(sheet.left, sheet.y + 1, LABEL_WIDTH, label, sheet.zh_font(9.5, True),
                   color=LABEL_INK)  # fmt: skip
        sheet.text(sheet.left + LABEL_WIDTH, sheet.y + 1, sheet.body_width - LABEL_WIDTH, value,
                   sheet.zh_font(9.5))  # fmt: skip
        sheet.y += height + 2.5
        sheet.rule(sheet.y - 0.6, MUTED, 0.12)
    sheet.step(2, 3)
    sheet.y += 3
    items = [(label + "᠄", value) for _, _, label, value in rows]
    items.append(("", RECEIPT["keep"][1]))
    # A receipt is one sheet of paper: try a smaller size before starting a second page.
    for points in (10.5, 9.5, 8.5):
        font = sheet.mn_font(points)
        laid, length = vertical.fit_items(sheet, items, font, sheet.body_width, sheet.room() - 14)
        if length >= 0:
            break
    else:
        sheet.new_page()
        laid, length = vertical.fit_items(sheet, items, font, sheet.body_width, sheet.room() - 14)
    vertical.draw_items(sheet, laid, sheet.left, sheet.y, font, LABEL_INK, INK)
    sheet.y += length + 3
    sheet.text(sheet.left, sheet.y, sheet.body_width, RECEIPT["keep"][0], sheet.zh_font(8.5),
               color=MUTED)  # fmt: skip
    sheet.finish()
    return sheet.page


def _header(sheet: Sheet, data: ReceiptData) -> None:
    title_zh, title_mn = RECEIPT["title"]
    font = sheet.mn_font(13.0)
    laid = vertical.layout(sheet, title_mn, font, 40.0)
    vertical.draw(sheet, laid, sheet.left, sheet.y, font, LABEL_INK)
    x = sheet.left + laid.width + 4
    height = sheet.text(x, sheet.y + 2, sheet.right - x, title_zh, sheet.zh_font(16, True))
    place = f"{data.township[0]}　流动服务中心"
    sheet.text(x, sheet.y + height + 4, sheet.right - x, place, sheet.zh_font(9), color=MUTED)
    sheet.y += max(laid.length, height + 10) + 3
    sheet.rule(sheet.y - 1.5, INK, 0.4)


def write_receipt_pdf(data: ReceiptData, path: Path, progress: Progress | None = None) -> Path:
    """Write the receipt as an A5 PDF; callable off the GUI thread."""
    return write_pdf(path, QPageSize.PageSizeId.A5, "Service receipt",
                     lambda writer: draw_receipt(writer, data, progress))  # fmt: skip
