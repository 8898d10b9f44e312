"""Registering and editing herder households and their members."""

from __future__ import annotations

from typing import Any

from .models import Household, Person
from .search_keys import mongolian_key, pinyin_keys
from .store import Store


def register_household(store: Store, household: Household, members: list[Person]) -> str:
    """Save a new household with its members as one action; return the household id."""
    with store.transaction() as tx:
        tx.insert(household)
        for person in members:
            tx.insert(person.model_copy(update={"household_id": household.id}))
    return household.id


def update_household(store: Store, household_id: str, changes: dict[str, Any]) -> list[str]:
    """Change household fields; return the names of fields that really changed."""
    with store.transaction() as tx:
        return tx.update("households", household_id, changes)


def add_member(store: Store, person: Person) -> str:
    """Add a person to an existing household."""
    with store.transaction() as tx:
        return tx.insert(person)


def update_person(store: Store, person_id: str, changes: dict[str, Any]) -> list[str]:
    """Change a person's fields; return the names of fields that really changed."""
    with store.transaction() as tx:
        return tx.update("persons", person_id, changes)


def members_of(store: Store, household_id: str) -> list[Person]:
    """Return the living members of a household, head first."""
    rows = store.conn.execute(
        "SELECT id FROM persons WHERE household_id = ? AND _deleted = 0 "
        "ORDER BY relation != 'head', birth_date",
        (household_id,),
    ).fetchall()
    return [store.load(Person, r[0]) for r in rows]


def similar_households(
    store: Store, village_code: str, name_zh: str = "", name_mn: str = "", exclude_id: str = ""
) -> list[str]:
    """Return ids of households in the same village whose head has the same name in either script."""
    keys_zh = pinyin_keys(name_zh)[0] if name_zh else ""
    key_mn = mongolian_key(name_mn) if name_mn else ""
    rows = store.conn.execute(
        "SELECT h.id, p.name_zh, p.name_mn FROM households h JOIN persons p ON p.household_id = h.id "
        "WHERE h.village_code = ? AND h._deleted = 0 AND p._deleted = 0 AND p.relation = 'head' "
        "AND h.id != ?",
        (village_code, exclude_id),
    ).fetchall()
    found = []
    for hid, zh, mn in rows:
        same_zh = bool(keys_zh) and bool(zh) and pinyin_keys(zh)[0] == keys_zh
        same_mn = bool(key_mn) and bool(mn) and mongolian_key(mn) == key_mn
        if same_zh or same_mn:
            found.append(hid)
    return found
