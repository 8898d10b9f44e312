#!/usr/bin/env python3
"""Check Qt .ts translations: no private-use characters, no leading FVS, same placeholders,
no Cyrillic, and Mongolian case suffixes written after NNBSP in the stem's vowel harmony."""

from __future__ import annotations

import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

FVS = "\u180b\u180c\u180d\u180f"
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
DEFAULT_FILES = sorted((Path(__file__).resolve().parent.parent / "i18n").glob("*.ts"))


def has_private_use(text: str) -> bool:
    """Tell whether text holds private-use characters (e.g. Menksoft shape codes)."""
    return any(unicodedata.category(ch) == "Co" for ch in text)


def words_start_with_fvs(text: str) -> bool:
    """Tell whether the text or any word in it starts with a free variation selector."""
    return any(word[0] in FVS for word in re.split(r"[\s\u202f]+", text) if word)


NNBSP = "\u202f"
# Case suffixes written as separate words: (back-vowel form, front-vowel form). ᠶᠢᠨ, ᠢ and ᠶᠢ
# have one form for both.
SUFFIX_PAIRS = [
    ("ᠲᠠᠢ", "ᠲᠡᠢ"), ("ᠤ", "ᠦ"), ("ᠤᠨ", "ᠦᠨ"), ("ᠳᠤ", "ᠳᠦ"), ("ᠲᠤ", "ᠲᠦ"), ("ᠠᠴᠠ", "ᠡᠴᠡ"),
    ("ᠪᠠᠷ", "ᠪᠡᠷ"), ("ᠢᠶᠠᠷ", "ᠢᠶᠡᠷ"), ("ᠳᠠᠭᠠᠨ", "ᠳᠡᠭᠡᠨ"),
]  # fmt: skip
SUFFIXES = {s for pair in SUFFIX_PAIRS for s in pair} | {"ᠶᠢᠨ", "ᠢ", "ᠶᠢ"}
BACK_SUFFIX = {back: front for back, front in SUFFIX_PAIRS}
FRONT_SUFFIX = {front: back for back, front in SUFFIX_PAIRS}
BACK_VOWELS, FRONT_VOWELS = set("ᠠᠣᠤ"), set("ᠡᠥᠦᠧ")
MONGOLIAN_WORD = r"[\u1820-\u18aa][\u1820-\u18aa\u180b-\u180f]*"
SUFFIX_AFTER = re.compile(
    rf"({MONGOLIAN_WORD})([ {NNBSP}])({'|'.join(sorted(SUFFIXES, key=len, reverse=True))})"
    rf"(?![\u1820-\u18aa])"
)
CYRILLIC = re.compile("[\u0400-\u04ff]")


def stem_is_back(stem: str) -> bool | None:
    """Return True for a back-vowel stem, False for front, None when it has neither (ᠢ only).

    The last gendered vowel decides, so a compound follows its last part.
    """
    for ch in reversed(stem):
        if ch in BACK_VOWELS:
            return True
        if ch in FRONT_VOWELS:
            return False
    return None


# The dative is -tU after a stem ending in g/q, b, s, d/t or r, -dU otherwise; the genitive is
# -yin after a vowel, -U after n, -Un after any other consonant.
T_DATIVE_AFTER = set("ᠭᠬᠪᠰᠳᠲᠷ")
VOWELS = set("ᠠᠡᠢᠣᠤᠥᠦᠧ")


def expected_suffix(stem: str, suffix: str) -> str:
    """Return the suffix this stem takes in the suffix's case (the suffix itself if unsure)."""
    letters = [c for c in stem if "\u1820" <= c <= "\u18aa"]
    back = stem_is_back(stem)
    last = letters[-1] if letters else ""
    if suffix in ("ᠳᠤ", "ᠳᠦ", "ᠲᠤ", "ᠲᠦ"):
        base = "ᠲᠤ" if last in T_DATIVE_AFTER else "ᠳᠤ"
    elif suffix in ("ᠶᠢᠨ", "ᠤ", "ᠦ", "ᠤᠨ", "ᠦᠨ"):
        base = "ᠶᠢᠨ" if last in VOWELS else "ᠤ" if last == "ᠨ" else "ᠤᠨ"
    else:
        base = FRONT_SUFFIX.get(suffix, suffix)
    if base in BACK_SUFFIX and back is not True:
        # Front stems, and stems with ᠢ only, take the front form.
        return BACK_SUFFIX[base] if back is False or suffix in FRONT_SUFFIX else suffix
    return base


def suffix_problems(text: str) -> list[str]:
    """Return suffix spacing, vowel-harmony and case-form problems in Mongolian text."""
    problems = []
    for m in SUFFIX_AFTER.finditer(text):
        stem, gap, suffix = m.groups()
        if gap == " ":
            problems.append(f"plain space before the suffix {suffix!r} (write NNBSP)")
        wanted = expected_suffix(stem, suffix)
        if wanted != suffix:
            problems.append(f"{stem!r} takes the suffix {wanted!r}, not {suffix!r}")
    return problems


def message_problems(source: str, translation: str) -> list[str]:
    """Return what is wrong with one translation (empty when fine)."""
    problems = []
    if has_private_use(translation):
        problems.append("private-use character (legacy Menksoft encoding?)")
    if words_start_with_fvs(translation):
        problems.append("a word starts with a free variation selector")
    if CYRILLIC.search(translation):
        problems.append("Cyrillic letters (Khalkha script) in a traditional-script translation")
    problems.extend(suffix_problems(translation))
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(translation))):
        problems.append(
            f"placeholders differ: {sorted(set(PLACEHOLDER.findall(source)))} "
            f"vs {sorted(set(PLACEHOLDER.findall(translation)))}"
        )
    return problems


def check_file(path: Path) -> list[str]:
    """Return one line per problem in a .ts file."""
    lines = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None:
                continue
            forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
            for text in filter(None, forms):
                for problem in message_problems(source, text):
                    lines.append(f"{path.name}: {name}: {source!r}: {problem}")
    return lines


def main(argv: list[str]) -> int:
    """Check the given .ts files (default: i18n/*.ts); exit 1 on any problem."""
    files = [Path(a) for a in argv] or DEFAULT_FILES
    problems = [line for path in files for line in check_file(path)]
    for line in problems:
        print(line)
    print(f"checked {len(files)} file(s): {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
