"""Repair the text Qt's PDF writer attaches to Chinese glyphs (its ToUnicode maps).

Qt maps each embedded glyph back to the lowest code point the font's cmap gives it. CJK fonts
share one glyph between an ideograph and its radical (心 and ⼼ U+2F3C, 民 and ⺠ U+2EA0), so
the text layer of a printed 心 was the Kangxi radical: pdftotext, search and screen readers
got ⼼⻔⺠⼈⾝⼾ for 心门民人身户. This pass rewrites those destinations to the unified ideograph
the same glyph stands for and leaves everything else in the file byte for byte.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

from ..typefaces import CJK_FAMILIES

_RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")
_ARRAY_RANGE = re.compile(rb"^(<[0-9A-Fa-f]+> <[0-9A-Fa-f]+> )(\[.*\])$")
_SINGLE = re.compile(rb"^(<[0-9A-Fa-f]+> )(<[0-9A-Fa-f]{4}>)$")
_RANGE_SINGLE = re.compile(rb"^(<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> )(<[0-9A-Fa-f]{4}>)$")


@lru_cache(maxsize=1)
def _glyph_ideographs() -> dict[int, str]:
    """Return glyph index -> unified ideograph in the installed CJK font (first one wins)."""
    for family in CJK_FAMILIES:
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and raw.familyName() == family:
            chars = "".join(map(chr, range(0x4E00, 0xA000)))
            found: dict[int, str] = {}
            for ch, glyph in zip(chars, raw.glyphIndexesForString(chars), strict=True):
                if glyph:
                    found.setdefault(glyph, ch)
            return found
    return {}


@lru_cache(maxsize=512)
def ideograph_of(radical: str) -> str:
    """Return the unified ideograph a radical's glyph stands for (the radical if unknown).

    The glyph decides, not NFKC: ⼾ U+2F3E folds to the traditional 戶, but a Simplified
    Chinese font draws it with the glyph of 户, which is what was printed.
    """
    for family in CJK_FAMILIES:
        raw = QRawFont.fromFont(QFont(family))
        if raw.isValid() and raw.familyName() == family:
            glyphs = raw.glyphIndexesForString(radical)
            found = _glyph_ideographs().get(glyphs[0]) if glyphs and glyphs[0] else None
            if found:
                return found
            break
    folded = unicodedata.normalize("NFKC", radical)  # Kangxi radicals decompose to one
    return folded if len(folded) == 1 and 0x4E00 <= ord(folded) <= 0x9FFF else radical


def _fix_token(match: re.Match[bytes]) -> bytes:
    code = int(match.group(1), 16)
    if code not in _RADICALS:
        return match.group(0)
    return b"<%04X>" % ord(ideograph_of(chr(code)))


def fix_cmap(cmap: bytes) -> bytes:
    """Return a ToUnicode CMap with radical destinations replaced by ideographs."""
    out = []
    for line in cmap.split(b"\n"):
        if (m := _ARRAY_RANGE.match(line)) or (m := _SINGLE.match(line)):
            line = m.group(1) + _HEX.sub(_fix_token, m.group(2))
        elif (m := _RANGE_SINGLE.match(line)) and m.group(2) == m.group(3):
            line = m.group(1) + _HEX.sub(_fix_token, m.group(4))
        out.append(line)
    return b"\n".join(out)


_XREF = re.compile(
    rb"\nxref\n0 (\d+)\n((?:\d{10} \d{5} [nf] ?\r?\n)+)trailer\n(.*?)\nstartxref\n\d+\s*\n%%EOF\s*$",
    re.S,
)
_TO_UNICODE = re.compile(rb"/ToUnicode (\d+) 0 R")
_STREAM = re.compile(rb"^(\d+) 0 obj\n<< /Length (\d+) >>\nstream\n", re.S)


def repair_radicals(path: Path) -> bool:
    """Rewrite the ToUnicode maps of a PDF written by Qt in place; return True if changed."""
    data = path.read_bytes()
    xref = _XREF.search(data)
    if xref is None:  # not the single-section layout Qt writes: leave the file alone
        return False
    entries = xref.group(2).split(b"\n")
    offsets = {i: int(e[:10]) for i, e in enumerate(entries) if e.strip().endswith(b"n")}
    order = sorted(offsets, key=offsets.__getitem__)
    body_end = xref.start() + 1
    targets = {int(n) for n in _TO_UNICODE.findall(data)}
    pieces: dict[int, bytes] = {}
    changed = False
    for k, number in enumerate(order):
        start = offsets[number]
        end = offsets[order[k + 1]] if k + 1 < len(order) else body_end
        piece = data[start:end]
        stream = _STREAM.match(piece)
        if number in targets and stream:
            length = int(stream.group(2))
            head = stream.end()
            cmap = fix_cmap(piece[head : head + length])
            if cmap != piece[head : head + length]:
                changed = True
                piece = (b"%d 0 obj\n<< /Length %d >>\nstream\n" % (number, len(cmap))
                         + cmap + piece[head + length :])  # fmt: skip
        pieces[number] = piece
    if not changed:
        return False
    first = offsets[order[0]]
    out = bytearray(data[:first])
    new_offsets: dict[int, int] = {}
    for number in order:
        new_offsets[number] = len(out)
        out += pieces[number]
    size = int(xref.group(1))
    table = [b"0000000000 65535 f "] + [
        b"%010d 00000 n " % new_offsets[i] if i in new_offsets else b"0000000000 65535 f "
        for i in range(1, size)
    ]
    xref_at = len(out)
    out += b"xref\n0 %d\n" % size + b"\n".join(table) + b"\ntrailer\n" + xref.group(3)
    out += b"\nstartxref\n%d\n%%%%EOF\n" % xref_at
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(bytes(out))
    tmp.replace(path)
    return True
