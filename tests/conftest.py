"""Fixtures shared by the whole suite: a PostgreSQL DSN and schema, and a data directory."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_support import fresh_schema  # tests/ is on sys.path: this file's own directory

# Qt must never need a screen in tests; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
PG_CLUSTER_SCRIPT = REPO_ROOT / "scripts" / "pg-test-cluster.sh"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _start_pg_cluster() -> str:
    """Start the throwaway cluster and return its DSN, or raise RuntimeError."""
    try:
        done = subprocess.run(
            ["bash", str(PG_CLUSTER_SCRIPT), "start"],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RuntimeError(f"{PG_CLUSTER_SCRIPT.name} start: {exc}") from exc
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{PG_CLUSTER_SCRIPT.name} start failed: {done.stderr.strip()}")
    return lines[-1]


@pytest.fixture(scope="session")
def pg_dsn() -> Iterator[str]:
    """Return a DSN of an empty-ish PostgreSQL database for tests marked `postgres`."""
    dsn = os.environ.get("SUBEI_TEST_PG_DSN")
    if dsn:
        yield dsn
        return
    try:
        dsn = _start_pg_cluster()
    except RuntimeError as exc:
        problem = str(exc)
    else:
        problem = ""
    if problem and _in_ci():
        pytest.fail(f"CI needs PostgreSQL but none is available: {problem}", pytrace=False)
    if problem:
        pytest.skip(f"no PostgreSQL: set SUBEI_TEST_PG_DSN or install initdb ({problem})")
    try:
        yield dsn
    finally:
        subprocess.run(["bash", str(PG_CLUSTER_SCRIPT), "stop"], check=False, timeout=120)


@pytest.fixture
def pg_schema(pg_dsn: str) -> Iterator[str]:
    """Yield a DSN whose search_path is a fresh schema, dropped afterwards."""
    with fresh_schema(pg_dsn) as dsn:
        yield dsn


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Return a not-yet-created data directory inside the test's tmp_path."""
    return tmp_path / "data"
