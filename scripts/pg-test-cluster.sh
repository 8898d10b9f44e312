#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests marked `postgres`.
#
#   scripts/pg-test-cluster.sh start    init (once) and start; prints the DSN on stdout
#   scripts/pg-test-cluster.sh dsn      print the DSN of the running cluster
#   scripts/pg-test-cluster.sh stop     stop it (data kept for a fast restart)
#   scripts/pg-test-cluster.sh destroy  stop it and delete its data
#
# Listens on 127.0.0.1 only (no Unix socket), trust auth, superuser `subei`, database `subei_test`.
# Env: PGTEST_DIR (state dir, default build/pgtest), PGTEST_PORT (first port tried, default 55432),
#      PGTEST_OS_USER (unprivileged user that runs the server when we are root, default subeipg).
# PostgreSQL refuses to run as root, so as root the server runs as PGTEST_OS_USER via runuser.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
STATE="${PGTEST_DIR:-$ROOT/build/pgtest}"
case "$STATE" in /*) ;; *) STATE="$ROOT/$STATE" ;; esac
FIRST_PORT="${PGTEST_PORT:-55432}"
OS_USER="${PGTEST_OS_USER:-subeipg}"
DB_USER="subei"
DB_NAME="subei_test"

log() { echo "pg-test-cluster: $*" >&2; }
die() { log "$*"; exit 1; }

find_pgbin() {
    local initdb
    initdb="$(command -v initdb 2>/dev/null || true)"
    if [ -n "$initdb" ]; then
        dirname "$(readlink -f "$initdb")"
        return
    fi
    # Debian keeps the server binaries off PATH; take the newest version installed.
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || die "initdb not found (install postgresql: scripts/setup-system.sh)"
    echo "$dir"
}

PGBIN="$(find_pgbin)"
PSQL="$PGBIN/psql"
[ -x "$PSQL" ] || PSQL="$(command -v psql)" || die "psql not found"

if [ "$(id -u)" -eq 0 ]; then
    as_pg() { (cd / && runuser -u "$OS_USER" -- "$@" 9>&-); }
else
    as_pg() { "$@" 9>&-; }
fi

ensure_os_user() {
    [ "$(id -u)" -eq 0 ] || return 0
    id -u "$OS_USER" >/dev/null 2>&1 && return 0
    log "creating system user $OS_USER"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$OS_USER"
}

own_by_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        chown "$OS_USER:" "$1"
        chmod 0700 "$1"
    fi
}

# The cluster lives under STATE unless the server user cannot reach it (e.g. a checkout under
# a 0700 home directory); then under /tmp, and STATE/location remembers where.
cluster_root() {
    if [ -f "$STATE/location" ] && [ -d "$(cat "$STATE/location")" ]; then
        cat "$STATE/location"
        return
    fi
    local dir="$STATE/cluster"
    mkdir -p "$dir"
    own_by_server_user "$dir"
    if ! as_pg test -w "$dir" 2>/dev/null; then
        rm -rf "$dir"
        dir="/tmp/subei-pgtest-$(echo "$STATE" | sha256sum | cut -c1-12)"
        mkdir -p "$dir"
        own_by_server_user "$dir"
    fi
    echo "$dir" > "$STATE/location"
    echo "$dir"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
    local port
    for port in $(seq "$FIRST_PORT" $((FIRST_PORT + 100))); do
        port_in_use "$port" || { echo "$port"; return; }
    done
    die "no free port in $FIRST_PORT..$((FIRST_PORT + 100))"
}

is_running() { [ -d "$1" ] && as_pg "$PGBIN/pg_ctl" status -D "$1" >/dev/null 2>&1; }

dsn() { echo "postgresql://$DB_USER@127.0.0.1:$(cat "$STATE/port")/$DB_NAME"; }

init_cluster() {
    local data="$1"
    log "initdb $data"
    as_pg "$PGBIN/initdb" -D "$data" -U "$DB_USER" --auth=trust --encoding=UTF8 --no-locale \
        --no-sync >/dev/null
    # Settings for a disposable test server: fast, loopback only, no Unix socket to collide on.
    as_pg tee -a "$data/postgresql.conf" >/dev/null <<'CONF'

# --- scripts/pg-test-cluster.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 50
include_if_exists = 'subei_port.conf'
CONF
}

cmd_start() {
    ensure_os_user
    local root data port
    root="$(cluster_root)"
    data="$root/data"
    if is_running "$data"; then
        dsn
        return
    fi
    [ -f "$data/PG_VERSION" ] || init_cluster "$data"
    port="$(pick_port)"
    echo "port = $port" | as_pg tee "$data/subei_port.conf" >/dev/null
    echo "$port" > "$STATE/port"
    log "starting on 127.0.0.1:$port"
    if ! as_pg "$PGBIN/pg_ctl" start -D "$data" -l "$root/server.log" -w -t 60 >/dev/null; then
        tail -n 20 "$root/server.log" >&2 || true
        die "server did not start"
    fi
    if [ "$("$PSQL" -h 127.0.0.1 -p "$port" -U "$DB_USER" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]; then
        "$PSQL" -q -h 127.0.0.1 -p "$port" -U "$DB_USER" -d postgres -c "CREATE DATABASE $DB_NAME"
    fi
    dsn
}

cmd_stop() {
    [ -f "$STATE/location" ] || return 0
    local data
    data="$(cat "$STATE/location")/data"
    if is_running "$data"; then
        log "stopping"
        as_pg "$PGBIN/pg_ctl" stop -D "$data" -m fast -w >/dev/null
    fi
}

cmd_dsn() {
    [ -f "$STATE/location" ] && is_running "$(cat "$STATE/location")/data" \
        || die "not running (scripts/pg-test-cluster.sh start)"
    dsn
}

cmd_destroy() {
    cmd_stop
    [ -f "$STATE/location" ] && rm -rf "$(cat "$STATE/location")"
    rm -rf "$STATE"
}

mkdir -p "$STATE"
# One caller at a time: parallel test runs share the cluster instead of racing initdb.
exec 9>"$STATE/lock"
flock -w 120 9 || die "timed out waiting for $STATE/lock"

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    dsn) cmd_dsn ;;
    destroy) cmd_destroy ;;
    *) echo "usage: $0 start|stop|dsn|destroy" >&2; exit 2 ;;
esac
