"""Which characters a code, a name or a free text may hold: one rule set for every way in.

The import, the forms and the county server all validate through the models, so a record
refused here is refused everywhere. Invisible and control characters make two values that look
the same compare different (`H1<U+200B>00` is not `H100`), reorder what a reader sees (U+202E),
print raw escape sequences in a terminal, and make XLSX export fail. Traditional Mongolian needs
some invisible characters to be spelled right (see shared/guides/mongolian.md): ZWJ and ZWNJ,
the free variation selectors FVS1-4, MVS and NNBSP stay allowed in Mongolian fields.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e")
# What Mongolian spelling needs: ZWNJ, ZWJ, FVS1-4, MVS, NNBSP, and the nirugu.
MONGOLIAN_JOINERS = frozenset("\u200c\u200d\u180b\u180c\u180d\u180f\u180e\u202f\u180a")
LINE_BREAKS = frozenset("\t\n\r\u2028\u2029\x0b\x0c\x85")


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F


def text_issue(value: str, kind: str) -> str | None:
    """Return the issue code of the first character `kind` of field may not hold, else None.

    kind: "code" (household codes, case numbers: printable, no spaces inside the invisible
    sense), "name" (a Chinese or Latin name), "name_mn" (a Mongolian name: joiners allowed), or
    "free" (notes and facts: line breaks and tabs allowed, other controls and bidi overrides not).
    """
    for ch in value:
        if ch in BIDI_CONTROLS:
            return "text.bidi_control"
        if kind == "free":
            if _is_control(ch) and ch not in "\t\n\r":
                return "text.control_char"
            continue
        if ch in LINE_BREAKS or _is_control(ch):
            return "text.control_char"
        if kind == "name_mn" and ch in MONGOLIAN_JOINERS:
            continue
        if ch in ZERO_WIDTH or ch in MONGOLIAN_JOINERS or ch in "\u00ad\u034f\u115f\u3164":
            return "text.invisible_char"
    return None


def _checker(kind: str) -> AfterValidator:
    def check(value: str) -> str:
        issue = text_issue(value, kind)
        if issue:
            raise ValueError(issue)
        return value

    return AfterValidator(check)


NAME_RULE = _checker("name")
MONGOLIAN_NAME_RULE = _checker("name_mn")
SafeCode = Annotated[str, _checker("code")]
