"""Refused work is never dropped (issue 12.1), through a real server on loopback.

Before: a grid worker's hazard check saved for another grid was refused with only a count,
and after the laptop was moved to that grid it disappeared (repair deleted the record the
server did not have); an edit typed before a rescope was refused and purged.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from loopback import loopback_server
from subei_sync.client.refusals import discard, open_refusals
from subei_sync.server.rescope import rescope_device
from sync_harness import GRID_A, GRID_B, TOWNSHIP, add_household, edit, table_state

from subei_mobile.errors import AuthError
from subei_mobile.models import Activity
from subei_mobile.security.roles import Account
from subei_mobile.store import open_store

pytestmark = pytest.mark.slow
OFFICE = Account("li", "township-office", TOWNSHIP)
GRID_C = "62092310000103"


def _hazard_check(grid: str) -> Activity:
    return Activity(kind="hazard_check", title_zh="草场火险检查", township_code=TOWNSHIP,
                    grid_code=grid, started_at=dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC),
                    details={"severity": "high"})  # fmt: skip


def _cli(data: Path, *args: str) -> str:
    done = subprocess.run([str(Path(sys.executable).parent / "subei-mobile"), "--data-dir",
                           str(data), *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SUBEI_LANG": "en"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_refused_work_survives_a_rescope_and_is_settled(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        worker = server.laptop(tmp_path, "w", "grid-worker", GRID_A)
        grid_b = server.laptop(tmp_path, "b", "field-staff", GRID_B)
        household, _ = add_household(worker.store, GRID_A)
        worker.sync()
        check = _hazard_check(GRID_B)
        with worker.store.transaction() as tx:
            tx.insert(check)  # saved for another grid
        result = worker.sync()
        assert [code for _, code in result.rejected] == ["scope_denied"]
        listed = open_refusals(worker.store.conn)
        assert [(r.table, r.record_id, r.code) for r in listed] == [
            ("activities", check.id, "scope_denied")
        ]
        worker.sync()  # a repair or a later sync does not remove it
        assert check.id in table_state(worker.store, "activities")
        worker.store.close()
        out = _cli(tmp_path / "w", "sync")
        assert f"refused: activities {check.id} insert: scope_denied" in out
        listed_out = _cli(tmp_path / "w", "refused", "list")
        assert f"{listed[0].device_seq}\tactivities\t{check.id}\tinsert\tscope_denied" in listed_out
        worker.store = open_store(tmp_path / "w", user_id="user-w")
        edit(worker.store, "households", household, notes="typed before the move")  # unsent

        # the worker moves to grid B: the hazard check goes again and lands, nothing is lost
        rescope_device(server.db, worker.identity.device_id, TOWNSHIP, GRID_B)
        result = worker.sync()
        assert {code for _, code in result.rejected} == {"scope_denied"}  # the grid A edit
        assert check.id in table_state(worker.store, "activities")
        assert household in table_state(worker.store, "households")  # kept with its edit
        left = open_refusals(worker.store.conn)
        assert [(r.table, r.record_id) for r in left] == [("households", household)]
        grid_b.sync()
        assert check.id in table_state(grid_b.store, "activities")

        # settling is the township office's, and recorded
        with pytest.raises(AuthError):
            discard(
                worker.store, Account("wang", "grid-worker", TOWNSHIP, GRID_B), left[0].device_seq
            )
        discard(worker.store, OFFICE, left[0].device_seq)
        assert open_refusals(worker.store.conn) == []
        actions = [r[0] for r in worker.store.conn.execute("SELECT action FROM audit_log")]
        assert "sync.refusal_resent" in actions and "sync.refusal_discarded" in actions
        worker.sync()
        assert household not in table_state(worker.store, "households")  # follows the server now

        # reassigning: a check saved for grid C goes to grid B and lands there
        wrong = _hazard_check(GRID_C)
        with worker.store.transaction() as tx:
            tx.insert(wrong)
        worker.sync()
        (refused,) = open_refusals(worker.store.conn)
        worker.store.close()  # the unencrypted store acts as township office on the CLI
        assert "reassigned" in _cli(tmp_path / "w", "refused", "reassign",
                                    str(refused.device_seq), "--grid", GRID_B)  # fmt: skip
        worker.store = open_store(tmp_path / "w", user_id="user-w")
        result = worker.sync()
        assert not result.rejected and open_refusals(worker.store.conn) == []
        grid_b.sync()
        assert (
            table_state(grid_b.store, "activities")[wrong.id]
            == table_state(worker.store, "activities")[wrong.id]
        )
        assert worker.checksums() == grid_b.checksums()
        for laptop in (worker, grid_b):
            laptop.store.close()
