#!/usr/bin/env bash
# Part of scripts/package-check.sh: the county server from the installed package, in the same
# clean root: `subei-server init`, `serve` over TLS, then a laptop enrols and syncs against it.
# Env: ROOT (the root the package is installed in).
set -euo pipefail

: "${ROOT:?}"
run() { chroot "$ROOT" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
as_user() { chroot --userspec=field:field "$ROOT" env -i HOME=/home/field PATH=/usr/bin:/bin \
    LANG=C.UTF-8 "$@"; }
port="${PACKAGE_CHECK_PORT:-18620}"

run env SUBEI_ADMIN_PASSWORD=package-check-admin subei-server --data-dir /srv/subei init \
    --hostname 127.0.0.1 --port "$port" >/dev/null
[ -f "$ROOT/lib/systemd/system/subei-server.service" ] ||
    { echo "package-check: no systemd unit" >&2; exit 1; }
# Started directly (not through a function, which would be a subshell): $! is then the
# server itself (chroot and env exec it), so the trap below stops it.
chroot "$ROOT" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 subei-server \
    --data-dir /srv/subei serve --host 127.0.0.1 --port "$port" \
    --tls-cert /srv/subei/tls/server.pem --tls-key /srv/subei/tls/server.key \
    --log-file /srv/subei/logs/server.log &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
cp "$ROOT/srv/subei/for-laptops/county-ca.pem" "$ROOT/srv/subei/for-laptops/county-recovery.pub" \
    "$ROOT/tmp/"
chmod 0644 "$ROOT/tmp/county-ca.pem" "$ROOT/tmp/county-recovery.pub"
# The laptop's first user seals its data to the county recovery key init printed; every
# command after that signs in (passwords through the environment, never the command line).
laptop=(subei-mobile --data-dir /home/field/laptop --user wang)
as_user env SUBEI_NEW_PASSWORD=field-laptop-pass subei-mobile --data-dir /home/field/laptop \
    user add wang --role township-office --township 620923100 \
    --county-key /tmp/county-recovery.pub >/dev/null
code="$(run subei-server --data-dir /srv/subei device add --township 620923100 \
    --role township-office | sed -n 's/^enrolment code[^:]*: //p')"
for _ in $(seq 100); do
    if as_user env SUBEI_PASSWORD=field-laptop-pass "${laptop[@]}" enroll \
        --server "https://127.0.0.1:$port" --code "$code" --ca-file /tmp/county-ca.pem \
        >/dev/null 2>"$ROOT/tmp/enrol.err"; then
        enrolled=1
        break
    fi
    grep -q unreachable "$ROOT/tmp/enrol.err" || break # refused for a reason: say it below
    kill -0 "$server" 2>/dev/null || { echo "package-check: the server stopped" >&2; exit 1; }
    sleep 0.2
done
[ "${enrolled:-0}" = 1 ] || { echo "package-check: enrol failed: $(cat "$ROOT/tmp/enrol.err")" >&2; exit 1; }
# Real register rows (demo data is for trying the app, not for an enrolled laptop).
printf 'household_code,name_zh,relation,township\nPKG-001,巴特尔,户主,党城湾镇\nPKG-002,王芳,户主,党城湾镇\n' \
    >"$ROOT/tmp/register.csv"
chmod 0644 "$ROOT/tmp/register.csv"
as_user env SUBEI_PASSWORD=field-laptop-pass "${laptop[@]}" import households /tmp/register.csv \
    >/dev/null
as_user env SUBEI_PASSWORD=field-laptop-pass "${laptop[@]}" sync
echo "package-check: county server from the package: init, serve over TLS, laptop enrolled and synced"
