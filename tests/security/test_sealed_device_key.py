"""The device key and the bundle return key are sealed under the data key; only an encrypted store
with a county recovery slot enrols; a key left in plain text by an older build is sealed on the
next unlock; and a whole data folder after a working session holds no secret in the clear."""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from seeding import CANARY_FACT, CANARY_IDS, CANARY_PHONES, PASSWORD, Seeded
from test_at_rest import canary_hits

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
from subei_sync.client.bundle_commands import export_bundle, return_key
from subei_sync.client.engine import SyncEngine
from subei_sync.client.enrolment import enrol_device
from subei_sync.client.identity import KEY_FILE, Identity, load_identity
from subei_sync.server.bundle_keys import ensure_server_keys
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.devices import add_device
from subei_sync.server.service import SyncService
from sync_harness import TOWNSHIP, enrol_laptop, in_memory, service_over

from subei_mobile.attachments import attach_file
from subei_mobile.errors import SubeiError
from subei_mobile.security import accounts, keyslots
from subei_mobile.security.device_secrets import RETURN_KEY
from subei_mobile.security.fields import SECRET_MAGIC
from subei_mobile.store import Store, open_store


@pytest.fixture
def service(tmp_path: Path) -> Iterator[SyncService]:
    """Return a county service whose bundle keys are published (enrolment hands them out)."""
    (tmp_path / "server").mkdir()
    db = SqliteDatabase(tmp_path / "server" / "server.sqlite3")
    served = service_over(db)
    ensure_server_keys(tmp_path / "server", db)
    yield served
    db.close()


def _enrol(service: SyncService, store: Store) -> Identity:
    _, code = add_device(service.db, TOWNSHIP, "g1", "field-staff", "laptop")
    return enrol_device(store, in_memory(service), "memory://", code)


def _pem(identity: Identity) -> bytes:
    return identity.key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())  # fmt: skip


def test_enrolment_refuses_a_store_without_users(service: SyncService, tmp_path: Path) -> None:
    plain = open_store(tmp_path / "plain")
    _, code = add_device(service.db, TOWNSHIP, "", "field-staff", "plain")
    with pytest.raises(SubeiError) as err:
        enrol_device(plain, in_memory(service), "memory://", code)
    assert err.value.code == "enrol.needs_user"
    assert not plain.meta("sync.identity") and not (tmp_path / "plain" / KEY_FILE).exists()
    plain.close()


def test_enrolment_refuses_a_store_without_county_recovery(
    service: SyncService, seeded: Seeded
) -> None:
    slots = keyslots.load(seeded.data_dir)
    assert slots is not None
    keyslots.save(seeded.data_dir, dataclasses.replace(slots, recovery={}))
    with pytest.raises(SubeiError) as err:
        _enrol(service, seeded.store)
    assert err.value.code == "enrol.needs_county_key"


def test_plain_key_left_by_an_older_build_is_sealed_on_next_unlock(
    service: SyncService, seeded: Seeded
) -> None:
    identity = _enrol(service, seeded.store)
    key_file = seeded.data_dir / KEY_FILE
    assert key_file.read_bytes().startswith(SECRET_MAGIC)
    key_file.write_bytes(_pem(identity))  # what the build before sealing wrote
    seeded.store.close()
    store = accounts.login(seeded.data_dir, "wang", PASSWORD)
    assert (
        key_file.read_bytes().startswith(SECRET_MAGIC)
        and b"PRIVATE KEY" not in key_file.read_bytes()
    )
    assert not key_file.with_suffix(".tmp").exists()
    again = load_identity(store)
    assert again.key.private_bytes_raw() == identity.key.private_bytes_raw()
    assert SyncEngine(store, in_memory(service), again).sync().pushed > 0  # still signs
    store.close()


def test_an_enrolled_development_store_is_sealed_by_its_first_user(
    service: SyncService, tmp_path: Path, county_pair
) -> None:  # type: ignore[no-untyped-def]
    laptop = enrol_laptop(service, tmp_path, "dev", "field-staff")  # by hand: plain key file
    key_file = tmp_path / "dev" / KEY_FILE
    assert key_file.read_bytes().startswith(b"-----BEGIN")
    laptop.store.close()
    store = accounts.create_encrypted_store(tmp_path / "dev", "li", "field-staff", PASSWORD,
                                            county_pair.public, kdf=keyslots.FLOOR)  # fmt: skip
    assert key_file.read_bytes().startswith(SECRET_MAGIC)
    assert load_identity(store).device_id == laptop.identity.device_id
    store.close()


def test_a_sealed_key_renamed_over_another_does_not_open(
    service: SyncService, seeded: Seeded
) -> None:
    _enrol(service, seeded.store)
    return_key(seeded.store)
    (seeded.data_dir / RETURN_KEY).write_bytes((seeded.data_dir / KEY_FILE).read_bytes())
    with pytest.raises(SubeiError) as err:
        return_key(seeded.store)
    assert err.value.code == "secret.unreadable"


def test_whole_folder_after_a_working_session_holds_no_secret(
    service: SyncService, seeded: Seeded, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from subei_ui.widgets.drafts import DraftBox

    caplog.set_level(logging.DEBUG)
    store, data_dir = seeded.store, seeded.data_dir
    identity = _enrol(service, store)
    photo = tmp_path / "id-card.jpg"
    photo.write_bytes(b"\xff\xd8 scan of " + CANARY_IDS[0].encode() + b" " + CANARY_FACT.encode())
    attach_file(store, "persons", seeded.person_ids[0], photo, "image/jpeg")
    photo.unlink()
    SyncEngine(store, in_memory(service), identity).sync()
    export_bundle(store, identity, tmp_path / "stick")
    drafts = DraftBox(data_dir, store.codec)
    typed = {"id_number": CANARY_IDS[1], "phone": CANARY_PHONES[1], "name_zh": "巴特尔"}
    drafts.save("household-new", typed)
    assert drafts.load("household-new") == typed
    assert DraftBox(data_dir).load("household-new") is None  # no key, no draft
    device_raw = identity.key.private_bytes_raw()
    return_raw = return_key(store).private_bytes_raw()
    der = identity.key.private_bytes(serialization.Encoding.DER,
                                     serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption())  # fmt: skip
    key_forms = [device_raw, return_raw, base64.b64encode(der), base64.b64encode(device_raw),
                 base64.b64encode(return_raw), device_raw.hex().encode(), return_raw.hex().encode(),
                 b"-----BEGIN", b"PRIVATE KEY"]  # fmt: skip
    secrets = [*CANARY_IDS, *CANARY_PHONES, CANARY_FACT]

    def key_hits() -> list[str]:
        files = sorted(p for p in data_dir.rglob("*") if p.is_file())
        return [f"{p.name}: key form {i}" for p in files for i, form in enumerate(key_forms)
                if form in p.read_bytes()]  # fmt: skip

    assert (data_dir / "subei.sqlite3-wal").exists() and (data_dir / "drafts").is_dir()
    assert canary_hits(data_dir, secrets) == [] and key_hits() == []  # open: db, -wal, -shm
    store.close()
    assert canary_hits(data_dir, secrets) == [] and key_hits() == []  # closed: every file
    log_text = caplog.text + json.dumps([r.__dict__ for r in caplog.records], default=str)
    assert not [s for s in secrets if s in log_text]
    assert device_raw.hex() not in log_text and "PRIVATE KEY" not in log_text


def test_sealing_killed_after_the_overwrite_is_finished_at_next_unlock(
    service: SyncService, seeded: Seeded
) -> None:
    identity = _enrol(service, seeded.store)
    key_file = seeded.data_dir / KEY_FILE
    pem = _pem(identity)
    # The state a kill leaves between "sealed copy fsynced" and "renamed over the plain file".
    key_file.with_suffix(".tmp").write_bytes(seeded.store.codec.seal_secret(KEY_FILE, pem))
    key_file.write_bytes(b"\0" * len(pem))
    seeded.store.close()
    store = accounts.login(seeded.data_dir, "wang", PASSWORD)
    assert load_identity(store).key.private_bytes_raw() == identity.key.private_bytes_raw()
    assert not key_file.with_suffix(".tmp").exists()
    store.close()
