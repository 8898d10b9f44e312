"""Revocation erases for real: every key slot and sealed key is destroyed, the laptop says exactly
what was lost, and nothing opens the data afterwards (real county server on loopback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from live_server import PASSWORD, county_key, enrolled_laptop, mobile, serve, server_cli
from subei_sync.client.commands import revocation_text
from subei_sync.client.engine import DeviceRevoked
from subei_sync.client.revocation import Shredded
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.devices import revoke_device
from sync_harness import GRID_A, add_household, enrol_laptop, service_over

from subei_mobile.attachments import attach_file
from subei_mobile.errors import AuthError
from subei_mobile.resident_id import check_digit
from subei_mobile.security import accounts, keyslots
from subei_mobile.security.device_secrets import SECRET_FILES
from subei_mobile.store import open_store

pytestmark = pytest.mark.slow
ID_NUMBER = "62092319700101001" + check_digit("62092319700101001")
PHONE = "13519370001"


def test_revoked_laptop_is_wiped_and_says_what_was_lost(tmp_path: Path) -> None:
    with serve(tmp_path) as (url, server, db_url):
        laptop = enrolled_laptop(url, server, db_url, tmp_path / "field", "wang", "field-staff")
        county = county_key(tmp_path)
        sheet = tmp_path / "h.csv"
        sheet.write_text(f"户编号,姓名,身份证号,电话,乡镇,与户主关系\nR-1,巴图,{ID_NUMBER},{PHONE},"
                         "620923100,head\n", "utf-8")  # fmt: skip
        done = mobile(laptop, "import", "households", str(sheet), user="wang", password=PASSWORD)
        assert done.returncode == 0, done.stderr
        sheet.unlink()
        store = accounts.login(laptop, "wang", PASSWORD)
        person = store.conn.execute("SELECT id FROM persons").fetchone()[0]
        scan = tmp_path / "card.png"
        scan.write_bytes(b"\x89PNG scan of an ID card")
        attach_file(store, "persons", person, scan, "application/octet-stream")
        scan.unlink()
        unsent = store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
        store.close()
        assert unsent == 3  # household, person, attachment record: none ever sent

        device = server_cli(server, db_url, "device", "list").split("\t")[0]
        server_cli(server, db_url, "device", "revoke", device)
        done = mobile(laptop, "sync", user="wang", password=PASSWORD)
        assert done.returncode == 4, done.stderr
        assert "has been erased" in done.stderr
        assert "lost: 3 unsent changes and 1 attachments not yet sent" in done.stderr

    # Nothing opens the data again: no slot for a password, none for the county key, no key.
    assert not keyslots.path_of(laptop).exists()
    assert not any((laptop / name).exists() for name in SECRET_FILES)
    for attempt in (lambda: accounts.login(laptop, "wang", PASSWORD),
                    lambda: accounts.recover(laptop, bytes.fromhex(county.private.read_text())),
                    lambda: open_store(laptop)):  # fmt: skip
        with pytest.raises(AuthError):
            attempt()
    files = [p.read_bytes() for p in laptop.rglob("*") if p.is_file()]
    assert not any(ID_NUMBER.encode() in b or PHONE.encode() in b for b in files)
    done = mobile(laptop, "sync", user="wang", password=PASSWORD)
    assert done.returncode == 2 and "auth.no_keys" in done.stderr


def test_a_store_without_users_is_never_called_erased(tmp_path: Path) -> None:
    """A development store enrolled by hand (no product path does that) keeps its records
    readable: the message says so instead of claiming an erasure."""
    service = service_over(SqliteDatabase(tmp_path / "server.sqlite3"))
    laptop = enrol_laptop(service, tmp_path, "dev", "field-staff", GRID_A)
    add_household(laptop.store, GRID_A)
    revoke_device(service.db, laptop.identity.device_id)
    with pytest.raises(DeviceRevoked) as caught:
        laptop.sync()
    shredded = caught.value.shredded
    assert shredded == Shredded(unsent_changes=2, unsent_attachments=0, encrypted=False)
    text = revocation_text(shredded)
    assert "erased" not in text and "stay readable" in text
    assert not any((tmp_path / "dev" / name).exists() for name in SECRET_FILES)
    service.db.close()
