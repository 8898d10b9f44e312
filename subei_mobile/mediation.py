"""Mediation cases: intake, sessions, the agreement, signing, amendments and follow-ups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import signatures as signature_images
from .errors import Immutable, Issue, ValidationFailed
from .models import (
    MediationAgreement,
    MediationCase,
    MediationFollowUp,
    MediationParty,
    MediationSignature,
)
from .models.common import Record
from .models.mediation import CASE_FLOW
from .store import Store


def open_case(store: Store, case: MediationCase, parties: list[MediationParty]) -> str:
    """Register a reported dispute with its parties (at least two)."""
    if len(parties) < 2:
        raise ValidationFailed([Issue("parties.at_least_two", "parties")])
    with store.transaction() as tx:
        tx.insert(case)
        for party in parties:
            tx.insert(party.model_copy(update={"case_id": case.id}))
    return case.id


def add(store: Store, record: Record) -> str:
    """Add a session, party, follow-up or draft agreement to a case."""
    with store.transaction() as tx:
        return tx.insert(record)


def update_case(store: Store, case_id: str, changes: dict[str, Any]) -> list[str]:
    """Edit case data (facts, matters, mediators); status moves go through move_case."""
    if "status" in changes:
        raise ValidationFailed([Issue("status.use_move", "status")])
    with store.transaction() as tx:
        return tx.update("mediation_cases", case_id, changes)


def move_case(store: Store, case_id: str, to_status: str, reason: str = "") -> None:
    """Move a case along the statuses the law describes."""
    case = store.load(MediationCase, case_id)
    if to_status not in CASE_FLOW[case.status]:
        raise ValidationFailed(
            [Issue("status.transition", "status", {"from": case.status, "to": to_status})]
        )
    if to_status == "agreement_signed" and not signed_agreements(store, case_id):
        raise ValidationFailed([Issue("agreement.not_signed", "status")])
    with store.transaction() as tx:
        tx.update("mediation_cases", case_id, {"status": to_status, "status_reason": reason})


def sign_agreement(
    store: Store, agreement_id: str, signatures: list[MediationSignature],
    at: dt.datetime | None = None,
) -> str:  # fmt: skip
    """Sign a draft: seal its content hash, store the signatures, lock it; return the hash.

    Drawn images must already be kept (`signatures.store_image`); each gets its attachment
    record in the same transaction, so it syncs with the signature.
    """
    agreement = store.load(MediationAgreement, agreement_id)
    if agreement.status != "draft":
        raise Immutable(table="mediation_agreements")
    problems = agreement.signing_issues()
    roles = {s.signer_role for s in signatures}
    parties = [s for s in signatures if s.signer_role == "party"]
    if "mediator" not in roles:
        problems.append("signature.mediator_required")
    if len(parties) < 2:
        problems.append("signature.parties_required")
    if problems:
        raise ValidationFailed([Issue(code, "agreement") for code in problems])
    sizes = signature_images.image_sizes(store, signatures)
    at = at or dt.datetime.now(dt.UTC)
    digest = agreement.compute_hash()
    with store.transaction() as tx:
        tx.update(
            "mediation_agreements", agreement_id,
            {"status": "signed", "signed_at": at, "content_hash": digest},
        )  # fmt: skip
        for sig in signatures:
            tx.insert(sig.model_copy(update={"agreement_id": agreement_id}))
            if sig.image_sha256:  # the image syncs as an attachment of the signature
                signature_images.link_image(tx, sig, sizes[sig.image_sha256])
        case = store.load(MediationCase, agreement.case_id)
        if case.status == "mediating":
            tx.update("mediation_cases", case.id, {"status": "agreement_signed"})
        # The device key (held by sync) signs this hash before the agreement is sent.
        store.conn.execute(
            "INSERT OR REPLACE INTO agreement_attestations (agreement_id, content_hash)"
            " VALUES (?, ?)",
            (agreement_id, digest),
        )
    return digest


def amend(store: Store, signed_id: str, amendment: MediationAgreement) -> str:
    """Add a draft amendment to a signed agreement (the signed one never changes)."""
    signed = store.load(MediationAgreement, signed_id)
    if signed.status != "signed":
        raise ValidationFailed([Issue("amendment.target_not_signed", "amends_id")])
    draft = amendment.model_copy(
        update={"case_id": signed.case_id, "amends_id": signed_id, "status": "draft"}
    )
    return add(store, draft)


def follow_up(store: Store, followup: MediationFollowUp) -> str:
    """Record a follow-up visit on how the agreement is being performed."""
    return add(store, followup)


def signed_agreements(store: Store, case_id: str) -> list[MediationAgreement]:
    """Return a case's signed agreements and amendments, oldest first."""
    rows = store.conn.execute(
        "SELECT id FROM mediation_agreements WHERE case_id = ? AND status = 'signed' "
        "AND _deleted = 0 ORDER BY signed_at",
        (case_id,),
    ).fetchall()
    return [store.load(MediationAgreement, r[0]) for r in rows]
