"""What each synced table holds, how conflicts on it are resolved, and what is sensitive.

Declared once here and shared by the local store, the sync engine and the server.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from .. import models as m

ConflictClass = Literal["attested", "case", "low_stakes", "append_only"]


@dataclass(frozen=True)
class Column:
    """One column of a synced table."""

    name: str
    kind: Literal["text", "int", "real", "bool", "date", "datetime", "json"]
    sensitive: bool = False
    low_stakes: bool = False


@dataclass(frozen=True)
class TableSpec:
    """A synced table: its model, columns, conflict class and where its scope comes from."""

    name: str
    model: type[m.Record]
    columns: tuple[Column, ...]
    conflict: ConflictClass
    parent: tuple[str, str] | None = None  # (foreign-key column, parent table) for scope

    def column(self, name: str) -> Column:
        """Return the column called name."""
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    @property
    def column_names(self) -> tuple[str, ...]:
        """Return the data column names (without id and bookkeeping)."""
        return tuple(c.name for c in self.columns)

    def encode(self, record: BaseModel) -> dict[str, Any]:
        """Return the column values of a validated record, ready for SQLite."""
        data = record.model_dump(mode="json", exclude={"id"})
        return {c.name: encode_value(c, data[c.name]) for c in self.columns}

    def decode(self, row: dict[str, Any]) -> dict[str, Any]:
        """Return model-ready values from a stored row."""
        out: dict[str, Any] = {"id": row["id"]}
        for c in self.columns:
            value = row[c.name]
            if c.kind == "json" and isinstance(value, str):
                value = json.loads(value)
            elif c.kind == "bool":
                value = bool(value)
            out[c.name] = value
        return out


def encode_value(col: Column, value: Any) -> Any:
    """Return the SQLite form of a JSON-mode value for a column."""
    if value is None:
        return None
    if col.kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if col.kind == "bool":
        return int(bool(value))
    return value


_KIND_BY_TYPE: dict[Any, Literal["text", "int", "real", "bool", "date", "datetime"]] = {
    str: "text",
    int: "int",
    float: "real",
    bool: "bool",
    dt.date: "date",
    dt.datetime: "datetime",
}


def _kind_of(annotation: Any) -> Literal["text", "int", "real", "bool", "date", "datetime", "json"]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _kind_of(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _kind_of(args[0])
    if origin is Literal:
        return "text"
    if annotation in _KIND_BY_TYPE:
        return _KIND_BY_TYPE[annotation]
    return "json"


def _spec(
    model: type[m.Record],
    conflict: ConflictClass,
    parent: tuple[str, str] | None = None,
    sensitive: frozenset[str] = frozenset(),
    low_stakes: frozenset[str] = frozenset(),
) -> TableSpec:
    cols = tuple(
        Column(name, _kind_of(info.annotation), name in sensitive, name in low_stakes)
        for name, info in model.model_fields.items()
        if name != "id"
    )
    return TableSpec(model.table, model, cols, conflict, parent)


TABLES: dict[str, TableSpec] = {
    s.name: s
    for s in (
        _spec(m.Household, "case", low_stakes=frozenset({"pastures", "notes"})),
        _spec(
            m.Person,
            "case",
            parent=("household_id", "households"),
            sensitive=frozenset({"id_number", "phone"}),
        ),
        _spec(m.ServiceRequest, "case", sensitive=frozenset({"details", "result_note"})),
        _spec(m.StatusChange, "append_only", parent=("request_id", "service_requests")),
        _spec(m.Attachment, "append_only"),
        _spec(
            m.MediationCase,
            "case",
            sensitive=frozenset(
                {
                    "facts_zh",
                    "facts_mn",
                    "disputed_matters_zh",
                    "disputed_matters_mn",
                    "responsibilities_zh",
                    "responsibilities_mn",
                }
            ),
        ),
        _spec(
            m.MediationParty,
            "case",
            parent=("case_id", "mediation_cases"),
            sensitive=frozenset({"id_number", "phone", "address"}),
        ),
        _spec(
            m.MediationSession,
            "case",
            parent=("case_id", "mediation_cases"),
            sensitive=frozenset({"summary_zh", "summary_mn"}),
        ),
        _spec(
            m.MediationAgreement,
            "attested",
            parent=("case_id", "mediation_cases"),
            sensitive=frozenset({"content_zh", "content_mn", "performance_zh", "performance_mn"}),
        ),
        _spec(m.MediationSignature, "attested", parent=("agreement_id", "mediation_agreements")),
        _spec(
            m.MediationFollowUp,
            "case",
            parent=("case_id", "mediation_cases"),
            sensitive=frozenset({"note_zh", "note_mn"}),
        ),
        _spec(m.Activity, "case", low_stakes=frozenset({"location"})),
        _spec(
            m.ActivityParticipant,
            "case",
            parent=("activity_id", "activities"),
            sensitive=frozenset({"amount_yuan"}),
        ),
    )
}

SQL_TYPES = {
    "text": "TEXT",
    "int": "INTEGER",
    "real": "REAL",
    "bool": "INTEGER",
    "date": "TEXT",
    "datetime": "TEXT",
    "json": "TEXT",
}


def spec_for(table: str) -> TableSpec:
    """Return the spec of a synced table or raise KeyError for anything else."""
    return TABLES[table]
