"""The local store: writes, change log, audit trail, immutability, byte-exact Mongolian."""

import json
from pathlib import Path

import pytest

from subei_mobile.errors import Immutable, NotFound, ValidationFailed
from subei_mobile.households import register_household, update_person
from subei_mobile.models import Household, MediationAgreement, MediationCase, Person
from subei_mobile.store import Store, open_store
from subei_mobile.store import audit as audit_chain

# FVS1, MVS, NNBSP and ZWJ: every invisible control a Mongolian keyboard produces.
TRICKY_MN = "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ᠬᠠᠭ\u180eᠠ ᠭ\u180bᠠ ᠪ\u200dᠠ"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "data", user_id="tester")


def _household(store: Store, **person: object) -> tuple[Household, Person]:
    hh = Household(code="H-1", township_code="620923100")
    values = {"household_id": hh.id, "name_zh": "巴特尔", "relation": "head", **person}
    p = Person.model_validate(values)
    register_household(store, hh, [p])
    return hh, p


def _counts(store: Store) -> tuple[int, int]:
    c = store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    a = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    return c, a


def test_each_write_logs_one_change_and_one_audit_entry(store: Store) -> None:
    _, p = _household(store)
    assert _counts(store) == (2, 2)
    assert update_person(store, p.id, {"phone": "13912345678"}) == ["phone"]
    assert _counts(store) == (3, 3)
    row = store.conn.execute("SELECT * FROM changes ORDER BY device_seq DESC LIMIT 1").fetchone()
    assert row["op"] == "update" and json.loads(row["fields"]) == {"phone": "13912345678"}
    assert row["user_id"] == "tester" and row["device_id"] == store.device_id
    assert row["scope"] == "620923100/"
    base = json.loads(row["base"])
    assert set(base) == {"phone"} and base["phone"] < row["hlc"]


def test_no_op_update_logs_nothing(store: Store) -> None:
    _, p = _household(store)
    assert update_person(store, p.id, {"name_zh": "巴特尔"}) == []
    assert _counts(store) == (2, 2)


def test_invalid_update_writes_nothing(store: Store) -> None:
    _, p = _household(store)
    with pytest.raises(ValidationFailed) as err:
        update_person(store, p.id, {"id_number": "110105194912310021"})
    assert err.value.issues[0].code == "id_number.check_digit"
    assert "110105" not in str(err.value)
    assert _counts(store) == (2, 2)
    assert store.load(Person, p.id).id_number == ""


def test_failed_action_rolls_back_every_write(store: Store) -> None:
    hh = Household(code="H-2", township_code="620923100")
    good = Person(household_id=hh.id, name_zh="甲", relation="head")
    orphan = Person(household_id="01900000-0000-7000-8000-00000000dead", name_zh="乙")
    with pytest.raises(NotFound), store.transaction() as tx:
        tx.insert(hh)
        tx.insert(good)
        tx.insert(orphan)  # no such household: the whole action is refused
    assert _counts(store) == (0, 0)
    assert store.get("households", hh.id) is None


def test_delete_is_a_tombstone_and_leaves_search(store: Store) -> None:
    from subei_mobile.store.search_index import search_people

    _, p = _household(store)
    assert search_people(store.conn, "巴特尔").person_ids == [p.id]
    with store.transaction() as tx:
        tx.delete("persons", p.id)
    assert store.get("persons", p.id) is None
    assert store.get("persons", p.id, include_deleted=True) is not None
    assert search_people(store.conn, "巴特尔").person_ids == []
    with pytest.raises(NotFound):
        update_person(store, p.id, {"name_zh": "x"})


def test_mongolian_is_stored_byte_exact(store: Store) -> None:
    _, p = _household(store, name_mn=TRICKY_MN, name_zh="")
    stored = store.conn.execute("SELECT name_mn FROM persons WHERE id = ?", (p.id,)).fetchone()[0]
    assert stored.encode() == TRICKY_MN.encode()
    assert store.load(Person, p.id).name_mn == TRICKY_MN


def test_private_use_text_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match=r"text.private_use"):
        Person(household_id="0" * 36, name_mn="\ue234\ue300")


def test_signed_agreement_is_immutable(store: Store) -> None:
    import datetime as dt

    case = MediationCase(
        category_code="grassland_boundary",
        township_code="620923100",
        reported_at=dt.datetime(2026, 5, 1, tzinfo=dt.UTC),
    )
    ag = MediationAgreement(case_id=case.id, content_zh="甲", content_mn="ᠠ", status="signed")
    with store.transaction() as tx:
        tx.insert(case)
        tx.insert(ag)
    with pytest.raises(Immutable), store.transaction() as tx:
        tx.update("mediation_agreements", ag.id, {"content_zh": "乙"})
    with pytest.raises(Immutable), store.transaction() as tx:
        tx.delete("mediation_agreements", ag.id)
    with pytest.raises(ValidationFailed), store.transaction() as tx:
        tx.update("mediation_agreements", ag.id, {"status": "void"})
    with store.transaction() as tx:
        tx.update("mediation_agreements", ag.id, {"status": "void", "void_reason": "录入错误"})
    assert store.load(MediationAgreement, ag.id).status == "void"


def test_audit_chain_of_real_writes_verifies(store: Store) -> None:
    _, p = _household(store)
    update_person(store, p.id, {"phone": "13912345678"})
    key0 = bytes.fromhex("00" * 32)  # not the real key: must fail
    chain = audit_chain.read_chain(store.conn)
    assert len(chain) == 3
    assert audit_chain.verify(chain, key0) == audit_chain.ChainFault(1, "mac")
    for entry in chain:
        assert "13912345678" not in json.dumps(entry)


def test_clock_survives_restart(tmp_path: Path) -> None:
    s1 = open_store(tmp_path)
    _household(s1)
    last = s1.conn.execute("SELECT MAX(hlc) FROM changes").fetchone()[0]
    s1.close()
    s2 = open_store(tmp_path)
    assert s2.clock.now() > last
