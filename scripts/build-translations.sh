#!/usr/bin/env bash
# Compile i18n/*.ts into ui/subei_ui/i18n/*.qm (build output, not committed).
# With --update, first refresh the .ts sources from the Python code with pyside6-lupdate.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN="${VENV:-.venv}/bin"
QM_DIR="ui/subei_ui/i18n"
TS=(i18n/subei_zh_CN.ts i18n/subei_mn_Mong_CN.ts)

if [ "${1:-}" = "--update" ]; then
    mapfile -t src < <(find ui/subei_ui -name '*.py' | sort)
    "$BIN/pyside6-lupdate" -locations relative -no-obsolete "${src[@]}" -ts "${TS[@]}"
fi
mkdir -p "$QM_DIR"
for ts in "${TS[@]}"; do
    # Unfinished (machine-made, unreviewed) Mongolian is compiled in on purpose: better than English.
    "$BIN/pyside6-lrelease" -silent "$ts" -qm "$QM_DIR/$(basename "${ts%.ts}").qm"
done
echo "translations: ${#TS[@]} compiled into $QM_DIR"
