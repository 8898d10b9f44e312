"""The audit chain: every kind of tampering at every position is found and named."""

import os

import pytest

from subei_mobile.store import audit


def _chain(n: int, key0: bytes) -> list[dict]:
    import sqlite3

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute(
        "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at, user_id, device_id, action, "
        "table_name, record_id, content_hash, prev_hash, entry_hash, mac)"
    )
    conn.executemany("INSERT INTO meta VALUES (?, ?)", audit.initial_state(key0))
    for i in range(n):
        audit.append(
            conn,
            {
                "at": f"2026-01-01T00:00:{i:02d}",
                "user_id": "u",
                "device_id": "d",
                "action": "insert",
                "table_name": "persons",
                "record_id": f"r{i}",
                "content_hash": audit.content_hash(i),
            },
        )
    return audit.read_chain(conn)


KEY0 = os.urandom(32)
N = 8


def test_intact_chain_verifies() -> None:
    assert audit.verify(_chain(N, KEY0), KEY0, expected_count=N) is None


@pytest.mark.parametrize("pos", range(N))
def test_modified_entry_is_found(pos: int) -> None:
    chain = _chain(N, KEY0)
    chain[pos]["action"] = "delete"
    assert audit.verify(chain, KEY0) == audit.ChainFault(pos + 1, "modified")


@pytest.mark.parametrize("pos", range(N))
def test_rehashed_entry_fails_the_mac(pos: int) -> None:
    chain = _chain(N, KEY0)
    chain[pos]["record_id"] = "forged"
    chain[pos]["entry_hash"] = audit.entry_hash(chain[pos])
    fault = audit.verify(chain, KEY0)
    assert fault is not None and fault.seq == pos + 1 and fault.kind == "mac"


@pytest.mark.parametrize("pos", range(N - 1))
def test_deleted_entry_is_found(pos: int) -> None:
    chain = _chain(N, KEY0)
    del chain[pos]
    assert audit.verify(chain, KEY0) == audit.ChainFault(pos + 1, "missing")


@pytest.mark.parametrize("pos", range(1, N))
def test_inserted_entry_is_found(pos: int) -> None:
    chain = _chain(N, KEY0)
    chain.insert(pos, dict(chain[pos - 1]))
    fault = audit.verify(chain, KEY0)
    assert fault is not None and fault.seq == pos + 1 and fault.kind in ("inserted", "reordered")


@pytest.mark.parametrize("pos", range(N - 1))
def test_swapped_entries_are_found(pos: int) -> None:
    chain = _chain(N, KEY0)
    chain[pos], chain[pos + 1] = chain[pos + 1], chain[pos]
    fault = audit.verify(chain, KEY0)
    assert fault is not None and fault.seq == pos + 1


@pytest.mark.parametrize("keep", range(N))
def test_truncation_is_found(keep: int) -> None:
    chain = _chain(N, KEY0)[:keep]
    assert audit.verify(chain, KEY0, expected_count=N) == audit.ChainFault(keep + 1, "truncated")


def test_wrong_first_key_fails() -> None:
    fault = audit.verify(_chain(3, KEY0), os.urandom(32))
    assert fault == audit.ChainFault(1, "mac")


def test_key_evolves_and_is_one_way() -> None:
    k1 = audit.evolve(KEY0)
    assert k1 != KEY0 and audit.evolve(k1) != k1
