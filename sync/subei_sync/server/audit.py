"""Laptops' audit chains verified by the server, and device attestations of signed agreements.

At enrolment a laptop gives its chain position (entries so far, head hash, current MAC key).
Every sync then carries the entries after the last acknowledged one; the server checks that
they continue the chain from the key it holds (evolving it per entry, store/audit.py) and
stores them append-only (this module only ever inserts entries). A broken chain refuses the
whole request and flags the device for the county; `subei-server audit verify` re-checks the
stored chains from their enrolment anchors.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from subei_mobile.store.audit import ChainFault, entry_hash, evolve, verify

from ..protocol.notice import verify_attestation
from ..protocol.wire import AuditEntry, AuditPosition, SyncRequest
from .database import Database, Tx
from .devices import Device
from .rebase import current_chain, link_fault

log = logging.getLogger("subei_sync.server")
AGREEMENTS = "mediation_agreements"
_ENTRY_COLUMNS = ("seq", "at", "user_id", "origin", "action", "table_name", "record_id",
                  "content_hash", "prev_hash", "entry_hash", "mac")  # fmt: skip


class AuditBroken(Exception):
    """A pushed audit chain does not continue the verified one; nothing of the request applies."""

    def __init__(self, fault: ChainFault) -> None:
        super().__init__(f"audit_chain_broken at {fault.seq} ({fault.kind})")
        self.fault = fault


@dataclass(frozen=True)
class ChainReport:
    """The outcome of re-verifying one device's stored chain."""

    device_id: str
    entries: int
    fault: ChainFault | None
    flagged: ChainFault | None  # the fault a sync was refused for, if any


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def start_chain(db: Database, device_id: str, position: AuditPosition) -> None:
    """Record where a newly enrolled laptop's chain stands: the anchor of all later checks."""
    with db.transaction("ddl") as tx:
        tx.execute(
            "INSERT INTO audit_chains (device_id, anchor_seq, anchor_head, anchor_key, seq, head,"
            " mac_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (device_id, position.seq, position.head, position.key, position.seq, position.head,
             position.key),
        )  # fmt: skip


def _as_chain(entries: list[AuditEntry], device_id: str, head: str) -> list[dict[str, Any]]:
    """Return the entries with the fields the laptop left out filled in from the chain itself.

    prev_hash is the hash of the entry before (the verified head for the first); entry_hash is
    recomputed from the fields. A changed field then changes entry_hash, and the laptop's MAC
    (made over the original entry_hash with a key only it and the server know) no longer fits.
    """
    chain = []
    prev = head
    for entry in entries:
        row = entry.model_dump()
        row["device_id"] = row["device_id"] or device_id
        row["prev_hash"] = row["prev_hash"] or prev
        row["entry_hash"] = row["entry_hash"] or entry_hash(row)
        prev = row["entry_hash"]
        chain.append(row)
    return chain


def accept_audit(tx: Tx, device: Device, req: SyncRequest) -> int | None:
    """Verify and store the pushed entries; return the verified chain length (None: no chain).

    Entries the server already holds (a retried request) are skipped; with no new entries
    nothing is written, so this also runs in a read transaction.
    """
    if not req.audit and req.audit_total is None:
        return None
    chain_id = current_chain(tx, device.id)  # a re-based device continues a new chain
    rows = tx.execute(
        "SELECT seq, head, mac_key FROM audit_chains WHERE device_id = ?", (chain_id,)
    )
    if not rows:
        return None  # enrolled without an audit position: nothing to verify against
    seq, head, key_hex = int(rows[0][0]), str(rows[0][1]), str(rows[0][2])
    entries = list(req.audit)
    while entries and entries[0].seq <= seq:
        entries.pop(0)
    chain = _as_chain(entries, device.id, head)
    fault = verify(chain, bytes.fromhex(key_hex), req.audit_total, after_seq=seq, head=head)
    if fault is not None:
        raise AuditBroken(fault)
    if not chain:
        return seq
    key = bytes.fromhex(key_hex)
    at = _now()
    tx.executemany(
        f"INSERT INTO audit_entries (device_id, {', '.join(_ENTRY_COLUMNS)}, received_at)"
        f" VALUES ({', '.join('?' * (len(_ENTRY_COLUMNS) + 2))})",
        [(chain_id, *(e["device_id" if c == "origin" else c] for c in _ENTRY_COLUMNS), at)
         for e in chain],
    )  # fmt: skip
    for _ in chain:
        key = evolve(key)
    last = chain[-1]
    tx.execute(
        "UPDATE audit_chains SET seq = ?, head = ?, mac_key = ? WHERE device_id = ?",
        (last["seq"], last["entry_hash"], key.hex(), chain_id),
    )
    return int(last["seq"])


def flag_device(db: Database, device_id: str, fault: ChainFault) -> None:
    """Mark a device whose chain broke, for the county to look at."""
    with db.transaction("ddl") as tx:
        tx.execute(
            "UPDATE audit_chains SET fault_seq = ?, fault_kind = ?, flagged_at = ?"
            " WHERE device_id = ?",
            (fault.seq, fault.kind, _now(), current_chain(tx, device_id)),
        )
    log.warning("audit chain broken", extra={
        "event": "audit_broken", "device": device_id, "seq": fault.seq, "kind": fault.kind,
    })  # fmt: skip


def verify_stored(db: Database, device_id: str | None = None) -> list[ChainReport]:
    """Re-verify every stored chain (or one device's) from its enrolment anchor."""
    where, params = ("WHERE device_id = ?", (device_id,)) if device_id else ("", ())
    with db.transaction() as tx:
        chains = tx.execute(
            "SELECT device_id, anchor_seq, anchor_head, anchor_key, seq, fault_seq, fault_kind"
            f" FROM audit_chains {where} ORDER BY device_id",
            params,
        )
        reports = []
        for dev, anchor_seq, anchor_head, anchor_key, seq, fault_seq, fault_kind in chains:
            rows = tx.execute(
                f"SELECT {', '.join(_ENTRY_COLUMNS)} FROM audit_entries WHERE device_id = ?"
                " ORDER BY seq",
                (dev,),
            )
            entries = [dict(zip(_ENTRY_COLUMNS, r, strict=True)) for r in rows]
            for e in entries:
                e["device_id"] = e.pop("origin")
                e["seq"] = int(e["seq"])
            fault = link_fault(tx, str(dev)) or verify(
                entries, bytes.fromhex(anchor_key), int(seq),
                after_seq=int(anchor_seq), head=str(anchor_head),
            )  # fmt: skip
            flagged = ChainFault(int(fault_seq), str(fault_kind)) if fault_seq is not None else None
            reports.append(ChainReport(str(dev), len(entries), fault, flagged))
    return reports


def check_attestations(tx: Tx, device: Device, req: SyncRequest) -> dict[tuple[str, str], str]:
    """Verify and store attestations; return the pushed agreement changes to refuse, by code.

    A change that signs an agreement is refused when its attestation is badly signed or names
    another content hash; one without any attestation (an older client, a bundle) is applied
    but not recorded as attested.
    """
    refused: dict[tuple[str, str], str] = {}
    bad: set[str] = set()
    for att in req.attestations:
        if device.public_key is None or not verify_attestation(
            device.public_key, device.id, att.agreement_id, att.content_hash, att.signature
        ):
            bad.add(att.agreement_id)
            continue
        tx.execute(
            "INSERT INTO agreement_attestations (agreement_id, device_id, content_hash, signature,"
            " verified_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (agreement_id) DO NOTHING",
            (att.agreement_id, device.id, att.content_hash, att.signature, _now()),
        )  # fmt: skip
    for ch in req.changes:
        if ch.table != AGREEMENTS or ch.fields.get("status") != "signed":
            continue
        if ch.id in bad:
            refused[(ch.table, ch.id)] = "agreement_signature_invalid"
            continue
        rows = tx.execute(
            "SELECT content_hash FROM agreement_attestations WHERE agreement_id = ?", (ch.id,)
        )
        if rows and rows[0][0] != ch.fields.get("content_hash"):
            refused[(ch.table, ch.id)] = "agreement_hash_mismatch"
    return refused
