"""Conflict rules by record class, as one pure function the server runs on every push.

- attested: insert once; a finalised agreement may only be voided with a reason;
- append_only: insert once, never changed;
- case: merged field by field; the same field changed concurrently (the base the device saw is
  not the server's current stamp) keeps both candidates and flags the record for review;
- low-stakes columns: last writer wins by HLC;
- an edit against a delete, either way round, is a conflict and the record stays visible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from subei_mobile.store.schema import TableSpec

from .wire import PushedChange

DELETED = "_deleted"  # the pseudo-field of an edit-versus-delete conflict


@dataclass
class RecordState:
    """A record as the server holds it: column values, per-field stamps and flags."""

    fields: dict[str, Any]
    stamps: dict[str, str]
    deleted: bool = False
    review: bool = False


@dataclass
class Outcome:
    """What a pushed change did: new state, touched values, conflicts, and who must hear it."""

    state: RecordState | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, str] = field(default_factory=dict)
    conflicts: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    echo: bool = False  # the originating device must receive the outcome too
    rejected: str | None = None
    noop: bool = False


def candidate(value: Any, hlc: str, device: str, user: str) -> dict[str, Any]:
    """Return one candidate value of a conflict."""
    return {"value": value, "hlc": hlc, "device": device, "user": user}


def merge(spec: TableSpec, current: RecordState | None, ch: PushedChange, origin: str) -> Outcome:
    """Return the outcome of applying a pushed change to the server's copy of a record."""
    unknown = set(ch.fields) - set(spec.column_names)
    if unknown:
        return Outcome(rejected="unknown_field")
    if ch.op == "insert":
        if current is None:
            values = {c: ch.fields.get(c) for c in spec.column_names}
            stamps = {c: ch.hlc for c in values}
            return Outcome(RecordState(values, stamps), values, stamps)
        if spec.conflict in ("attested", "append_only"):
            same = all(current.fields.get(k) == v for k, v in ch.fields.items())
            return Outcome(noop=True) if same else Outcome(rejected="immutable")
        return _update(spec, current, ch.model_copy(update={"base": {}}), origin)
    if current is None:
        return Outcome(rejected="unknown_record")
    if ch.op == "delete":
        return _delete(spec, current, ch, origin)
    refusal = _immutable(spec, current, ch)
    if refusal:
        return Outcome(rejected=refusal)
    return _update(spec, current, ch, origin)


def _immutable(spec: TableSpec, current: RecordState, ch: PushedChange) -> str | None:
    if spec.conflict == "append_only" or spec.name == "mediation_signatures":
        return "immutable"
    if spec.name == "mediation_agreements" and current.fields.get("status") != "draft":
        voiding = set(ch.fields) <= {"status", "void_reason"} and ch.fields.get("status") == "void"
        if not voiding or not (ch.fields.get("void_reason") or current.fields.get("void_reason")):
            return "immutable"
    return None


def _delete(spec: TableSpec, current: RecordState, ch: PushedChange, origin: str) -> Outcome:
    if spec.conflict in ("attested", "append_only"):
        return Outcome(rejected="immutable")
    if current.deleted:
        return Outcome(noop=True)
    if ch.base == current.stamps:
        state = RecordState(dict(current.fields), dict(current.stamps), True, current.review)
        return Outcome(state)
    # Someone changed the record after this device last saw it: never a silent delete.
    latest = max(current.stamps.values(), default="")
    candidates = [candidate(False, latest, "", ""), candidate(True, ch.hlc, origin, ch.user)]
    state = RecordState(dict(current.fields), dict(current.stamps), False, True)
    return Outcome(state, conflicts=[(DELETED, candidates)], echo=True)


def _update(spec: TableSpec, current: RecordState, ch: PushedChange, origin: str) -> Outcome:
    state = RecordState(dict(current.fields), dict(current.stamps), False, current.review)
    out = Outcome(state)
    if current.deleted:
        deleted_at = max(current.stamps.values(), default="")
        out.conflicts.append(
            (
                DELETED,
                [candidate(True, deleted_at, "", ""), candidate(False, ch.hlc, origin, ch.user)],
            )
        )
        state.review = out.echo = True
    for name, value in ch.fields.items():
        now_stamp = current.stamps.get(name, "")
        if spec.column(name).low_stakes:
            if ch.hlc > now_stamp:
                state.fields[name], state.stamps[name] = value, ch.hlc
            else:
                out.echo = True
        elif ch.base.get(name, "") == now_stamp:
            state.fields[name], state.stamps[name] = value, ch.hlc
        elif current.fields.get(name) == value:
            out.echo = True  # same value reached twice: keep the server stamp everywhere
        else:
            old = candidate(current.fields.get(name), now_stamp, "", "")
            out.conflicts.append((name, [old, candidate(value, ch.hlc, origin, ch.user)]))
            state.review = out.echo = True
        out.fields[name] = state.fields[name]
        out.stamps[name] = state.stamps[name]
    return out
