"""The service catalogue and the requests herders hand to the mobile office."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from .common import BilingualText, Record, Text

RequestStatus = Literal[
    "received", "materials_complete", "submitted", "approved", "rejected", "delivered"
]
# Which status may follow which. Going back (e.g. a department returns the file) is allowed
# from "submitted" to "received" because that is what happens when a material was missing.
REQUEST_FLOW: dict[str, tuple[str, ...]] = {
    "received": ("materials_complete",),
    "materials_complete": ("submitted", "received"),
    "submitted": ("approved", "rejected", "received"),
    "approved": ("delivered",),
    "rejected": ("delivered",),
    "delivered": (),
}


class ServiceMaterial(BaseModel):
    """A document the staff must see before a request can go to the department."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    name: BilingualText
    required: bool = True


class Service(BaseModel):
    """An errand the mobile office does on a herder's behalf (seeded catalogue)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    name: BilingualText
    department: BilingualText | None = None
    sensitive: bool = False
    materials: tuple[ServiceMaterial, ...] = ()


class MaterialCheck(BaseModel):
    """The state of one material on a request's checklist."""

    model_config = ConfigDict(extra="forbid")

    code: str
    present: bool = False
    note: Text = ""


class ServiceRequest(Record):
    """A request taken in the field; its status moves along REQUEST_FLOW."""

    table: ClassVar[str] = "service_requests"

    request_no: str = ""
    household_id: str = Field(min_length=36, max_length=36)
    person_id: str = ""
    service_code: str = Field(min_length=1, max_length=60)
    status: RequestStatus = "received"
    materials: list[MaterialCheck] = Field(default_factory=list)
    details: Text = ""  # may hold medical or allowance details: a sensitive field
    received_at: dt.datetime
    received_place: Text = ""
    township_code: str = Field(min_length=9, max_length=9)
    village_code: str = ""
    grid_code: str = ""
    result_note: Text = ""


class StatusChange(Record):
    """One step in a request's history: who moved it, when and where. Append-only."""

    table: ClassVar[str] = "service_request_events"

    request_id: str = Field(min_length=36, max_length=36)
    from_status: str = ""
    to_status: RequestStatus
    at: dt.datetime
    by_user: str = ""
    place: Text = ""
    note: Text = ""
