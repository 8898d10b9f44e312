"""Herder households (牧户) and the people in them."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..resident_id import id_number_issues, normalize_id_number, normalize_phone
from .common import Coordinates, MongolianNameText, NameText, Record, Text, require_one_script
from .safe_text import SafeCode

Sex = Literal["male", "female", ""]
Season = Literal["spring", "summer", "autumn", "winter"]
Language = Literal["mn", "zh", "both"]
LIVESTOCK_KINDS = ("sheep", "goat", "yak", "cattle", "horse", "camel")
RELATIONS = (
    "head", "spouse", "son", "daughter", "father", "mother", "daughter_in_law",
    "son_in_law", "grandchild", "sibling", "grandparent", "other",
)  # fmt: skip


class Pasture(BaseModel):
    """One seasonal pasture a household moves to."""

    model_config = ConfigDict(extra="forbid")

    name_zh: Text = ""
    name_mn: Text = ""
    season: Season
    location: Coordinates | None = None

    @model_validator(mode="after")
    def _named(self) -> Pasture:
        require_one_script(self.name_zh, self.name_mn, "pasture.name")
        return self


class Household(Record):
    """A herder household registered by the mobile team."""

    table: ClassVar[str] = "households"

    code: SafeCode = Field(min_length=1, max_length=40)
    township_code: str = Field(min_length=9, max_length=9)
    village_code: str = ""
    grid_code: str = ""
    address_zh: Text = ""
    address_mn: Text = ""
    preferred_language: Language = "both"
    central_household_id: str = ""  # the party-member central household it is attached to
    is_central_household: bool = False
    pastures: list[Pasture] = Field(default_factory=list)
    livestock: dict[str, int] = Field(default_factory=dict)
    notes: Text = ""

    @field_validator("livestock")
    @classmethod
    def _livestock(cls, value: dict[str, int]) -> dict[str, int]:
        for kind, count in value.items():
            if kind not in LIVESTOCK_KINDS:
                raise ValueError("livestock.kind")
            if count < 0 or count > 1_000_000:
                raise ValueError("livestock.count")
        return value


class Person(Record):
    """A member of a household; the head is the person with relation 'head'."""

    table: ClassVar[str] = "persons"

    household_id: str = Field(min_length=36, max_length=36)
    name_zh: NameText = Field(default="", max_length=60)
    name_mn: MongolianNameText = Field(default="", max_length=120)
    name_latin: NameText = Field(default="", max_length=120)
    relation: str = "other"
    sex: Sex = ""
    birth_date: dt.date | None = None
    ethnicity: str = ""
    id_number: str = ""
    phone: str = ""
    party_member: bool = False

    @model_validator(mode="after")
    def _named(self) -> Person:
        require_one_script(self.name_zh, self.name_mn, "name")
        return self

    @field_validator("relation")
    @classmethod
    def _relation(cls, value: str) -> str:
        if value not in RELATIONS:
            raise ValueError("relation.unknown")
        return value

    @field_validator("id_number")
    @classmethod
    def _id_number(cls, value: str) -> str:
        if not value:
            return ""
        value = normalize_id_number(value)
        issues = id_number_issues(value)
        if issues:
            raise ValueError(issues[0].code)
        return value

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return normalize_phone(value) if value.strip() else ""

    @field_validator("birth_date")
    @classmethod
    def _birth_date(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and (value > dt.date.today() or value.year < 1880):
            raise ValueError("birth_date.range")
        return value

    @model_validator(mode="after")
    def _id_matches_birth(self) -> Person:
        if self.id_number and self.birth_date:
            encoded = self.id_number[6:14]
            if encoded != self.birth_date.strftime("%Y%m%d"):
                raise ValueError("birth_date.id_mismatch")
        return self
