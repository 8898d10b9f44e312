"""Resolving a conflict on an enrolled laptop: the device's role decides, as on the server."""

from __future__ import annotations

import json

from subei_mobile.store import Store
from subei_mobile.store.conflicts import resolve_conflict

from .identity import META_KEY


def enrolled_role(store: Store) -> str | None:
    """Return the role this laptop is enrolled with, or None when it is not enrolled."""
    facts = store.meta(META_KEY)
    return str(json.loads(facts)["role"]) if facts else None


def resolve_here(store: Store, conflict_id: str, choice: int) -> None:
    """Keep a candidate, refused (conflict.device_role) unless the server would accept it."""
    resolve_conflict(store, conflict_id, choice, device_role=enrolled_role(store))
