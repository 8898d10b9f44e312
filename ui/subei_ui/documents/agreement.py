"""The people's mediation agreement (人民调解协议书) in the shape the 2010 law gives it.

Parties' basic details, main facts, disputed matters and responsibilities, agreed content,
how and by when it is performed, then signatures, the mediator, the committee's seal box and
the date; every page carries the short content hash, the last one a QR code of the full hash.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageSize, QPen

from subei_mobile.reports.printables import AgreementData, PartyDetails, SignatureMark

from . import vertical
from .bilingual import LABEL_INK, Block, Style, draw_blocks
from .qr import draw_qr
from .sheet import INK, MUTED, Progress, Sheet, write_pdf
from .wording import AGREEMENT, PARTY_FIELDS, SIDES

STYLE = Style(zh_points=10.5, mn_points=11.0, mn_share=0.40)
BOX_HEIGHT = 30.0  # mm per signature box: room for a signature or a fingerprint
QR_SIZE = 28.0
MISSING_IMAGE = {
    "not_received": "签名图像尚未收到（已在外业电脑上签署）",
    "damaged": "签名图像已损坏，请向签署电脑重新同步",
}
MISSING_INK = QColor("#8a4b00")


def party_block(party: PartyDetails) -> Block:
    """Return one party's basic details in full (the agreement is the legal record)."""
    side = SIDES.get(party.side, SIDES["party"])
    f = PARTY_FIELDS
    zh = "，".join(x for x in (
        f"{party.name[0] or party.name[1]}", party.sex[0], party.ethnicity[0],
        f"{f['birth_date'][0]} {party.birth_date}" if party.birth_date else "",
        f"{f['id_number'][0]} {party.id_number}" if party.id_number else "",
        f"{f['phone'][0]} {party.phone}" if party.phone else "",
        f"{f['address'][0]} {party.address}" if party.address else "",
    ) if x)  # fmt: skip
    mn = "\n".join(x for x in (
        " ".join(n for n in (party.name[1], party.name[0]) if n),
        " ".join(n for n in (party.sex[1], party.ethnicity[1]) if n),
        f"{f['birth_date'][1]} {party.birth_date}" if party.birth_date else "",
        f"{f['id_number'][1]} {party.id_number}" if party.id_number else "",
        f"{f['phone'][1]} {party.phone}" if party.phone else "",
        f"{f['address'][1]} {party.address}" if party.address else "",
    ) if x)  # fmt: skip
    return Block(side, (zh, mn))


def agreement_blocks(data: AgreementData) -> list[Block]:
    """Return the parts of the agreement in the order the law lists them."""
    a = AGREEMENT
    performance_zh = data.performance[0]
    performance_mn = data.performance[1] or data.performance[0]
    if data.deadline:
        performance_zh += f"\n{a['deadline'][0]}：{data.deadline}"
        performance_mn += f"\n{a['deadline'][1]} {data.deadline}"
    copies = len(data.parties) + 1
    effect = (a["effect"][0].format(copies=copies), a["effect"][1])
    blocks = [Block(a["parties"], ("", ""))]
    blocks += [party_block(p) for p in data.parties]
    blocks += [
        Block(a["facts"], data.facts),
        Block(a["disputed"], data.disputed_matters),
        Block(a["responsibilities"], data.responsibilities),
        Block(a["content"], data.content),
        Block(a["performance"], (performance_zh, performance_mn)),
        Block(("", ""), effect),
    ]
    return [b for b in blocks if b.body != ("", "") or b.label == a["parties"]]


def draw_agreement(
    device: QPagedPaintDevice, data: AgreementData, progress: Progress | None = None
) -> int:
    """Draw the agreement on a PDF writer or printer; return the page count."""
    sheet = Sheet(device, margin_mm=16.0, progress=progress)
    sheet.on_new_page = lambda s: _footer(s, data)
    sheet.step(0, 4)
    _header(sheet, data)
    sheet.step(1, 4)
    draw_blocks(sheet, agreement_blocks(data), STYLE)
    sheet.step(2, 4)
    _signatures(sheet, data)
    sheet.step(3, 4)
    _seal_and_hash(sheet, data)
    sheet.finish()
    return sheet.page


def _header(sheet: Sheet, data: AgreementData) -> None:
    key = "amendment" if data.amendment else "oral" if data.oral else "title"
    title_zh, title_mn = AGREEMENT[key]
    font = sheet.mn_font(16.0)
    laid = vertical.layout(sheet, title_mn, font, 48.0)
    vertical.draw(sheet, laid, sheet.left, sheet.y, font, LABEL_INK)
    x = sheet.left + laid.width + 6
    width = sheet.right - x
    height = sheet.text(x, sheet.y + 4, width, title_zh, sheet.zh_font(20, True),
                        Qt.AlignmentFlag.AlignHCenter)  # fmt: skip
    facts = [
        f"编号 {data.case_no}" if data.case_no else "",
        f"纠纷类型 {data.category[0]}",
        f"{data.township[0]}{data.village[0]}　{data.place}",
        f"{data.committee}",
        f"{AGREEMENT['mediators'][0]} {'、'.join(data.mediators + data.assistants)}",
    ]
    line = "　".join(f for f in facts if f.strip())
    used = sheet.text(
        x, sheet.y + height + 7, width, line, sheet.zh_font(9), Qt.AlignmentFlag.AlignHCenter, MUTED
    )
    if data.status != "signed":
        word = AGREEMENT["void" if data.status == "void" else "draft"][0]
        sheet.text(x, sheet.y + height + used + 9, width, word, sheet.zh_font(11, True),
                   Qt.AlignmentFlag.AlignHCenter, QColor("#b00020"))  # fmt: skip
    sheet.y += max(laid.length, height + used + 16) + 3
    sheet.rule(sheet.y - 1.5, INK, 0.5)


def _signatures(sheet: Sheet, data: AgreementData) -> None:
    marks = [m for m in data.signatures if m.role == "party"]
    marks += [m for m in data.signatures if m.role == "mediator"]
    if not marks:  # a draft prints empty boxes to sign on paper
        marks = [
            SignatureMark("party", p.name[0] or p.name[1], "", False, None) for p in data.parties
        ]
        marks.append(SignatureMark("mediator", "、".join(data.mediators), "", False, None))
    per_row = 3
    width = sheet.body_width / per_row
    sheet.ensure(12 + BOX_HEIGHT)
    sheet.y += 3
    label = f"{AGREEMENT['signatures'][0]}"
    sheet.text(
        sheet.left, sheet.y, sheet.body_width, label, sheet.zh_font(11, True), color=LABEL_INK
    )
    sheet.y += 7
    for start in range(0, len(marks), per_row):
        sheet.ensure(BOX_HEIGHT + 2)
        for column, mark in enumerate(marks[start : start + per_row]):
            _signature_box(sheet, mark, sheet.left + column * width, sheet.y, width - 3)
        sheet.y += BOX_HEIGHT + 3


def _signature_box(sheet: Sheet, mark: SignatureMark, x: float, y: float, width: float) -> None:
    painter = sheet.painter
    painter.setPen(QPen(MUTED, sheet.px(0.2)))
    painter.drawRect(sheet.rect(x, y, width, BOX_HEIGHT))
    role = AGREEMENT["party" if mark.role == "party" else "mediator"]
    mn_font = sheet.mn_font(8.5)
    laid = vertical.layout(sheet, role[1], mn_font, BOX_HEIGHT - 3)
    vertical.draw(sheet, laid, x + 1, y + 1.5, mn_font, LABEL_INK)
    inner = x + laid.width + 2
    sheet.text(inner, y + 1, width - laid.width - 3, role[0], sheet.zh_font(7.5), color=LABEL_INK)
    if mark.image_png:
        image = QImage.fromData(QByteArray(mark.image_png))
        if not image.isNull():
            target = sheet.rect(inner, y + 5, width - laid.width - 4, BOX_HEIGHT - 13)
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target.setSize(scaled.toSizeF())
            painter.drawImage(target, image)
    elif mark.missing_image:
        # Recorded as drawn, but the image is not here (yet): say so instead of an empty box
        # that reads as "never signed".
        sheet.text(inner, y + 8, width - laid.width - 4, MISSING_IMAGE[mark.missing_image],
                   sheet.zh_font(8, True), color=MISSING_INK)  # fmt: skip
    elif mark.fingerprint:
        sheet.text(inner, y + 9, width - laid.width - 4, AGREEMENT["fingerprint"][0] + "（见原件）",
                   sheet.zh_font(8), color=MUTED)  # fmt: skip
    caption = f"{mark.name}　{mark.signed_at}" if mark.signed_at else f"{mark.name}　____年__月__日"
    sheet.text(inner, y + BOX_HEIGHT - 7, width - laid.width - 3, caption, sheet.zh_font(7.5))


def _seal_and_hash(sheet: Sheet, data: AgreementData) -> None:
    sheet.ensure(QR_SIZE + 12)
    top = sheet.y + 3
    painter = sheet.painter
    # The seal box: the committee stamps the printed copy; a circle shows where.
    seal = sheet.rect(sheet.left + 4, top, 36, 36 if QR_SIZE < 36 else QR_SIZE)
    painter.setPen(QPen(QColor("#b00020"), sheet.px(0.3), Qt.PenStyle.DashLine))
    painter.drawEllipse(seal.adjusted(0, 0, 0, -sheet.px(6)))
    sheet.text(
        sheet.left + 44, top + 2, 70, AGREEMENT["seal"][0], sheet.zh_font(9), color=LABEL_INK
    )
    sheet.text(sheet.left + 44, top + 8, 70, data.committee, sheet.zh_font(9))
    day = data.signed_at[:10] if data.signed_at else "____年__月__日"
    sheet.text(sheet.left + 44, top + 14, 70, f"{AGREEMENT['date'][0]}　{day}", sheet.zh_font(9))
    mn = vertical.layout(
        sheet, f"{AGREEMENT['seal'][1]}\n{AGREEMENT['date'][1]} {day}", sheet.mn_font(9), 30
    )
    vertical.draw(sheet, mn, sheet.left + 112, top, sheet.mn_font(9), LABEL_INK)
    draw_qr(sheet, data.content_hash, sheet.right - QR_SIZE, top, QR_SIZE)
    hash_label = f"{AGREEMENT['hash'][0]} {data.content_hash[:16]}"
    sheet.text(sheet.right - QR_SIZE - 8, top + QR_SIZE + 0.5, QR_SIZE + 8, hash_label,
               sheet.zh_font(7.5), Qt.AlignmentFlag.AlignHCenter, MUTED)  # fmt: skip
    sheet.y = top + QR_SIZE + 6


def _footer(sheet: Sheet, data: AgreementData) -> None:
    sheet.footer(
        f"{data.case_no}　{AGREEMENT['hash'][0]} {data.content_hash[:16]}　第 {sheet.page} 页"
    )


def write_agreement_pdf(data: AgreementData, path: Path, progress: Progress | None = None) -> Path:
    """Write the agreement as an A4 PDF; callable off the GUI thread."""
    return write_pdf(path, QPageSize.PageSizeId.A4, "People's mediation agreement",
                     lambda writer: draw_agreement(writer, data, progress))  # fmt: skip
