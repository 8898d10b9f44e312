"""Labelled search benchmark: names x variant spellings x queries, recall and precision@1.

Usage: .venv/bin/python bench/search_quality.py [--data-dir DIR] [--markdown]

The store holds every given name of seeds/names/mongol_given.csv three times, each time in a
different but identically rendering encoding (as typed, with o/u and oe/ue swapped where
they look alike, with an FVS after the first letter), with the name's Chinese transcription and
the seed's Latin spelling, among 600 Han-named residents. Each query class turns every name
into what a typist produces; the relevant set is the three people with that name.

Recall: relevant people found / relevant people (over all returned results).
Precision@1: queries whose first result is one of the relevant people.
R-precision: relevant people among the first |relevant| results.
Precision: relevant people among all results (how much else a query drags in).

Only the public search API is used, so the same script measures an older tree (run it with
that tree on PYTHONPATH) for before/after numbers.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.store import open_store
from subei_mobile.store.search_index import search_people

ROOT = Path(__file__).resolve().parent.parent
NNBSP, MVS, FVS1, ZWJ = "\u202f", "\u180e", "\u180b", "\u200d"
LO, LU, LOE, LUE = "\u1823", "\u1824", "\u1825", "\u1826"
VOWELS = set("\u1820\u1821\u1822\u1823\u1824\u1825\u1826\u1827")
BACK = set("\u1820\u1823\u1824")

# Characters used in Chinese transcriptions of Mongolian names and a homophone each (the
# same toneless pinyin); the benchmark checks the reading with pypinyin before using one.
HAN_HOMOPHONES = {
    "雅": "亚", "其": "琪", "娜": "那", "那": "娜", "和": "合", "尔": "儿", "图": "涂",
    "巴": "八", "宝": "保", "力": "利", "吉": "几", "拉": "啦", "斯": "思", "苏": "素",
    "乌": "呜", "云": "芸", "木": "穆", "德": "得", "克": "科", "达": "答", "来": "莱",
    "布": "步", "古": "谷", "孟": "梦", "高": "皋", "娃": "哇", "米": "密", "敏": "民",
    "登": "灯", "塔": "他", "珠": "朱", "如": "茹", "仁": "任", "琴": "勤", "干": "甘",
    "坦": "滩", "顺": "舜", "道": "到", "洪": "红", "楞": "愣", "毕": "必", "敖": "奥",
    "通": "同", "诺": "糯", "音": "因", "额": "俄", "铁": "贴", "特": "忒", "格": "革",
    "日": "日", "勒": "乐", "朝": "潮", "赛": "塞", "哈": "蛤", "萨": "撒", "查": "察",
    "阿": "啊", "恩": "蒽",
}  # fmt: skip


def swap_o_u(mn: str) -> str:
    """Swap o<->u and oe<->ue everywhere (they share every glyph)."""
    return mn.translate(str.maketrans({LO: LU, LU: LO, LOE: LUE, LUE: LOE}))


def swap_later_u_ue(mn: str) -> str:
    """Swap u<->ue after the first syllable (one glyph there); unchanged if there is none."""
    out, closed, seen = [], False, False
    for ch in mn:
        if ch in VOWELS:
            if closed and ch in (LU, LUE, LO, LOE):
                ch = {LU: LUE, LUE: LU, LO: LOE, LOE: LO}[ch]
            seen = True
        elif seen:
            closed = True
        out.append(ch)
    return "".join(out)


def genitive(mn: str) -> str:
    """Return mn + NNBSP + its genitive suffix (ᠶᠢᠨ after a vowel, ᠤᠨ/ᠦᠨ after a consonant)."""
    letters = [c for c in mn if "\u1820" <= c <= "\u1842"]
    if letters[-1] in VOWELS:
        return mn + NNBSP + "ᠶᠢᠨ"
    back = any(c in BACK for c in letters)
    return mn + NNBSP + ("ᠤᠨ" if back else "ᠦᠨ")


def han_homophone(zh: str) -> str | None:
    """Return zh with one character replaced by a same-reading character, or None."""
    from pypinyin import lazy_pinyin

    reading = lazy_pinyin(zh)
    for i, ch in enumerate(zh):
        alt = HAN_HOMOPHONES.get(ch)
        if alt and alt != ch:
            variant = zh[:i] + alt + zh[i + 1 :]
            if lazy_pinyin(variant) == reading:
                return variant
    return None


def pinyin(zh: str) -> str:
    """Return the toneless pinyin staff type for a Chinese name."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(zh))


# MNS 5217 romanization of Khalkha Cyrillic, as passports and English texts spell names.
KHALKHA_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "ye", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "ө": "ö", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "ы": "y", "ь": "i", "ъ": "i", "э": "e", "ю": "yu", "я": "ya",
})  # fmt: skip


def khalkha_latin(cyrillic: str) -> str:
    """Return the MNS 5217 Latin spelling of a Khalkha name (Баатар -> Baatar)."""
    return cyrillic.lower().translate(KHALKHA_LATIN).capitalize()


def ascii_latin(latin: str) -> str:
    """Return a seed romanization as staff type it in ASCII (γ -> g, č -> ch, diaeresis off)."""
    text = latin.replace("γ", "g").replace("č", "ch").replace("Č", "Ch").replace("-", "")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def build(data_dir: Path, names: list[dict[str, str]]) -> dict[str, list[str]]:
    """Fill a store; return person ids per Mongolian name."""
    store = open_store(data_dir)
    rng = random.Random(620923)
    people: dict[str, list[str]] = {}
    han = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄"]
    given = ["建国", "志强", "秀英", "桂兰", "海燕", "玉兰", "建华", "丽"]
    for i in range(600):
        hh = Household(code=f"H-{i}", township_code="620923100")
        name_zh = rng.choice(han) + rng.choice(given)
        register_household(
            store, hh, [Person(household_id=hh.id, relation="head", name_zh=name_zh)]
        )
    for n, row in enumerate(names):
        spellings = [row["mn"], swap_o_u(row["mn"]), row["mn"][0] + FVS1 + row["mn"][1:]]
        for k, mn in enumerate(spellings):
            hh = Household(code=f"M-{n}-{k}", township_code="620923100")
            # Only the first carries a Latin spelling, so Latin queries also exercise the
            # keys derived from the script.
            person = Person(household_id=hh.id, relation="head", name_mn=mn, name_zh=row["zh"],
                            name_latin=row["latin"] if k == 0 else "")  # fmt: skip
            register_household(store, hh, [person])
            people.setdefault(row["mn"], []).append(person.id)
    store.close()
    return people


QueryMaker = Callable[[dict[str, str]], str | None]
CLASSES: dict[str, QueryMaker] = {
    "mn as stored": lambda r: r["mn"],
    "mn FVS after 1st letter": lambda r: r["mn"][0] + FVS1 + r["mn"][1:],
    "mn ZWJ inside": lambda r: r["mn"][:2] + ZWJ + r["mn"][2:],
    "mn o/u and oe/ue swapped": lambda r: swap_o_u(r["mn"]),
    "mn later-syllable u/ue swapped": lambda r: (
        v if (v := swap_later_u_ue(r["mn"])) != r["mn"] else None
    ),
    "mn + NNBSP genitive": lambda r: genitive(r["mn"]),
    "mn + space genitive": lambda r: genitive(r["mn"]).replace(NNBSP, " "),
    "mn MVS typed as NNBSP": lambda r: r["mn"].replace(MVS, NNBSP) if MVS in r["mn"] else None,
    "Han exact": lambda r: r["zh"],
    "Han homophone": lambda r: han_homophone(r["zh"]),
    "pinyin": lambda r: pinyin(r["zh"]),
    "Latin (seed romanization)": lambda r: r["latin"],
    "Latin (ASCII)": lambda r: ascii_latin(r["latin"]),
    "Cyrillic (Khalkha)": lambda r: r["cyrillic"],
    "Latin (Khalkha, MNS 5217)": lambda r: khalkha_latin(r["cyrillic"]),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    with (ROOT / "seeds/names/mongol_given.csv").open(encoding="utf-8") as f:
        seeds = {r["mn"]: r for r in csv.DictReader(f)}
    with (Path(__file__).parent / "search_names.csv").open(encoding="utf-8") as f:
        names = [{**seeds[r["mn"]], **r} for r in csv.DictReader(f)]
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="search-quality-"))
    people = build(data_dir, names)
    store = open_store(data_dir)
    rows = []
    timings: list[float] = []
    for label, make in CLASSES.items():
        found = relevant = top = rprec = queries = returned = 0
        for row in names:
            query = make(row)
            if not query:
                continue
            wanted = set(people[row["mn"]])
            t0 = time.perf_counter()
            page = search_people(store.conn, query, limit=1000)
            timings.append(time.perf_counter() - t0)
            queries += 1
            relevant += len(wanted)
            found += len(wanted & set(page.person_ids))
            top += bool(page.person_ids) and page.person_ids[0] in wanted
            rprec += len(wanted & set(page.person_ids[: len(wanted)]))
            returned += len(page.person_ids)
        rows.append(
            (label, queries, found / relevant, top / queries, rprec / relevant,
             found / max(returned, 1))
        )  # fmt: skip
    timings.sort()
    if args.markdown:
        print("| query class | queries | recall | precision@1 | R-precision | precision |")
        print("|---|---|---|---|---|---|")
        for label, q, rec, p1, rp, prec in rows:
            print(f"| {label} | {q} | {rec:.1%} | {p1:.1%} | {rp:.1%} | {prec:.1%} |")
    else:
        for label, q, rec, p1, rp, prec in rows:
            print(f"{label:34} {q:4}  recall {rec:7.1%}  p@1 {p1:7.1%}  R-prec {rp:7.1%}"
                  f"  prec {prec:7.1%}")  # fmt: skip
    total = sum(r[1] for r in rows)
    print(f"\n{len(names)} names, {total} queries; search median "
          f"{statistics.median(timings) * 1000:.2f} ms, max {timings[-1] * 1000:.2f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
