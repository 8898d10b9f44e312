"""A device moved to another grid: the new scope comes by snapshot, the old one is purged."""

from __future__ import annotations

from pathlib import Path

from subei_sync.client.identity import load_identity
from subei_sync.client.refusals import open_refusals
from subei_sync.client.scopes import PURGE_KEY, follow_scopes, purge_removed
from subei_sync.protocol.checksums import subscription
from subei_sync.server.cli import main as server_main
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, GRID_B, TOWNSHIP, add_household, edit, enrol_laptop, table_state


def test_moved_worker_purges_old_grid_and_gets_new(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "grid-worker", GRID_A)
    b = enrol_laptop(service, tmp_path, "b", "field-staff", GRID_B)
    old = [add_household(a.store, GRID_A)[0] for _ in range(3)]
    new = [add_household(b.store, GRID_B)[0] for _ in range(2)]
    a.sync()
    b.sync()
    edit(a.store, "households", old[0], notes="typed before the move")  # unsent
    server_db = str(tmp_path / "server.sqlite3")
    code = server_main(["--data-dir", str(tmp_path / "srv"), "--db", server_db, "device",
                        "rescope", a.identity.device_id, "--grid", GRID_B])  # fmt: skip
    assert code == 0
    result = a.sync()
    assert a.identity.scopes == [subscription(TOWNSHIP, GRID_B)]
    assert load_identity(a.store).scopes == a.identity.scopes  # survives a restart
    assert result.rejected and {c for _, c in result.rejected} == {"scope_denied"}
    # The edit typed before the move is refused, and kept with its record until the township
    # office settles it (client/refusals.py); everything else of grid A is purged.
    assert result.purged == 5  # 3 households and their 3 persons, but the edited household
    assert set(table_state(a.store, "households")) == {*new, old[0]}
    assert [(r.record_id, r.code) for r in open_refusals(a.store.conn)] == [
        (old[0], "scope_denied")
    ]
    assert a.checksums() == b.checksums() and not result.mismatched
    assert a.store.meta(PURGE_KEY)  # retried until the refusal is settled
    b.sync()
    assert set(table_state(b.store, "households")) == set(new)  # nothing leaked to grid B


def test_unsent_records_stay_until_acknowledged(service: SyncService, tmp_path: Path) -> None:
    a = enrol_laptop(service, tmp_path, "a", "grid-worker", GRID_A)
    synced, _ = add_household(a.store, GRID_A)
    a.sync()
    unsent, _ = add_household(a.store, GRID_A)  # typed, never sent
    assert follow_scopes(a.store, a.identity, [subscription(TOWNSHIP, GRID_B)])
    first = purge_removed(a.store, a.identity)
    assert (first.deleted, first.kept) == (2, 2)  # the unsent household and its person stay
    assert set(table_state(a.store, "households")) == {unsent}
    assert a.store.meta(PURGE_KEY)
    a.store.conn.execute("UPDATE changes SET server_seq = -1 WHERE server_seq IS NULL")
    second = purge_removed(a.store, a.identity)
    assert (second.deleted, second.kept) == (2, 0)
    assert not table_state(a.store, "households") and not a.store.meta(PURGE_KEY)
    assert synced not in table_state(a.store, "households")


def test_rescope_cli_refuses_unknown_places(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "srv"), "device", "rescope", "nope"]
    assert server_main([*args, "--grid", "no-such-grid"]) == 2
    assert server_main([*args, "--township", TOWNSHIP]) == 2  # unknown device
    assert server_main(args) == 2
