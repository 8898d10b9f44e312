"""Refuse pushed values the laptop's own models would refuse (see subei_mobile/store/change_check)."""

from __future__ import annotations

import json
from typing import Any

from subei_mobile.store.change_check import change_issues
from subei_mobile.store.schema import TableSpec

from ..protocol.wire import PushedChange, Rejection
from .database import Tx

INVALID_VALUE = "invalid_value"


def refusal_of(
    spec: TableSpec, ch: PushedChange, current: dict[str, Any] | None
) -> Rejection | None:
    """Return the rejection of a change whose values break a model rule, else None.

    The rejection names the first bad field and its issue code (never the value): the laptop
    shows them next to the change it keeps.
    """
    op = "update" if ch.op == "insert" and current is not None else ch.op
    issues = change_issues(spec.name, op, dict(ch.fields), current)
    if not issues:
        return None
    first = issues[0]
    return Rejection(seq=ch.seq, code=INVALID_VALUE, field=first.field, issue=first.code)


def chosen_value(ch: PushedChange) -> tuple[Any] | None:
    """Return (value,) a resolution change chose, or None when its resolution is unreadable."""
    try:
        chosen = json.loads(str(ch.fields.get("resolution") or ""))
    except ValueError:
        return None
    if not isinstance(chosen, dict) or "value" not in chosen:
        return None
    return (chosen["value"],)


def record_rejection(tx: Tx, device_id: str, rejection: Rejection) -> None:
    """Keep a refusal, so a retried request is told it again (migration v7)."""
    tx.execute(
        "INSERT INTO rejections (device_id, device_seq, code, field, issue) VALUES (?, ?, ?, ?, ?)",
        (device_id, rejection.seq, rejection.code, rejection.field, rejection.issue),
    )


def recorded_rejections(tx: Tx, device_id: str, seqs: list[int]) -> list[Rejection]:
    """Return the refusals recorded for some of a device's changes."""
    rows = tx.execute(
        "SELECT device_seq, code, field, issue FROM rejections WHERE device_id = ?"
        " AND device_seq BETWEEN ? AND ? ORDER BY device_seq",
        (device_id, min(seqs), max(seqs)),
    )
    wanted = set(seqs)
    return [Rejection(seq=int(r[0]), code=r[1], field=r[2], issue=r[3]) for r in rows
            if int(r[0]) in wanted]  # fmt: skip
