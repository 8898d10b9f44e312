"""Field workflows in the core: requests through their statuses, mediation to a signed agreement."""

import datetime as dt
from pathlib import Path

import pytest

from subei_mobile import mediation, service_requests
from subei_mobile.activities import participants_of, record_activity
from subei_mobile.attachments import attach_file, attachments_of, read_blob
from subei_mobile.catalogue import services
from subei_mobile.errors import Immutable, ValidationFailed
from subei_mobile.households import register_household, similar_households
from subei_mobile.models import (
    Activity,
    ActivityParticipant,
    Household,
    MediationAgreement,
    MediationCase,
    MediationParty,
    MediationSignature,
    Person,
    ServiceRequest,
)
from subei_mobile.store import Store, open_store

NOW = dt.datetime(2026, 6, 1, 10, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path, user_id="staff-1")


@pytest.fixture
def household(store: Store) -> Household:
    hh = Household(code="W-1", township_code="620923100", village_code="620923100201")
    register_household(store, hh, [Person(household_id=hh.id, name_zh="巴特尔",
                                          name_mn="ᠪᠠᠭᠠᠲᠤᠷ", relation="head")])  # fmt: skip
    return hh


def test_catalogue_has_twelve_services_with_materials() -> None:
    catalogue = services()
    assert len(catalogue) >= 12
    assert all(any(m.required for m in s.materials) for s in catalogue.values())


def test_request_moves_through_its_statuses(store: Store, household: Household) -> None:
    service = next(iter(services().values()))
    req = ServiceRequest(household_id=household.id, service_code=service.code, received_at=NOW,
                         township_code="620923100")  # fmt: skip
    rid = service_requests.open_request(store, req, place="夏牧场")
    with pytest.raises(ValidationFailed) as err:
        service_requests.advance(store, rid, "materials_complete")
    assert err.value.issues[0].code == "materials.incomplete"
    with pytest.raises(ValidationFailed):
        service_requests.advance(store, rid, "approved")
    for material in service.materials:
        service_requests.set_material(store, rid, material.code, True)
    for status in ("materials_complete", "submitted", "approved", "delivered"):
        service_requests.advance(store, rid, status, place="乡政府")
    steps = service_requests.history(store, rid)
    assert [s.to_status for s in steps] == [
        "received",
        "materials_complete",
        "submitted",
        "approved",
        "delivered",
    ]
    assert steps[0].place == "夏牧场" and steps[-1].by_user == "staff-1"


def test_unknown_service_is_rejected(store: Store, household: Household) -> None:
    req = ServiceRequest(household_id=household.id, service_code="nope", received_at=NOW,
                         township_code="620923100")  # fmt: skip
    with pytest.raises(ValidationFailed) as err:
        service_requests.open_request(store, req)
    assert err.value.issues[0].code == "service.unknown"


def _case(store: Store) -> tuple[str, list[MediationParty]]:
    case = MediationCase(category_code="grassland_boundary", township_code="620923100",
                         reported_at=NOW, status="reported")  # fmt: skip
    parties = [MediationParty(case_id=case.id, side="applicant", name_zh="甲"),
               MediationParty(case_id=case.id, side="respondent", name_mn="ᠪᠠᠲᠤ")]  # fmt: skip
    return mediation.open_case(store, case, parties), parties


def _signatures(parties: list[MediationParty]) -> list[MediationSignature]:
    sigs = [
        MediationSignature(
            agreement_id="0" * 36,
            signer_role="party",
            party_id=p.id,
            signer_name=p.name_zh or p.name_mn,
            signed_at=NOW,
        )
        for p in parties
    ]
    sigs.append(MediationSignature(agreement_id="0" * 36, signer_role="mediator",
                                   signer_name="调解员", signed_at=NOW))  # fmt: skip
    return sigs


def test_mediation_to_signed_agreement_then_amendment(store: Store) -> None:
    case_id, parties = _case(store)
    for status in ("accepted", "mediating"):
        mediation.move_case(store, case_id, status)
    draft = MediationAgreement(case_id=case_id, content_zh="以原界桩为界", content_mn="",
                               performance_zh="十五日内")  # fmt: skip
    mediation.add(store, draft)
    with pytest.raises(ValidationFailed) as err:
        mediation.sign_agreement(store, draft.id, _signatures(parties))
    assert "agreement.content_both_scripts" in [i.code for i in err.value.issues]
    with store.transaction() as tx:
        tx.update("mediation_agreements", draft.id, {"content_mn": "ᠬᠢᠯᠢ"})
    with pytest.raises(ValidationFailed):
        mediation.sign_agreement(store, draft.id, _signatures(parties)[:1])
    digest = mediation.sign_agreement(store, draft.id, _signatures(parties), at=NOW)
    signed = store.load(MediationAgreement, draft.id)
    assert signed.status == "signed" and signed.content_hash == digest == signed.compute_hash()
    assert store.load(MediationCase, case_id).status == "agreement_signed"
    with pytest.raises(Immutable):
        mediation.sign_agreement(store, draft.id, _signatures(parties))
    amendment = MediationAgreement(case_id=case_id, content_zh="延期至月底", content_mn="ᠰᠠᠷ᠎ᠠ")
    aid = mediation.amend(store, draft.id, amendment)
    assert store.load(MediationAgreement, aid).amends_id == draft.id
    mediation.move_case(store, case_id, "performed")


def test_case_needs_two_parties_and_legal_status_moves(store: Store) -> None:
    case = MediationCase(category_code="x", township_code="620923100", reported_at=NOW)
    with pytest.raises(ValidationFailed):
        mediation.open_case(store, case, [MediationParty(case_id=case.id, name_zh="甲")])
    case_id, _ = _case(store)
    with pytest.raises(ValidationFailed):
        mediation.move_case(store, case_id, "performed")
    with pytest.raises(ValidationFailed):
        mediation.move_case(store, case_id, "agreement_signed")


def test_activities_with_participants(store: Store, household: Household) -> None:
    hazard = Activity(kind="hazard_check", title_zh="隐患排查", township_code="620923100",
                      started_at=NOW, details={"hazard_kind": "fire", "severity": "high"})  # fmt: skip
    who = ActivityParticipant(activity_id=hazard.id, role="visited", household_id=household.id)
    record_activity(store, hazard, [who])
    assert len(participants_of(store, hazard.id)) == 1
    with pytest.raises(ValueError, match=r"hazard.severity_required"):
        Activity(kind="hazard_check", title_zh="x", township_code="620923100", started_at=NOW)
    with pytest.raises(ValueError, match=r"details.unknown_key"):
        Activity(kind="classroom", title_zh="x", township_code="620923100", started_at=NOW,
                 details={"severity": "low"})  # fmt: skip


def test_attachments_are_content_addressed(
    store: Store, household: Household, tmp_path: Path
) -> None:
    photo = tmp_path / "scan.jpg"
    photo.write_bytes(b"\xff\xd8 fake jpeg")
    a = attach_file(store, "households", household.id, photo, "image/jpeg")
    b = attach_file(store, "households", household.id, photo, "image/jpeg")
    assert a.sha256 == b.sha256 and read_blob(store.data_dir, a.sha256) == photo.read_bytes()
    assert len(attachments_of(store, "households", household.id)) == 2
    assert len(list((store.data_dir / "attachments").rglob("*"))) == 2  # one dir, one file


def test_similar_household_warning_in_either_script(store: Store, household: Household) -> None:
    assert similar_households(store, "620923100201", name_mn="ᠪᠠᠭ\u180bᠠᠲᠤᠷ") == [household.id]
    assert similar_households(store, "620923100201", name_zh="巴特尔") == [household.id]
    assert similar_households(store, "620923100202", name_zh="巴特尔") == []
