#!/usr/bin/env bash
# `make package`: build the laptop package from this tree.
# PyInstaller freezes the program with its own Python and Qt (packaging/subei.spec, the same
# recipe on Windows), then the platform's installer step wraps it: a .deb here (dist/), an
# Inno Setup installer on a Windows build machine (packaging/windows, not verified here).
# Needs the .venv (make setup-python); no network.
set -euo pipefail

cd "$(dirname "$0")/.."
PY="${VENV:-.venv}/bin/python"
WORK=build/package
OUT="${PACKAGE_OUT:-dist}"
started=$SECONDS

bash scripts/build-translations.sh >/dev/null
rm -rf "$WORK/meta"
"$PY" packaging/package_files.py "$WORK/meta" >/dev/null
meta="$(ls -d "$PWD/$WORK"/meta/*.dist-info)"
# The tree being packaged, not whichever checkout the shared venv was installed from.
export PYTHONPATH="$PWD:$PWD/ui:$PWD/sync" SUBEI_PACKAGE_META="$meta"
export SUBEI_PACKAGE_ICO="$PWD/$WORK/meta/subei-mobile.ico"
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$WORK/dist" \
    --workpath "$WORK/work" packaging/subei.spec
echo "package: frozen program in $WORK/dist/subei ($(du -sh "$WORK/dist/subei" | cut -f1))"

case "$(uname -s)" in
Linux)
    deb="$(bash packaging/linux/build-deb.sh "$WORK/dist/subei" "$WORK/meta" "$OUT")"
    echo "package: $deb ($(du -h "$deb" | cut -f1)) in $((SECONDS - started)) s"
    ;;
*)
    echo "package: on Windows, run iscc packaging/windows/subei-mobile.iss next" >&2
    ;;
esac
