"""Derive search keys for Mongolian-script, Latin and Chinese text."""

# Keys are derived data: they are computed from the stored (NFC-only) text and
# never written back, so they may fold aggressively. Nothing here applies NFKC to
# stored text; NFKD is used only to build pure-ASCII keys.
#
# Folding rules of mongolian_key (shared Mongolian guide, "Storage, search, sorting"):
#   * strip FVS1-4, MVS, ZWJ, ZWNJ, nirugu, WORD JOINER and U+FEFF: they change the
#     glyph, not the word;
#   * NNBSP separates words, so a stem and its suffix become separate key words;
#   * o -> u and oe -> ue everywhere: the pairs share every glyph;
#   * e -> a everywhere except at the start of a word: medial and final a/e share
#     their glyphs (so does an NNBSP suffix's first vowel), word-initial a/e differ,
#     and keeping that one difference keeps a little vowel-harmony precision;
#   * t -> d and q -> gamma everywhere: they share glyphs in most positions (t/d
#     initially and often medially; q/gamma before consonants and front vowels),
#     and where they differ people still mistype them; recall beats precision for
#     a herder registry, and a position-free rule cannot drift between versions;
#   * Todo, Sibe and Manchu letters are left alone: those scripts disambiguate.
#   * oe/ue -> u after the first syllable of a word (and in NNBSP suffixes): there the
#     front and back rounded vowels share their glyphs; in the first syllable they do not.
# Folds only ever map onto the target letters (u, ue, a, d, gamma) and never change a
# letter's vowel/consonant class, which is why the key is idempotent.

import re
import unicodedata

# One private-use check for the model, the widgets and search (legacy_text owns it).
from .legacy_text import has_private_use

__all__ = [
    "has_private_use",
    "is_mongolian",
    "latin_from_mongolian",
    "latin_match_key",
    "latin_name_keys",
    "latin_query_readings",
    "latin_skeleton_key",
    "mongolian_key",
    "mongolian_words",
    "normalize_query",
    "pinyin_keys",
    "query_tokens",
    "zh_form",
    "zh_suffixes",
]

NNBSP = "\u202f"

_INVISIBLE_CONTROLS = frozenset(
    "\u180b\u180c\u180d\u180f"  # FVS1-3, FVS4
    "\u180e"  # MVS
    "\u200d\u200c"  # ZWJ, ZWNJ
    "\u180a"  # nirugu
    "\u2060\ufeff"  # word joiner; U+FEFF is its deprecated twin and turns up in pasted text
)
_STRIP_TABLE = dict.fromkeys(map(ord, _INVISIBLE_CONTROLS))

_LETTER_A = "\u1820"
_LETTER_E = "\u1821"
_ALWAYS_FOLD = {
    "\u1823": "\u1824",  # o -> u
    "\u1825": "\u1826",  # oe -> ue
    "\u1832": "\u1833",  # t -> d
    "\u182c": "\u182d",  # q -> gamma
}
# After the first syllable o/u/oe/ue share one glyph (ᠲᠡᠮᠤᠷ and ᠲᠡᠮᠦᠷ look the same); in the
# first syllable oe/ue carry an extra tooth after a consonant (and differ initially), so
# there the front/back difference is what the reader saw and is kept.
_LATER_SYLLABLE_FOLD = {"\u1823": "\u1824", "\u1825": "\u1824", "\u1826": "\u1824"}
_VOWELS = frozenset("\u1820\u1821\u1822\u1823\u1824\u1825\u1826\u1827")


def _is_mongolian_letter(ch: str) -> bool:
    """Tell whether ch is an assigned letter of the Mongolian block."""
    if len(ch) != 1:
        return False
    cp = ord(ch)
    # U+1879-187F are unassigned; the rest of U+1820-18AA are letters (Lo, Lm, Mn).
    return 0x1820 <= cp <= 0x1878 or 0x1880 <= cp <= 0x18AA


def _fold(text: str) -> str:
    """Return text normalized, stripped of controls, lowercased and letter-folded."""
    # NFC again after stripping: a removed FVS may have been the only thing keeping
    # two combining marks from being reordered, and positions must be judged on the
    # final sequence or the key would not be idempotent.
    s = unicodedata.normalize("NFC", text).translate(_STRIP_TABLE)
    s = unicodedata.normalize("NFC", unicodedata.normalize("NFC", s).lower())
    out: list[str] = []
    prev = ""
    later_syllable = False  # past the first syllable of the current word
    first_vowel_seen = False
    for ch in s:
        if ch == NNBSP:
            # A suffix is written like a later syllable of its stem.
            later_syllable = first_vowel_seen = True
        elif not _is_mongolian_letter(ch):
            later_syllable = first_vowel_seen = False
        elif ch in _VOWELS:
            first_vowel_seen = True
        elif first_vowel_seen:
            later_syllable = True
        if ch == _LETTER_E and (prev == NNBSP or _is_mongolian_letter(prev)):
            out.append(_LETTER_A)
        elif later_syllable and ch in _LATER_SYLLABLE_FOLD:
            out.append(_LATER_SYLLABLE_FOLD[ch])
        else:
            out.append(_ALWAYS_FOLD.get(ch, ch))
        prev = ch
    return "".join(out)


def mongolian_key(text: str) -> str:
    """Return the variant-insensitive search key of Mongolian (or mixed) text."""
    return " ".join(_fold(text).split())


_NON_NNBSP_SPACE = re.compile(r"[^\S\u202f]+")


def mongolian_words(text: str) -> list[str]:
    """Return the keyed words of text, with stem and stem+suffix for NNBSP suffixes."""
    words: list[str] = []
    seen: set[str] = set()

    def add(word: str) -> None:
        if word and word not in seen:
            seen.add(word)
            words.append(word)

    for chunk in _NON_NNBSP_SPACE.split(_fold(text)):
        parts = [p for p in chunk.split(NNBSP) if p]
        joined = ""
        for i, part in enumerate(parts):
            add(part)
            joined += part
            # The concatenation finds records whose suffix was typed without NNBSP,
            # which is a common input mistake.
            if i:
                add(joined)
    return words


# App romanization table (SASM/GNC-like, pinyin letters, ASCII only): q is CHA and
# x is SHA as in pinyin, oe/ue lose their diaeresis because staff type plain ASCII.
_MONG_LATIN = {
    "\u1820": "a",
    "\u1821": "e",
    "\u1822": "i",
    "\u1823": "o",
    "\u1824": "u",
    "\u1825": "o",
    "\u1826": "u",
    "\u1827": "e",
    "\u1828": "n",
    "\u1829": "ng",
    "\u182a": "b",
    "\u182b": "p",
    "\u182c": "h",  # "k" before front vowels, see _QA_AS_K_BEFORE
    "\u182d": "g",
    "\u182e": "m",
    "\u182f": "l",
    "\u1830": "s",
    "\u1831": "x",
    "\u1832": "t",
    "\u1833": "d",
    "\u1834": "q",
    "\u1835": "j",
    "\u1836": "y",
    "\u1837": "r",
    "\u1838": "w",
    "\u1839": "f",
    "\u183a": "k",
    "\u183b": "k",
    "\u183c": "c",
    "\u183d": "z",
    "\u183e": "h",
    "\u183f": "zr",
    "\u1840": "lh",
    "\u1841": "zh",
    "\u1842": "ch",
}
# QA before e, i, oe, ue, ee is the feminine k (Mongke, not Monghe).
_QA_AS_K_BEFORE = frozenset("\u1821\u1822\u1825\u1826\u1827")

_MONG_PUNCT = {
    "\u1801": "...",
    "\u1802": ",",
    "\u1803": ".",
    "\u1804": ":",
    "\u1806": "-",
    "\u1808": ",",
    "\u1809": ".",
}

# Last word of a Todo/Sibe/Manchu/Ali Gali letter name -> ASCII, in the app's
# pinyin-like convention; anything else falls back to the name minus its "a".
_NAME_TOKEN_LATIN = {
    "oe": "o",
    "ue": "u",
    "iy": "i",
    "ang": "ng",
    "nga": "ng",
    "qa": "h",
    "gaa": "g",
    "haa": "h",
    "cha": "q",
    "chi": "ch",
    "ca": "q",
    "cya": "q",
    "sha": "x",
    "ssa": "x",
    "tsa": "c",
    "dza": "z",
    "jia": "j",
    "nia": "n",
    "raa": "r",
}
_NAME_TOKEN_SILENT = frozenset({"sign", "one", "damaru", "ubadama", "baluda", "dagalga", "ah"})


def _mongolian_letter_latin(ch: str) -> str:
    """Romanize one Mongolian-block letter outside the main table by its name."""
    name = unicodedata.name(ch, "")
    token = name.rsplit(" ", 1)[-1].lower()
    if not token or token in _NAME_TOKEN_SILENT:
        return ""
    if token in _NAME_TOKEN_LATIN:
        return _NAME_TOKEN_LATIN[token]
    if len(token) > 1 and token.endswith("a"):
        return token[:-1]
    return token


_CYRILLIC_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "ye", "ё": "yo", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i",
}  # fmt: skip
# Letters NFKD cannot reduce to ASCII, as used in Mongolist transcriptions.
_SPECIAL_LATIN = {
    "γ": "g", "ɣ": "g", "č": "ch", "š": "sh", "ž": "zh", "ŋ": "ng", "ø": "o", "ə": "e",
    "ǝ": "e", "ı": "i", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d",
    "þ": "th", "ħ": "h", "ɔ": "o", "ʊ": "u", "ɑ": "a", "ɛ": "e", "ʃ": "sh", "ʒ": "zh",
    "χ": "kh", "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "–": "-", "—": "-",
}  # fmt: skip


def _ascii_fold_char(ch: str) -> str:
    """Return the lowercase ASCII rendering of one non-Mongolian character."""
    if ch.isascii():
        return ch
    if ch in _SPECIAL_LATIN:
        return _SPECIAL_LATIN[ch]
    if ch in _CYRILLIC_LATIN:
        return _CYRILLIC_LATIN[ch]
    if ch.isspace():
        return " "
    if unicodedata.category(ch) == "Nd":
        return str(unicodedata.digit(ch))
    # NFKD only here, for a throwaway ASCII key: it reduces ö, ﬁ, Ａ and ① to ASCII.
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if c.isascii()).lower()


def latin_from_mongolian(text: str) -> str:
    """Romanize Mongolian script to lowercase ASCII with the app table."""
    s = unicodedata.normalize("NFC", text).translate(_STRIP_TABLE).lower()
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch == "\u182c":
            nxt = s[i + 1] if i + 1 < len(s) else ""
            if nxt in _QA_AS_K_BEFORE:
                out.append("k")
            else:
                # After s, c or z a bare h would read as the digraph sh/ch/zh (bayas|qulang).
                out.append("kh" if out and out[-1][-1:] in ("s", "c", "z") else "h")
        elif ch in _MONG_LATIN:
            out.append(_MONG_LATIN[ch])
        elif _is_mongolian_letter(ch):
            out.append(_mongolian_letter_latin(ch))
        elif ch in _MONG_PUNCT:
            out.append(_MONG_PUNCT[ch])
        elif ch == NNBSP:
            out.append(" ")
        else:
            out.append(_ascii_fold_char(ch))
    return " ".join("".join(out).split())


# Latin matching compares three keys of decreasing strictness, because romanizations of one
# name disagree in different places:
#   * the full key keeps every consonant class and every vowel class (Saran != Sarnai);
#   * the skeleton keeps the consonants and only the first vowel's class: Khalkha drops
#     unstressed vowels (Batubayar -> Batbayar, Süke -> Sükh) and Chinese transcriptions add
#     them (Tegüs -> Tegusi), but the first syllable survives in both;
#   * the bare skeleton drops that class too: Khalkha also breaks or rounds the first vowel
#     (Temür -> Tömör, Jirγal -> Jargal).
# Consonant classes follow what Mongolian names look like across romanizations: g/k/h
# (gh, kh) -> k; ch/j/zh/z/q/c/ts -> j (q and c are CHA and TSA in pinyin/GNC spelling, which
# is what Subei staff type); sh/x -> x; d/t -> t; w/v are dropped (the ᠸ of ᠭᠣᠸᠠ is gone in
# Khalkha "гуа"). Vowel classes: a, e, i, and o/u (ö/ü arrive here as o/u, and staff type them
# without diaeresis anyway). A final ng is n (Khalkha and pinyin disagree on it).
_DIGRAPHS = re.compile(r"zh|ch|sh|kh|gh|ts")
_DIGRAPH_CLASS = {"zh": "j", "ch": "j", "sh": "x", "kh": "k", "gh": "k", "ts": "j"}
_LETTER_CLASS = str.maketrans("gkhqczdo", "kkkjjjtu", "wv")
_LATIN_VOWELS = frozenset("aeiu")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"(.)\1+")
# Khalkha drops γ between vowels (baγatur -> baatar, ulaγan -> ulaan, saraγul -> saruul);
# only the index adds this variant, because a query never contains the letter it drops.
_INTERVOCALIC_G = re.compile(r"(?<=[aeiou])g(?=[aeiou])")
_BARE_VOWEL = "v"
_ASCII_VOWELS = frozenset("aeiou")


def _latin_words(text: str) -> list[str]:
    """Return the lowercase ASCII words of Latin, Cyrillic or Mongolian-script text."""
    # A hyphen joins, as the apostrophe does: "Tuyaγ-a" is the romanization of ᠲᠤᠶᠠᠭ᠎ᠠ (MVS).
    ascii_text = latin_from_mongolian(text).replace("'", "").replace("-", "")
    return [w for w in _NON_WORD.split(ascii_text) if w]


def _classes(word: str) -> str:
    """Return word as letter classes (vowel runs and doubled letters collapsed)."""
    if word.endswith("ng"):
        word = word[:-1]
    word = _DIGRAPHS.sub(lambda m: _DIGRAPH_CLASS[m.group(0)], word)
    # d+s classes as t+s, a TSA again: merge it too, so that a key is its own key.
    classed = word.translate(_LETTER_CLASS).replace("ts", "j")
    # A vowel run keeps the class of its first vowel: Bayaer (巴雅尔) is Bayar.
    classed = re.sub(r"([aeiu])[aeiu]+", r"\1", classed)
    return _REPEATS.sub(r"\1", classed)


def _skeleton(classed: str, *, bare: bool) -> str:
    """Return the consonants of a classed word with the first vowel's class (or a marker)."""
    out: list[str] = []
    seen_vowel = False
    for ch in classed:
        if ch in _LATIN_VOWELS:
            if not seen_vowel:
                out.append(_BARE_VOWEL if bare else ch)
                seen_vowel = True
        elif not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def latin_match_key(text: str) -> str:
    """Return the full Latin matching key of text (one classed word per word)."""
    return " ".join(c for c in map(_classes, _latin_words(text)) if c)


def latin_query_readings(text: str) -> list[str]:
    """Return the readings of a typed Latin query: as pinyin/GNC spelling (q = CHA) and, if
    it has a q, as Mongolist transcription (q = QA, the seeds' own Qas, Qongγor)."""
    readings = [text]
    if "q" in text.lower():
        readings.append(text.replace("q", "kh").replace("Q", "Kh"))
    return readings


def latin_skeleton_key(text: str, *, bare: bool = False) -> str:
    """Return the consonant-skeleton key of text (with or without its first vowel class)."""
    skeletons = (_skeleton(_classes(w), bare=bare) for w in _latin_words(text))
    return " ".join(s for s in skeletons if s)


def _syllable_prefixes(word: str) -> list[str]:
    """Return the proper prefixes of an ASCII word that end at a syllable boundary."""
    # A syllable starts at a consonant followed by a vowel (ba|tu|ba|yar, mong|ke); the
    # first syllable must have its vowel.
    prefixes: list[str] = []
    seen_vowel = False
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if seen_vowel and ch not in _ASCII_VOWELS and nxt in _ASCII_VOWELS:
            prefixes.append(word[:i])
        seen_vowel = seen_vowel or ch in _ASCII_VOWELS
    return prefixes


def latin_name_keys(text: str, *, khalkha: bool = False) -> set[tuple[str, str]]:
    """Return the Latin index keys of a name: full ("lt"), skeletons ("lts", "ltv") and
    syllable-boundary prefixes of the full key ("ltp").

    With khalkha, also the keys of the Khalkha reading (intervocalic g dropped), for names
    whose spelling is known to be the classical script's.
    """
    keys: set[tuple[str, str]] = set()
    for word in _latin_words(text):
        readings = {word}
        if khalkha:
            readings.add(_INTERVOCALIC_G.sub("", word))
        for reading in readings:
            classed = _classes(reading)
            keys.add(("lt", classed))
            keys.add(("lts", _skeleton(classed, bare=False)))
            keys.add(("ltv", _skeleton(classed, bare=True)))
            keys.update(("ltp", _classes(p)) for p in _syllable_prefixes(reading))
    return {(k, t) for k, t in keys if t}


_HAN_RANGES = (
    (0x3007, 0x3007),  # IDEOGRAPHIC NUMBER ZERO, used in dates and addresses
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EE5F),
    (0x2F800, 0x2FA1F),
    (0x30000, 0x323AF),
)


def _is_han(ch: str) -> bool:
    """Tell whether ch is a Han ideograph."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _HAN_RANGES)


def _zh_char(ch: str) -> str:
    """Return ch as kept in Chinese keys: Han as is, ASCII alnum lowercased, else ''."""
    cp = ord(ch)
    # Full-width letters and digits come from Chinese IMEs in full-width mode.
    if 0xFF10 <= cp <= 0xFF19 or 0xFF21 <= cp <= 0xFF3A or 0xFF41 <= cp <= 0xFF5A:
        ch = chr(cp - 0xFEE0)
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    return ch if _is_han(ch) else ""


def zh_form(text: str) -> str:
    """Return the Han/ASCII-alnum-only form of text that zh_suffixes indexes."""
    return "".join(_zh_char(ch) for ch in unicodedata.normalize("NFC", text))


def zh_suffixes(text: str) -> list[str]:
    """Return every suffix of the Han/ASCII-alnum-only form of text, longest first."""
    # Quadratic in length: meant for names and short fields, not free text.
    form = zh_form(text)
    return [form[i:] for i in range(len(form))]


# Surname readings pypinyin gets wrong in first position. Ambiguous surnames (盖,
# 乐, 覃, 隗, 宓) are left to pypinyin, and 查 is left out on purpose: in Subei it
# mostly starts Mongolian names such as 查干 (chagan), not the surname Zha.
_COMPOUND_SURNAMES = {
    "单于": ("chan", "yu"),
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "乐正": ("yue", "zheng"),
    "令狐": ("ling", "hu"),
    "仉督": ("zhang", "du"),
    "亓官": ("qi", "guan"),
}
_SINGLE_SURNAMES = {
    "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "曾": "zeng", "区": "ou",
    "翟": "zhai", "缪": "miao", "种": "chong", "秘": "bi", "句": "gou", "黑": "he",
    "能": "nai", "折": "she", "蕃": "pi", "阚": "kan", "薄": "bo", "洗": "xian",
    "祭": "zhai",
}  # fmt: skip
# Readings used in Chinese transcriptions of Mongolian names (格日勒图 Geriletu,
# 都古尔 Duguer) where pypinyin's everyday default differs.
_NAME_CHAR_READINGS = {"勒": "le", "都": "du", "卜": "bu"}


def _han_run_pinyin(run: str, *, name: bool, leading: bool) -> list[str]:
    """Return one toneless pinyin syllable (maybe '') per character of a Han run."""
    # Imported here: pypinyin loads its dictionaries on import (~1 s), which would
    # otherwise sit on the app's start-up path before anyone types a Chinese name.
    from pypinyin import Style, lazy_pinyin

    # The whole run goes to pypinyin at once so its phrase table picks readings in
    # context (重庆 chongqing, 长城 changcheng): that is the heteronym-safe default.
    syllables = lazy_pinyin(run, style=Style.NORMAL, errors="ignore")
    # "ignore" drops characters pypinyin has no reading for; only then is the
    # alignment lost, and those runs are redone one character at a time.
    if len(syllables) != len(run):
        syllables = [
            (lazy_pinyin(ch, style=Style.NORMAL, errors="ignore") or [""])[0] for ch in run
        ]
    if not name:
        return syllables
    start = 0
    if leading and run[:2] in _COMPOUND_SURNAMES:
        syllables[:2] = _COMPOUND_SURNAMES[run[:2]]
        start = 2
    elif leading and run[:1] in _SINGLE_SURNAMES:
        syllables[0] = _SINGLE_SURNAMES[run[0]]
        start = 1
    for i in range(start, len(run)):
        reading = _NAME_CHAR_READINGS.get(run[i])
        # Only replace pypinyin's context-free default, never a phrase reading.
        if reading is not None and syllables[i] == lazy_pinyin(run[i])[0]:
            syllables[i] = reading
    return syllables


def pinyin_keys(text: str, *, name: bool = False) -> tuple[str, str]:
    """Return (full toneless pinyin, initials) of text; set name for personal names."""
    full: list[str] = []
    initials: list[str] = []
    run: list[str] = []
    at_start = True

    def flush() -> None:
        nonlocal at_start
        if run:
            syllables = _han_run_pinyin("".join(run), name=name, leading=at_start)
            for syllable in syllables:
                ascii_syllable = "".join(c for c in syllable if c.isascii() and c.isalnum())
                full.append(ascii_syllable)
                initials.append(ascii_syllable[:1])
            run.clear()
            at_start = False

    for ch in unicodedata.normalize("NFC", text):
        kept = _zh_char(ch)
        if kept and _is_han(kept):
            run.append(kept)
        elif kept:
            flush()
            # ASCII runs are kept whole in both keys, as staff type them (e.g. "3队").
            full.append(kept)
            initials.append(kept)
            at_start = False
    flush()
    return "".join(full), "".join(initials)


_OTHER_WHITESPACE = re.compile(r"[^\S\u202f]+")


def normalize_query(text: str) -> str:
    """Return text NFC-normalized, trimmed, with other-than-NNBSP space runs collapsed."""
    # NNBSP is kept: it belongs to Mongolian spelling (suffixes), it is not spacing.
    return _OTHER_WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


# Case suffixes and particles that follow a stem after NNBSP, and the detached final a/e
# that follows MVS. Typists also put a plain space (or nothing) there; the query treats
# all three alike, as the index does (mongolian_words gives stem, suffix and stem+suffix).
_SUFFIXES = (
    "ᠶᠢᠨ", "ᠤᠨ", "ᠦᠨ", "ᠤ", "ᠦ", "ᠢ", "ᠶᠢ", "ᠳᠤ", "ᠳᠦ", "ᠲᠤ", "ᠲᠦ", "ᠠᠴᠠ", "ᠡᠴᠡ", "ᠪᠠᠷ",
    "ᠢᠶᠠᠷ", "ᠲᠠᠢ", "ᠲᠡᠢ", "ᠳᠠᠭᠠᠨ", "ᠳᠡᠭᠡᠨ", "ᠤᠳ", "ᠨᠠᠷ", "ᠨᠤᠭᠤᠳ", "ᠠ", "ᠡ",
)  # fmt: skip
_SUFFIX_KEYS = frozenset(_fold(NNBSP + suffix)[1:] for suffix in _SUFFIXES)


def query_tokens(text: str) -> list[str]:
    """Split a query into tokens the way stored names are indexed.

    Only spaces other than NNBSP separate tokens (str.split() would split at NNBSP), and a
    Mongolian suffix typed after a plain space is joined to its stem with NNBSP.
    """
    tokens: list[str] = []
    for raw in _OTHER_WHITESPACE.split(normalize_query(text)):
        if not raw.strip(NNBSP):
            continue
        joinable = tokens and is_mongolian(tokens[-1]) and is_mongolian(raw)
        if joinable and (raw.startswith(NNBSP) or _fold(NNBSP + raw)[1:] in _SUFFIX_KEYS):
            tokens[-1] = tokens[-1].rstrip(NNBSP) + NNBSP + raw.lstrip(NNBSP)
        else:
            tokens.append(raw)
    return tokens


def is_mongolian(text: str) -> bool:
    """Tell whether text contains a letter of the Mongolian block."""
    return any(_is_mongolian_letter(ch) for ch in text)
