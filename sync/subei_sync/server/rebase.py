"""The server side of re-basing a laptop that is behind what the server holds from it.

Detection (on every sync, before anything of the request is applied): the laptop pushes its
audit entries from the last one the server verified for it. If the server already holds an
entry at one of those positions and it differs (another MAC: another history), or the laptop's
chain is shorter than the one the server holds, the laptop was put back to an older state:
a backup or a copied folder. Its next device sequence numbers would then collide with numbers
the server already applied (and skips as retries), so the request is refused with
`rebase_required` instead. A retried request after a lost answer is never mistaken for this:
its entries are the very ones the server holds.

Re-base (POST /v1/rebase): the laptop names its last verified entry (sequence and hash). The
server finds that entry in the device's stored chains, starts a continuation chain anchored
there (MAC key: the laptop's key sequence evolved to that position, which the server derives
from the enrolment anchor: forward-secure keys the laptop no longer holds are never needed),
and answers with a signed checkpoint: the device's high-water sequence and the audit head it
holds. Until the laptop acknowledges that high-water mark (its requests carry `acked`), every
sync from it is answered `rebase_required` again, so a crash between the two sides is safe.
The entries of the old branch stay stored and verifiable; nothing is deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import ValidationError

from subei_mobile.store.audit import ChainFault, evolve

from ..protocol.rebase import Checkpoint, RebaseRequest, sign_checkpoint
from ..protocol.wire import SyncRequest
from .database import Database, Tx
from .devices import AuthError, Device, authenticate

log = logging.getLogger("subei_sync.server")


class RebaseRequired(Exception):
    """The device is behind what the server holds from it: nothing of the request applies."""


@dataclass(frozen=True)
class RebaseReply:
    """Status and JSON body of a re-base answer."""

    status: int
    body: bytes


@dataclass(frozen=True)
class _Chain:
    id: str
    anchor_seq: int
    anchor_head: str
    anchor_key: str
    seq: int
    head: str


def current_chain(tx: Tx, device_id: str) -> str:
    """Return the id of the audit chain the device continues now (its own id until re-based)."""
    rows = tx.execute(
        "SELECT chain FROM device_rebases WHERE device_id = ? ORDER BY n DESC LIMIT 1",
        (device_id,),
    )
    return str(rows[0][0]) if rows else device_id


def _chain(tx: Tx, chain_id: str) -> _Chain | None:
    rows = tx.execute(
        "SELECT anchor_seq, anchor_head, anchor_key, seq, head FROM audit_chains"
        " WHERE device_id = ?",
        (chain_id,),
    )
    if not rows:
        return None
    a_seq, a_head, a_key, seq, head = rows[0]
    return _Chain(chain_id, int(a_seq), str(a_head), str(a_key), int(seq), str(head))


def _entry_hash(tx: Tx, chain: _Chain, seq: int) -> str | None:
    """Return the hash of the chain's entry at seq (its anchor at anchor_seq), or None."""
    if seq == chain.anchor_seq:
        return chain.anchor_head
    if not chain.anchor_seq < seq <= chain.seq:
        return None
    rows = tx.execute(
        "SELECT entry_hash FROM audit_entries WHERE device_id = ? AND seq = ?", (chain.id, seq)
    )
    return str(rows[0][0]) if rows else None


def check_position(tx: Tx, device: Device, req: SyncRequest) -> None:
    """Raise RebaseRequired when the request comes from a laptop put back to an older state."""
    pending = tx.execute(
        "SELECT high_water FROM device_rebases WHERE device_id = ? ORDER BY n DESC LIMIT 1",
        (device.id,),
    )
    if pending and req.acked < int(pending[0][0]):
        raise RebaseRequired  # re-based here, not yet on the laptop (or restored again)
    if not req.audit and req.audit_total is None:
        return
    chain = _chain(tx, current_chain(tx, device.id))
    if chain is None:
        return  # enrolled without an audit position: nothing to compare with
    held = [e for e in req.audit if chain.anchor_seq < e.seq <= chain.seq]
    if held:
        params = [e.seq for e in held]
        rows = tx.execute(
            "SELECT seq, mac FROM audit_entries WHERE device_id = ?"
            f" AND seq IN ({', '.join('?' * len(params))})",
            (chain.id, *params),
        )
        stored = {int(seq): str(mac) for seq, mac in rows}
        if any(stored.get(e.seq, e.mac) != e.mac for e in held):
            raise RebaseRequired  # another history at a position the server already holds
    if req.audit_total is not None and req.audit_total < chain.seq:
        raise RebaseRequired  # the laptop's chain is shorter than what it already sent


def _key_at(chain: _Chain, seq: int) -> str:
    key = bytes.fromhex(chain.anchor_key)
    for _ in range(seq - chain.anchor_seq):
        key = evolve(key)
    return key.hex()


def _find_branch(tx: Tx, device_id: str, seq: int, head: str) -> _Chain | None:
    """Return the stored chain (newest first) whose entry at seq has this hash.

    Every chain of the device is a candidate, not only the current one's ancestors: a backup
    may come from a branch that a later restore left behind."""
    rows = tx.execute(
        "SELECT chain FROM device_rebases WHERE device_id = ? ORDER BY n DESC", (device_id,)
    )
    for chain_id in [*(str(r[0]) for r in rows), device_id]:
        chain = _chain(tx, chain_id)
        if chain is not None and _entry_hash(tx, chain, seq) == head:
            return chain
    return None


def rebase(tx: Tx, device: Device, req: RebaseRequest) -> Checkpoint:
    """Start the continuation chain (once) and return the checkpoint; raise LookupError when
    the laptop's position matches nothing the server holds (a forged or damaged chain)."""
    rows = tx.execute("SELECT high_water FROM devices WHERE id = ?", (device.id,))
    high_water = int(rows[0][0])
    current = _chain(tx, current_chain(tx, device.id))
    if current is None:
        raise LookupError("no_audit_chain")
    now = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    latest = tx.execute(
        "SELECT n, branch_seq, branch_head, high_water, checkpoint FROM device_rebases"
        " WHERE device_id = ? ORDER BY n DESC LIMIT 1",
        (device.id,),
    )
    if latest and current.seq == req.branch_seq and current.head == req.branch_head:
        # Asked again with nothing new on the continuation (a lost answer): no new chain, a
        # checkpoint with today's high-water mark, which the laptop must now acknowledge.
        checkpoint = Checkpoint(
            device_id=device.id, high_water=high_water, audit_seq=current.seq,
            audit_head=current.head, branch_seq=req.branch_seq, chain=current.id, issued_at=now,
        )  # fmt: skip
        tx.execute(
            "UPDATE device_rebases SET high_water = ?, checkpoint = ? WHERE chain = ?",
            (high_water, checkpoint.model_dump_json(), current.id),
        )
        return checkpoint
    branch = _find_branch(tx, device.id, req.branch_seq, req.branch_head)
    if branch is None:
        raise LookupError("rebase_no_common_entry")
    n = int(latest[0][0]) + 1 if latest else 1
    chain_id = f"{device.id}~{n}"
    key = _key_at(branch, req.branch_seq)
    checkpoint = Checkpoint(
        device_id=device.id, high_water=high_water, audit_seq=current.seq,
        audit_head=current.head, branch_seq=req.branch_seq, chain=chain_id, issued_at=now,
    )  # fmt: skip
    tx.execute(
        "INSERT INTO audit_chains (device_id, anchor_seq, anchor_head, anchor_key, seq, head,"
        " mac_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (chain_id, req.branch_seq, req.branch_head, key, req.branch_seq, req.branch_head, key),
    )  # fmt: skip
    tx.execute(
        "INSERT INTO device_rebases (chain, device_id, n, parent, branch_seq, branch_head,"
        " high_water, audit_seq, audit_head, checkpoint, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (chain_id, device.id, n, branch.id, req.branch_seq, req.branch_head, high_water,
         current.seq, current.head, checkpoint.model_dump_json(), now),
    )  # fmt: skip
    log.warning("device re-based", extra={
        "event": "rebase", "device": device.id, "high_water": high_water,
        "audit_seq": current.seq, "branch_seq": req.branch_seq,
    })  # fmt: skip
    return checkpoint


def link_fault(tx: Tx, chain_id: str) -> ChainFault | None:
    """For a continuation chain: a fault when its anchor is not an entry of its parent chain."""
    rows = tx.execute(
        "SELECT parent, branch_seq, branch_head FROM device_rebases WHERE chain = ?", (chain_id,)
    )
    if not rows:
        return None
    parent = _chain(tx, str(rows[0][0]))
    seq, head = int(rows[0][1]), str(rows[0][2])
    if parent is None or _entry_hash(tx, parent, seq) != head:
        return ChainFault(seq, "branch")
    return None


def _error(status: int, code: str) -> RebaseReply:
    return RebaseReply(status, json.dumps({"code": code}).encode())


def handle_rebase(
    db: Database, signer: Ed25519PrivateKey | None, allow: Callable[[str], bool],
    method: str, path: str, headers: dict[str, str], body: bytes,
) -> RebaseReply:  # fmt: skip
    """Authenticate a signed re-base request and answer with the signed checkpoint."""
    try:
        device = authenticate(db, method, path, headers, body)
    except AuthError as exc:
        return _error(401, exc.code)
    if signer is None:
        return _error(409, "rebase_unavailable")  # no key to sign the checkpoint with
    if not allow(device.id):
        return _error(429, "rate_limited")
    try:
        req = RebaseRequest.model_validate_json(body)
    except ValidationError:
        return _error(422, "bad_request")
    try:
        with db.transaction("write") as tx:
            checkpoint = rebase(tx, device, req)
    except LookupError as exc:
        log.warning("re-base refused", extra={"event": "rebase", "device": device.id,
                                              "code": str(exc.args[0])})  # fmt: skip
        return _error(409, str(exc.args[0]))
    return RebaseReply(200, sign_checkpoint(signer, checkpoint).model_dump_json().encode())
