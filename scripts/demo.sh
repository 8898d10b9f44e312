#!/usr/bin/env bash
# Open the desktop app on demo data (`make demo`).
# With a display: $DATA_DIR becomes a demo store (500 households) and the app opens on it.
# Without one: the app runs under Xvfb, saves screenshots of the main screens, says where
# they are and exits.
set -euo pipefail

cd "$(dirname "$0")/.."
DATA_DIR="${DATA_DIR:-data}"
OUT="${DEMO_SCREENSHOTS:-build/demo-screenshots}"

# Compiled translations are build output (not committed): make them before the app starts.
bash scripts/build-translations.sh >/dev/null

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    # A demo store (marked as such: it can never enrol, sync or write USB bundles). The app
    # itself never fills a folder: a new folder opens the first-run setup instead.
    if ! .venv/bin/subei-mobile --data-dir "$DATA_DIR" demo --households 500; then
        echo "demo: $DATA_DIR is not a demo store; choose another folder: make demo DATA_DIR=..." >&2
        exit 1
    fi
    echo "demo: opening the app on the demo store in $DATA_DIR"
    exec .venv/bin/subei-mobile --data-dir "$DATA_DIR" app
fi
echo "demo: no display; running the app under Xvfb to save screenshots"
SCREENSHOTS_OUT="$OUT" bash scripts/screenshots.sh
echo "demo: screenshots of the main screens and the first-run setup are in $(cd "$OUT" && pwd)"
