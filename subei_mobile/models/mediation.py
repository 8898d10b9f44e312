"""People's mediation cases in the shape the 2010 People's Mediation Law gives them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from .common import MongolianNameText, NameText, Record, Text, require_one_script
from .safe_text import SafeCode

CaseStatus = Literal[
    "reported", "accepted", "mediating", "agreement_signed", "performed",
    "failed", "referred", "not_accepted", "withdrawn",
]  # fmt: skip
CASE_FLOW: dict[str, tuple[str, ...]] = {
    "reported": ("accepted", "not_accepted", "withdrawn"),
    "accepted": ("mediating", "withdrawn"),
    "mediating": ("agreement_signed", "failed", "withdrawn"),
    "agreement_signed": ("performed", "failed"),
    "failed": ("referred",),
    "performed": (),
    "referred": (),
    "not_accepted": (),
    "withdrawn": (),
}
PartySide = Literal["applicant", "respondent", "party"]
SignerRole = Literal["party", "mediator", "committee"]


class MediationCase(Record):
    """A dispute brought to the mediators: who, what, where, and how far it has got."""

    table: ClassVar[str] = "mediation_cases"

    case_no: SafeCode = ""
    category_code: str = Field(min_length=1)
    township_code: str = Field(min_length=9, max_length=9)
    village_code: str = ""
    grid_code: str = ""
    place: Text = ""
    reported_at: dt.datetime
    reported_by: Text = ""  # e.g. the party-member central household that called the team
    facts_zh: Text = ""
    facts_mn: Text = ""
    disputed_matters_zh: Text = ""
    disputed_matters_mn: Text = ""
    responsibilities_zh: Text = ""
    responsibilities_mn: Text = ""
    mediators: list[Text] = Field(default_factory=list)
    assistants: list[Text] = Field(default_factory=list)  # judicial officer, central household
    committee: Text = ""
    status: CaseStatus = "reported"
    status_reason: Text = ""


class MediationParty(Record):
    """A party to the dispute with the basic details the agreement must state."""

    table: ClassVar[str] = "mediation_parties"

    case_id: str = Field(min_length=36, max_length=36)
    side: PartySide = "party"
    person_id: str = ""
    name_zh: NameText = ""
    name_mn: MongolianNameText = ""
    sex: Literal["male", "female", ""] = ""
    ethnicity: str = ""
    birth_date: dt.date | None = None
    id_number: str = ""
    phone: str = ""
    address: Text = ""

    @model_validator(mode="after")
    def _named(self) -> MediationParty:
        require_one_script(self.name_zh, self.name_mn, "name")
        return self


class MediationSession(Record):
    """One sitting of the mediators with the parties."""

    table: ClassVar[str] = "mediation_sessions"

    case_id: str = Field(min_length=36, max_length=36)
    held_at: dt.datetime
    place: Text = ""
    mediator: Text = ""
    attendees: list[Text] = Field(default_factory=list)
    summary_zh: Text = ""
    summary_mn: Text = ""


class MediationAgreement(Record):
    """The written agreement (人民调解协议书); immutable once signed, amended by new versions."""

    table: ClassVar[str] = "mediation_agreements"

    case_id: str = Field(min_length=36, max_length=36)
    amends_id: str = ""  # the signed agreement this one amends
    content_zh: Text = ""
    content_mn: Text = ""
    performance_zh: Text = ""  # how the agreement is to be performed
    performance_mn: Text = ""
    deadline: dt.date | None = None
    oral: bool = False
    status: Literal["draft", "signed", "void"] = "draft"
    signed_at: dt.datetime | None = None
    content_hash: str = ""
    void_reason: Text = ""

    def canonical_content(self) -> bytes:
        """Return the bytes the content hash covers: what the parties agreed to."""
        body = {
            "case_id": self.case_id,
            "amends_id": self.amends_id,
            "content_zh": self.content_zh,
            "content_mn": self.content_mn,
            "performance_zh": self.performance_zh,
            "performance_mn": self.performance_mn,
            "deadline": self.deadline.isoformat() if self.deadline else "",
            "oral": self.oral,
        }
        return json.dumps(body, ensure_ascii=False, sort_keys=True).encode()

    def compute_hash(self) -> str:
        """Return the SHA-256 of the canonical content, as printed on the agreement."""
        return hashlib.sha256(self.canonical_content()).hexdigest()

    def signing_issues(self) -> list[str]:
        """Return the codes of what is missing before this agreement can be signed."""
        missing = []
        if not (self.content_zh and self.content_mn):
            missing.append("agreement.content_both_scripts")
        if not (self.performance_zh or self.performance_mn):
            missing.append("agreement.performance_required")
        return missing


class MediationSignature(Record):
    """A party's or mediator's signature (or fingerprint) on an agreement; attested."""

    table: ClassVar[str] = "mediation_signatures"

    agreement_id: str = Field(min_length=36, max_length=36)
    signer_role: SignerRole
    party_id: str = ""
    signer_name: Text = Field(min_length=1)
    image_sha256: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")
    fingerprint: bool = False
    signed_at: dt.datetime


class MediationFollowUp(Record):
    """A visit to check whether the agreement is being performed."""

    table: ClassVar[str] = "mediation_followups"

    case_id: str = Field(min_length=36, max_length=36)
    visited_at: dt.datetime
    visited_by: Text = ""
    performed: Literal["yes", "partly", "no"] = "yes"
    note_zh: Text = ""
    note_mn: Text = ""
