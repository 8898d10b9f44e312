"""TLS: the county server with a certificate from the county CA; laptops pin that CA."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from live_server import PASSWORD, county_key, first_user
from live_server import mobile as run_mobile
from subei_sync.client.transport import pinned_trust

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name(common)).issuer_name(_name(common))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return key, cert


def _server_cert(ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate, out: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(_name("county sync server"))
        .issuer_name(ca.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    (out / "server.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (out / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _pem(cert: x509.Certificate, path: Path) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[str, Path, Path, Path]]:
    """Start `subei-server serve` with TLS; yield (url, data dir, county CA, another CA)."""
    ca_key, ca = _ca("Subei county CA")
    _, rogue = _ca("Somebody else's CA")
    _server_cert(ca_key, ca, tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path / "server"
    proc = subprocess.Popen(
        [str(BIN / "subei-server"), "--data-dir", str(data), "serve", "--port", str(port),
         "--tls-cert", str(tmp_path / "server.pem"), "--tls-key", str(tmp_path / "server.key")],
        stderr=open(tmp_path / "server.log", "wb"),  # noqa: SIM115 - lives as long as the server
    )  # fmt: skip
    url = f"https://127.0.0.1:{port}"
    county_ca = _pem(ca, tmp_path / "county-ca.pem")
    for _ in range(100):
        try:
            if (
                httpx.get(
                    url + "/health", timeout=1, verify=pinned_trust(str(county_ca))
                ).status_code
                == 200
            ):
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("TLS server did not start: " + (tmp_path / "server.log").read_text()[-500:])
    yield url, data, county_ca, _pem(rogue, tmp_path / "rogue-ca.pem")
    proc.terminate()
    proc.wait(timeout=20)


def test_laptop_pinning_the_county_ca_enrols_and_syncs(tls_server, tmp_path: Path) -> None:
    url, data, county_ca, _ = tls_server
    out = subprocess.run(
        [str(BIN / "subei-server"), "--data-dir", str(data), "device", "add", "--township",
         "党城湾镇", "--role", "township-office"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    code = re.search(r"enrolment code[^:]*: (\S+)", out)
    assert code, out
    laptop = tmp_path / "laptop"
    first_user(laptop, county_key(tmp_path), "li", "township-office")

    def mobile(*args: str) -> subprocess.CompletedProcess[str]:
        return run_mobile(laptop, *args, user="li", password=PASSWORD)

    done = mobile("enroll", "--server", url, "--code", code.group(1), "--ca-file", str(county_ca))
    assert done.returncode == 0, done.stderr
    # Real register rows: an enrolled laptop refuses demo data (it would reach the county).
    register = tmp_path / "register.csv"
    register.write_text("household_code,name_zh,relation,township\n"
                        "TLS-001,巴特尔,户主,党城湾镇\nTLS-002,王芳,户主,党城湾镇\n", "utf-8")  # fmt: skip
    assert mobile("demo", "--households", "5").returncode == 2
    done = mobile("import", "households", str(register))
    assert done.returncode == 0, done.stderr
    done = mobile("sync")
    assert done.returncode == 0, done.stderr


def test_a_server_outside_the_pinned_ca_is_refused(tls_server) -> None:
    url, _, _, rogue_ca = tls_server
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/health", timeout=5, verify=pinned_trust(str(rogue_ca)))
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/health", timeout=5)  # the system store does not know the county CA
