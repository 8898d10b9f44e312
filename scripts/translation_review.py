"""Hand machine-made translations to a native speaker and bring the reviewed ones back.

Usage:
  python scripts/translation_review.py export i18n/subei_mn_Mong_CN.ts review.csv
  python scripts/translation_review.py import i18n/subei_mn_Mong_CN.ts review.csv

`export` writes every unfinished (machine-made) message as a CSV row: context, source (the
English), translation (as shipped), reviewed (empty), ok (empty). The reviewer either writes a
corrected text in `reviewed` or puts `yes` in `ok` to accept the shipped one, and leaves both
empty where unsure. `import` applies exactly those rows: the text becomes the reviewed one and
the message is marked finished; every other message stays marked machine-made
(type="unfinished"). Rows whose source no longer exists are reported, never guessed. The file is
edited in place, message by message, so lupdate's layout and the other messages stay as they
are. Plural messages (numerusform) are left to Qt Linguist.
"""

from __future__ import annotations

import csv
import html
import re
import sys
from pathlib import Path

FIELDS = ["context", "source", "translation", "reviewed", "ok"]
_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message(?:\s[^>]*)?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(\s+type=\"unfinished\")?>(.*?)</translation>", re.S)


def _text(xml: str) -> str:
    return html.unescape(xml)


def _xml(text: str) -> str:
    # As lupdate writes it: markup characters escaped, NNBSP spelled out so it stays visible.
    return html.escape(text, quote=False).replace("\u202f", "&#x202f;")


def unfinished(ts: Path) -> list[dict[str, str]]:
    """Return the machine-made (unfinished, singular) messages of a .ts file."""
    rows = []
    for context in _CONTEXT.finditer(ts.read_text(encoding="utf-8")):
        for message in _MESSAGE.finditer(context.group(2)):
            block = message.group(0)
            translation = _TRANSLATION.search(block)
            source = _SOURCE.search(block)
            if source and translation and translation.group(1) and "<numerusform>" not in block:
                rows.append({
                    "context": _text(context.group(1)), "source": _text(source.group(1)),
                    "translation": _text(translation.group(2)), "reviewed": "", "ok": "",
                })  # fmt: skip
    return rows


def export_review(ts: Path, out: Path) -> int:
    """Write the review sheet; return how many messages it holds."""
    rows = unfinished(ts)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def import_review(ts: Path, sheet: Path) -> tuple[int, list[str]]:
    """Apply reviewed rows to the .ts file; return (messages marked finished, rows not found)."""
    with sheet.open(encoding="utf-8", newline="") as fh:
        wanted = {}
        for row in csv.DictReader(fh):
            text = row.get("reviewed", "").strip()
            if not text and row.get("ok", "").strip().lower() in ("yes", "y", "ok", "是"):
                text = row["translation"]
            if text:
                wanted[(row["context"], row["source"])] = text
    applied: set[tuple[str, str]] = set()

    def message(block: re.Match[str], context: str) -> str:
        source = _SOURCE.search(block.group(0))
        key = (context, _text(source.group(1))) if source else None
        if key not in wanted or "<numerusform>" in block.group(0):
            return block.group(0)
        applied.add(key)
        new = f"<translation>{_xml(wanted[key])}</translation>"
        return _TRANSLATION.sub(lambda _: new, block.group(0), count=1)

    def context(match: re.Match[str]) -> str:
        name = _text(match.group(1))
        body = _MESSAGE.sub(lambda m: message(m, name), match.group(2))
        return match.group(0).replace(match.group(2), body, 1)

    text = _CONTEXT.sub(context, ts.read_text(encoding="utf-8"))
    ts.write_text(text, encoding="utf-8")
    missing = [f"{c}: {s}" for c, s in wanted if (c, s) not in applied]
    return len(applied), missing


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("export", "import"):
        print(__doc__)
        return 2
    ts, sheet = Path(argv[1]), Path(argv[2])
    if argv[0] == "export":
        print(f"{export_review(ts, sheet)} machine-made messages written to {sheet}")
        return 0
    done, missing = import_review(ts, sheet)
    print(f"{done} messages marked reviewed in {ts}")
    for line in missing:
        print(f"not found (source changed?): {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
