"""Signed reference-data updates: published on the server, applied on a laptop after a sync;
tampered, unsigned, older and unannounced updates are each refused with their own code."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from subei_sync.client.reference import applied_version, apply_update, refresh
from subei_sync.client.transport import AsgiTransport
from subei_sync.protocol.reference import (
    REFERENCE_PATH,
    ReferenceError,
    ReferenceUpdate,
    SignedReference,
    sign_reference,
)
from subei_sync.server.app import create_app
from subei_sync.server.bundle_keys import ServerKeys, ensure_server_keys
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.reference import PACKAGE_KEY, publish
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, Laptop, enrol_laptop, service_over

from subei_mobile import catalogue

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass
class County:
    db: SqliteDatabase
    service: SyncService
    keys: ServerKeys
    transport: AsgiTransport


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    db = SqliteDatabase(tmp_path / "server.sqlite3")
    plain = service_over(db)
    keys = ensure_server_keys(tmp_path / "server", db)
    transport = AsgiTransport(create_app(db, signer=keys.signer))
    yield County(db, SyncService(plain.db, signer=keys.signer), keys, transport)
    catalogue.use_reference_dir(None)  # the catalogue is process-wide: back to the seeds
    transport.close()
    db.close()


def _laptop(county: County, tmp: Path) -> Laptop:
    return enrol_laptop(county.service, tmp, "a", "field-staff", GRID_A, transport=county.transport)


def _catalogue_with_material(folder: Path, material: str) -> tuple[str, Path]:
    """Write a services.json whose first service asks for one more material; return its code."""
    services = json.loads((SEEDS / "services.json").read_text("utf-8"))
    services[0]["materials"].append({"code": material, "name_zh": "草场承包证复印件",
                                     "name_mn": "ᠪᠡᠯᠴᠢᠭᠡᠷ", "required": True})  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "services.json").write_text(json.dumps(services, ensure_ascii=False), "utf-8")
    return str(services[0]["code"]), folder


def _materials(code: str) -> list[str]:
    return [m.code for m in catalogue.services()[code].materials]


def _stored(county: County) -> SignedReference:
    with county.db.transaction() as tx:
        rows = tx.execute("SELECT value FROM server_meta WHERE key = ?", (PACKAGE_KEY,))
    return SignedReference.model_validate_json(rows[0][0])


def test_a_published_update_changes_the_materials_list_after_one_sync(county: County,
                                                                       tmp_path: Path) -> None:  # fmt: skip
    laptop = _laptop(county, tmp_path)
    assert county.transport.request("GET", REFERENCE_PATH).status == 401  # devices only
    laptop.sync()
    assert refresh(laptop.store, county.transport, laptop.identity) is None  # nothing announced yet
    code, folder = _catalogue_with_material(tmp_path / "publish", "grassland-contract")
    assert "grassland-contract" not in _materials(code)
    published = publish(county.db, county.keys.signer, folder, "草场承包证复印件 added")
    assert published.version == 1
    laptop.sync()  # the signed notice announces version 1
    update = refresh(laptop.store, county.transport, laptop.identity)
    assert update is not None and update.summary == "草场承包证复印件 added"
    assert "grassland-contract" in _materials(code)
    assert applied_version(laptop.store) == 1
    # A fresh process (the CLI, the app) reads the applied files from the data folder.
    catalogue.use_reference_dir(None)
    assert "grassland-contract" not in _materials(code)
    catalogue.use_reference_dir(laptop.store.data_dir / catalogue.REFERENCE_DIR)
    assert "grassland-contract" in _materials(code)
    assert refresh(laptop.store, county.transport, laptop.identity) is None  # applied once


def _refused(county: County, laptop: Laptop, signed: SignedReference, announced: int) -> str:
    before = applied_version(laptop.store)
    with pytest.raises(ReferenceError) as caught:
        apply_update(laptop.store, signed, announced)
    assert applied_version(laptop.store) == before  # nothing applied
    return caught.value.code


def test_tampered_unsigned_older_and_unannounced_updates_are_refused(county: County,
                                                                     tmp_path: Path) -> None:  # fmt: skip
    laptop = _laptop(county, tmp_path)
    code, folder = _catalogue_with_material(tmp_path / "v1", "first-material")
    publish(county.db, county.keys.signer, folder, "v1")
    laptop.sync()
    refresh(laptop.store, county.transport, laptop.identity)
    first = _stored(county)
    _catalogue_with_material(tmp_path / "v2", "second-material")
    publish(county.db, county.keys.signer, tmp_path / "v2", "v2")
    second = _stored(county)

    tampered = second.model_copy(update={"body": second.body.replace("second-material", "evil")})
    assert _refused(county, laptop, tampered, 2) == "reference_bad_signature"
    unsigned = second.model_copy(update={"signature": ""})
    assert _refused(county, laptop, unsigned, 2) == "reference_unsigned"
    assert _refused(county, laptop, first, 2) == "reference_old_version"  # a replayed older one
    # Signed by the county, but not what the (expiring) notice announces: a frozen feed.
    assert _refused(county, laptop, second, 1) == "reference_not_announced"
    # Signed by someone else's key.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    forged = sign_reference(Ed25519PrivateKey.generate(),
                            ReferenceUpdate.model_validate_json(second.body))  # fmt: skip
    assert _refused(county, laptop, forged, 2) == "reference_bad_signature"
    assert "second-material" not in _materials(code) and "first-material" in _materials(code)
    laptop.sync()
    assert refresh(laptop.store, county.transport, laptop.identity) is not None
    assert "second-material" in _materials(code)


def test_a_malformed_catalogue_is_refused_at_publishing(county: County, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "services.json").write_text('[{"code": "x"}]', "utf-8")  # no materials list
    with pytest.raises(ReferenceError) as caught:
        publish(county.db, county.keys.signer, folder, "")
    assert caught.value.code == "reference_malformed"
    with pytest.raises(ReferenceError) as caught:
        publish(county.db, county.keys.signer, tmp_path / "empty-or-missing", "")
    assert caught.value.code == "reference_empty"
