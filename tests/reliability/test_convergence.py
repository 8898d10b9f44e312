"""Convergence under faults: every replica identical; 0 lost, 0 duplicated, 0 resurrected.

Regular suite: SUBEI_SIM_SEEDS seeds (default 200) x SUBEI_SIM_STEPS steps (default 30) on an
SQLite server and SUBEI_SIM_PG_SEEDS (default 25) on PostgreSQL. The long run is documented in
docs/reliability.md (e.g. SUBEI_SIM_SEEDS=2000 SUBEI_SIM_STEPS=150).
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from convergence import Sim, Verdict, check, postgres_server, sqlite_server
from pg_support import fresh_schema

SEEDS = int(os.environ.get("SUBEI_SIM_SEEDS", "200"))
PG_SEEDS = int(os.environ.get("SUBEI_SIM_PG_SEEDS", "25"))
STEPS = int(os.environ.get("SUBEI_SIM_STEPS", "30"))
FIRST = int(os.environ.get("SUBEI_SIM_FIRST_SEED", "0"))


def _report(name: str, verdicts: list[tuple[int, Verdict]], totals: Counter[str]) -> None:
    records = sum(v.records for _, v in verdicts)
    bad = [(seed, v.problems()[:3]) for seed, v in verdicts if v.problems()]
    print(f"\nconvergence[{name}]: {len(verdicts)} seeds x {STEPS} steps, {records} records, "
          f"{len(bad)} failing; {dict(sorted(totals.items()))}")  # fmt: skip
    assert not bad, f"first failing seeds: {bad[:3]}"


@pytest.mark.slow
def test_convergence_sqlite_server(tmp_path: Path) -> None:
    verdicts, totals = [], Counter[str]()
    for seed in range(FIRST, FIRST + SEEDS):
        root = tmp_path / str(seed)
        root.mkdir()
        sim = Sim(seed, root, sqlite_server(root / "server.sqlite3"), STEPS)
        sim.run()
        verdicts.append((seed, check(sim)))
        totals.update(sim.counts)
        sim.close()
        shutil.rmtree(root)
    _report("sqlite", verdicts, totals)


@pytest.mark.slow
@pytest.mark.postgres
def test_convergence_postgres_server(tmp_path: Path, pg_dsn: str) -> None:
    verdicts, totals = [], Counter[str]()
    for seed in range(FIRST, FIRST + PG_SEEDS):
        root = tmp_path / str(seed)
        with fresh_schema(pg_dsn, "sim") as schema_dsn:
            sim = Sim(seed, root, postgres_server(schema_dsn), STEPS)
            try:
                sim.run()
                verdicts.append((seed, check(sim)))
                totals.update(sim.counts)
            finally:
                sim.close()
        shutil.rmtree(root)
    _report("postgresql", verdicts, totals)
