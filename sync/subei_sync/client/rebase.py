"""Re-base a laptop put back to an older state (a backup, a copied folder) onto the server.

The server answers the sync with `rebase_required` when it already holds changes and audit
entries from this device that this store has forgotten (protocol/rebase.py). Here the laptop
asks for the server-signed checkpoint, verifies it with the server key it got at enrolment,
and in one local transaction:

- gives every unsent change a fresh device sequence number after the server's high-water
  mark (numbers at or below it were already used for work the server holds: sent again under
  them, the server would skip the new work as a retry, and the laptop would mark it sent);
- records that high-water mark as acknowledged, and keeps the checkpoint as evidence;
- keeps its audit chain as it is: it continues from the last entry the server verified, and
  the server verifies what follows with the same MAC keys as always.

Nothing is marked sent and nothing is deleted here. The laptop's own earlier changes that the
backup lacks come back afterwards by the checksum comparison and range repair every sync ends
with (which keeps every field that has unsent local changes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pydantic import ValidationError

from subei_mobile.store import Store
from subei_mobile.store.audit import GENESIS

from ..protocol.rebase import (
    REBASE_PATH,
    CheckpointError,
    RebaseRequest,
    SignedCheckpoint,
    open_checkpoint,
)
from .identity import AUDIT_ACKED_KEY, Identity, server_signing_key
from .transport import Transport, Unreachable

ACKED_KEY = "sync.acked"  # the engine's key: the device's high-water mark the server confirmed
CHECKPOINT_KEY = "sync.rebase.checkpoint"
REBASE_COUNT_KEY = "sync.rebase.count"


class RebaseFailed(Exception):
    """The re-base could not be done; nothing changed locally. `code` is stable."""

    def __init__(self, code: str, status: int = 409) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


@dataclass(frozen=True)
class Rebased:
    """What a re-base did, for the sync result and the message to the user."""

    high_water: int  # the server's last sequence from this device
    resent: int  # unsent changes given fresh numbers (sent on by the same sync)
    first_seq: int  # the first of those numbers
    server_audit: int  # audit entries the server held
    branch_seq: int  # the last audit entry this store shares with the server


def needs_rebase(store: Store, ack: int) -> bool:
    """True when the server acknowledges a sequence this store never assigned: the store was
    put back to an older state, and marking its outbox sent would lose its new work."""
    row = store.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'changes'").fetchone()
    return ack > (int(row[0]) if row else 0)


def _branch(store: Store) -> tuple[int, str]:
    acked = store.meta(AUDIT_ACKED_KEY)
    if not acked:
        raise RebaseFailed("rebase_unavailable")  # enrolled without an audit position
    seq = int(acked)
    if seq == 0:
        return 0, GENESIS
    row = store.conn.execute("SELECT entry_hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        raise RebaseFailed("rebase_no_common_entry")
    return seq, str(row[0])


def rebase_store(store: Store, transport: Transport, identity: Identity) -> Rebased:
    """Ask for the checkpoint, verify it, re-number the outbox; raise RebaseFailed/Unreachable."""
    branch_seq, branch_head = _branch(store)
    request = RebaseRequest(branch_seq=branch_seq, branch_head=branch_head,
                            acked=int(store.meta(ACKED_KEY, "0")))  # fmt: skip
    body = request.model_dump_json().encode()
    answer = transport.post(REBASE_PATH, body, {
        **identity.sign("POST", REBASE_PATH, body), "Content-Type": "application/json",
    })  # fmt: skip
    if answer.status >= 500 or answer.status == 429:
        raise Unreachable(f"status_{answer.status}")
    if answer.status != 200:
        raise RebaseFailed(_code(answer.body), answer.status)
    public_key = server_signing_key(store)
    if not public_key:
        raise RebaseFailed("checkpoint_unverifiable")  # no server key from enrolment
    try:
        signed = SignedCheckpoint.model_validate_json(answer.body)
        checkpoint = open_checkpoint(signed, public_key, identity.device_id)
    except ValidationError:
        raise RebaseFailed("checkpoint_malformed") from None
    except CheckpointError as exc:
        raise RebaseFailed(exc.code) from None
    if checkpoint.branch_seq != branch_seq:
        raise RebaseFailed("checkpoint_mismatch")
    resent, first = renumber_outbox(store, checkpoint.high_water, signed.model_dump_json())
    return Rebased(checkpoint.high_water, resent, first, checkpoint.audit_seq, branch_seq)


def renumber_outbox(store: Store, high_water: int, evidence: str) -> tuple[int, int]:
    """Give unsent changes fresh numbers after high_water, in one transaction; return
    (how many, the first number)."""
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        unsent = [r[0] for r in conn.execute(
            "SELECT device_seq FROM changes WHERE server_seq IS NULL ORDER BY device_seq"
        )]  # fmt: skip
        sent_top = conn.execute(
            "SELECT COALESCE(MAX(device_seq), 0) FROM changes WHERE server_seq IS NOT NULL"
        ).fetchone()[0]
        first = max(high_water, int(sent_top)) + 1
        # Two steps (negative first) so that old and new numbers never collide.
        conn.execute("UPDATE changes SET device_seq = -device_seq WHERE server_seq IS NULL")
        conn.executemany(
            "UPDATE changes SET device_seq = ? WHERE device_seq = ?",
            [(first + i, -seq) for i, seq in enumerate(unsent)],
        )
        top = first + len(unsent) - 1
        # AUTOINCREMENT continues after the largest number ever used: the next save gets top+1.
        if conn.execute("SELECT 1 FROM sqlite_sequence WHERE name = 'changes'").fetchone():
            conn.execute(
                "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'changes'", (top,)
            )
        else:
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('changes', ?)", (top,))
        count = int(store.meta(REBASE_COUNT_KEY, "0")) + 1
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [
            (ACKED_KEY, str(high_water)), (CHECKPOINT_KEY, evidence),
            (REBASE_COUNT_KEY, str(count)),
        ])  # fmt: skip
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(unsent), first


def _code(body: bytes) -> str:
    try:
        data = json.loads(body)
    except ValueError:
        return "error"
    return str(data.get("code", "error")) if isinstance(data, dict) else "error"
