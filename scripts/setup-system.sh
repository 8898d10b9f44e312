#!/usr/bin/env bash
# Install the Debian packages that Qt (offscreen and xcb), screenshots, fonts and PDF checks need.
# Idempotent: packages already installed are skipped, and apt-get runs only when something is missing.
set -euo pipefail

# Qt offscreen platform.
QT_OFFSCREEN="libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0"
# Qt xcb platform (real windows). A missing one shows with QT_DEBUG_PLUGINS=1.
QT_XCB="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
# Screenshots on a virtual screen, CJK glyphs, PDF -> PNG (pdftoppm).
TOOLS="xvfb xauth fonts-noto-cjk poppler-utils"
# make package-check: a clean Debian 12 root to install the package into.
PACKAGING="debootstrap"

is_installed() {
    # Debian 13 renamed some libraries with a t64 suffix; accept either name.
    local name
    for name in "$1" "$1t64"; do
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed'; then
            return 0
        fi
    done
    return 1
}

missing=()
for pkg in $QT_OFFSCREEN $QT_XCB $TOOLS $PACKAGING; do
    is_installed "$pkg" || missing+=("$pkg")
done
# The PostgreSQL test cluster needs initdb; the machine image ships it, install it if it does not.
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    missing+=(postgresql)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-system: all system packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
else
    echo "setup-system: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
fi

echo "setup-system: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
echo "setup-system: done"
