#!/usr/bin/env bash
# Wrap the frozen program (dist/subei from packaging/subei.spec) into a Debian package.
# Usage: build-deb.sh DIST_DIR META_DIR OUT_DIR   (writes OUT_DIR/subei-mobile_V_ARCH.deb)
# The package's Depends are the shared libraries the bundle links to but does not carry,
# looked up on this (Debian 12) build machine, plus the CJK font the screens need.
set -euo pipefail

DIST="$1" META="$2" OUT="$3"
HERE="$(cd "$(dirname "$0")" && pwd)"
VERSION="$(cat "$META/VERSION")"
ARCH="$(dpkg --print-architecture)"
STAGE="$(cd "$(dirname "$DIST")" && pwd)/deb-root"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/doc/subei-mobile"
cp -a "$DIST" "$STAGE/opt/subei-mobile"
# One program, two names: it picks the command from the name it was started as.
ln -s /opt/subei-mobile/subei "$STAGE/usr/bin/subei-mobile"
ln -s /opt/subei-mobile/subei "$STAGE/usr/bin/subei-server"
install -m 0644 "$HERE/subei-mobile.desktop" "$STAGE/usr/share/applications/"
install -m 0644 "$META/subei-mobile.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/"
install -m 0644 "$HERE/copyright" "$STAGE/usr/share/doc/subei-mobile/copyright"
ROOT="$(cd "$HERE/../.." && pwd)"
# The county server's unit, installed but not enabled: only the county machine turns it on.
install -D -m 0644 "$ROOT/packaging/server/subei-server.service" \
    "$STAGE/lib/systemd/system/subei-server.service"
install -m 0644 "$ROOT/ui/subei_ui/fonts/OFL.txt" "$STAGE/usr/share/doc/subei-mobile/OFL-NotoSansMongolian.txt"

# Libraries the bundle needs from the system: every ELF's "needed" entries that the bundle
# does not carry itself, mapped to the Debian package that ships them here. The bundle's own
# folders go first on the search path, as the frozen program's loader puts them.
bundle_dirs="$(find "$STAGE/opt/subei-mobile" -name '*.so*' -printf '%h\n' | sort -u | paste -sd:)"
mapfile -t missing < <(
    find "$STAGE/opt/subei-mobile" -type f \( -name '*.so*' -o -name subei \) -print0 |
        LD_LIBRARY_PATH="$bundle_dirs" xargs -0 ldd 2>/dev/null | awk '/=> \// {print $3}' |
        grep -v "^$STAGE" | sort -u
)
declare -A packages=()
for lib in "${missing[@]}"; do
    real="$(readlink -f "$lib")"
    pkg="$(dpkg -S "$lib" 2>/dev/null || dpkg -S "$real" 2>/dev/null || true)"
    pkg="${pkg%%:*}"
    if [ -z "$pkg" ]; then
        echo "build-deb: no Debian package ships $lib" >&2
        exit 1
    fi
    packages[$pkg]=1
done
# Loaded at run time, invisible to ldd: Qt's xcb plugin libraries, the CJK font, and the
# fontconfig configuration the bundled libfontconfig reads (/etc/fonts).
for pkg in libxcb-cursor0 libxkbcommon-x11-0 fonts-noto-cjk fontconfig-config; do packages[$pkg]=1; done
depends="$(printf '%s\n' "${!packages[@]}" | sort | paste -sd, | sed 's/,/, /g')"

size_kb="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: subei-mobile
Version: $VERSION
Architecture: $ARCH
Maintainer: Subei mobile service team <it@subei.invalid>
Installed-Size: $size_kb
Depends: $depends
Section: misc
Priority: optional
Homepage: https://subei.invalid/
Description: offline-first field app for the Subei mobile public service
 The desktop app for field laptops (Chinese and traditional Mongolian), with its own
 Python and Qt, and the county server's commands (subei-server). Data is kept in each
 user's data folder and stays when the package is removed.
CONTROL

mkdir -p "$OUT"
deb="$OUT/subei-mobile_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z1 --build "$STAGE" "$deb" >/dev/null
echo "$deb"
