"""A new data folder is set up, never filled with demo data; a demo store stays off the county.

Regression for issue 10 finding 1: the app filled any empty store with 500 demo households
through the real change log, and an enrolled laptop then pushed them to its township.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from subei_mobile import first_run
from subei_mobile.cli import main
from subei_mobile.errors import DemoStore, SubeiError
from subei_mobile.security import accounts, county, keyslots
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.store import open_store

PASSWORD = "grassland-2026"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FLOOR)
    monkeypatch.setattr(accounts, "DEFAULT_KDF", FLOOR)


@pytest.fixture
def county_pair(tmp_path: Path) -> county.CountyKeyPair:
    pair = county.generate_county_keypair()
    (tmp_path / "county.pub").write_text(pair.public.hex() + "\n")
    return pair


def _cli(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def _households(data: Path) -> int:
    import sqlite3

    with sqlite3.connect(data / "subei.sqlite3") as conn:
        return int(conn.execute("SELECT COUNT(*) FROM households").fetchone()[0])


def test_demo_command_makes_a_marked_demo_store(tmp_path: Path, capsys) -> None:
    data = tmp_path / "demo"
    assert _cli(data, "demo", "--households", "12") == 0
    assert "cannot enrol" in capsys.readouterr().out
    store = open_store(data)  # the mark is in the store itself: it survives a restart
    assert first_run.is_demo(store) and first_run.purpose(store) == "demo"
    with pytest.raises(DemoStore):
        first_run.refuse_demo(store, "sync")
    store.close()


@pytest.mark.parametrize(
    "command",
    [
        ("enroll", "--server", "http://127.0.0.1:9", "--code", "A" * 26),
        ("sync",),
        ("bundle", "export", "--to", "STICK"),
        ("bundle", "import", "STICK/x.subei"),
    ],
)
def test_a_demo_store_refuses_every_way_to_the_county(
    tmp_path: Path, capsys, command: tuple[str, ...]
) -> None:
    data = tmp_path / "demo"
    assert _cli(data, "demo", "--households", "3") == 0
    capsys.readouterr()
    stick = tmp_path / "stick"
    stick.mkdir()
    args = [a.replace("STICK", str(stick)) for a in command]
    assert _cli(data, *args) == 2
    err = capsys.readouterr().err
    assert "[store.demo" in err and "Traceback" not in err
    assert list(stick.iterdir()) == []  # no bundle written
    assert not (data / "sync-device.key").exists()  # no key made, no code spent


def test_demo_is_refused_in_a_set_up_or_enrolled_store(tmp_path: Path, county_pair, capsys,
                                                       monkeypatch) -> None:  # fmt: skip
    data = tmp_path / "field"
    monkeypatch.setenv("SUBEI_PASSWORD", PASSWORD)
    assert _cli(data, "setup", "--name", "wang", "--role", "field-staff",
                "--county-key", str(tmp_path / "county.pub")) == 0  # fmt: skip
    assert _cli(data, "--user", "wang", "demo", "--households", "3") == 2
    assert "demo.real_store" in capsys.readouterr().err
    assert _households(data) == 0
    plain = tmp_path / "enrolled"
    store = open_store(plain)
    store.conn.execute("INSERT INTO meta (key, value) VALUES ('sync.identity', '{}')")
    store.close()
    assert _cli(plain, "demo", "--households", "3") == 2
    assert _households(plain) == 0


def test_setup_on_the_command_line(tmp_path: Path, county_pair, monkeypatch, capsys) -> None:
    data = tmp_path / "laptop"
    monkeypatch.setenv("SUBEI_PASSWORD", PASSWORD)
    assert first_run.needs_setup(data)
    assert _cli(data, "setup", "--name", "tsetseg", "--role", "grid-worker",
                "--township", "党城湾镇", "--grid", "紫亭社区第一网格",
                "--county-key", county_pair.public.hex(), "--language", "mn_Mong_CN") == 0  # fmt: skip
    assert "county key" in capsys.readouterr().out
    assert accounts.is_encrypted(data) and not first_run.needs_setup(data)
    assert first_run.preferred_language(data) == "mn_Mong_CN"
    store = accounts.login(data, "tsetseg", PASSWORD)
    assert first_run.purpose(store) == "field"
    assert store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == 0
    account = accounts.account_of(data, "tsetseg")
    assert (account.role, account.township, account.grid) == (
        "grid-worker", "620923100", "62092310000101")  # fmt: skip
    store.close()
    # the county can open it: the recovery slot is sealed to the key given at setup
    accounts.recover(data, county_pair.private).close()
    assert _cli(data, "setup", "--name", "x", "--role", "field-staff",
                "--county-key", county_pair.public.hex()) == 2  # fmt: skip
    assert "setup.already_done" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"--county-key": "not-a-key"}, "county_key.unreadable"),
        ({"--county-key": "ab" * 31}, "county_key.unreadable"),  # too short: taken as a path
        ({"--county-key": "zz" * 32}, "county_key.unreadable"),
        ({"--township": "nowhere"}, "township.unknown"),
        ({"--role": "township-office", "--township": ""}, "user.scope_required"),
        ({"password": "short"}, "auth.weak_password"),
        ({"password": ""}, "setup.password_required"),
        ({"--county-key": ""}, "county_key.required"),
    ],
)
def test_bad_setup_input_writes_nothing(tmp_path: Path, county_pair, monkeypatch, capsys,
                                        change: dict[str, str], code: str) -> None:  # fmt: skip
    options = {"--name": "wang", "--role": "township-office", "--township": "620923100",
               "--county-key": county_pair.public.hex()}  # fmt: skip
    options.update({k: v for k, v in change.items() if k != "password"})
    password = change.get("password", PASSWORD)
    if password:
        monkeypatch.setenv("SUBEI_PASSWORD", password)
    else:
        monkeypatch.delenv("SUBEI_PASSWORD", raising=False)
    data = tmp_path / "laptop"
    args = [x for k, v in options.items() if v for x in (k, v)]
    assert _cli(data, "setup", *args) == 2
    err = capsys.readouterr().err
    assert f"[{code}" in err and "Traceback" not in err
    assert not password or password not in err
    assert not accounts.is_encrypted(data)
    assert first_run.needs_setup(data)


def test_setup_demo_choice(tmp_path: Path) -> None:
    data = tmp_path / "try"
    assert _cli(data, "setup", "--demo", "--households", "4") == 0
    assert _households(data) == 4
    store = open_store(data)
    assert first_run.is_demo(store)
    store.close()


def test_county_key_value_file_and_qr(tmp_path: Path, county_pair) -> None:
    import qrcode

    hex_key = county_pair.public.hex()
    assert county.read_public_key(hex_key) == county_pair.public
    assert county.read_public_key(hex_key.upper()[:32] + "\n" + hex_key[32:]) == county_pair.public
    assert county.read_public_key(tmp_path / "county.pub") == county_pair.public
    qr = tmp_path / "county.png"
    qrcode.make(hex_key).save(str(qr))
    assert county.read_public_key(str(qr)) == county_pair.public
    other = tmp_path / "other.png"
    qrcode.make("https://example.org/not-a-key").save(str(other))
    with pytest.raises(SubeiError, match=r"county_key\.invalid"):
        county.read_public_key(other)
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (200, 200), 255).save(blank)
    with pytest.raises(SubeiError, match=r"county_key\.no_qr"):
        county.read_public_key(blank)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG not really")
    with pytest.raises(SubeiError, match=r"county_key\.no_qr"):
        county.read_public_key(broken)
    with pytest.raises(SubeiError, match=r"county_key\.unreadable"):
        county.read_public_key(tmp_path / "missing.pub")


def test_user_add_takes_the_printed_value_or_its_qr(tmp_path: Path, county_pair,
                                                    monkeypatch) -> None:  # fmt: skip
    import qrcode

    monkeypatch.setenv("SUBEI_PASSWORD", PASSWORD)
    qr = tmp_path / "county.png"
    qrcode.make(county_pair.public.hex()).save(str(qr))
    for name, key in (("a", county_pair.public.hex()), ("b", str(qr))):
        data = tmp_path / name
        assert _cli(data, "user", "add", "wang", "--role", "field-staff",
                    "--county-key", key) == 0  # fmt: skip
        accounts.recover(data, county_pair.private).close()


def test_county_keygen_private_half_is_owner_only(tmp_path: Path) -> None:
    assert _cli(tmp_path / "d", "user", "county-keygen", str(tmp_path / "k"),
                str(tmp_path / "p")) == 0  # fmt: skip
    assert stat.S_IMODE((tmp_path / "k").stat().st_mode) == 0o600
    assert len(county.read_public_key(tmp_path / "p")) == 32
