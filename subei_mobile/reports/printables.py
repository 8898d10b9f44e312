"""The data each printed document shows, gathered from the store (Qt-free, ready to render)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import catalogue
from ..activities import participants_of
from ..errors import NotFound
from ..models import (
    Activity,
    Household,
    MediationAgreement,
    MediationCase,
    MediationParty,
    MediationSignature,
    ServiceRequest,
)
from ..resident_id import mask_id_number, mask_phone
from ..service_requests import history
from ..signatures import image_of as signature_image
from ..store import Store
from .scope import CHINA_TIME

Bilingual = tuple[str, str]  # (Chinese, Mongolian)


def local_time(moment: dt.datetime) -> str:
    """Return a moment as Beijing time, to the minute, as printed on paper."""
    return moment.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M")


def _option(group: str, code: str) -> Bilingual:
    name = catalogue.options().get(group, {}).get(code)
    return (name.zh, name.mn) if name else (code, code)


def _place(code: str) -> Bilingual:
    place = catalogue.places().get(code)
    return (place.name.zh, place.name.mn) if place else ("", "")


@dataclass(frozen=True)
class ReceiptData:
    """A service receipt: what was asked, by whom (masked), when, and what is still missing."""

    request_no: str
    service: Bilingual
    department: Bilingual
    applicant: Bilingual
    applicant_id_masked: str
    applicant_phone_masked: str
    household_code: str
    received_at: str
    received_place: str
    township: Bilingual
    status: str
    materials: list[tuple[Bilingual, bool]] = field(default_factory=list)


def receipt_data(store: Store, request_id: str) -> ReceiptData:
    """Gather a request's receipt; IDs and phones are masked (the herder may lose the paper)."""
    request = store.load(ServiceRequest, request_id)
    service = catalogue.service_by_code(request.service_code)
    person = store.get("persons", request.person_id) if request.person_id else None
    household = store.load(Household, request.household_id)
    first = history(store, request_id)[:1]
    names = {m.code: (m.name.zh, m.name.mn) for m in service.materials} if service else {}
    dept = service.department if service and service.department else None
    return ReceiptData(
        request_no=request.request_no or request.id[-12:],
        service=(service.name.zh, service.name.mn) if service else (request.service_code, ""),
        department=(dept.zh, dept.mn) if dept else ("", ""),
        applicant=((person or {}).get("name_zh") or "", (person or {}).get("name_mn") or ""),
        applicant_id_masked=mask_id_number((person or {}).get("id_number") or ""),
        applicant_phone_masked=mask_phone((person or {}).get("phone") or ""),
        household_code=household.code,
        received_at=local_time(request.received_at),
        received_place=first[0].place if first and first[0].place else request.received_place,
        township=_place(request.township_code),
        status=request.status,
        materials=[(names.get(m.code, (m.code, "")), m.present) for m in request.materials],
    )


@dataclass(frozen=True)
class PartyDetails:
    """A party's basic details as the agreement must state them (shown in full: legal record)."""

    side: str
    name: Bilingual
    sex: Bilingual
    ethnicity: Bilingual
    birth_date: str
    id_number: str
    phone: str
    address: str


@dataclass(frozen=True)
class SignatureMark:
    """A signature or fingerprint on the agreement, with its PNG when one was drawn."""

    role: str
    name: str
    signed_at: str
    fingerprint: bool
    image_png: bytes | None
    # "not_received": drawn on another laptop, the file has not arrived; "damaged": unreadable
    missing_image: str = ""


@dataclass(frozen=True)
class AgreementData:
    """A people's mediation agreement in the shape the 2010 law gives it."""

    case_no: str
    category: Bilingual
    committee: str
    place: str
    township: Bilingual
    village: Bilingual
    mediators: list[str]
    assistants: list[str]
    parties: list[PartyDetails]
    facts: Bilingual
    disputed_matters: Bilingual
    responsibilities: Bilingual
    content: Bilingual
    performance: Bilingual
    deadline: str
    oral: bool
    amendment: bool
    status: str
    signed_at: str
    content_hash: str
    signatures: list[SignatureMark]


def agreement_data(store: Store, agreement_id: str) -> AgreementData:
    """Gather an agreement with its case, parties and signature images."""
    agreement = store.load(MediationAgreement, agreement_id)
    case = store.load(MediationCase, agreement.case_id)
    parties = [
        store.load(MediationParty, r[0])
        for r in store.conn.execute(
            "SELECT id FROM mediation_parties WHERE case_id = ? AND _deleted = 0 "
            "ORDER BY side != 'applicant', side != 'respondent', id",
            (case.id,),
        )
    ]
    signatures = [
        store.load(MediationSignature, r[0])
        for r in store.conn.execute(
            "SELECT id FROM mediation_signatures WHERE agreement_id = ? AND _deleted = 0 "
            "ORDER BY signer_role != 'party', signed_at, id",
            (agreement_id,),
        )
    ]
    category = catalogue.dispute_categories().get(case.category_code)
    return AgreementData(
        case_no=case.case_no,
        category=(category.zh, category.mn) if category else (case.category_code, ""),
        committee=case.committee, place=case.place,
        township=_place(case.township_code), village=_place(case.village_code),
        mediators=list(case.mediators), assistants=list(case.assistants),
        parties=[_party(p) for p in parties],
        facts=(case.facts_zh, case.facts_mn),
        disputed_matters=(case.disputed_matters_zh, case.disputed_matters_mn),
        responsibilities=(case.responsibilities_zh, case.responsibilities_mn),
        content=(agreement.content_zh, agreement.content_mn),
        performance=(agreement.performance_zh, agreement.performance_mn),
        deadline=agreement.deadline.isoformat() if agreement.deadline else "",
        oral=agreement.oral, amendment=bool(agreement.amends_id), status=agreement.status,
        signed_at=local_time(agreement.signed_at) if agreement.signed_at else "",
        content_hash=agreement.content_hash or agreement.compute_hash(),
        signatures=[_mark(store, s) for s in signatures],
    )  # fmt: skip


def _party(party: MediationParty) -> PartyDetails:
    return PartyDetails(
        side=party.side, name=(party.name_zh, party.name_mn), sex=_option("sex", party.sex),
        ethnicity=_option("ethnicity", party.ethnicity) if party.ethnicity else ("", ""),
        birth_date=party.birth_date.isoformat() if party.birth_date else "",
        id_number=party.id_number, phone=party.phone, address=party.address,
    )  # fmt: skip


def _mark(store: Store, signature: MediationSignature) -> SignatureMark:
    image = signature_image(store, signature)
    return SignatureMark(
        role=signature.signer_role, name=signature.signer_name,
        signed_at=local_time(signature.signed_at), fingerprint=signature.fingerprint,
        image_png=image.png, missing_image=image.missing,
    )  # fmt: skip


@dataclass(frozen=True)
class Attendee:
    """One line of the attendance sheet."""

    name: Bilingual
    household_code: str
    present: bool


@dataclass(frozen=True)
class AttendanceData:
    """A classroom's sign-in sheet: the event and everyone recorded at it."""

    title: Bilingual
    topic: Bilingual
    date: str
    place: str
    organizer: str
    lecturers: str
    township: Bilingual
    village: Bilingual
    attendees: list[Attendee]


def attendance_data(store: Store, activity_id: str) -> AttendanceData:
    """Gather a classroom (or legal-education session) with its attendees."""
    activity = store.load(Activity, activity_id)
    if activity.kind not in ("classroom", "legal_education"):
        raise NotFound(table="activities")
    codes = dict(store.conn.execute("SELECT id, code FROM households WHERE _deleted = 0"))
    homes = dict(store.conn.execute("SELECT id, household_id FROM persons WHERE _deleted = 0"))
    attendees = [
        Attendee(
            (p.name_zh, p.name_mn),
            codes.get(p.household_id or homes.get(p.person_id, ""), ""),
            p.present,
        )
        for p in participants_of(store, activity_id)
        if p.role == "attendee"
    ]
    lecturers = activity.details.get("lecturers", [])
    return AttendanceData(
        title=(activity.title_zh, activity.title_mn),
        topic=(activity.details.get("topic_zh", ""), activity.details.get("topic_mn", "")),
        date=local_time(activity.started_at), place=activity.place, organizer=activity.organizer,
        lecturers="、".join(lecturers) if isinstance(lecturers, list) else str(lecturers),
        township=_place(activity.township_code), village=_place(activity.village_code),
        attendees=attendees,
    )  # fmt: skip
