"""County server install: `subei-server init`, TLS from its CA, backup/restore drills, metrics, logs."""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import stat
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from live_server import PASSWORD as LAPTOP_PASSWORD
from live_server import CountyKey, first_user, free_port
from live_server import mobile as run_mobile
from subei_sync.client.transport import pinned_trust
from subei_sync.server import logs
from subei_sync.server.app import create_app
from subei_sync.server.backup import BackupError, backup, restore
from subei_sync.server.database import open_database
from subei_sync.server.install import add_admin, check_admin

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


def server(data: Path, *args: str, db: str = "", env: dict[str, str] | None = None,
           check: bool = True) -> subprocess.CompletedProcess[str]:  # fmt: skip
    cmd = [str(BIN / "subei-server"), "--data-dir", str(data)]
    if db:
        cmd += ["--db", db]
    done = subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "SUBEI_ADMIN_PASSWORD": PASSWORD, **(env or {})},
                          stdin=subprocess.DEVNULL, check=False)  # fmt: skip
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_init_makes_keys_ca_certificate_admin_and_env_file_once(tmp_path: Path) -> None:
    data = tmp_path / "srv"
    out = server(data, "init", "--admin", "ops", "--hostname", "sync.subei.test",
                 "--hostname", "10.20.0.5").stdout  # fmt: skip
    tls = data / "tls"
    for private in (tls / "county-ca.key", tls / "server.key", data / "bundle-keys.json",
                    data / "county-recovery-PRIVATE.key", data / "subei-server.env"):  # fmt: skip
        assert stat.S_IMODE(private.stat().st_mode) == 0o600, private
    ca = x509.load_pem_x509_certificate((data / "for-laptops" / "county-ca.pem").read_bytes())
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    leaf = x509.load_pem_x509_certificate((tls / "server.pem").read_bytes())
    leaf.verify_directly_issued_by(ca)
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["sync.subei.test"]
    assert [str(a) for a in san.get_values_for_type(x509.IPAddress)] == ["10.20.0.5"]
    recovery = (data / "for-laptops" / "county-recovery.pub").read_text().strip()
    assert recovery == (data / "county-recovery.pub").read_text().strip()
    assert server(data, "county-key").stdout.strip() == recovery  # the same key either way
    assert recovery in out and "county-ca.pem" in out and "https://sync.subei.test:8620/" in out
    assert "county-recovery-PRIVATE.key" in out  # told to move the private half offline
    env = (data / "subei-server.env").read_text()
    assert f"SUBEI_TLS_CERT={tls / 'server.pem'}" in env and "SUBEI_PORT=8620" in env
    db = open_database(str(data / "server.sqlite3"))
    try:
        assert check_admin(db, "ops", PASSWORD)
        assert not check_admin(db, "ops", PASSWORD + "x")
        assert not check_admin(db, "nobody", PASSWORD)
    finally:
        db.close()
    # A second run keeps every key and the administrator; nothing is replaced.
    before = {p: p.read_bytes() for p in (tls / "county-ca.pem", tls / "server.key",
                                          data / "bundle-keys.json", data / "county-recovery.pub")}  # fmt: skip
    again = server(data, "init", "--admin", "other").stdout
    assert "ops (already set up; unchanged)" in again
    assert "PRIVATE" not in again
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.parametrize(("args", "password", "message"), [
    (["--admin", "Bad Name!"], PASSWORD, "--admin takes a name"),
    (["--admin", "ops"], "short", "at least 10 characters"),
])  # fmt: skip
def test_init_refuses_bad_admin_input(tmp_path: Path, args: list[str], password: str,
                                      message: str) -> None:  # fmt: skip
    done = server(tmp_path / "srv", "init", *args, env={"SUBEI_ADMIN_PASSWORD": password},
                  check=False)  # fmt: skip
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "srv" / "tls").exists()


def test_init_without_a_password_prints_a_new_one_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SUBEI_ADMIN_PASSWORD"}
    done = subprocess.run([str(BIN / "subei-server"), "--data-dir", str(tmp_path / "s"), "init"],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120, check=True)  # fmt: skip
    found = re.search(r"store it now\): (\S+)", done.stdout)
    assert found
    db = open_database(str(tmp_path / "s" / "server.sqlite3"))
    try:
        assert check_admin(db, "county-admin", found.group(1))
    finally:
        db.close()


def _wait_healthy(url: str, ca: Path, log: Path) -> None:
    for _ in range(150):
        try:
            if (
                httpx.get(url + "/health", timeout=1, verify=pinned_trust(str(ca))).status_code
                == 200
            ):
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    pytest.fail("server did not start: " + log.read_text()[-800:])


@pytest.mark.slow
def test_laptop_enrols_and_syncs_with_a_server_set_up_by_init(tmp_path: Path) -> None:
    data, port = tmp_path / "srv", free_port()
    server(data, "init", "--hostname", "127.0.0.1", "--port", str(port))
    env = dict(line.split("=", 1) for line in (data / "subei-server.env").read_text().splitlines()
               if "=" in line and not line.startswith("#"))  # fmt: skip
    log = tmp_path / "server.log"
    proc = subprocess.Popen(
        [str(BIN / "subei-server"), "--data-dir", env["SUBEI_DATA_DIR"], "serve", "--host",
         "127.0.0.1", "--port", env["SUBEI_PORT"], "--tls-cert", env["SUBEI_TLS_CERT"],
         "--tls-key", env["SUBEI_TLS_KEY"], "--log-file", env["SUBEI_LOG_FILE"]],
        stderr=open(log, "wb"),  # noqa: SIM115 - lives as long as the server
    )  # fmt: skip
    ca = data / "for-laptops" / "county-ca.pem"
    url = f"https://127.0.0.1:{port}"
    try:
        _wait_healthy(url, ca, log)
        code = re.search(r"enrolment code[^:]*: (\S+)",
                         server(data, "device", "add", "--township", "党城湾镇", "--role",
                                "township-office").stdout)  # fmt: skip
        assert code
        laptop = tmp_path / "laptop"
        # The first user seals the laptop's data to the recovery key init printed.
        recovery = CountyKey(data / "county-recovery-PRIVATE.key",
                             data / "for-laptops" / "county-recovery.pub")  # fmt: skip
        first_user(laptop, recovery, "wang", "township-office")

        def mobile(*args: str) -> subprocess.CompletedProcess[str]:
            return run_mobile(laptop, *args, user="wang", password=LAPTOP_PASSWORD)

        done = mobile("enroll", "--server", url, "--code", code.group(1), "--ca-file", str(ca))
        assert done.returncode == 0, done.stderr
        # Real register rows: demo data is for trying the app, never for an enrolled laptop.
        register = tmp_path / "register.csv"
        register.write_text("household_code,name_zh,relation,township\n"
                            "INIT-001,巴特尔,户主,党城湾镇\nINIT-002,王芳,户主,党城湾镇\n", "utf-8")  # fmt: skip
        done = mobile("import", "households", str(register))
        assert done.returncode == 0, done.stderr
        done = mobile("sync")
        assert done.returncode == 0, done.stderr
        # A reference-data update published on the county server reaches the laptop's next sync.
        services = json.loads((REPO / "seeds" / "services.json").read_text("utf-8"))
        services[0]["materials"].append({"code": "extra", "name_zh": "补充材料", "required": False})
        (tmp_path / "ref").mkdir()
        (tmp_path / "ref" / "services.json").write_text(json.dumps(services), "utf-8")
        out = server(data, "reference", "publish", str(tmp_path / "ref"), "--summary",
                     "one more material").stdout  # fmt: skip
        assert "version 1 published: services.json" in out
        done = mobile("sync")
        assert done.returncode == 0, done.stderr
        assert "reference data updated to version 1: one more material" in done.stdout
        assert (laptop / "reference" / "services.json").exists()
        # The admin sees the sync in the metrics; the log file has the JSON line of it.
        auth = httpx.BasicAuth("county-admin", PASSWORD)
        text = httpx.get(url + "/metrics", auth=auth, verify=pinned_trust(str(ca))).text
        assert re.search(
            r'subei_requests_total\{method="POST",route="/v1/sync",status="200"\} [1-9]', text
        )
        assert re.search(r"subei_sync_seconds_count [1-9]", text)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    lines = [json.loads(x) for x in Path(env["SUBEI_LOG_FILE"]).read_text().splitlines()]
    assert any(line.get("event") == "sync" for line in lines)


def _basic(name: str, password: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def test_metrics_count_requests_by_route_and_answer_only_administrators(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "server.sqlite3"))
    app = create_app(db, blob_dir=tmp_path / "blobs")
    add_admin(db, "ops", PASSWORD)
    transport = httpx.ASGITransport(app=app)

    async def scenario() -> tuple[list[int], str]:
        async with httpx.AsyncClient(transport=transport, base_url="http://county.test") as c:
            await c.get("/health")
            await c.get("/health")
            await c.post("/v1/sync", content=b"not a frame")  # unsigned: 401
            await c.get("/v1/blobs/" + "ab" * 32)  # unsigned: 401, counted under the template
            refused = [(await c.get("/metrics")).status_code,
                       (await c.get("/metrics", headers=_basic("ops", "wrong"))).status_code,
                       (await c.get("/metrics", headers={"authorization": "Basic %%%"})).status_code]  # fmt: skip
            ok = await c.get("/metrics", headers=_basic("ops", PASSWORD))
            assert ok.status_code == 200
            return refused, ok.text

    import asyncio

    refused, text = asyncio.run(scenario())
    db.close()
    assert refused == [401, 401, 401]
    assert 'subei_requests_total{method="GET",route="/health",status="200"} 2' in text
    assert 'subei_requests_total{method="POST",route="/v1/sync",status="401"} 1' in text
    assert 'route="/v1/blobs/{sha256}"' in text and "abab" not in text
    assert "subei_sync_seconds_count 1" in text
    assert 'subei_sync_seconds_bucket{le="+Inf"} 1' in text
    assert 'subei_requests_total{method="GET",route="/metrics",status="401"} 3' in text


def test_log_file_rotates_and_keeps_json_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logs, "LOG_BYTES", 2000)
    path = tmp_path / "logs" / "server.log"
    logs.configure(log_file=str(path))
    log = logging.getLogger("subei_sync.server")
    try:
        for i in range(200):
            log.info("sync", extra={"event": "sync", "n": i})
    finally:
        for handler in log.handlers:
            handler.close()
        log.handlers[:] = []
    rotated = sorted(p.name for p in path.parent.iterdir())
    assert "server.log.1" in rotated and len(rotated) <= logs.LOG_KEEP + 1
    assert path.stat().st_size <= 2000 + 200
    assert all(json.loads(x)["event"] == "sync" for x in path.read_text().splitlines())


# --- backup and restore drills -------------------------------------------------------------


@pytest.fixture
def pg_databases(pg_dsn: str) -> Iterator[tuple[str, str]]:
    """Yield DSNs of two new, empty databases (a live server's and the drill's)."""
    import psycopg

    names = [f"drill_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        for name in names:
            conn.execute(f"CREATE DATABASE {name}")
    base = pg_dsn.rsplit("/", 1)[0]
    query = "?" + pg_dsn.split("?", 1)[1] if "?" in pg_dsn.rsplit("/", 1)[1] else ""
    yield f"{base}/{names[0]}{query}", f"{base}/{names[1]}{query}"
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        for name in names:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _drill(tmp_path: Path, live_db: str, drill_db: str) -> None:
    live, drill = tmp_path / "live", tmp_path / "drill"
    server(live, "init", db=live_db)
    for township in ("党城湾镇", "石包城乡"):
        server(
            live, "device", "add", "--township", township, "--role", "township-office", db=live_db
        )
    (live / "blobs").mkdir(exist_ok=True)
    (live / "blobs" / "attachment.bin").write_bytes(b"\x00photo" * 100)
    archive = tmp_path / "backups" / "county.tar.gz"
    out = server(live, "backup", str(archive), db=live_db).stdout
    assert "backup written" in out and stat.S_IMODE(archive.stat().st_mode) == 0o600
    done = server(drill, "restore", str(archive), db=drill_db).stdout
    assert "2 devices" in done
    assert server(drill, "device", "list", db=drill_db).stdout == server(
        live, "device", "list", db=live_db).stdout  # fmt: skip
    for name in ("bundle-keys.json", "tls/server.key", "tls/county-ca.pem", "blobs/attachment.bin"):
        assert (drill / name).read_bytes() == (live / name).read_bytes(), name
    # Restoring over a server that is in use is refused, whatever the database holds.
    again = server(drill, "restore", str(archive), db=drill_db, check=False)
    assert again.returncode == 2 and "restore_target_in_use" in again.stderr


def test_sqlite_backup_restore_drill(tmp_path: Path) -> None:
    _drill(tmp_path, "", "")


@pytest.mark.postgres
def test_postgresql_backup_restore_drill(tmp_path: Path, pg_databases: tuple[str, str]) -> None:
    _drill(tmp_path, *pg_databases)


def test_restore_refuses_what_is_not_a_backup_and_the_wrong_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"not an archive")
    with pytest.raises(BackupError) as caught:
        restore(junk, tmp_path / "a", str(tmp_path / "a.sqlite3"))
    assert caught.value.code == "backup_unreadable"
    live = tmp_path / "live"
    server(live, "init")
    archive = backup(live, str(live / "server.sqlite3"), tmp_path / "b.tar.gz")
    with pytest.raises(BackupError) as caught:
        restore(archive, tmp_path / "c", "postgresql://nobody@127.0.0.1:1/none")
    assert caught.value.code == "backup_wrong_database"
    assert not (tmp_path / "c").exists()


def test_server_key_curve_is_p256(tmp_path: Path) -> None:
    server(tmp_path / "s", "init")
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(
        (tmp_path / "s" / "tls" / "server.key").read_bytes(), None
    )
    assert isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1"
