"""The server killed -9 in the middle of applying a push: nothing lost, nothing twice."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from subei_sync.client.engine import SyncEngine
from subei_sync.client.transport import HttpTransport, Unreachable
from subei_sync.server.database import Database
from sync_harness import GRID_A, add_household, enrol_laptop, service_over, table_state
from test_end_to_end import BIN, _free_port

CHILD = Path(__file__).with_name("crash_server.py")
pytestmark = pytest.mark.slow


def _start(args: list[str], log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    argv = [str(port) if a == "PORT" else a for a in args]
    argv += [str(port)] if args[-1] == "--port" else []
    proc = subprocess.Popen(argv, stderr=open(log, "ab"))  # noqa: SIM115 - lives with the server
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail("server did not start")


@pytest.mark.parametrize("n", [1, 150])
def test_server_killed_mid_push(db: Database, db_url: str, tmp_path: Path, n: int) -> None:
    service = service_over(db)
    a = enrol_laptop(service, tmp_path, "a", "field-staff", GRID_A)
    office = enrol_laptop(service, tmp_path, "office", "township-office")
    for _ in range(100):
        add_household(a.store, GRID_A)
    log = tmp_path / "server.log"
    proc, url = _start([sys.executable, str(CHILD), db_url, "PORT", str(n)], log)
    transport = HttpTransport(url, timeout=10)
    with pytest.raises(Unreachable):
        SyncEngine(a.store, transport, a.identity, batch=200).sync()
    transport.close()
    assert proc.wait(timeout=20) == -9  # it died of SIGKILL inside the apply
    with db.transaction() as tx:  # the open transaction left nothing behind
        assert tx.execute("SELECT COUNT(*) FROM log")[0][0] == 0

    serve = [str(BIN / "subei-server"), "--data-dir", str(tmp_path / "srv"), "--db", db_url,
             "serve", "--port"]  # fmt: skip
    proc, url = _start(serve, log)
    try:
        for laptop in (a, office, a):
            laptop.transport = HttpTransport(url)
            result = laptop.sync()
            assert not result.mismatched and not result.rejected, laptop.name
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert a.store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
                                ).fetchone()[0] == 0  # fmt: skip
    with db.transaction() as tx:
        assert tx.execute("SELECT COUNT(*) FROM log")[0][0] == 200  # each change exactly once
        assert tx.execute("SELECT COUNT(*) FROM records")[0][0] == 200
    assert table_state(a.store, "households") == table_state(office.store, "households")
    assert sum(a.checksums().values()) == sum(office.checksums().values())  # grid == township
