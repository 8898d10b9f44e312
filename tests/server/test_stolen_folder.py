"""A copy of an enrolled laptop's data folder, taken without any password, cannot sign a request
and cannot read an ID number or a phone: real county server on loopback, real command lines."""

from __future__ import annotations

import base64
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from live_server import PASSWORD, enrolled_laptop, mobile, serve
from subei_sync.client.bundle_commands import return_key
from subei_sync.client.identity import Identity, load_identity, new_key
from subei_sync.client.transport import Answer, HttpTransport
from subei_sync.protocol import frames
from subei_sync.protocol.wire import Cursor, SyncRequest, SyncResponse

from subei_mobile.errors import AuthError
from subei_mobile.resident_id import check_digit
from subei_mobile.security import accounts
from subei_mobile.security.device_secrets import SECRET_FILES
from subei_mobile.security.fields import SECRET_MAGIC
from subei_mobile.store import DB_NAME, Store, open_store

pytestmark = pytest.mark.slow


def _canary(seq: int) -> str:
    first17 = f"62092319650412{seq:03d}"
    return first17 + check_digit(first17)


CANARY_IDS = [_canary(n) for n in (137, 248)]
CANARY_PHONES = ["13919374411", "18809375522"]


def _snapshot(url: str, identity: Identity) -> Answer:
    """Ask for a snapshot of every scope, signed as the identity: the thief's script."""
    request = SyncRequest(cursors=[Cursor(scope=s, snapshot="") for s in identity.scopes])
    body = frames.encode(request)
    headers = {**identity.sign("POST", "/v1/sync", body), "Content-Type": frames.CONTENT_TYPE}
    transport = HttpTransport(url)
    try:
        return transport.post("/v1/sync", body, headers)
    finally:
        transport.close()


def _hits(root: Path, needles: dict[str, bytes]) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        blob = path.read_bytes()
        found += [f"{path.name}: {label}" for label, needle in needles.items() if needle in blob]
    return found


def _key_material(raw: bytes, label: str) -> dict[str, bytes]:
    """Every form a 32-byte private key takes in a file: raw, hex, base64, PEM body."""
    pem = b""
    if label == "device key":
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        der = Ed25519PrivateKey.from_private_bytes(raw).private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )  # fmt: skip
        pem = base64.b64encode(der)
    forms = {f"{label} raw": raw, f"{label} hex": raw.hex().encode(),
             f"{label} base64": base64.b64encode(raw)}  # fmt: skip
    return {**forms, **({f"{label} PEM body": pem} if pem else {})}


def test_a_copied_folder_without_password_cannot_sign_or_read(tmp_path: Path) -> None:
    with serve(tmp_path) as (url, server, db_url):
        office = enrolled_laptop(url, server, db_url, tmp_path / "office", "li", "township-office")
        sheet = tmp_path / "h.csv"
        sheet.write_text(
            "户编号,姓名,身份证号,电话,乡镇,与户主关系\n"
            f"S-1,巴图,{CANARY_IDS[0]},{CANARY_PHONES[0]},620923100,head\n"
            f"S-2,其木格,{CANARY_IDS[1]},{CANARY_PHONES[1]},620923100,head\n",
            "utf-8",
        )
        for args in (("import", "households", str(sheet)), ("sync",),
                     ("bundle", "export", "--to", str(tmp_path / "stick"))):  # fmt: skip
            done = mobile(office, *args, user="li", password=PASSWORD)
            assert done.returncode == 0, (args, done.stderr)
        sheet.unlink()
        stolen = tmp_path / "stolen"
        shutil.copytree(office, stolen)

        # Control: with the password the key signs, and the server answers with IDs in clear.
        store = accounts.login(office, "li", PASSWORD)
        identity = load_identity(store)
        device_raw = identity.key.private_bytes_raw()
        return_raw = return_key(store).private_bytes_raw()
        store.close()
        answer = _snapshot(url, identity)
        assert answer.status == 200
        pulled = frames.decode(answer.body, SyncResponse).model_dump_json()
        assert all(c in pulled for c in [*CANARY_IDS, *CANARY_PHONES])

        # The thief's copy holds no ID, no phone, no private key in any form.
        needles = {c: c.encode(enc) for c in [*CANARY_IDS, *CANARY_PHONES]
                   for enc in ("utf-8",)}  # fmt: skip
        needles |= {f"{c} utf-16": c.encode("utf-16-le") for c in [*CANARY_IDS, *CANARY_PHONES]}
        needles |= {"PEM header": b"-----BEGIN", "PKCS8 label": b"PRIVATE KEY"}
        needles |= _key_material(device_raw, "device key") | _key_material(return_raw, "return key")
        assert _hits(stolen, needles) == []
        for name in SECRET_FILES:
            sealed = (stolen / name).read_bytes()
            assert sealed.startswith(SECRET_MAGIC), name
            with pytest.raises(ValueError):
                serialization.load_pem_private_key(sealed, password=None)

        # Without a password nothing opens the key: not the store, not a bare connection.
        with pytest.raises(AuthError) as err:
            open_store(stolen)
        assert err.value.code == "auth.required"
        bare = Store(sqlite3.connect(stolen / DB_NAME), stolen, "thief")
        with pytest.raises(AuthError):
            load_identity(bare)
        with pytest.raises(AuthError):
            return_key(bare)
        bare.conn.close()
        sealed_ids = [r[0] for r in sqlite3.connect(stolen / DB_NAME).execute(
            "SELECT id_number FROM persons WHERE id_number IS NOT NULL")]  # fmt: skip
        assert len(sealed_ids) == 2 and all(v.startswith("enc1:") for v in sealed_ids)

        # The device id is readable, but a request signed with any other key is refused.
        forged = Identity(url, identity.device_id, identity.role, identity.scopes, new_key())
        refused = _snapshot(url, forged)
        assert refused.status == 401 and CANARY_IDS[0].encode() not in refused.body

        # The command line refuses too: no user, or a wrong password.
        done = mobile(stolen, "sync")
        assert done.returncode == 2 and "auth.required" in done.stderr
        done = mobile(stolen, "sync", user="li", password="not-the-password")
        assert done.returncode == 2 and "auth.failed" in done.stderr
