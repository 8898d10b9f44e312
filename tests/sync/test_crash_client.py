"""The laptop killed inside the apply transaction: the next sync loses and duplicates nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from subei_sync.server.database import SqliteDatabase
from sync_harness import GRID_A, GRID_B, add_household, enrol_laptop, service_over, table_state

from subei_mobile.store import open_store

CHILD = Path(__file__).with_name("crash_client.py")
pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("point", "n"),
    [("apply", 0), ("apply", 1), ("apply", 13), ("apply", 47), ("commit", 0), ("commit", 2),
     ("ahead", 1), ("ahead", 2)],
)  # fmt: skip
def test_client_killed_mid_apply(tmp_path: Path, point: str, n: int) -> None:
    server_db = tmp_path / "server.sqlite3"
    db = SqliteDatabase(server_db)
    service = service_over(db)
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    office = enrol_laptop(service, tmp_path, "office", "township-office")
    for _ in range(30):
        add_household(a.store, GRID_A)
    a.sync()
    mine = [add_household(office.store, GRID_B)[0] for _ in range(15)]  # pushed while it dies
    office.store.close()

    done = subprocess.run([sys.executable, str(CHILD), str(tmp_path / "office"), str(server_db),
                           point, str(n)], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 9, done.stderr  # it really died inside the transaction

    store = open_store(tmp_path / "office", user_id="user-office")  # quick_check runs here
    office.store = store
    result = office.sync()
    assert not result.mismatched and not result.rejected
    assert store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
                              ).fetchone()[0] == 0  # fmt: skip
    households = table_state(store, "households")
    assert len(households) == 45 and set(mine) <= set(households)
    with db.transaction() as tx:
        logged = tx.execute("SELECT COUNT(*) FROM log")[0][0]
        records = tx.execute("SELECT COUNT(*) FROM records")[0][0]
    assert logged == 60 + 30 and records == 90  # each change exactly once
    a.sync()
    sums = office.checksums()
    assert sums[next(iter(sums))] == sum(a.checksums().values()) + _grid_b(office)
    store.close()
    db.close()


def _grid_b(office: object) -> int:
    from subei_sync.client.engine import local_checksums

    return local_checksums(office.store, ["620923100/" + GRID_B])["620923100/" + GRID_B]  # type: ignore[attr-defined]
