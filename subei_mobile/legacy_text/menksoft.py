"""Menksoft shape codes -> Unicode letters: the word loop around the ported glyph rules."""

from __future__ import annotations

from .menksoft_rules import (
    FIXEDSUFFIXESMENKTOUNI,
    FIXEDTWOLETTERWORDSMENKTOUNI,
    FIXEDWORDSMENKTOUNI,
    Menksoft,
    MenksoftRules,
    Mongol,
)

MENKSOFT_START = Menksoft.menksoftStart
MENKSOFT_END = Menksoft.menksoftEnd
NNBSP = 0x202F
_SPACES = (Menksoft.nonbreakingSpace, Menksoft.unknownSpace)


def _fixed(word: list[int]) -> list[int] | None:
    key = "".join(map(chr, word))
    value = (
        FIXEDTWOLETTERWORDSMENKTOUNI.get(key)
        or FIXEDSUFFIXESMENKTOUNI.get(key)
        or FIXEDWORDSMENKTOUNI.get(key)
    )
    return None if value is None else [ord(c) for c in value]


class _Word(MenksoftRules):
    """One Menksoft word (a leading Menksoft space belongs to the word it introduces)."""

    def _updateLocation(self, above: int, below: int) -> None:
        top = not Menksoft.isLetter(above)
        bottom = not Menksoft.isLetter(below)
        self._location = ("isol" if bottom else "init") if top else ("fina" if bottom else "medi")

    def convert(self) -> list[int]:
        word = self._inputWord
        if not word:
            return []
        fixed = _fixed(word)
        if fixed is not None:
            return fixed
        out: list[int] = []
        above = 0
        length = len(word)
        for i, current in enumerate(word):
            below = word[i + 1] if i < length - 1 else 0
            self._updateLocation(above, below)
            self._dispatch(out, current, above, below)
            above = current
            # A final form followed by an initial one is a missing space.
            if Menksoft.isFinalIsolateGlyph(current) and Menksoft.isInitialIsolateGlyph(below):
                out.append(self.SPACE)
                above = 0
        return out

    def _dispatch(self, out: list[int], c: int, above: int, below: int) -> None:
        # Letter ranges of the code chart, in chart order (as mongol_code's MenksoftWord).
        if c in (self.SPACE, Menksoft.nonbreakingSpace, Menksoft.unknownSpace):
            self._handleSpace(out, c, below)
        elif c < Menksoft.aStart:
            self._handlePunctuation(out, c)
        elif c < Menksoft.eStart:
            self._handleA(out, c)
        elif c < Menksoft.iStart:
            self._handleE(out, c)
        elif c < Menksoft.oStart:
            self._handleI(out, c, above, below)
        elif c < Menksoft.uStart:
            self._handleO(out, c)
        elif c < Menksoft.oeStart:
            self._handleU(out, c)
        elif c < Menksoft.ueStart:
            self._handleOE(out, c)
        elif c < Menksoft.eeStart:
            self._handleUE(out, c)
        elif c < Menksoft.naStart:
            self._handleEE(out, c, above, below)
        elif Menksoft.isAng(c):  # before NA: NA codes sit on both sides of ANG
            self._handleAng(out, c)
        else:
            self._dispatch_consonant(out, c, above, below)

    def _dispatch_consonant(self, out: list[int], c: int, above: int, below: int) -> None:
        if c < Menksoft.baStart:
            self._handleNa(out, c, above, below)
        elif c < Menksoft.paStart:
            self._handleBa(out, c)
        elif c < Menksoft.qaStart:
            self._handlePa(out, c)
        elif c < Menksoft.gaStart:
            self._handleQa(out, c, below)
        elif c < Menksoft.maStart:
            self._handleGa(out, c, above, below)
        elif c < Menksoft.laStart:
            self._handleMa(out, c)
        elif c < Menksoft.saStart:
            self._handleLa(out, c)
        elif c < Menksoft.shaStart:
            self._handleSa(out, c)
        elif c < Menksoft.taStart:
            self._handleSha(out, c)
        elif c < Menksoft.daStart:
            self._handleTa(out, c)
        elif c < Menksoft.chaStart:
            self._handleDa(out, c, below)
        elif c < Menksoft.jaStart:
            self._handleCha(out, c)
        elif c < Menksoft.yaStart:
            self._handleJa(out, c)
        elif c < Menksoft.raStart:
            self._handleYa(out, c, above, below)
        elif c < Menksoft.waStart:
            self._handleRa(out, c)
        elif c < Menksoft.faStart:
            self._handleWa(out, c, above, below)
        elif c < Menksoft.kaStart:
            self._handleFa(out, c)
        elif c < Menksoft.khaStart:
            self._handleKa(out, c)
        elif c < Menksoft.tsaStart:
            self._handleKha(out, c)
        elif c < Menksoft.zaStart:
            self._handleTsa(out, c)
        elif c < Menksoft.haaStart:
            self._handleZa(out, c)
        elif c < Menksoft.zraStart:
            self._handleHaa(out, c)
        elif c < Menksoft.lhaStart:
            self._handleZra(out, c)
        elif c < Menksoft.zhiStart:
            self._handleLha(out, c)
        elif c < Menksoft.chiStart:
            self._handleZhi(out)
        else:
            self._handleChi(out)


def _suffix_connectors(out: list[int]) -> list[int]:
    """Turn mongol_code's U+180E suffix connector into NNBSP, except before a detached a/e.

    mongol_code follows GB/T 25914-2023, which writes every suffix gap as U+180E. Unicode
    (and this app's seeds, search and fonts) write NNBSP before a case suffix and keep MVS
    only for the detached final a/e (ᠲᠤᠶᠠᠭ᠎ᠠ).
    """
    result = list(out)
    for i, ch in enumerate(result):
        if ch != Mongol.mvs:
            continue
        nxt = result[i + 1] if i + 1 < len(result) else 0
        after = result[i + 2] if i + 2 < len(result) else 0
        detached_vowel = nxt in (Mongol.a, Mongol.e) and not (0x1820 <= after <= 0x1842)
        if not detached_vowel:
            result[i] = NNBSP
    return result


def menksoft_to_unicode(text: str) -> str:
    """Convert a string of Menksoft codes (and spaces) to Unicode Mongolian."""
    out: list[int] = []
    word: list[int] = []
    for ch in map(ord, text):
        menksoft = MENKSOFT_START <= ch <= MENKSOFT_END
        if menksoft and ch not in _SPACES:
            word.append(ch)
            continue
        if word:
            out.extend(_Word(word).convert())
            word = []
        if ch in _SPACES:
            word.append(ch)  # a space starts the next word but is no letter
            continue
        out.append(ch)
    if word:
        out.extend(_Word(word).convert())
    return "".join(map(chr, _suffix_connectors(out)))
