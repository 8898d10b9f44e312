"""Users on a shared laptop: sign-in, back-off, roles, idle lock, masking, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from seeding import CANARY_IDS, CANARY_PHONES, PASSWORD, Seeded

from subei_mobile.cli import main
from subei_mobile.errors import AuthError
from subei_mobile.security import accounts, keyslots, roles
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.security.masking import display_id, display_phone
from subei_mobile.security.roles import Account
from subei_mobile.security.session import Session


class FakeClock:
    """Wall-clock seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_hundred_wrong_passwords_read_nothing_and_back_off(seeded: Seeded) -> None:
    seeded.store.close()
    clock, refused, failed = FakeClock(), 0, 0
    for n in range(100):
        with pytest.raises(AuthError) as err:
            accounts.login(seeded.data_dir, "wang", f"wrong-{n}", clock)
        assert CANARY_IDS[0] not in str(err.value)
        if err.value.code == "auth.locked_out":
            refused += 1
            clock.now += err.value.params["retry_after"]  # wait it out, then fail again
        else:
            assert err.value.code == "auth.failed"
            failed += 1
        if n == 4:  # five failures: the sixth try must wait
            with pytest.raises(AuthError) as err:
                accounts.login(seeded.data_dir, "wang", PASSWORD, clock)
            assert err.value.code == "auth.locked_out"
    assert failed == 5 + (100 - 5) // 2 and refused == 100 - failed
    clock.now += accounts.BACKOFF_MAX_S
    with pytest.raises(AuthError):
        accounts.login(seeded.data_dir, "wang", "one-more-wrong", clock)
    # Persisted: a new process (a fresh load of the file) is still locked out.
    with pytest.raises(AuthError) as err:
        accounts.login(seeded.data_dir, "wang", PASSWORD, clock)
    assert err.value.code == "auth.locked_out"
    clock.now += accounts.BACKOFF_MAX_S
    store = accounts.login(seeded.data_dir, "wang", PASSWORD, clock)
    assert store.get("persons", seeded.person_ids[0])["id_number"] == CANARY_IDS[0]
    assert accounts.list_accounts(seeded.data_dir)[0][1] == 0  # success resets the count


def test_backoff_grows_exponentially_to_a_cap() -> None:
    delays = [accounts.backoff_delay(n) for n in range(4, 12)]
    assert delays[:3] == [0, 30, 60] and delays[-1] == accounts.BACKOFF_MAX_S


def test_unknown_user_and_edited_role_are_refused(seeded: Seeded) -> None:
    with pytest.raises(AuthError) as err:
        accounts.login(seeded.data_dir, "nobody", PASSWORD)
    assert err.value.code == "auth.failed"
    path = keyslots.path_of(seeded.data_dir)
    raw = json.loads(path.read_text())
    raw["users"][0]["role"] = "township-office"  # promote oneself by editing the file
    path.write_text(json.dumps(raw))
    with pytest.raises(AuthError):
        accounts.login(seeded.data_dir, "wang", PASSWORD)


def test_switching_user_keeps_everyones_unsynced_work(seeded: Seeded) -> None:
    admin = accounts.account_of(seeded.data_dir, "wang")
    accounts.add_user(seeded.store, admin, "bao", "grid-worker", "pasture-grid-1",
                      township="620923100", grid="g1", kdf=FLOOR)  # fmt: skip
    seeded.store.close()
    store = accounts.login(seeded.data_dir, "bao", "pasture-grid-1")
    with store.transaction() as tx:
        tx.update("persons", seeded.person_ids[1], {"name_zh": "巴特尔一"})
    users = {u for (u,) in store.conn.execute("SELECT DISTINCT user_id FROM changes")}
    assert users == {"wang", "bao"}
    assert store.get("persons", seeded.person_ids[0])["phone"] == CANARY_PHONES[0]
    bao = accounts.account_of(seeded.data_dir, "bao")
    with pytest.raises(AuthError):
        accounts.add_user(store, bao, "x", "field-staff", "password-x", kdf=FLOOR)
    with pytest.raises(AuthError):
        accounts.set_password(store, bao, "wang", "taken-over!", kdf=FLOOR)
    accounts.set_password(store, bao, "bao", "new-grid-password", kdf=FLOOR)
    store.close()
    accounts.login(seeded.data_dir, "bao", "new-grid-password").close()
    with pytest.raises(AuthError):
        accounts.login(seeded.data_dir, "bao", "pasture-grid-1")


def test_only_the_township_office_resolves_conflicts() -> None:
    office = Account("li", "township-office", "620923100")
    grid = Account("bao", "grid-worker", "620923100", "g1")
    assert roles.allowed(office, "conflicts.resolve")
    with pytest.raises(AuthError) as err:
        roles.require(grid, "conflicts.resolve")
    assert err.value.code == "auth.forbidden"
    assert not roles.allowed(Account("wang", "field-staff"), "conflicts.resolve")


def test_grid_worker_sees_only_its_grids_mediations(seeded: Seeded) -> None:
    from datetime import UTC, datetime

    from subei_mobile import mediation
    from subei_mobile.models import MediationCase, MediationParty

    other = MediationCase(category_code="grassland_boundary", township_code="620923100",
                          grid_code="g2", reported_at=datetime(2026, 2, 1, tzinfo=UTC))  # fmt: skip
    mediation.open_case(seeded.store, other, [
        MediationParty(case_id=other.id, side="applicant", name_zh="丙"),
        MediationParty(case_id=other.id, side="respondent", name_zh="丁"),
    ])  # fmt: skip

    def visible(account: Account) -> set[str]:
        where, params = roles.mediation_filter(account, "c")
        sql = f"SELECT c.id FROM mediation_cases c WHERE c._deleted = 0 AND {where}"
        return {r[0] for r in seeded.store.conn.execute(sql, params)}

    assert visible(Account("bao", "grid-worker", "620923100", "g1")) == {seeded.case_id}
    assert visible(Account("gan", "grid-worker", "620923100", "g2")) == {other.id}
    assert visible(Account("li", "township-office", "620923100")) == {seeded.case_id, other.id}
    assert visible(Account("li", "township-office", "620923200")) == set()
    assert not roles.may_see_case(Account("bao", "grid-worker", "620923100", "g1"),
                                  "620923100", "g2")  # fmt: skip
    with pytest.raises(AuthError):
        roles.check_role("grid-worker", "620923100", "")


def test_session_locks_after_idle_time() -> None:
    session = Session(Account("wang", "field-staff"), idle_limit=300, last_activity=0.0)
    session.touch(200)
    assert not session.is_locked(499)
    assert session.is_locked(500)
    session.touch(501)  # activity cannot reopen a locked session
    assert session.is_locked(502)
    session.unlocked(600)
    assert not session.is_locked(601)


def test_masks_unless_opened() -> None:
    assert display_id(CANARY_IDS[0]) == "620923********" + CANARY_IDS[0][-4:]
    assert display_id(CANARY_IDS[0], opened=True) == CANARY_IDS[0]
    assert display_phone(CANARY_PHONES[0]) == "137****1234"
    assert display_id("") == "" and display_phone(None) == ""


def test_cli_users_sign_in_and_masked_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FLOOR)
    monkeypatch.setattr(accounts, "DEFAULT_KDF", FLOOR)
    data = ["--data-dir", str(tmp_path / "data")]
    assert (
        main([*data, "user", "county-keygen", str(tmp_path / "c.key"), str(tmp_path / "c.pub")])
        == 0
    )
    monkeypatch.setenv("SUBEI_PASSWORD", PASSWORD)
    assert main([*data, "user", "add", "wang", "--role", "field-staff",
                 "--county-key", str(tmp_path / "c.pub")]) == 0  # fmt: skip
    assert main([*data, "search", "x"]) == 2
    assert "auth.required" in capsys.readouterr().err
    assert main([*data, "--user", "wang", "demo", "--households", "3"]) == 0
    capsys.readouterr()
    store = accounts.login(tmp_path / "data", "wang", PASSWORD)
    name = store.conn.execute("SELECT name_zh FROM persons WHERE id_number != ''").fetchone()[0]
    store.close()
    assert main([*data, "--user", "wang", "search", name]) == 0
    out = capsys.readouterr().out
    assert "********" in out and "enc1:" not in out
    monkeypatch.setenv("SUBEI_NEW_PASSWORD", "grid-worker-pw")
    assert main([*data, "--user", "wang", "user", "add", "bao", "--role", "grid-worker",
                 "--township", "620923100", "--grid", "g1"]) == 0  # fmt: skip
    assert main([*data, "user", "list"]) == 0
    assert "bao\tgrid-worker" in capsys.readouterr().out
    monkeypatch.setenv("SUBEI_PASSWORD", "wrong-password")
    assert main([*data, "--user", "wang", "check"]) == 2
    assert "auth.failed" in capsys.readouterr().err
    pw = tmp_path / "pw"
    pw.write_text("grid-worker-pw\n")
    assert main([*data, "--user", "bao", "--password-file", str(pw), "check"]) == 0
