"""The audit chain's first key lives only sealed to the county; the verifier names bad entries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from seeding import Seeded

from subei_mobile.errors import SubeiError
from subei_mobile.security.audit_key import open_anchor, verify_audit, verify_with_county
from subei_mobile.store.audit import ChainFault


def test_key0_is_kept_only_sealed_to_the_county(seeded: Seeded, tmp_path: Path) -> None:
    anchor = open_anchor(seeded.store, seeded.county.private)
    assert (anchor.seq, anchor.head) == (0, "0" * 64)  # a new store: this is key_0
    assert seeded.store.meta("audit_key") != anchor.key.hex()
    seeded.store.close()
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        blob = path.read_bytes()
        assert anchor.key not in blob and anchor.key.hex().encode() not in blob, path.name


def test_intact_chain_verifies_from_key0(seeded: Seeded) -> None:
    key0 = open_anchor(seeded.store, seeded.county.private).key
    assert verify_audit(seeded.store, key0) is None
    assert verify_with_county(seeded.store, seeded.county.private) is None
    assert verify_audit(seeded.store, os.urandom(32)) == ChainFault(1, "mac")
    with pytest.raises(SubeiError):
        open_anchor(seeded.store, os.urandom(32))


@pytest.mark.parametrize("kind", ["modify", "delete", "truncate"])
def test_tampering_is_named_at_the_first_bad_entry(seeded: Seeded, kind: str) -> None:
    conn = seeded.store.conn
    total = conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    for pos in range(1, total + 1, 3):
        conn.execute("SAVEPOINT t")
        if kind == "modify":
            conn.execute("UPDATE audit_log SET action = action || '!' WHERE seq = ?", (pos,))
            expected = ChainFault(pos, "modified")
        elif kind == "delete":
            conn.execute("DELETE FROM audit_log WHERE seq = ?", (pos,))
            expected = ChainFault(pos, "missing" if pos < total else "truncated")
        else:
            conn.execute("DELETE FROM audit_log WHERE seq >= ?", (pos,))
            expected = ChainFault(pos, "truncated")
        assert verify_with_county(seeded.store, seeded.county.private) == expected
        conn.execute("ROLLBACK TO t")
        conn.execute("RELEASE t")
