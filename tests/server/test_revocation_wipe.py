"""Revocation erases for real: every key slot and sealed key is destroyed, the laptop says exactly
what was lost, and nothing opens the data afterwards (real county server on loopback)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from live_server import (
    PASSWORD,
    county_key,
    enrolled_laptop,
    enrolment_code,
    mobile,
    serve,
    server_cli,
)
from subei_sync.client.identity import enrolment_request, new_key, save_identity
from subei_sync.protocol.wire import EnrolResponse
from sync_harness import GRID_A, add_household

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


def test_a_store_without_users_is_warned_and_never_called_erased(tmp_path: Path) -> None:
    """A laptop enrolled by an older build without users: every sync warns that its data is
    unencrypted, and its revocation says the records stay readable instead of "erased"."""
    with serve(tmp_path) as (url, server, db_url):
        laptop = tmp_path / "old"
        store = open_store(laptop)
        key = new_key()
        request = enrolment_request(
            store, enrolment_code(server, db_url, "field-staff", GRID_A), key
        )
        answer = httpx.post(url + "/v1/enrol", content=request.model_dump_json(),
                            headers={"Content-Type": "application/json"})  # fmt: skip
        assert answer.status_code == 200, answer.text
        save_identity(store, url, key, EnrolResponse.model_validate_json(answer.content))
        add_household(store, GRID_A)
        store.close()
        done = mobile(laptop, "sync")
        assert done.returncode == 0 and "kept unencrypted" in done.stderr, done.stderr
        device = server_cli(server, db_url, "device", "list").split("\t")[0]
        server_cli(server, db_url, "device", "revoke", device)
        add_household(open_store(laptop), GRID_A)
        done = mobile(laptop, "sync")
    assert done.returncode == 4, done.stderr
    assert "erased" not in done.stderr and "stay readable on this disk" in done.stderr
    assert "(2 unsent changes and 0 attachments not yet sent)" in done.stderr
    assert not any((laptop / name).exists() for name in SECRET_FILES)
    assert open_store(laptop).get("persons", "nobody") is None  # still opens: nothing was sealed
