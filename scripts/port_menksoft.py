"""Port the Menksoft -> Unicode converter of the CC0 `mongol_code` Dart library to Python.

Usage: python scripts/port_menksoft.py MONGOL_CODE_CHECKOUT > subei_mobile/legacy_text/menksoft_rules.py
       ruff format subei_mobile/legacy_text/menksoft_rules.py

The library (https://github.com/suragch/mongol_code, CC0-1.0) encodes the published Menksoft
code chart and the GB/T 25914-2023 rules for choosing FVS/MVS when a shaped glyph is turned
back into letters. Its rules are plain switch/if code over integer constants, so this script
translates that subset of Dart mechanically (constants, static predicates and the glyph
handlers); the word loop, the location logic and the fixed-word tables are written by hand in
subei_mobile/legacy_text/menksoft.py. Re-run it to pick up a new release of the library and
review the diff.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

FILES = {
    "menksoft": "lib/src/menksoft/menksoft.dart",
    "word": "lib/src/menksoft/menksoft_word.dart",
    "mongol": "lib/src/unicode/mongol.dart",
    "fixed": "lib/src/menksoft/fixed_words_menk_uni.dart",
}


def read(checkout: Path, path: str) -> str:
    git_dir = checkout if (checkout / "HEAD").exists() else checkout / ".git"
    if (checkout / path).exists():
        return (checkout / path).read_text(encoding="utf-8")
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"HEAD:{path}"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def strip_comments(src: str) -> str:
    src = re.sub(r"/\*.*?\*/", "", src, flags=re.S)
    src = re.sub(r"//[^\n]*", "", src)
    return re.sub(r"@Deprecated\([^)]*\)", "", src)


def class_body(src: str, name: str) -> str:
    start = src.index("{", src.index(f"class {name}")) + 1
    depth, i = 1, start
    while depth:
        depth += {"{": 1, "}": -1}.get(src[i], 0)
        i += 1
    return src[start : i - 1]


def items(body: str) -> list[tuple[str, str]]:
    """Split Dart code into ('open', header), ('close', ''), ('stmt', s), ('case', e), ('default', '')."""
    out: list[tuple[str, str]] = []
    buf = ""
    depth_paren = 0
    for ch in body:
        if ch in "([":
            depth_paren += 1
        elif ch in ")]":
            depth_paren -= 1
        if depth_paren == 0 and ch == "{":
            out.append(("open", " ".join(buf.split())))
            buf = ""
        elif depth_paren == 0 and ch == "}":
            if buf.strip():
                raise ValueError(f"dangling {buf!r}")
            out.append(("close", ""))
            buf = ""
        elif depth_paren == 0 and ch == ";":
            out.append(("stmt", " ".join(buf.split())))
            buf = ""
        elif depth_paren == 0 and ch == ":" and buf.strip().startswith(("case ", "default")):
            text = " ".join(buf.split())
            out.append(("default", "") if text == "default" else ("case", text[5:]))
            buf = ""
        else:
            buf += ch
    if buf.strip():
        raise ValueError(f"trailing {buf!r}")
    return out


class Emitter:
    def __init__(self, items: list[tuple[str, str]], self_names: set[str], cls: str) -> None:
        self.items = items
        self.i = 0
        self.lines: list[str] = []
        self.self_names = self_names
        self.cls = cls

    def expr(self, text: str) -> str:
        e = text
        e = re.sub(
            r"\(\s*i < length - 1\s*\)\s*\?\s*(.+?)\s*:\s*0", r"(\1 if i < length - 1 else 0)", e
        )
        e = re.sub(r"([A-Za-z_][\w.]*)\.length", r"len(\1)", e)
        e = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", e))
        e = e.replace("&&", " and ").replace("||", " or ")
        e = re.sub(r"!(?!=)", " not ", e)
        e = re.sub(r"\bLocation\.(\w+)", r'"\1"', e)
        e = re.sub(r"\bGender\.(\w+)", r'"\1"', e)
        e = re.sub(r"genderOf\(word: (\w+)\)", r"gender_of(\1)", e)
        e = e.replace("outputString.addAll(", "outputString.extend(")
        e = e.replace("outputString.add(", "outputString.append(")

        def own(m: re.Match[str]) -> str:
            name = m.group(1)
            if m.start() > 0 and e[m.start() - 1] == ".":
                return name
            if name in self.self_names:
                return f"self.{name}" if self.cls == "MenksoftWord" else f"{self.cls}.{name}"
            return name

        e = re.sub(r"\b(_?[A-Za-z]\w*)\b", own, e)
        return " ".join(e.split())

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def block(self, depth: int) -> int:
        """Emit statements until the matching close; return how many were emitted."""
        count = 0
        while self.i < len(self.items):
            kind, _ = self.items[self.i]
            if kind == "close":
                self.i += 1
                return count
            count += self.statement(depth)
        return count

    def statement(self, depth: int) -> int:
        kind, text = self.items[self.i]
        self.i += 1
        if kind == "stmt":
            self.simple(depth, text)
            return 1
        if kind != "open":
            raise ValueError(f"unexpected {kind} {text}")
        if text.startswith("switch"):
            self.switch(depth, text[text.index("(") + 1 : text.rindex(")")])
        elif text.startswith("if"):
            self.if_chain(depth, text)
        elif text.startswith("for"):
            m = re.fullmatch(
                r"for \((?:var|int) (\w+) = (.+?); \1 (<|>=) (.+?); \1(\+\+|--)\)", text
            )
            if not m:
                raise ValueError(text)
            var, start, op, end, _step = m.groups()
            if op == "<":
                self.emit(depth, f"for {var} in range({self.expr(start)}, {self.expr(end)}):")
            else:
                self.emit(
                    depth, f"for {var} in range({self.expr(start)}, {self.expr(end)} - 1, -1):"
                )
            if not self.block(depth + 1):
                self.emit(depth + 1, "pass")
        else:
            raise ValueError(text)
        return 1

    def simple(self, depth: int, text: str) -> None:
        m = re.fullmatch(r"if \((.+)\) (return .+)", text)
        if m:
            self.emit(depth, f"if {self.expr(m.group(1))}:")
            self.simple(depth + 1, m.group(2))
            return
        m = re.fullmatch(r"(?:final|var|int) (\w+) = (.+)", text)
        if m:
            self.emit(depth, f"{m.group(1)} = {self.expr(m.group(2))}")
            return
        if text.startswith("return"):
            self.emit(depth, f"return {self.expr(text[6:].strip())}".rstrip())
            return
        self.emit(depth, self.expr(text))

    def if_chain(self, depth: int, header: str) -> None:
        cond = header[header.index("(") + 1 : header.rindex(")")]
        self.emit(depth, f"if {self.expr(cond)}:")
        if not self.block(depth + 1):
            self.emit(depth + 1, "pass")
        while (
            self.i < len(self.items)
            and self.items[self.i][0] == "open"
            and self.items[self.i][1].startswith("else")
        ):
            text = self.items[self.i][1]
            self.i += 1
            if text.startswith("else if"):
                cond = text[text.index("(") + 1 : text.rindex(")")]
                self.emit(depth, f"elif {self.expr(cond)}:")
            else:
                self.emit(depth, "else:")
            if not self.block(depth + 1):
                self.emit(depth + 1, "pass")

    def switch(self, depth: int, subject: str) -> None:
        subject = self.expr(subject)
        first = True
        labels: list[str] = []
        body_count = -1
        while True:
            kind, text = self.items[self.i]
            if kind == "close":
                self.i += 1
                if body_count == 0:
                    self.emit(depth + 1, "pass")
                return
            if kind in ("case", "default"):
                if body_count == 0 and labels == []:
                    self.emit(depth + 1, "pass")
                self.i += 1
                if kind == "default":
                    if body_count == 0:
                        self.emit(depth + 1, "pass")
                    self.emit(depth, "else:" if not first else "if True:")
                    first = False
                    labels = []
                    body_count = 0
                    continue
                labels.append(self.expr(text))
                # consecutive labels share one body
                if self.items[self.i][0] == "case":
                    continue
                if body_count == 0:
                    self.emit(depth + 1, "pass")
                kw = "if" if first else "elif"
                first = False
                if len(labels) == 1:
                    cond = f"{subject} == {labels[0]}"
                else:
                    cond = f"{subject} in ({', '.join(labels)})"
                self.emit(depth, f"{kw} {cond}:")
                labels = []
                body_count = 0
                continue
            body_count += self.statement(depth + 1)


def params(sig: str) -> tuple[str, str, list[str]]:
    m = re.fullmatch(r"(?:static )?(\w+(?:<int>)? )?(\w+)\((.*)\)", sig)
    if not m:
        raise ValueError(sig)
    ret, name, raw = m.groups()
    ret = (ret or "constructor").strip()
    names = []
    for p in raw.split(","):
        p = p.strip()
        if p:
            names.append(p.split()[-1])
    return ret, name, names


def translate_class(src: str, cls: str, skip: set[str]) -> tuple[list[str], list[str]]:
    body = strip_comments(class_body(src, cls))
    consts = re.findall(r"static const int (\w+) = (0x[0-9A-Fa-f]+|\d+|\w+);", body)
    const_lines = []
    names = {n for n, _ in consts}
    for n, v in consts:
        const_lines.append(f"    {n} = {v if not v[0].isalpha() else n_ref(v)}")
    body = re.sub(r"static const int \w+ = [^;]+;", "", body)
    body = re.sub(r"late List<int> \w+;|late Location \w+;", "", body)
    its = items(body)
    methods = [m for m in re.findall(r"(?:static )?(?:bool|void|List<int>|int) (_?\w+)\(", body)]
    self_names = names | set(methods)
    if cls == "MenksoftWord":
        self_names |= {"_location", "_inputWord", "SPACE"}
    out: list[str] = []
    i = 0
    while i < len(its):
        kind, header = its[i]
        if kind != "open":
            raise ValueError(f"{cls}: {kind} {header}")
        ret, name, args = params(header)
        em = Emitter(its, self_names, cls)
        em.i = i + 1
        if name in skip or ret in ("List<int>", "constructor"):
            depth = 1
            while depth:  # skip the method
                k = its[em.i][0]
                depth += {"open": 1, "close": -1}.get(k, 0)
                em.i += 1
            i = em.i
            continue
        ann = {"outputString": "list[int]", "word": "list[int]"}
        sig = ", ".join(f"{a}: {ann.get(a, 'int')}" for a in args)
        rtype = {"bool": "bool", "void": "None", "int": "int"}[ret]
        if cls == "MenksoftWord":
            out.append(f"    def {name}(self{', ' if sig else ''}{sig}) -> {rtype}:")
        else:
            out.append("    @staticmethod")
            out.append(f"    def {name}({sig}) -> {rtype}:")
        if not em.block(2):
            em.emit(2, "pass")
        if cls == "MenksoftWord" and name != "_handlePunctuation":
            # mongol_code joins a lone positional form with U+180A (its GB/T 25914-2023
            # reading); Unicode and this app use ZWJ there. A real nirugu glyph stays U+180A.
            em.lines = [line.replace("Mongol.nirugu", "Mongol.zwj") for line in em.lines]
        out.extend(em.lines)
        out.append("")
        i = em.i
    return const_lines, out


def n_ref(v: str) -> str:
    return v


def fixed_tables(src: str) -> list[str]:
    out = []
    for name in re.findall(r"const Map<String, String> (\w+) = \{", src):
        start = src.index("{", src.index(f"const Map<String, String> {name}")) + 1
        end = src.index("};", start)
        pairs = re.findall(
            r"'((?:\\u[0-9A-Fa-f]{4})+)'\s*:\s*'((?:\\u[0-9A-Fa-f]{4})*)'", src[start:end]
        )
        out.append(f"{name.upper().lstrip('_')}: dict[str, str] = {{")
        for k, v in pairs:
            out.append(f'    "{k}": "{v}",')
        out.append("}")
    return out


def main() -> None:
    checkout = Path(sys.argv[1])
    src = {k: read(checkout, v) for k, v in FILES.items()}
    mk_consts, mk_methods = translate_class(src["menksoft"], "Menksoft", set())
    mo_consts, mo_methods = translate_class(src["mongol"], "Mongol", set())
    _, word_methods = translate_class(
        src["word"], "MenksoftWord", {"MenksoftWord", "_updateLocation", "convertToUnicode"}
    )
    print(
        '"""Menksoft code chart and glyph -> letter rules, ported from the CC0 `mongol_code` library.'
    )
    print()
    git_dir = checkout if (checkout / "HEAD").exists() else checkout / ".git"
    commit = subprocess.run(
        ["git", f"--git-dir={git_dir}", "rev-parse", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    print(f"Source: https://github.com/suragch/mongol_code (CC0-1.0) at {commit or 'unknown'},")
    print("files", ", ".join(FILES.values()) + ".")
    print("Translated mechanically by scripts/port_menksoft.py; do not edit by hand.")
    print('"""')
    print()
    print("# ruff: noqa")
    print()
    print("def gender_of(word: list[int]) -> str:")
    print(
        '    """Return the gender of the last gendered vowel in word (as mongol_code genderOf)."""'
    )
    print("    for ch in reversed(word):")
    print("        if Mongol.isMasculineVowel(ch):")
    print('            return "masculine"')
    print("        if Mongol.isFeminineVowel(ch):")
    print('            return "feminine"')
    print('    return "neuter"')
    print()
    print()
    print("class Mongol:")
    print("\n".join(mo_consts))
    print()
    print("\n".join(mo_methods))
    print()
    print("class Menksoft:")
    print("\n".join(mk_consts))
    print()
    print("\n".join(mk_methods))
    print()
    print("class MenksoftRules:")
    print(
        '    """The glyph handlers of mongol_code\'s MenksoftWord; the word loop sets the state."""'
    )
    print()
    print("    SPACE = 0x0020")
    print()
    print("    def __init__(self, word: list[int]) -> None:")
    print("        self._inputWord = word")
    print('        self._location = "isol"')
    print()
    print("\n".join(word_methods))
    print()
    print("\n".join(fixed_tables(src["fixed"])))


if __name__ == "__main__":
    main()
