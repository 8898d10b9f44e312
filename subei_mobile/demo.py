"""Deterministic demo data: realistic households, requests, cases and activities.

The same seed and size always give the same content (ids included), so screenshots,
benchmarks and bug reports can be reproduced. Scales to 100,000 households.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import catalogue
from .models import (
    Activity,
    ActivityParticipant,
    Household,
    MaterialCheck,
    MediationAgreement,
    MediationCase,
    MediationParty,
    MediationSession,
    MediationSignature,
    Pasture,
    Person,
    ServiceRequest,
    StatusChange,
    SupplyItem,
)
from .models.common import Coordinates, Record
from .models.service import REQUEST_FLOW
from .resident_id import check_digit
from .store import Store, Transaction

R = TypeVar("R", bound=Record)

EPOCH_MS = 1_735_689_600_000  # 2025-01-01: demo ids sort as if created over the last year
MONGOL_SHARE = 0.38  # share of Mongol residents in Subei (domain.md)
BATCH = 250  # households per transaction: bounded memory and steady progress


@dataclass
class DemoReport:
    """How many records of each kind the generator wrote."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, n: int = 1) -> None:
        """Count n more records of a table."""
        self.counts[table] = self.counts.get(table, 0) + n


class _Names:
    def __init__(self) -> None:
        self.mongol_pool = catalogue.read_csv("names/mongol_given.csv")
        self.surnames = catalogue.read_csv("names/han_surnames.csv")
        self.han_given = catalogue.read_csv("names/han_given.csv")

    def mongol(self, rng: random.Random, sex: str) -> dict[str, str]:
        pool = [n for n in self.mongol_pool if n["sex"] in (sex, "any", "")] or self.mongol_pool
        return rng.choice(pool)

    def han(self, rng: random.Random, sex: str) -> str:
        pool = [n for n in self.han_given if n["sex"] in (sex, "any", "")] or self.han_given
        return rng.choice(self.surnames)["zh"] + rng.choice(pool)["zh"]


class DemoGenerator:
    """Writes demo records through the normal store path (change log and audit included)."""

    def __init__(self, store: Store, seed: int = 620923) -> None:
        self.store = store
        self.rng = random.Random(seed)
        self.counter = 0
        self.names = _Names()
        self.report = DemoReport()
        self.used_ids: set[str] = set()
        self.heads: list[dict[str, object]] = []
        self.grids = [p for p in catalogue.places().values() if p.level == "grid"]
        self.villages = {p.code: p for p in catalogue.places().values() if p.level == "village"}
        self.services = list(catalogue.services().values())
        self.categories = list(catalogue.dispute_categories())
        self.hazards = list(catalogue.hazard_kinds())

    def next_id(self) -> str:
        """Return a deterministic UUIDv7-shaped id."""
        self.counter += 1
        ms = EPOCH_MS + self.counter * 37
        value = (ms << 80) | (0x7 << 76) | (self.rng.getrandbits(12) << 64)
        value |= (0b10 << 62) | self.rng.getrandbits(62)
        return str(uuid.UUID(int=value))

    def _new(self, model: type[R], **values: object) -> R:
        return model.model_validate({"id": self.next_id(), **values})

    def run(
        self, households: int, progress: Callable[[int, int], bool] | None = None
    ) -> DemoReport:
        """Generate households (and proportional requests, cases, activities)."""
        done = 0
        while done < households:
            size = min(BATCH, households - done)
            with self.store.transaction() as tx:
                for _ in range(size):
                    self._household(tx)
            done += size
            if progress and not progress(done, households):
                break
        with self.store.transaction() as tx:
            for _ in range(max(1, households // 150)):
                self._case(tx)
            for _ in range(max(1, households // 100)):
                self._activity(tx)
        return self.report

    def field_work(self, cases: int, activities: int) -> DemoReport:
        """Add more mediation cases and activities after run() (dashboards need a fuller year)."""
        with self.store.transaction() as tx:
            for _ in range(cases):
                self._case(tx)
            for _ in range(activities):
                self._activity(tx)
        return self.report

    # -- households -------------------------------------------------------------------
    def _household(self, tx: Transaction) -> None:
        rng = self.rng
        grid = rng.choice(self.grids)
        village = self.villages[grid.parent_code]
        mongol = rng.random() < MONGOL_SHARE
        hh = self._new(
            Household,
            code=f"{village.code[-6:]}-{self.counter:06d}",
            township_code=village.parent_code,
            village_code=village.code,
            grid_code=grid.code,
            address_zh=f"{village.name.zh}牧业点",
            address_mn=village.name.mn,
            preferred_language=("mn" if rng.random() < 0.5 else "both") if mongol else "zh",
            is_central_household=rng.random() < 0.01,
            pastures=self._pastures(),
            livestock=self._livestock(),
        )
        tx.insert(hh)
        self.report.add("households")
        members = self._members(hh.id, mongol)
        for person in members:
            tx.insert(person)
        self.report.add("persons", len(members))
        head = members[0]
        self.heads.append(
            {"id": head.id, "name_zh": head.name_zh, "name_mn": head.name_mn, "sex": head.sex,
             "township_code": hh.township_code, "village_code": hh.village_code,
             "grid_code": hh.grid_code}
        )  # fmt: skip
        if rng.random() < 0.3:
            self._request(tx, hh, members[0])

    def _pastures(self) -> list[Pasture]:
        rng = self.rng
        north = rng.random() < 0.15  # the Mazongshan part of the county
        lat0, lon0 = (41.8, 97.0) if north else (39.3, 95.4)
        seasons = ["spring", "summer", "autumn", "winter"][: rng.choice([2, 3, 4])]
        names = ["冬窝子", "夏牧场", "秋牧场", "春牧场"]
        return [
            Pasture(
                name_zh=names[i], name_mn="", season=season,
                location=Coordinates(
                    lat=round(lat0 + rng.uniform(-0.4, 0.4), 5),
                    lon=round(lon0 + rng.uniform(-0.8, 0.8), 5),
                ),
            )
            for i, season in enumerate(seasons)
        ]  # fmt: skip

    def _livestock(self) -> dict[str, int]:
        rng = self.rng
        herd = {"sheep": rng.randint(0, 400), "goat": rng.randint(20, 600)}
        for kind, p, top in (("yak", 0.3, 80), ("horse", 0.4, 20), ("camel", 0.2, 40)):
            if rng.random() < p:
                herd[kind] = rng.randint(1, top)
        return herd

    def _members(self, household_id: str, mongol: bool) -> list[Person]:
        rng = self.rng
        head_sex = "male" if rng.random() < 0.8 else "female"
        head_year = rng.randint(1950, 1995)
        people = [self._person(household_id, "head", head_sex, head_year, mongol)]
        if rng.random() < 0.8:
            other = "female" if head_sex == "male" else "male"
            people.append(
                self._person(household_id, "spouse", other, head_year + rng.randint(-4, 4), mongol)
            )
        for _ in range(rng.choice([0, 0, 1, 1, 1, 2, 2, 3])):
            sex = rng.choice(["male", "female"])
            relation = "son" if sex == "male" else "daughter"
            people.append(
                self._person(household_id, relation, sex, head_year + rng.randint(20, 32), mongol)
            )
        return people

    def _person(
        self, household_id: str, relation: str, sex: str, year: int, mongol: bool
    ) -> Person:
        rng = self.rng
        year = min(year, 2024)
        birth = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        values: dict[str, object] = {
            "household_id": household_id, "relation": relation, "sex": sex, "birth_date": birth,
            "ethnicity": "mongol" if mongol else "han", "party_member": rng.random() < 0.08,
            "id_number": self._id_number(birth, sex),
            "phone": self._phone() if year < 2008 else "",
        }  # fmt: skip
        if mongol:
            name = self.names.mongol(rng, sex)
            values.update(name_zh=name["zh"], name_mn=name["mn"], name_latin=name["latin"])
        else:
            values["name_zh"] = self.names.han(rng, sex)
        return self._new(Person, **values)

    def _id_number(self, birth: dt.date, sex: str) -> str:
        while True:
            seq = self.rng.randint(0, 499) * 2 + (1 if sex == "male" else 0)
            first17 = f"620923{birth:%Y%m%d}{seq:03d}"
            if first17 not in self.used_ids:
                self.used_ids.add(first17)
                return first17 + check_digit(first17)

    def _phone(self) -> str:
        prefix = self.rng.choice(["139", "138", "151", "177", "189", "199", "133"])
        return prefix + f"{self.rng.randint(0, 99_999_999):08d}"

    # -- requests, cases, activities --------------------------------------------------
    def _request(self, tx: Transaction, hh: Household, head: Person) -> None:
        rng = self.rng
        service = rng.choice(self.services)
        received = dt.datetime(2025, 1, 1, 9, tzinfo=dt.UTC) + dt.timedelta(
            days=rng.randint(0, 320), minutes=rng.randint(0, 480)
        )
        path = ["received"]
        while REQUEST_FLOW[path[-1]] and rng.random() < 0.7:
            nxt = [s for s in REQUEST_FLOW[path[-1]] if s != "received"]
            path.append(rng.choice(nxt))
        complete = len(path) > 1
        req = self._new(
            ServiceRequest, request_no=f"FW{received:%Y%m}{self.counter:06d}", household_id=hh.id,
            person_id=head.id, service_code=service.code, status=path[-1],
            materials=[MaterialCheck(code=m.code, present=complete or rng.random() < 0.5)
                       for m in service.materials],
            received_at=received, received_place=hh.address_zh, township_code=hh.township_code,
            village_code=hh.village_code, grid_code=hh.grid_code,
        )  # fmt: skip
        tx.insert(req)
        at = received
        for prev, status in zip(["", *path], path, strict=False):
            tx.insert(self._new(StatusChange, request_id=req.id, from_status=prev, to_status=status,
                                at=at, by_user="demo", place=hh.address_zh))  # fmt: skip
            at += dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 8))
        self.report.add("service_requests")
        self.report.add("service_request_events", len(path))

    def _random_person(self, tx: Transaction) -> dict[str, object]:
        return self.rng.choice(self.heads)

    def _case(self, tx: Transaction) -> None:
        rng = self.rng
        a, b = self._random_person(tx), self._random_person(tx)
        reported = dt.datetime(2025, 3, 1, 10, tzinfo=dt.UTC) + dt.timedelta(
            days=rng.randint(0, 250)
        )
        status = rng.choice(["reported", "accepted", "mediating", "agreement_signed", "performed"])
        case = self._new(
            MediationCase, case_no=f"SB调{reported:%Y}{self.counter:05d}",
            category_code=rng.choice(self.categories), township_code=a["township_code"],
            village_code=a["village_code"], grid_code=a["grid_code"], place="夏牧场",
            reported_at=reported, reported_by="党员中心户",
            facts_zh="双方因草场界线和牲畜越界放牧发生争执。", facts_mn="",
            disputed_matters_zh="草场界线的位置；越界造成的草场损失。",
            mediators=["乡司法所调解员"], assistants=["党员中心户"], committee="村人民调解委员会",
            status="mediating" if status in ("agreement_signed", "performed") else status,
        )  # fmt: skip
        tx.insert(case)
        parties = [
            self._new(MediationParty, case_id=case.id, side=side, person_id=p["id"],
                      name_zh=p["name_zh"] or "", name_mn=p["name_mn"] or "", sex=p["sex"] or "")
            for side, p in (("applicant", a), ("respondent", b))
        ]  # fmt: skip
        for party in parties:
            tx.insert(party)
        tx.insert(
            self._new(
                MediationSession,
                case_id=case.id,
                held_at=reported + dt.timedelta(days=2),
                place="夏牧场",
                mediator="乡司法所调解员",
                summary_zh="现场查看界桩，双方陈述。",
            )
        )
        self.report.add("mediation_cases")
        if status in ("agreement_signed", "performed"):
            self._signed_agreement(tx, case, parties, reported + dt.timedelta(days=3))

    def _signed_agreement(
        self, tx: Transaction, case: MediationCase, parties: list[MediationParty], at: dt.datetime
    ) -> None:
        agreement = self._new(
            MediationAgreement, case_id=case.id,
            content_zh="双方以原界桩为准，重新埋设界桩；越界一方赔偿草场损失二千元。",
            content_mn="ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠢᠯᠢ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭ ᠢ ᠳᠠᠬᠢᠨ ᠪᠠᠶᠢᠭᠤᠯᠤᠨ᠎ᠠ᠃",
            performance_zh="十五日内一次性付清，由村委会见证。", deadline=(at + dt.timedelta(days=15)).date(),
        )  # fmt: skip
        digest = agreement.compute_hash()
        tx.insert(
            agreement.model_copy(
                update={"status": "signed", "signed_at": at, "content_hash": digest}
            )
        )
        for party in parties:
            tx.insert(self._new(MediationSignature, agreement_id=agreement.id, signer_role="party",
                                party_id=party.id, signer_name=party.name_zh or party.name_mn,
                                fingerprint=True, signed_at=at))  # fmt: skip
        tx.insert(self._new(MediationSignature, agreement_id=agreement.id, signer_role="mediator",
                            signer_name="乡司法所调解员", signed_at=at))  # fmt: skip
        tx.update("mediation_cases", case.id, {"status": "agreement_signed"})

    def _activity(self, tx: Transaction) -> None:
        rng = self.rng
        kind = rng.choice(
            ["classroom", "transhumance_point", "legal_education", "hazard_check", "care_visit"]
        )
        p = self._random_person(tx)
        start = dt.datetime(2025, 2, 1, 10, tzinfo=dt.UTC) + dt.timedelta(days=rng.randint(0, 280))
        options: dict[str, dict[str, Any]] = {
            "classroom": {"topic_zh": "草原生态补奖政策讲解", "language": "both"},
            "transhumance_point": {"route_zh": "冬春草场转夏季草场", "duty_days": 7},
            "legal_education": {"topic_zh": "人民调解法与草原法"},
            "hazard_check": {
                "hazard_kind": rng.choice(self.hazards),
                "severity": rng.choice(["low", "medium", "high"]),
                "resolved": rng.random() < 0.6,
            },
            "care_visit": {"reason_zh": "节日慰问", "occasion": "festival"},
        }
        details = options[kind]  # fmt: skip
        titles = {"classroom": "游牧课堂", "transhumance_point": "转场服务点", "legal_education": "普法宣传",
                  "hazard_check": "隐患排查", "care_visit": "走访慰问"}  # fmt: skip
        activity = self._new(
            Activity, kind=kind, title_zh=titles[kind], township_code=p["township_code"],
            village_code=p["village_code"], grid_code=p["grid_code"], place="牧业点",
            started_at=start, ended_at=start + dt.timedelta(hours=3), organizer="流动服务中心",
            details=details,
        )  # fmt: skip
        tx.insert(activity)
        role = {"classroom": "attendee", "legal_education": "attendee", "transhumance_point": "recipient",
                "hazard_check": "visited", "care_visit": "recipient"}[kind]  # fmt: skip
        for _ in range(rng.randint(1, 12) if role == "attendee" else rng.randint(1, 3)):
            q = self._random_person(tx)
            items = [SupplyItem(item="砖茶", quantity=2, unit="块")] if role == "recipient" else []
            tx.insert(self._new(ActivityParticipant, activity_id=activity.id, role=role,
                                person_id=q["id"], name_zh=q["name_zh"] or "", name_mn=q["name_mn"] or "",
                                items=items, amount_yuan=500 if kind == "care_visit" else 0))  # fmt: skip
            self.report.add("activity_participants")
        self.report.add("activities")


def generate(store: Store, households: int, seed: int = 620923,
             progress: Callable[[int, int], bool] | None = None) -> DemoReport:  # fmt: skip
    """Fill a store with demo data; see DemoGenerator."""
    return DemoGenerator(store, seed).run(households, progress)
