"""Canary ID numbers, phones and mediation facts, and a helper that writes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from subei_mobile import mediation
from subei_mobile.households import register_household
from subei_mobile.models import Household, MediationCase, MediationParty, Person
from subei_mobile.resident_id import check_digit
from subei_mobile.security import county
from subei_mobile.store import Store

PASSWORD = "grassland-2026"
TOWNSHIP = "620923100"


def canary_id(seq: int) -> str:
    """Return a valid resident ID number that appears nowhere else."""
    first17 = f"62092319880715{seq:03d}"
    return first17 + check_digit(first17)


CANARY_IDS = [canary_id(n) for n in (371, 482, 593)]
CANARY_PHONES = ["13709371234", "15809372345", "18909373456"]
CANARY_FACT = "两户因冬季草场界桩移动发生纠纷CANARY7391"


@dataclass
class Seeded:
    """The seeded store and what was put in it."""

    store: Store
    data_dir: Path
    county: county.CountyKeyPair
    person_ids: list[str]
    case_id: str


def seed(store: Store) -> tuple[list[str], str]:
    """Write households, people, an update, a delete and a mediation case with canaries."""
    ids = []
    for i, (id_number, phone) in enumerate(zip(CANARY_IDS, CANARY_PHONES, strict=True)):
        hh = Household(code=f"C-{i}", township_code=TOWNSHIP, grid_code="g1")
        person = Person(household_id=hh.id, relation="head", name_zh=f"巴特尔{i}",
                        id_number=id_number, phone=phone)  # fmt: skip
        register_household(store, hh, [person])
        ids.append(person.id)
    with store.transaction() as tx:
        tx.update("persons", ids[0], {"phone": CANARY_PHONES[0][:-1] + "9"})
        tx.update("persons", ids[0], {"phone": CANARY_PHONES[0]})
        tx.delete("persons", ids[2])
    case = MediationCase(category_code="grassland_boundary", township_code=TOWNSHIP,
                         grid_code="g1", reported_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                         facts_zh=CANARY_FACT)  # fmt: skip
    parties = [
        MediationParty(case_id=case.id, side="applicant", name_zh="甲",
                       id_number=CANARY_IDS[1], phone=CANARY_PHONES[1]),
        MediationParty(case_id=case.id, side="respondent", name_zh="乙"),
    ]  # fmt: skip
    return ids, mediation.open_case(store, case, parties)
