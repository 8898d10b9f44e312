"""Conflict resolution by the wrong role (issue 12.2), through a real server on loopback.

Before: `conflicts resolve` on a field-staff laptop succeeded locally, the server refused the
resolution (role_denied) but accepted the value change sent beside it, so that laptop showed
one open conflict and the others two. Now the laptop refuses first, and the server applies a
resolution and its value together or not at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from loopback import LoopbackServer, loopback_server
from subei_sync.client.refusals import open_refusals
from subei_sync.client.resolution import resolve_here
from sync_harness import GRID_A, Laptop, add_household, edit, open_conflict_count

from subei_mobile.errors import AuthError
from subei_mobile.store import open_store
from subei_mobile.store.conflicts import open_conflicts, resolve_conflict

pytestmark = pytest.mark.slow


def _conflicted(server: LoopbackServer, root: Path) -> tuple[list[Laptop], str]:
    """Office, two field laptops; the two edit one household's notes concurrently."""
    office = server.laptop(root, "office", "township-office")
    field_a = server.laptop(root, "a", "field-staff", GRID_A)
    field_b = server.laptop(root, "b", "field-staff", GRID_A)
    household, _ = add_household(field_a.store, GRID_A)
    for laptop in (field_a, field_b, office):
        laptop.sync()
    edit(field_a.store, "households", household, village_code="620923100201")
    edit(field_b.store, "households", household, village_code="620923100202")
    for laptop in (field_a, field_b, field_a, office):
        laptop.sync()
    return [office, field_a, field_b], household


def _village(laptop: Laptop, household: str) -> str:
    return str(laptop.store.get("households", household)["village_code"])


def test_wrong_role_is_refused_locally_and_atomically(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        (office, field_a, field_b), household = _conflicted(server, tmp_path)
        laptops = (office, field_a, field_b)
        assert [open_conflict_count(lp.store) for lp in laptops] == [1, 1, 1]
        conflict = open_conflicts(field_a.store.conn)[0]
        before = _village(field_a, household)
        outbox = field_a.store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]

        # the laptop refuses: nothing changes, nothing queued
        with pytest.raises(AuthError) as refused:
            resolve_here(field_a.store, conflict.id, 1)
        assert refused.value.code == "conflict.device_role"
        assert open_conflict_count(field_a.store) == 1
        assert field_a.store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == outbox
        field_a.store.close()
        done = subprocess.run(
            [str(Path(sys.executable).parent / "subei-mobile"), "--data-dir",
             str(tmp_path / "a"), "conflicts", "resolve", conflict.id, "1"],
            capture_output=True, text=True, timeout=60, env={**os.environ, "SUBEI_LANG": "en"},
        )  # fmt: skip
        assert done.returncode == 2, done.stdout + done.stderr
        assert "conflict.device_role" in done.stderr and "township office" in done.stderr
        field_a = Laptop("a", open_store(tmp_path / "a", user_id="user-a"), field_a.identity,
                         field_a.transport)  # fmt: skip

        # a modified build resolves anyway: the server refuses resolution AND value
        resolve_conflict(field_a.store, conflict.id, 1)
        result = field_a.sync()
        assert [code for _, code in result.rejected] == ["role_denied"]
        assert [r.code for r in open_refusals(field_a.store.conn)] == ["role_denied"]
        for laptop in (field_b, office):
            laptop.sync()
            assert open_conflict_count(laptop.store) == 1
            assert _village(laptop, household) == before

        # the township office resolves: everyone converges on its choice, with one stamp
        chosen = open_conflicts(office.store.conn)[0].candidates[1]["value"]
        resolve_here(office.store, conflict.id, 1)
        for laptop in (office, field_b, office):
            laptop.sync()
        assert open_conflict_count(office.store) == 0 and open_conflict_count(field_b.store) == 0
        assert _village(office, household) == _village(field_b, household) == chosen
        # a later edit on another laptop merges cleanly: the stamps agree everywhere
        edit(field_b.store, "households", household, village_code="620923100203")
        field_b.sync()
        office.sync()
        assert open_conflict_count(office.store) == 0
        assert _village(office, household) == "620923100203"
        for laptop in (office, field_a, field_b):
            laptop.store.close()
