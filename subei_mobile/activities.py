"""Recording classrooms, transhumance points, legal education, hazard checks and care visits."""

from __future__ import annotations

from typing import Any

from .models import Activity, ActivityParticipant
from .store import Store


def record_activity(
    store: Store, activity: Activity, participants: list[ActivityParticipant]
) -> str:
    """Save an activity with its attendance, duty roster or recipients as one action."""
    with store.transaction() as tx:
        tx.insert(activity)
        for p in participants:
            tx.insert(p.model_copy(update={"activity_id": activity.id}))
    return activity.id


def update_activity(store: Store, activity_id: str, changes: dict[str, Any]) -> list[str]:
    """Change an activity (e.g. close a hazard's follow-up)."""
    with store.transaction() as tx:
        return tx.update("activities", activity_id, changes)


def participants_of(store: Store, activity_id: str) -> list[ActivityParticipant]:
    """Return who took part, in the order they were recorded."""
    rows = store.conn.execute(
        "SELECT id FROM activity_participants WHERE activity_id = ? AND _deleted = 0 ORDER BY id",
        (activity_id,),
    ).fetchall()
    return [store.load(ActivityParticipant, r[0]) for r in rows]
