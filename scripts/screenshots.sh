#!/usr/bin/env bash
# Render the documentation screenshots with real (xcb) windows.
# Starts Xvfb on a free display (from :99 up) with an xauth cookie when DISPLAY is unset,
# and stops it on exit. Extra arguments go to `python -m subei_ui.screenshots`.
set -euo pipefail

cd "$(dirname "$0")/.."
OUT="${SCREENSHOTS_OUT:-docs/screenshots}"

xvfb_pid=""
tmp=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    [ -n "$tmp" ] && rm -rf "$tmp"
    return 0
}
trap cleanup EXIT

start_xvfb() {
    local n=99
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
        n=$((n + 1))
        [ "$n" -lt 200 ] || { echo "screenshots: no free X display" >&2; exit 1; }
    done
    tmp="$(mktemp -d)"
    export XAUTHORITY="$tmp/Xauthority"
    touch "$XAUTHORITY"
    xauth -q -f "$XAUTHORITY" add ":$n" . "$(mcookie)"
    Xvfb ":$n" -screen 0 1920x1080x24 -dpi 96 -nolisten tcp -auth "$XAUTHORITY" \
        >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    local _
    for _ in $(seq 100); do
        [ -e "/tmp/.X11-unix/X$n" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || { cat "$tmp/xvfb.log" >&2; exit 1; }
        sleep 0.1
    done
    export DISPLAY=":$n"
    echo "screenshots: Xvfb on $DISPLAY"
}

[ -n "${DISPLAY:-}" ] || start_xvfb
export QT_QPA_PLATFORM=xcb
mkdir -p "$OUT"
.venv/bin/python -m subei_ui.screenshots --out "$OUT" "$@"
