"""Refuse pushed values the laptop's own models would refuse (see subei_mobile/store/change_check)."""

from __future__ import annotations

import json
from typing import Any

from subei_mobile.store.change_check import change_issues
from subei_mobile.store.schema import TableSpec

from ..protocol.wire import PushedChange, Rejection

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
