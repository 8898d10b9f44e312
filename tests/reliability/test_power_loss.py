"""Simulated power loss (APSW crash VFS, see powercut.py) with the app's PRAGMAs and saves.

Pass: with synchronous=FULL, 0 acknowledged saves lost and 0 corrupt files over every cut; the
control run with synchronous=NORMAL must lose acknowledged saves, or the harness is blind.
Regular suite: 50 cuts of a 40-save workload. Long run (docs/reliability.md):
SUBEI_POWERCUT_CUTS=300 SUBEI_POWERCUT_SAVES=300 pytest -s tests/reliability/test_power_loss.py
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from powercut import CutResult, count_ops, cut, record_workload

CUTS = int(os.environ.get("SUBEI_POWERCUT_CUTS", "50"))
SAVES = int(os.environ.get("SUBEI_POWERCUT_SAVES", "40"))


def _campaign(tmp_path: Path, synchronous: str, cuts: int) -> list[CutResult]:
    workload = record_workload(tmp_path / "rec", SAVES)
    total = count_ops(workload, tmp_path / "count", synchronous)
    rng = random.Random(f"powercut-{synchronous}")
    results = [cut(workload, tmp_path / "run", synchronous, rng, total) for _ in range(cuts)]
    acked = sum(r.acked for r in results)
    lost = sum(r.lost for r in results)
    corrupt = [r.detail for r in results if r.corrupt]
    print(f"\npower cuts, synchronous={synchronous}: {len(results)} cuts, {SAVES} saves each,"
          f" {total} I/O points; acknowledged {acked}, lost {lost}"
          f" ({100 * lost / max(acked, 1):.1f} %), runs losing {sum(1 for r in results if r.lost)},"
          f" corrupt {len(corrupt)}")  # fmt: skip
    return results


@pytest.mark.slow
def test_full_sync_survives_every_power_cut(tmp_path: Path) -> None:
    results = _campaign(tmp_path, "FULL", CUTS)
    assert sum(r.acked for r in results) > 0
    assert [r.detail for r in results if r.corrupt] == []
    assert sum(r.lost for r in results) == 0


def test_control_normal_sync_loses_acknowledged_saves(tmp_path: Path) -> None:
    """The harness can see loss: WAL with synchronous=NORMAL does not fsync at COMMIT."""
    results = _campaign(tmp_path, "NORMAL", max(10, CUTS // 5))
    assert sum(r.lost for r in results) > 0
