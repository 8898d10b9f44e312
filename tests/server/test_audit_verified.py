"""Audit chains verified by the server: tampering with a laptop's audit_log is refused and named
at its next sync, honest laptops sync normally, stored chains re-verify (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from subei_sync.client.engine import SyncFailed
from subei_sync.client.identity import AUDIT_ACKED_KEY
from subei_sync.server import cli
from subei_sync.server.audit import verify_stored
from subei_sync.server.database import Database
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, Laptop, add_household, edit, enrol_laptop, service_over

from subei_mobile.store import Store
from subei_mobile.store.audit import entry_hash

Tamper = Callable[[Store, int], None]
FIELDS = "at, user_id, device_id, action, table_name, record_id, content_hash, prev_hash," \
         " entry_hash, mac"  # fmt: skip


def _modify(store: Store, seq: int) -> None:
    store.conn.execute("UPDATE audit_log SET action = 'delete' WHERE seq = ?", (seq,))


def _modify_rehashed(store: Store, seq: int) -> None:
    row = dict(store.conn.execute("SELECT * FROM audit_log WHERE seq = ?", (seq,)).fetchone())
    row["record_id"] = "forged"
    store.conn.execute("UPDATE audit_log SET record_id = ?, entry_hash = ? WHERE seq = ?",
                       ("forged", entry_hash(row), seq))  # fmt: skip


def _delete(store: Store, seq: int) -> None:
    store.conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))


def _insert(store: Store, seq: int) -> None:
    """Shift the entries from seq on and put a forged (well-linked, well-hashed) one at seq."""
    conn = store.conn
    conn.execute("UPDATE audit_log SET seq = -seq WHERE seq >= ?", (seq,))
    conn.execute("UPDATE audit_log SET seq = 1 - seq WHERE seq < 0")
    prev = conn.execute("SELECT entry_hash FROM audit_log WHERE seq = ?", (seq - 1,)).fetchone()
    copy = dict(conn.execute("SELECT * FROM audit_log WHERE seq = ?", (seq + 1,)).fetchone())
    copy.update(seq=seq, prev_hash=prev[0] if prev else "0" * 64, record_id="forged")
    copy["entry_hash"] = entry_hash(copy)
    conn.execute(f"INSERT INTO audit_log (seq, {FIELDS}) VALUES (?{', ?' * 10})",
                 [copy[k] for k in ["seq", *FIELDS.replace(" ", "").split(",")]])  # fmt: skip


def _reorder(store: Store, seq: int) -> None:
    """Swap the contents of entries seq and seq + 1."""
    conn = store.conn
    a = conn.execute(f"SELECT {FIELDS} FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    b = conn.execute(f"SELECT {FIELDS} FROM audit_log WHERE seq = ?", (seq + 1,)).fetchone()
    sets = ", ".join(f"{c.strip()} = ?" for c in FIELDS.split(","))
    conn.execute(f"UPDATE audit_log SET {sets} WHERE seq = ?", (*b, seq))
    conn.execute(f"UPDATE audit_log SET {sets} WHERE seq = ?", (*a, seq + 1))


def _truncate(store: Store, seq: int) -> None:
    store.conn.execute("DELETE FROM audit_log WHERE seq >= ?", (seq,))


# Laptops send no chain hashes (the server recomputes them), so an edited or swapped entry
# shows up as a MAC that no longer fits, at the same position.
CASES: dict[str, tuple[Tamper, set[str]]] = {
    "modify": (_modify, {"modified", "mac"}),
    "modify_rehashed": (_modify_rehashed, {"mac"}),
    "delete": (_delete, {"missing", "truncated"}),  # the last one deleted is a truncation
    "insert": (_insert, {"inserted", "mac"}),
    "reorder": (_reorder, {"reordered", "mac"}),
    "truncate": (_truncate, {"truncated"}),
}


def _laptop(service: SyncService, tmp: Path, name: str = "a") -> Laptop:
    return enrol_laptop(service, tmp, name, "field-staff", GRID_A)


def _work(laptop: Laptop, households: int = 3) -> None:
    for _ in range(households):
        hh, _person = add_household(laptop.store, GRID_A)
        edit(laptop.store, "households", hh, address_zh="改")


def _chain_row(service: SyncService, device_id: str) -> tuple[int, int | None, str | None]:
    with service.db.transaction() as tx:
        seq, fault_seq, kind = tx.execute(
            "SELECT seq, fault_seq, fault_kind FROM audit_chains WHERE device_id = ?", (device_id,)
        )[0]
    return int(seq), fault_seq, kind


def test_honest_laptops_sync_and_chains_reverify(db: Database, tmp_path: Path) -> None:
    service = service_over(db)
    a, b = _laptop(service, tmp_path, "a"), _laptop(service, tmp_path, "b")
    _work(a)
    a.sync()
    _work(b, 2)
    b.sync()
    a.sync()  # pulled outcomes write audit entries too; they follow on the next sync
    _work(a, 1)
    a.sync()
    b.sync()
    for laptop in (a, b):
        # Nothing to push: the entries the last pull wrote wait for the next push (issue 12:
        # a no-op uploads no bookkeeping); everything else is verified.
        laptop.sync()
        acked = int(laptop.store.meta(AUDIT_ACKED_KEY))
        waiting = [r[0] for r in laptop.store.conn.execute(
            "SELECT action FROM audit_log WHERE seq > ?", (acked,))]  # fmt: skip
        assert set(waiting) <= {"sync.apply"}
        assert _chain_row(service, laptop.identity.device_id) == (acked, None, None)
        _work(laptop, 1)
        laptop.sync()  # the next push carries them
        total = int(laptop.store.meta("audit_seq"))
        assert int(laptop.store.meta(AUDIT_ACKED_KEY)) == total
    reports = verify_stored(db)
    assert [r.fault for r in reports] == [None, None] and all(r.entries > 0 for r in reports)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("position", ["first", "middle", "last"])
def test_tampering_is_refused_named_and_flagged(
    db: Database, tmp_path: Path, case: str, position: str
) -> None:
    service = service_over(db)
    a = _laptop(service, tmp_path)
    _work(a, 1)
    a.sync()
    acked = int(a.store.meta(AUDIT_ACKED_KEY))
    _work(a, 3)  # nine unsent entries (insert, insert, update each)
    total = int(a.store.meta("audit_seq"))
    last = total - 1 if case in ("reorder", "insert") else total
    seq = {"first": acked + 1, "middle": (acked + 1 + last) // 2, "last": last}[position]
    tamper, kinds = CASES[case]
    tamper(a.store, seq)
    with service.db.transaction() as tx:
        head_before = tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0]
    with pytest.raises(SyncFailed) as caught:
        a.sync()
    assert caught.value.code == "audit_chain_broken" and caught.value.status == 409
    assert caught.value.params["seq"] == seq and caught.value.params["kind"] in kinds
    with service.db.transaction() as tx:  # none of that request's changes was applied
        assert tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0] == head_before
    chain_seq, fault_seq, kind = _chain_row(service, a.identity.device_id)
    assert (chain_seq, fault_seq) == (acked, seq) and kind in kinds
    assert verify_stored(db)[0].fault is None  # what the server stored is intact
    assert verify_stored(db)[0].flagged is not None


def test_cli_audit_verify_names_the_first_bad_stored_entry(
    db: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    service = service_over(db)
    a = _laptop(service, tmp_path)
    _work(a, 2)
    a.sync()
    args = ["--data-dir", str(tmp_path / "srv"), "--db", db_url, "audit", "verify"]
    assert cli.main(args) == 0
    assert f"{a.identity.device_id}\tok\t" in capsys.readouterr().out
    with service.db.transaction("ddl") as tx:  # someone edits the server's copy
        tx.execute("UPDATE audit_entries SET action = 'delete' WHERE device_id = ? AND seq = 3",
                   (a.identity.device_id,))  # fmt: skip
    assert cli.main([*args, "--device", a.identity.device_id]) == 1
    assert "first bad entry 3 (modified)" in capsys.readouterr().out


def test_error_names_no_personal_data(db: Database, tmp_path: Path) -> None:
    service = service_over(db)
    a = _laptop(service, tmp_path)
    _work(a, 2)
    _modify(a.store, 2)
    from subei_sync.protocol import frames
    from subei_sync.protocol.wire import SyncRequest

    engine_request = SyncRequest(audit=[], audit_total=int(a.store.meta("audit_seq")))
    body = frames.encode(engine_request)
    reply = service.handle_sync("POST", "/v1/sync", {
        k.lower(): v for k, v in a.identity.sign("POST", "/v1/sync", body).items()}, body)  # fmt: skip
    assert reply.status == 409
    assert set(json.loads(reply.body)) == {"code", "seq", "kind"}
