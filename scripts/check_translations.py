#!/usr/bin/env python3
"""Check Qt .ts translations: no private-use characters, no leading FVS, same placeholders."""

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


def message_problems(source: str, translation: str) -> list[str]:
    """Return what is wrong with one translation (empty when fine)."""
    problems = []
    if has_private_use(translation):
        problems.append("private-use character (legacy Menksoft encoding?)")
    if words_start_with_fvs(translation):
        problems.append("a word starts with a free variation selector")
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
