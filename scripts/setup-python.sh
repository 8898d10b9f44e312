#!/usr/bin/env bash
# Create .venv (Python 3.11) if missing and install the project editable with the dev extra.
# Idempotent: pip runs again only when pyproject.toml changed since the last successful install.
# Env: PYTHON (interpreter for a new venv, default python3.11), VENV (default .venv).
set -euo pipefail

cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PYTHON="${PYTHON:-python3.11}"
STAMP="$VENV/.subei-install-stamp"

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
    command -v "$PYTHON" >/dev/null 2>&1 || { echo "setup-python: $PYTHON not found" >&2; exit 1; }
    echo "setup-python: creating $VENV with $("$PYTHON" --version)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    rm -f "$STAMP"
fi

# Hatchling's editable install puts only the source roots of packages that exist at install
# time on sys.path, so a package appearing later (ui/subei_ui, sync/subei_sync) needs a reinstall.
present="$(for p in subei_mobile ui/subei_ui sync/subei_sync; do if [ -f "$p/__init__.py" ]; then echo "$p"; fi; done)"
want="$(cat pyproject.toml - <<<"$present" | sha256sum | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
    echo "setup-python: $VENV up to date"
    exit 0
fi

echo "setup-python: pip install -e '.[dev]'"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
"$VENV/bin/python" -m pip install -q -e '.[dev]'
echo "$want" > "$STAMP"
echo "setup-python: done"
