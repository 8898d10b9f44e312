#!/usr/bin/env bash
# Run the static checks, then the test suite with a throwaway PostgreSQL for `postgres` tests.
# Usage: scripts/run-tests.sh [--no-check] [pytest args...]
# Env: SUBEI_TEST_PG_DSN (use this server instead of starting one), PYTEST_TIMEOUT (per test,
#      seconds, default 600), CI (when true, a missing PostgreSQL is an error, not a skip).
set -euo pipefail

cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
PY=.venv/bin/python
[ -x "$PY" ] || { echo "run-tests: no .venv; run 'make setup' first" >&2; exit 1; }

in_ci() { case "${CI:-}" in 1 | [Tt]rue | TRUE | [Yy]es) return 0 ;; *) return 1 ;; esac; }
phase_start=$SECONDS
phase() { echo "run-tests: $1 took $((SECONDS - phase_start))s"; phase_start=$SECONDS; }

run_checks=1
if [ "${1:-}" = "--no-check" ]; then
    run_checks=0
    shift
fi
if [ "$run_checks" = 1 ]; then
    make --no-print-directory check
    phase "checks"
fi

started_pg=0
stop_pg() {
    if [ "$started_pg" = 1 ]; then bash scripts/pg-test-cluster.sh stop || true; fi
}
trap stop_pg EXIT
if [ -z "${SUBEI_TEST_PG_DSN:-}" ]; then
    # A cluster someone started by hand is used and left running.
    if dsn="$(bash scripts/pg-test-cluster.sh dsn 2>/dev/null)"; then
        export SUBEI_TEST_PG_DSN="$dsn"
        echo "run-tests: using running cluster, SUBEI_TEST_PG_DSN=$dsn"
    elif dsn="$(bash scripts/pg-test-cluster.sh start)"; then
        started_pg=1
        export SUBEI_TEST_PG_DSN="$dsn"
        echo "run-tests: SUBEI_TEST_PG_DSN=$dsn"
    elif in_ci; then
        echo "run-tests: could not start PostgreSQL, and CI must not skip postgres tests" >&2
        exit 1
    else
        echo "run-tests: no PostgreSQL; postgres tests will be skipped" >&2
    fi
    phase "postgres start"
fi

pytest_args=(-q --timeout="${PYTEST_TIMEOUT:-600}")
# A fresh CI clone gains nothing from pytest's cache; locally it keeps --lf/--ff working.
in_ci && pytest_args+=(-p no:cacheprovider)
set +e
"$PY" -m pytest "${pytest_args[@]}" "$@"
rc=$?
set -e
phase "pytest"
if [ "$rc" -eq 5 ]; then
    # pytest's "no tests collected": not a failure while the suite is being written.
    echo "run-tests: pytest collected no tests"
    rc=0
fi
exit "$rc"
