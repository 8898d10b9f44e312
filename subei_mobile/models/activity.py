"""Field activities: classrooms, transhumance points, legal education, hazards, care visits."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .common import Coordinates, Record, Text, require_one_script

ActivityKind = Literal[
    "classroom", "transhumance_point", "legal_education", "hazard_check", "care_visit"
]
ACTIVITY_KINDS: tuple[str, ...] = (
    "classroom", "transhumance_point", "legal_education", "hazard_check", "care_visit",
)  # fmt: skip
Severity = Literal["low", "medium", "high", "critical"]

# Kind-specific details live in one JSON column; these are the keys each kind accepts.
DETAIL_KEYS: dict[str, frozenset[str]] = {
    "classroom": frozenset({"topic_zh", "topic_mn", "lecturers", "language"}),
    "transhumance_point": frozenset({"route_zh", "route_mn", "duty_days"}),
    "legal_education": frozenset({"topic_zh", "topic_mn", "materials_given"}),
    "hazard_check": frozenset(
        {
            "hazard_kind",
            "severity",
            "finding_zh",
            "finding_mn",
            "follow_up_zh",
            "follow_up_mn",
            "follow_up_due",
            "resolved",
            "resolved_at",
        }
    ),
    "care_visit": frozenset({"reason_zh", "reason_mn", "occasion"}),
}


class Activity(Record):
    """An event or visit the team ran at a place and time."""

    table: ClassVar[str] = "activities"

    kind: ActivityKind
    title_zh: Text = ""
    title_mn: Text = ""
    township_code: str = Field(min_length=9, max_length=9)
    village_code: str = ""
    grid_code: str = ""
    place: Text = ""
    location: Coordinates | None = None
    started_at: dt.datetime
    ended_at: dt.datetime | None = None
    organizer: Text = ""
    household_id: str = ""  # the visited household, for hazard checks and care visits
    details: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> Activity:
        require_one_script(self.title_zh, self.title_mn, "title")
        unknown = set(self.details) - DETAIL_KEYS[self.kind]
        if unknown:
            raise ValueError("details.unknown_key")
        if self.kind == "hazard_check" and self.details.get("severity") not in (
            "low", "medium", "high", "critical",
        ):  # fmt: skip
            raise ValueError("hazard.severity_required")
        if self.ended_at and self.ended_at < self.started_at:
            raise ValueError("ended_at.before_start")
        return self


class SupplyItem(BaseModel):
    """Goods handed out at a transhumance point or on a care visit."""

    model_config = ConfigDict(extra="forbid")

    item: Text = Field(min_length=1)
    quantity: float = Field(gt=0)
    unit: Text = ""


class ActivityParticipant(Record):
    """Someone at an activity: attendee, person on duty, or recipient of goods or money."""

    table: ClassVar[str] = "activity_participants"

    activity_id: str = Field(min_length=36, max_length=36)
    role: Literal["attendee", "duty", "recipient", "visited"]
    household_id: str = ""
    person_id: str = ""
    name_zh: Text = ""
    name_mn: Text = ""
    present: bool = True
    shift_start: dt.datetime | None = None
    shift_end: dt.datetime | None = None
    items: list[SupplyItem] = Field(default_factory=list)
    amount_yuan: float = Field(default=0, ge=0)
    note: Text = ""

    @model_validator(mode="after")
    def _who(self) -> ActivityParticipant:
        if not (self.household_id or self.person_id or self.name_zh or self.name_mn):
            raise ValueError("participant.required")
        return self
