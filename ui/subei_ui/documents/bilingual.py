"""Bilingual rows: vertical Mongolian on the left, the same content in Chinese on the right."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from . import vertical
from .sheet import INK, MUTED, Sheet

Bilingual = tuple[str, str]  # (Chinese, Mongolian)
LABEL_INK = QColor("#7a1f1f")  # labels in a seal-red, so a reader finds each part at a glance
GAP = 5.0  # mm between the Mongolian and the Chinese side
PAD = 2.2  # mm above and below each row's content
MORE = ("（续）", "(ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠯ)")


@dataclass(frozen=True)
class Block:
    """One part of a document: a bilingual label and a bilingual body."""

    label: Bilingual
    body: Bilingual


@dataclass(frozen=True)
class Style:
    """Sizes of a bilingual document, in points and as the Mongolian side's share of width."""

    zh_points: float = 10.5
    mn_points: float = 11.0
    mn_share: float = 0.38


@dataclass(frozen=True)
class _Laid:
    label: vertical.Columns
    body: vertical.Columns
    zh_height: float
    height: float


def _zh_text(sheet: Sheet, block: Block, style: Style, width: float) -> float:
    label = sheet.text_height(block.label[0], sheet.zh_font(style.zh_points, bold=True), width)
    body = (
        sheet.text_height(block.body[0], sheet.zh_font(style.zh_points), width)
        if block.body[0]
        else 0
    )
    return label + body + (1.0 if block.body[0] else 0)


def _lay(sheet: Sheet, block: Block, style: Style) -> _Laid | None:
    """Return the row's layout, or None when it cannot fit on one page."""
    mn_width = sheet.body_width * style.mn_share
    zh_width = sheet.body_width - mn_width - GAP
    zh_height = _zh_text(sheet, block, style, zh_width)
    longest = sheet.bottom - sheet.margin - 2 * PAD
    font = sheet.mn_font(style.mn_points)
    body_text = block.body[1] or ("—" if block.body[0] else "")

    def attempt(limit: float) -> tuple[vertical.Columns, vertical.Columns]:
        return (vertical.layout(sheet, block.label[1], font, limit),
                vertical.layout(sheet, body_text, font, limit))  # fmt: skip

    low, high = max(zh_height, 12.0), longest
    if low > longest:
        return None
    label, body = attempt(high)
    if label.width + body.width > mn_width:
        return None
    if sum(c.width for c in attempt(low)) <= mn_width:
        label, body = attempt(low)
        high = low
    while high - low > 1.0:  # shortest column length whose columns fit the Mongolian side
        middle = (low + high) / 2
        trial = attempt(middle)
        if trial[0].width + trial[1].width <= mn_width:
            (label, body), high = trial, middle
        else:
            low = middle
    length = max(label.length, body.length)
    return _Laid(label, body, zh_height, max(zh_height, length) + 2 * PAD)


def split(block: Block) -> tuple[Block, Block]:
    """Cut a block too long for one page in two: Chinese at a sentence, Mongolian at a word."""
    zh, mn = block.body
    cut = len(zh) // 2
    stops = [i + 1 for i, ch in enumerate(zh) if ch in "。；;，,\n" and i + 1 < len(zh)]
    if stops:
        cut = min(stops, key=lambda i: abs(i - len(zh) // 2))
    words = mn.split(" ")
    half = max(1, len(words) // 2)
    rest_label = (block.label[0] + MORE[0], block.label[1] + " " + MORE[1])
    return (
        Block(block.label, (zh[:cut], " ".join(words[:half]))),
        Block(rest_label, (zh[cut:], " ".join(words[half:]))),
    )


def draw_blocks(sheet: Sheet, blocks: list[Block], style: Style = Style()) -> None:
    """Draw blocks one under another, starting a new page (or splitting a block) as needed."""
    pending = list(blocks)
    while pending:
        block = pending.pop(0)
        laid = _lay(sheet, block, style)
        if laid is None:
            if len(block.body[0]) < 2 and len(block.body[1].split(" ")) < 2:
                raise ValueError("document.block_too_large")
            pending[:0] = split(block)
            continue
        sheet.ensure(laid.height)
        _draw(sheet, block, laid, style)


def _draw(sheet: Sheet, block: Block, laid: _Laid, style: Style) -> None:
    top = sheet.y + PAD
    font = sheet.mn_font(style.mn_points)
    vertical.draw(sheet, laid.label, sheet.left, top, font, LABEL_INK)
    vertical.draw(sheet, laid.body, sheet.left + laid.label.width, top, font, INK)
    mn_width = sheet.body_width * style.mn_share
    x = sheet.left + mn_width + GAP
    width = sheet.right - x
    y = top + sheet.text(x, top, width, block.label[0], sheet.zh_font(style.zh_points, True),
                         color=LABEL_INK)  # fmt: skip
    if block.body[0]:
        sheet.text(x, y + 1.0, width, block.body[0], sheet.zh_font(style.zh_points), color=INK)
    sheet.y += laid.height
    sheet.rule(sheet.y, MUTED, 0.15)
    # A hairline between the two sides tells the reader they carry the same content.
    sheet.painter.drawLine(
        sheet.rect(sheet.left + mn_width + GAP / 2, sheet.y - laid.height, 0, 0).topLeft(),
        sheet.rect(sheet.left + mn_width + GAP / 2, sheet.y, 0, 0).topLeft(),
    )
