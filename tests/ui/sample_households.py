"""Known households the desktop tests search for and edit."""

from __future__ import annotations

from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.store import Store

MONGOLIAN_NAME = "ᠪᠠᠲᠦ\u202fᠶᠢᠨ"  # Batu-yin: stem + NNBSP + suffix


def add_household(store: Store, code: str, name_zh: str, name_mn: str = "",
                  village: str = "620923100001") -> str:  # fmt: skip
    """Register a household with just a head; return its id."""
    household = Household(code=code, township_code=village[:9], village_code=village)
    head = Person(household_id=household.id, name_zh=name_zh, name_mn=name_mn, relation="head")
    return register_household(store, household, [head])
