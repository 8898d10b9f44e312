"""Standing a county server up: `subei-server init`.

One command makes everything a new county server needs, the same way every time, and never
replaces what an earlier run made (keys and certificates are only ever created, so running
it twice is safe): the bundle keys, the county recovery key, a county CA with the server's
TLS certificate, the first county administrator, the environment file the systemd unit reads,
and a folder with what every laptop needs from the county (the CA to pin, the recovery key).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import os
import secrets
import socket
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ..bundle.files import write_private
from . import county_key
from .bundle_keys import ensure_server_keys
from .database import Database

TLS_DIR = "tls"
CA_CERT, CA_KEY = "county-ca.pem", "county-ca.key"
SERVER_CERT, SERVER_KEY = "server.pem", "server.key"
FOR_LAPTOPS = "for-laptops"
ENV_FILE = "subei-server.env"
META_ADMIN = "admin."
CA_YEARS, SERVER_YEARS = 20, 5
# scrypt at 64 MiB: a stolen server_meta row costs an attacker real memory per guess.
SCRYPT = {"n": 2**16, "r": 8, "p": 1, "maxmem": 2**27}
DEFAULT_PORT = 8620


@dataclass
class InitReport:
    """What init made or found, for the operator's printout."""

    data_dir: Path
    ca_cert: Path
    server_cert: Path
    server_key: Path
    recovery_public: str
    recovery_private_written: Path | None
    admin: str
    admin_created: bool
    env_file: Path
    laptop_dir: Path
    created: list[str] = field(default_factory=list)


def _name(common: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Subei county mobile service centre"),
        x509.NameAttribute(NameOID.COMMON_NAME, common),
    ])  # fmt: skip


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())  # fmt: skip


def _ensure_ca(
    tls: Path, created: list[str]
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    cert_path, key_path = tls / CA_CERT, tls / CA_KEY
    if cert_path.exists() and key_path.exists():
        key = serialization.load_pem_private_key(key_path.read_bytes(), None)
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return key, x509.load_pem_x509_certificate(cert_path.read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name("Subei county CA"))
        .issuer_name(_name("Subei county CA")).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=True, crl_sign=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    write_private(key_path, _pem_key(key))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    created.append(str(cert_path))
    return key, cert


def _san(hostnames: list[str]) -> x509.SubjectAlternativeName:
    names: list[x509.GeneralName] = []
    for host in hostnames:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return x509.SubjectAlternativeName(names)


def _ensure_server_cert(tls: Path, hostnames: list[str], created: list[str]) -> None:
    if (tls / SERVER_CERT).exists() and (tls / SERVER_KEY).exists():
        return
    ca_key, ca = _ensure_ca(tls, created)
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name(hostnames[0]))
        .issuer_name(ca.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=365 * SERVER_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_san(hostnames), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    write_private(tls / SERVER_KEY, _pem_key(key))
    # The chain laptops are given: the server's certificate, then the CA's.
    chain = cert.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(
        serialization.Encoding.PEM
    )
    (tls / SERVER_CERT).write_bytes(chain)
    created.append(str(tls / SERVER_CERT))


def default_hostnames() -> list[str]:
    """Return the names laptops may use for this machine: its FQDN, localhost and loopback."""
    names = [socket.getfqdn(), "localhost", "127.0.0.1"]
    return list(dict.fromkeys(n for n in names if n))


def hash_password(password: str) -> str:
    """Return a salted scrypt hash of an administrator's password."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_admin(db: Database, name: str, password: str) -> bool:
    """Return True when name is a county administrator and the password is theirs."""
    with db.transaction() as tx:
        rows = tx.execute("SELECT value FROM server_meta WHERE key = ?", (META_ADMIN + name,))
    if not rows:
        return False
    try:
        _, salt, digest = str(json.loads(rows[0][0])["hash"]).split("$")
        given = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), dklen=32, **SCRYPT)
    except (ValueError, KeyError):
        return False
    return hmac.compare_digest(given.hex(), digest)


def admins(db: Database) -> list[str]:
    """Return the county administrators' names."""
    with db.transaction() as tx:
        rows = tx.execute("SELECT key FROM server_meta WHERE key LIKE ?", (META_ADMIN + "%",))
    return sorted(str(r[0]).removeprefix(META_ADMIN) for r in rows)


def add_admin(db: Database, name: str, password: str) -> None:
    """Record a county administrator (name and password hash only)."""
    value = json.dumps({"hash": hash_password(password), "role": "county-admin",
                        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})  # fmt: skip
    with db.transaction("ddl") as tx:
        tx.execute("INSERT INTO server_meta (key, value) VALUES (?, ?)", (META_ADMIN + name, value))


def write_env_file(path: Path, data_dir: Path, db_url: str, port: int) -> None:
    """Write the environment file the systemd unit reads (owner-only: it may hold the DB URL)."""
    tls = data_dir / TLS_DIR
    lines = [
        "# subei-server settings, read by the systemd unit (packaging/server/subei-server.service)",
        f"SUBEI_DATA_DIR={data_dir}",
        f"SUBEI_DB={db_url}",
        "SUBEI_HOST=0.0.0.0",
        f"SUBEI_PORT={port}",
        f"SUBEI_TLS_CERT={tls / SERVER_CERT}",
        f"SUBEI_TLS_KEY={tls / SERVER_KEY}",
        f"SUBEI_LOG_FILE={data_dir / 'logs' / 'server.log'}",
    ]
    write_private(path, ("\n".join(lines) + "\n").encode())


def init_server(
    data_dir: Path, db: Database, db_url: str, *, admin: str, password: str,
    hostnames: list[str] | None = None, port: int = DEFAULT_PORT,
) -> InitReport:  # fmt: skip
    """Create (or find) everything a county server needs; see the module docstring."""
    data_dir = Path(data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    created: list[str] = []
    ensure_server_keys(data_dir, db)
    # The county recovery key: the same pair `subei-server county-key` prints (made once).
    recovery_key = county_key.load_or_create(data_dir)
    recovery, private_written = recovery_key.public, recovery_key.private_written
    tls = data_dir / TLS_DIR
    tls.mkdir(exist_ok=True)
    _ensure_server_cert(tls, hostnames or default_hostnames(), created)
    existing = admins(db)
    admin_created = not existing
    if admin_created:
        add_admin(db, admin, password)
    env_file = data_dir / ENV_FILE
    write_env_file(env_file, data_dir, db_url, port)
    laptops = data_dir / FOR_LAPTOPS
    laptops.mkdir(exist_ok=True)
    (laptops / CA_CERT).write_bytes((tls / CA_CERT).read_bytes())
    (laptops / county_key.PUBLIC_FILE).write_text(recovery_key.text + "\n", "ascii")
    return InitReport(
        data_dir=data_dir, ca_cert=laptops / CA_CERT, server_cert=tls / SERVER_CERT,
        server_key=tls / SERVER_KEY, recovery_public=recovery.hex(),
        recovery_private_written=private_written, admin=admin if admin_created else existing[0],
        admin_created=admin_created, env_file=env_file, laptop_dir=laptops, created=created,
    )  # fmt: skip


def describe(report: InitReport, server_url: str) -> str:
    """Return the operator's printout: what was made and what to copy to every laptop."""
    lines = [f"county server data: {report.data_dir}"]
    if report.admin_created:
        lines.append(f"county administrator: {report.admin} (created)")
    else:
        lines.append(f"county administrator: {report.admin} (already set up; unchanged)")
    lines += [
        f"TLS certificate: {report.server_cert} (key {report.server_key})",
        f"systemd environment file: {report.env_file}",
        "",
        f"Copy to every laptop (folder {report.laptop_dir}):",
        f"  county CA to pin:        {report.ca_cert}",
        f"  county recovery key:     {report.recovery_public}",
        f"  server address:          {server_url}",
        "  enrol each laptop with:  subei-mobile enroll --server "
        f"{server_url} --ca-file county-ca.pem --code CODE",
        "  (codes from: subei-server device add --township T --role R)",
    ]
    if report.recovery_private_written is not None:
        lines += [
            "",
            f"The county recovery PRIVATE key was written to {report.recovery_private_written}.",
            "Move it to offline media kept at the county, then delete it from this server.",
        ]
    return "\n".join(lines)
