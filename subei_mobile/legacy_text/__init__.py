"""Legacy Mongolian text: detect private-use shape codes and convert Menksoft to Unicode.

Menksoft (and Delehi) fonts store the *glyph* (initial/medial/final form, with or without a
tooth) in the Private Use Area instead of the letter. Text typed with the Menksoft IME or
pasted from old documents arrives that way; stored as is, it neither renders in a Unicode
font nor matches anything in search. Menksoft is converted here with the rules of the
published code chart (menksoft_rules, from the CC0 mongol_code library); any other
private-use character is left for the caller to refuse, never dropped.

Import and paste both call convert_legacy and show the result with a "converted from legacy
encoding" note before anything is saved: the conversion is a guess about the writer's
intent (which letter a shared glyph stood for) and a person confirms it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .menksoft import MENKSOFT_END, MENKSOFT_START, menksoft_to_unicode

__all__ = [
    "LegacyConversion",
    "convert_legacy",
    "convert_legacy_values",
    "has_private_use",
    "is_menksoft",
    "private_use_characters",
]


def has_private_use(text: str) -> bool:
    """Tell whether text has a private-use character in any plane (BMP, 15 or 16)."""
    # Category Co is U+E000-F8FF, U+F0000-FFFFD and U+100000-10FFFD.
    return any(unicodedata.category(ch) == "Co" for ch in text)


def private_use_characters(text: str) -> list[str]:
    """Return the private-use characters of text, in order, once each."""
    return list(dict.fromkeys(ch for ch in text if unicodedata.category(ch) == "Co"))


def is_menksoft(ch: str) -> bool:
    """Tell whether ch is a Menksoft shape code."""
    return MENKSOFT_START <= ord(ch) <= MENKSOFT_END


@dataclass(frozen=True)
class LegacyConversion:
    """The result of converting legacy text: the new text and what was done to it."""

    text: str
    encoding: str  # "menksoft", or "" when nothing was converted
    unconverted: tuple[str, ...]  # private-use characters no known chart covers

    @property
    def converted(self) -> bool:
        """True when some legacy characters were replaced."""
        return bool(self.encoding)

    @property
    def complete(self) -> bool:
        """True when no private-use character is left."""
        return not self.unconverted


# A run of Menksoft codes, with the ordinary spaces between its words: the converter needs
# the neighbours of every glyph to decide its position (initial, medial, final).
_MENKSOFT_RUN = re.compile(
    f"[{chr(MENKSOFT_START)}-{chr(MENKSOFT_END)}]+(?: +[{chr(MENKSOFT_START)}-{chr(MENKSOFT_END)}]+)*"
)


def convert_legacy(text: str) -> LegacyConversion:
    """Convert the Menksoft runs of text to standard Unicode Mongolian (NFC).

    Text without private-use characters comes back unchanged. Private-use characters that
    are not Menksoft are kept and listed in `unconverted`, so the caller can refuse them.
    """
    if not has_private_use(text):
        return LegacyConversion(text, "", ())
    converted = _MENKSOFT_RUN.sub(lambda m: menksoft_to_unicode(m.group(0)), text)
    encoding = "menksoft" if converted != text else ""
    converted = unicodedata.normalize("NFC", converted)
    return LegacyConversion(converted, encoding, tuple(private_use_characters(converted)))


def convert_legacy_values(values: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Convert the Menksoft text of a row of values; return (new values, converted fields).

    For import: the converted fields are what the import preview names with the "converted
    from legacy encoding" note (message code text.legacy_converted). Fields holding other
    private-use text are returned unchanged, so validation still refuses them.
    """
    out = dict(values)
    converted: list[str] = []
    for name, value in values.items():
        result = convert_legacy(value)
        if result.converted and result.complete:
            out[name] = result.text
            converted.append(name)
    return out, converted
