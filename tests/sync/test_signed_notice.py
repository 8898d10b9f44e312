"""Signed, versioned, expiring county notices; only a signed revocation wipes a laptop; signed
agreements are attested by the device key and verified by the server."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from subei_sync.client.engine import DeviceRevoked, SyncFailed
from subei_sync.client.identity import KEY_FILE
from subei_sync.client.notice import accept_notice, accepted_notice
from subei_sync.client.transport import InMemoryTransport
from subei_sync.protocol.notice import NoticeError, sign_notice
from subei_sync.protocol.wire import CountyNotice
from subei_sync.server.bundle_keys import ServerKeys, ensure_server_keys
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.devices import revoke_device
from subei_sync.server.notice import set_reference_version
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, TOWNSHIP, Laptop, enrol_laptop, service_over

from subei_mobile import mediation
from subei_mobile.models import (
    MediationAgreement,
    MediationCase,
    MediationParty,
    MediationSignature,
)
from subei_mobile.store import open_store
from subei_mobile.store.migrations import LATEST, migrate, schema_version

NOW = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)


@dataclass
class County:
    service: SyncService
    keys: ServerKeys


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    db = SqliteDatabase(tmp_path / "server.sqlite3")
    plain = service_over(db)
    keys = ensure_server_keys(tmp_path / "server", db)
    yield County(SyncService(plain.db, signer=keys.signer), keys)
    db.close()


def _laptop(county: County, tmp: Path, name: str = "a") -> Laptop:
    return enrol_laptop(county.service, tmp, name, "field-staff", GRID_A)


def _answering(status: int, body: dict[str, object]) -> InMemoryTransport:
    def handle(method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, bytes]:
        return status, json.dumps(body).encode()

    return InMemoryTransport(handle)


def _notice(signer: Ed25519PrivateKey, version: int, *, expires_in: float = 3600.0,
            revoked: list[str] | None = None) -> object:  # fmt: skip
    now = time.time()
    notice = CountyNotice(version=version, issued=now, expires=now + expires_in,
                          revoked=revoked or [])  # fmt: skip
    return sign_notice(signer, notice)


def test_sync_answers_carry_a_notice_the_laptop_keeps(county: County, tmp_path: Path) -> None:
    a, b = _laptop(county, tmp_path, "a"), _laptop(county, tmp_path, "b")
    a.sync()
    first = accepted_notice(a.store)
    assert first is not None and first.revoked == []
    set_reference_version(county.service.db, 7)
    revoke_device(county.service.db, b.identity.device_id)
    a.sync()
    now = accepted_notice(a.store)
    assert now is not None and now.version > first.version and now.reference_version == 7
    assert now.revoked == [b.identity.device_id]


def test_signed_revocation_wipes(county: County, tmp_path: Path) -> None:
    a = _laptop(county, tmp_path)
    a.sync()
    assert revoke_device(county.service.db, a.identity.device_id)
    with pytest.raises(DeviceRevoked):
        a.sync()
    assert not (tmp_path / "a" / KEY_FILE).exists()


@pytest.mark.parametrize("forgery", ["unsigned", "wrong_key", "not_listed", "expired"])
def test_forged_revocation_does_not_wipe(county: County, tmp_path: Path, forgery: str) -> None:
    a = _laptop(county, tmp_path)
    a.sync()
    me, other = a.identity.device_id, Ed25519PrivateKey.generate()
    notices = {
        "unsigned": None,
        "wrong_key": _notice(other, 0, revoked=[me]),
        "not_listed": _notice(county.keys.signer, 0, revoked=["someone-else"]),
        "expired": _notice(county.keys.signer, 0, expires_in=-1, revoked=[me]),
    }
    body: dict[str, object] = {"code": "device_revoked"}
    if notices[forgery] is not None:
        body["notice"] = notices[forgery].model_dump()  # type: ignore[attr-defined]
    forged = Laptop("a", a.store, a.identity, _answering(401, body))
    with pytest.raises(SyncFailed) as caught:
        forged.sync()
    assert not isinstance(caught.value, DeviceRevoked)
    assert caught.value.code == {"unsigned": "revocation_unsigned",
                                 "wrong_key": "notice_bad_signature",
                                 "not_listed": "revocation_not_listed",
                                 "expired": "notice_expired"}[forgery]  # fmt: skip
    assert (tmp_path / "a" / KEY_FILE).exists()
    a.sync()  # the laptop still works with the real server


def test_older_and_expired_notices_are_refused(county: County, tmp_path: Path) -> None:
    a = _laptop(county, tmp_path)
    signer = county.keys.signer
    accept_notice(a.store, _notice(signer, 5))  # type: ignore[arg-type]
    accept_notice(a.store, _notice(signer, 5))  # type: ignore[arg-type]  # same version: fine
    for bad, code in ((_notice(signer, 4), "notice_old_version"),
                      (_notice(signer, 6, expires_in=-5), "notice_expired"),
                      (_notice(Ed25519PrivateKey.generate(), 9), "notice_bad_signature")):  # fmt: skip
        with pytest.raises(NoticeError) as caught:
            accept_notice(a.store, bad)  # type: ignore[arg-type]
        assert caught.value.code == code
    kept = accepted_notice(a.store)
    assert kept is not None and kept.version == 5


def test_older_notice_in_a_sync_answer_stops_the_sync(county: County, tmp_path: Path) -> None:
    a = _laptop(county, tmp_path)
    accept_notice(a.store, _notice(county.keys.signer, 50))  # type: ignore[arg-type]
    with pytest.raises(SyncFailed) as caught:
        a.sync()  # the server's notice (version 0) is older than the one kept
    assert caught.value.code == "notice_old_version"


def _signed_agreement(laptop: Laptop) -> str:
    store = laptop.store
    case = MediationCase(category_code="grassland_boundary", township_code=TOWNSHIP,
                         grid_code=GRID_A, reported_at=NOW, status="mediating")  # fmt: skip
    parties = [MediationParty(case_id=case.id, side="applicant", name_zh="甲"),
               MediationParty(case_id=case.id, side="respondent", name_zh="乙")]  # fmt: skip
    mediation.open_case(store, case, parties)
    agreement = MediationAgreement(case_id=case.id, content_zh="界桩", content_mn="ᠬᠢᠯᠢ",
                                   performance_zh="十五日内")  # fmt: skip
    mediation.add(store, agreement)
    sigs = [MediationSignature(agreement_id=agreement.id, signer_role="party", party_id=p.id,
                               signer_name=p.name_zh, signed_at=NOW) for p in parties]  # fmt: skip
    sigs.append(MediationSignature(agreement_id=agreement.id, signer_role="mediator",
                                   signer_name="调解员", signed_at=NOW))  # fmt: skip
    mediation.sign_agreement(store, agreement.id, sigs, at=NOW)
    return agreement.id


def test_signed_agreement_is_attested_and_verified(county: County, tmp_path: Path) -> None:
    a = _laptop(county, tmp_path)
    agreement_id = _signed_agreement(a)
    result = a.sync()
    assert result.rejected == []
    digest = a.store.conn.execute(
        "SELECT content_hash FROM mediation_agreements WHERE id = ?", (agreement_id,)
    ).fetchone()[0]
    with county.service.db.transaction() as tx:
        rows = tx.execute("SELECT device_id, content_hash FROM agreement_attestations")
    assert rows == [(a.identity.device_id, digest)]


def test_badly_signed_agreement_is_refused(county: County, tmp_path: Path) -> None:
    a = _laptop(county, tmp_path)
    agreement_id = _signed_agreement(a)
    forged = Ed25519PrivateKey.generate().sign(b"something else")
    from subei_sync.protocol.signing import b64

    a.store.conn.execute(
        "UPDATE agreement_attestations SET signature = ?, device_id = ?",
        (b64(forged), a.identity.device_id),
    )
    result = a.sync()
    seqs = [r[0] for r in a.store.conn.execute(
        "SELECT device_seq FROM changes WHERE table_name = 'mediation_agreements'"
        " AND record_id = ? AND op = 'update'", (agreement_id,))]  # fmt: skip
    assert [(s, "agreement_signature_invalid") for s in seqs] == [
        r for r in result.rejected if r[0] in seqs
    ]
    with county.service.db.transaction() as tx:
        assert tx.execute("SELECT COUNT(*) FROM agreement_attestations")[0][0] == 0


def test_upgrade_from_v2_attests_signed_agreements(tmp_path: Path) -> None:
    """No golden file: build a v2 store with the code, then open it with the current one."""
    assert LATEST >= 3
    store = open_store(tmp_path / "v3")
    store.close()
    conn = sqlite3.connect(tmp_path / "v2.sqlite3", isolation_level=None)
    migrate(conn, None, target=2)
    assert schema_version(conn) == 2
    conn.close()
    # A v2 laptop with a signed agreement in its outbox.
    folder = tmp_path / "old"
    folder.mkdir()
    (tmp_path / "v2.sqlite3").rename(folder / "subei.sqlite3")
    conn = sqlite3.connect(folder / "subei.sqlite3", isolation_level=None)
    conn.execute("INSERT INTO mediation_agreements (id, case_id, status, content_hash) VALUES"
                 " ('a1', 'c1', 'signed', ?)", ("ab" * 32,))  # fmt: skip
    conn.execute("INSERT INTO changes (device_id, table_name, record_id, op, fields, base, hlc,"
                 " user_id, scope) VALUES ('d', 'mediation_agreements', 'a1', 'update', '{}',"
                 " '{}', '', 'u', '/')")  # fmt: skip
    conn.close()
    upgraded = open_store(folder)
    assert schema_version(upgraded.conn) == LATEST
    rows = upgraded.conn.execute(
        "SELECT agreement_id, content_hash, signature, sent FROM agreement_attestations"
    ).fetchall()
    assert [tuple(r) for r in rows] == [("a1", "ab" * 32, "", 0)]
    upgraded.close()
