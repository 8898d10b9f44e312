#!/usr/bin/env bash
# Open the desktop app on demo data (`make demo`).
# With a display: the app opens on $DATA_DIR (filled with demo households on first start).
# Without one: the app runs under Xvfb, saves screenshots of the main screens, says where
# they are and exits.
set -euo pipefail

cd "$(dirname "$0")/.."
DATA_DIR="${DATA_DIR:-data}"
OUT="${DEMO_SCREENSHOTS:-build/demo-screenshots}"

# Compiled translations are build output (not committed): make them before the app starts.
bash scripts/build-translations.sh >/dev/null

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: opening the app on $DATA_DIR (demo data is generated on first start)"
    exec .venv/bin/subei-mobile --data-dir "$DATA_DIR" app
fi
echo "demo: no display; running the app under Xvfb to save screenshots"
SCREENSHOTS_OUT="$OUT" bash scripts/screenshots.sh
echo "demo: screenshots of the main screens are in $(cd "$OUT" && pwd)"
