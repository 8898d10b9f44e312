"""A store's unsent changes as they travel: sensitive values opened, one PushedChange each."""

from __future__ import annotations

import json
from typing import Any

from subei_mobile.store import Store

from .wire import PushedChange

OUTBOX_COLUMNS = "device_seq, table_name, record_id, op, fields, base, hlc, user_id, scope"


def pushed_change(store: Store, row: Any) -> PushedChange:
    """Return one outbox row (OUTBOX_COLUMNS, in order) as it is pushed."""
    return PushedChange(
        seq=row[0], table=row[1], id=row[2], op=row[3],
        fields=store.open_change_fields(row[1], row[2], json.loads(row[4])),
        base=json.loads(row[5]), hlc=row[6], user=row[7], scope=row[8],
    )  # fmt: skip


def unsent_changes(store: Store) -> list[PushedChange]:
    """Return every change the server has not acknowledged, in device order."""
    rows = store.conn.execute(
        f"SELECT {OUTBOX_COLUMNS} FROM changes WHERE server_seq IS NULL ORDER BY device_seq"
    ).fetchall()
    return [pushed_change(store, r) for r in rows]
