"""The one-box search over people: Chinese, pinyin, Mongolian, Latin, ID number, phone.

Every person gets a handful of keys in ``search_terms``; a query becomes keys of the same
kinds and each is answered by a prefix range scan on the (kind, term) primary key. Chinese
substrings work because every suffix of a name is indexed: a substring is a prefix of one.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

from ..resident_id import normalize_id_number, normalize_phone
from ..search_keys import (
    NNBSP,
    is_mongolian,
    latin_match_key,
    latin_name_keys,
    latin_query_readings,
    latin_skeleton_key,
    mongolian_words,
    pinyin_keys,
    query_tokens,
    zh_suffixes,
)
from ..security.fields import PLAIN, PlainCodec, codec_of

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGITS = re.compile(r"^[0-9xX]+$")
# Per key and match kind, how many matches are ranked: more than anyone pages through;
# a broader query says "500+" and people type one more letter.
MATCH_CAP = 500
# Score of an exact key match and of a prefix match, by kind; higher ranks first.
# Han queries also look up their pinyin ("pyh", answered from the "py" keys) so that a
# homophone spelling of a transcribed name (琪琪格 for 其其格) is found, after every Han hit.
# Latin keys go from strict to loose: full key, syllable-boundary prefix of it, consonant
# skeleton with and without the first vowel's class; only the full key's prefixes match. A
# pinyin prefix ranks below a skeleton match: "Bat" is the Khalkha Batu before it is the
# start of bateer (巴特尔).
SCORES = {
    "zhf": (100, 85), "zh": (70, 60), "mn": (95, 70), "py": (85, 56), "pyi": (75, 50),
    "pyh": (55, 45), "lt": (80, 0), "ltp": (62, 0), "lts": (58, 0), "ltv": (52, 0),
    "id": (100, 0), "ph": (100, 90),
}  # fmt: skip
# Lookup kinds answered from another kind's stored keys.
_STORED_KIND = {"pyh": "py"}


def person_terms(
    name_zh: str, name_mn: str, name_latin: str, id_number: str, phone: str,
    codec: PlainCodec = PLAIN,
) -> set[tuple[str, str]]:  # fmt: skip
    """Return the (kind, term) keys under which a person is found."""
    terms = set(name_terms(name_zh, name_mn, name_latin))
    if id_number:
        terms.add(("id", id_term(id_number, codec)))
    if phone:
        terms.add(("ph", codec.blind("ph", normalize_phone(phone))))
    return {(k, t) for k, t in terms if t}


# Names repeat a lot (a few hundred given names cover most herders), and pinyin is the
# costliest step of a save: remembering recent names makes bulk imports about a third faster.
@lru_cache(maxsize=65536)
def name_terms(name_zh: str, name_mn: str, name_latin: str) -> frozenset[tuple[str, str]]:
    """Return the search keys derived from a person's names in every script."""
    terms: set[tuple[str, str]] = set()
    if name_zh:
        suffixes = zh_suffixes(name_zh)
        terms.update(("zh", s) for s in suffixes[1:])
        terms.update(("zhf", s) for s in suffixes[:1])
        full, initials = pinyin_keys(name_zh, name=True)
        terms.update({("py", full), ("pyi", initials)})
    if name_mn:
        words = mongolian_words(name_mn)
        terms.update(("mn", w) for w in words)
        # Latin keys come from the name as typed, not from the folded words: the folds
        # (q -> gamma, e -> a) would put letters into the Latin key that nobody reads there.
        for spelling in (name_mn, name_mn.replace(NNBSP, "")):
            terms.update(latin_name_keys(spelling, khalkha=True))
    terms.update(latin_name_keys(name_latin))
    return frozenset(terms)


def id_term(id_number: str, codec: PlainCodec = PLAIN) -> str:
    """Return the index key of an ID number (a keyed blind index once data is encrypted)."""
    return codec.blind("id", normalize_id_number(id_number))


def index_person(
    conn: sqlite3.Connection, person_id: str, name_zh: str, name_mn: str, name_latin: str,
    id_number: str, phone: str,
) -> None:  # fmt: skip
    """Replace a person's search keys inside the caller's transaction."""
    conn.execute("DELETE FROM search_terms WHERE person_id = ?", (person_id,))
    conn.executemany(
        "INSERT OR IGNORE INTO search_terms (kind, term, person_id) VALUES (?, ?, ?)",
        [
            (k, t, person_id)
            for k, t in person_terms(name_zh, name_mn, name_latin, id_number, phone, codec_of(conn))
        ],
    )


def unindex_person(conn: sqlite3.Connection, person_id: str) -> None:
    """Remove a deleted person from search."""
    conn.execute("DELETE FROM search_terms WHERE person_id = ?", (person_id,))


def query_keys(token: str, codec: PlainCodec = PLAIN) -> list[tuple[str, str, bool]]:
    """Return (kind, key, exact_only) lookups for one token of what the user typed."""
    if _DIGITS.match(token):
        digits = token.upper()
        keys: list[tuple[str, str, bool]] = []
        if len(digits) == 18:
            keys.append(("id", id_term(digits, codec), True))
        if codec.sealed:
            # A blind index answers whole numbers only: prefix search would need plain digits.
            if digits.isdigit() and len(normalize_phone(digits)) == 11:
                keys.append(("ph", codec.blind("ph", normalize_phone(digits)), True))
        elif digits.isdigit() and len(digits) >= 3:
            keys.append(("ph", normalize_phone(digits), False))
        return keys
    if _HAN.search(token):
        return _han_query_keys(token)
    if is_mongolian(token):
        words = mongolian_words(token)
        # The whole word with its suffix ranks first; the stem alone finds the name.
        return [("mn", w, False) for w in dict.fromkeys(words[-1:] + words[:1])]
    lowered = token.lower()
    keys = [("py", lowered, False), ("pyi", lowered, False)]
    for reading in latin_query_readings(token):
        latin = latin_match_key(reading)
        if latin:
            keys += [("lt", latin, True), ("ltp", latin, True)]
            keys.append(("lts", latin_skeleton_key(reading), True))
            keys.append(("ltv", latin_skeleton_key(reading, bare=True), True))
    return keys


def _han_query_keys(token: str) -> list[tuple[str, str, bool]]:
    """Return the lookups of a Han query: substring of the Chinese name, then its pinyin."""
    han = "".join(zh_suffixes(token)[:1])
    if not han:
        # Only now: pypinyin's first import holds the GIL ~0.35 s and would stall the GUI.
        full, _ = pinyin_keys(token)
        return [("py", full, False)]
    keys = [("zhf", han, False), ("zh", han, False)]
    full, _ = pinyin_keys(token, name=True)
    if full:
        keys.append(("pyh", full, False))
    return keys


@dataclass
class SearchPage:
    """One page of ranked person ids, with the total found (capped at MATCH_CAP per key)."""

    person_ids: list[str]
    total: int
    scores: dict[str, int] = field(default_factory=dict)


def search_people(
    conn: sqlite3.Connection, text: str, limit: int = 50, offset: int = 0
) -> SearchPage:
    """Return the people matching every token of text, best first."""
    tokens = query_tokens(text)
    if not tokens:
        return SearchPage([], 0)
    combined: dict[str, int] | None = None
    for token in tokens:
        found = _token_scores(conn, token)
        if combined is None:
            combined = found
        else:
            combined = {p: s + found[p] for p, s in combined.items() if p in found}
    assert combined is not None
    ranked = sorted(combined.items(), key=lambda item: (-item[1], item[0]))
    page = ranked[offset : offset + limit]
    return SearchPage([p for p, _ in page], len(ranked), dict(page))


def _token_scores(conn: sqlite3.Connection, token: str) -> dict[str, int]:
    scores: dict[str, int] = {}
    for kind, key, exact_only in query_keys(token, codec_of(conn)):
        exact_score, prefix_score = SCORES[kind]
        stored = _STORED_KIND.get(kind, kind)
        # Exact matches first, so the cap on a common prefix never pushes them out.
        lookups: list[tuple[str, tuple[object, ...], int]] = [
            (_EXACT_SQL, (stored, key, MATCH_CAP), exact_score)
        ]
        if not exact_only:
            lookups.append(
                (_PREFIX_SQL, (stored, key, key + "\U0010ffff", MATCH_CAP), prefix_score)
            )
        for sql, params, score in lookups:
            for (person_id,) in conn.execute(sql, params):
                if score > scores.get(person_id, 0):
                    scores[person_id] = score
    return scores


_EXACT_SQL = "SELECT person_id FROM search_terms WHERE kind = ? AND term = ? LIMIT ?"
_PREFIX_SQL = "SELECT person_id FROM search_terms WHERE kind = ? AND term > ? AND term < ? LIMIT ?"
