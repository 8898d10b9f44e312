#!/usr/bin/env bash
# Re-create the bundled Noto Sans Mongolian TTF from the npm package @fontsource/noto-sans-mongolian.
# One-time maintainer step (needs npm and network); the result is committed, CI never runs this.
# Usage: scripts/fetch-mongolian-font.sh [npm-version]   (default: the pinned version below)
set -euo pipefail

cd "$(dirname "$0")/.."
NPM_VERSION="${1:-5.3.0}"
PACKAGE="@fontsource/noto-sans-mongolian@${NPM_VERSION}"
WOFF2="package/files/noto-sans-mongolian-mongolian-400-normal.woff2"
DEST="ui/subei_ui/fonts"
PY="${PYTHON:-.venv/bin/python}"

"$PY" -c 'import fontTools, brotli' 2>/dev/null || "$PY" -m pip install -q fonttools brotli

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf ./*.tgz)
mkdir -p "$DEST"
cp "$work/package/LICENSE" "$DEST/OFL.txt"

"$PY" - "$work/$WOFF2" "$DEST" "$PACKAGE" <<'PY'
import hashlib
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

src, dest, package = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
font = TTFont(src, recalcTimestamp=False)
name = font["name"]
version = name.getDebugName(5)
cmap = font.getBestCmap()
basic = range(0x1820, 0x1843)  # the basic Mongolian letters a..chi
missing = [f"U+{cp:04X}" for cp in [*basic, 0x180B, 0x180C, 0x180D, 0x180E, 0x180F, 0x202F]
           if cp not in cmap]
if missing:
    sys.exit(f"font lacks glyphs for {', '.join(missing)}")
if not version.startswith("Version 3."):
    sys.exit(f"expected a 3.x font (UTN #57, FVS4), got {version!r}")

font.flavor = None
ttf = dest / "NotoSansMongolian-Regular.ttf"
font.save(ttf)
sha = hashlib.sha256(ttf.read_bytes()).hexdigest()
features = sorted({r.FeatureTag for r in font["GSUB"].table.FeatureList.FeatureRecord})

(dest / "README.md").write_text(f"""# Bundled fonts

## NotoSansMongolian-Regular.ttf

- Family: {name.getDebugName(1)} {name.getDebugName(2)}
- Version (name table, ID 5): `{version}`
- Unique ID (name table, ID 3): `{name.getDebugName(3)}`
- {name.getDebugName(0)}
- License: SIL Open Font License 1.1, see `OFL.txt` beside this file.
- Source: the npm package `{package}` (Fontsource, built from Google Fonts),
  file `files/noto-sans-mongolian-mongolian-400-normal.woff2`.
- Converted WOFF2 -> TTF with fontTools (`font.flavor = None; font.save(...)`); no glyph,
  outline or layout table was changed. Redo with `scripts/fetch-mongolian-font.sh [npm-version]`.
- SHA-256 of the TTF: `{sha}`
- Glyphs: {len(font.getGlyphOrder())}; code points: {len(cmap)}; GSUB features: {", ".join(features)}.

This is the Fontsource "mongolian" subset: U+1800-18AF (incl. FVS1-4 U+180B-180D, U+180F,
MVS U+180E), ZWNJ/ZWJ, NNBSP U+202F, U+2048-2049, circled numbers U+2460-2473, dotted
circle U+25CC, CJK brackets and U+11660-1166C. Latin letters and digits are not in it: Qt
falls back to another font for those. Version 3.x shapes by UTN #57 (GB/T 25914-2023) and
draws an ineffective FVS as a visible box; Debian's `fonts-noto-core` ships the older 2.001,
which shapes several FVS/NNBSP forms differently, so always set this font explicitly.
""", encoding="utf-8")
print(f"{ttf}: {version}, {len(cmap)} code points, sha256 {sha}")
PY
