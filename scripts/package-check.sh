#!/usr/bin/env bash
# Install the laptop package into a clean Debian 12 root and use it there, as a township's IT
# person would: no project files, no venv, only `apt-get install ./subei-mobile_*.deb`.
# Usage: scripts/package-check.sh [DEB]   (default: the newest dist/subei-mobile_*.deb)
# Needs root (chroot, mount), debootstrap and the Debian mirror. The minbase root is made once
# and cached as build/pkgcheck/debian12-minbase.tar, downloaded .debs in build/pkgcheck/apt;
# every run unpacks a fresh root from the cache, so nothing of an earlier run is left in it.
set -euo pipefail

cd "$(dirname "$0")/.."
DEB="${1:-$(ls -t dist/subei-mobile_*.deb 2>/dev/null | head -1)}"
[ -f "$DEB" ] || { echo "package-check: no package; run 'make package' first" >&2; exit 1; }
WORK="$PWD/build/pkgcheck"
ROOT="$WORK/root"
CACHE="$WORK/debian12-minbase.tar"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$WORK/apt"
t() { echo "$((SECONDS - $1))"; }

if [ ! -f "$CACHE" ]; then
    command -v debootstrap >/dev/null || { echo "package-check: needs debootstrap" >&2; exit 1; }
    t0=$SECONDS
    rm -rf "$WORK/bootstrap"
    debootstrap --variant=minbase bookworm "$WORK/bootstrap" "$MIRROR" >"$WORK/debootstrap.log"
    tar -C "$WORK/bootstrap" -cf "$CACHE" .
    rm -rf "$WORK/bootstrap"
    echo "package-check: debootstrap minbase root cached in $(t $t0) s"
fi

mounted=()
cleanup() {
    local m
    for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
rm -rf "$ROOT"
mkdir -p "$ROOT"
tar -C "$ROOT" -xf "$CACHE"
mount -t proc proc "$ROOT/proc" && mounted+=("$ROOT/proc")
mount --bind "$WORK/apt" "$ROOT/var/cache/apt/archives" && mounted+=("$ROOT/var/cache/apt/archives")
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp "$DEB" "$ROOT/tmp/"
in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
# The field user: an ordinary account, so the data folder is theirs (~/.local/share).
in_root useradd -m field
as_user() { chroot --userspec=field:field "$ROOT" env -i HOME=/home/field PATH=/usr/bin:/bin \
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

t0=$SECONDS
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Use-Pty=0 "/tmp/$(basename "$DEB")" >"$WORK/install.log"
install_s=$(t $t0)
echo "package-check: installed $(basename "$DEB") ($(du -h "$DEB" | cut -f1)) in ${install_s} s"
[ ! -e "$ROOT/work" ] && ! in_root sh -c 'command -v python3' >/dev/null \
    || { echo "package-check: the root is not clean (project files or a Python)" >&2; exit 1; }

as_user subei-mobile --version
as_user subei-mobile --help >/dev/null
as_user subei-server --help >/dev/null
as_user subei-mobile --data-dir /home/field/d demo --households 50
shots="$ROOT/home/field/shots"
as_user subei-mobile --data-dir /home/field/d app --screenshots /home/field/shots --households 50 \
    >/dev/null
n=$(find "$shots" -name '*.png' | wc -l)
[ "$n" -gt 0 ] || { echo "package-check: no screenshots" >&2; exit 1; }
rm -rf "$WORK/screenshots" && cp -r "$shots" "$WORK/screenshots"
echo "package-check: $n screenshots (copied to $WORK/screenshots)"
# No --data-dir: the user's own data folder.
as_user subei-mobile demo --households 5 >/dev/null
[ -f "$ROOT/home/field/.local/share/subei-mobile/subei.sqlite3" ] ||
    { echo "package-check: no data in the user's data folder" >&2; ls -R "$ROOT/home/field/.local" >&2; exit 1; }

if [ -x scripts/package-check-server.sh ]; then
    ROOT="$ROOT" bash scripts/package-check-server.sh
fi

in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o Dpkg::Use-Pty=0 subei-mobile \
    >"$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log" >&2; exit 1; }
[ ! -e "$ROOT/usr/bin/subei-mobile" ] && [ ! -e "$ROOT/opt/subei-mobile" ] ||
    { echo "package-check: files left after removal" >&2; exit 1; }
[ -f "$ROOT/home/field/.local/share/subei-mobile/subei.sqlite3" ] ||
    { echo "package-check: removing the package lost the user's data" >&2; exit 1; }
echo "package-check: removed; the user's data folder is kept"
echo "package-check: ok (install ${install_s} s, whole check $SECONDS s)"
