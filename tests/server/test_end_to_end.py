"""End to end: `subei-server serve` in a subprocess, three laptops over real HTTP, cut links."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cut_proxy import CutProxy
from live_server import PASSWORD, CountyKey, county_key, first_user, free_port, serve, server_cli
from subei_sync.client.engine import SyncEngine, local_checksums
from subei_sync.client.identity import load_identity
from subei_sync.client.transport import HttpTransport, Unreachable
from sync_harness import GRID_A, GRID_B, TOWNSHIP, add_household, edit, table_state

from subei_mobile.security.accounts import login

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


_free_port, _server_cli = free_port, server_cli


def _mobile(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run subei-mobile signed in as the laptop's user (every enrolled laptop is encrypted)."""
    env = {**os.environ, "SUBEI_PASSWORD": PASSWORD}
    return subprocess.run([str(BIN / "subei-mobile"), "--data-dir", str(data), "--user",
                           f"user-{data.name}", *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          env=env)  # fmt: skip


def open_store(laptop: Path, user_id: str = "") -> Any:
    """Sign in to a laptop's store as its user."""
    return login(laptop, f"user-{laptop.name}", PASSWORD)


@pytest.fixture
def server(tmp_path: Path, db_url: str) -> Iterator[tuple[str, Path, str]]:
    """Start `subei-server serve` on a free port; yield (url, data dir, db url)."""
    with serve(tmp_path, db_url) as running:
        yield running


def _enrol(
    url: str, data: Path, db_url: str, laptop: Path, role: str, grid: str = "",
    county: CountyKey | None = None,
) -> None:  # fmt: skip
    first_user(laptop, county or county_key(laptop.parent), f"user-{laptop.name}", role, grid)
    grid_args = ["--grid", grid] if grid else []
    out = _server_cli(data, db_url, "device", "add", "--township", "党城湾镇", *grid_args,
                      "--role", role)  # fmt: skip
    code = re.search(r"enrolment code[^:]*: (\S+)", out)
    assert code, out
    done = _mobile(laptop, "enroll", "--server", url, "--code", code.group(1))
    assert done.returncode == 0, done.stderr


def test_three_laptops_converge_and_survive_cuts(
    server: tuple[str, Path, str], tmp_path: Path
) -> None:
    url, data, db_url = server
    a, b, office = tmp_path / "a", tmp_path / "b", tmp_path / "office"
    _enrol(url, data, db_url, a, "field-staff", GRID_A)
    _enrol(url, data, db_url, b, "field-staff", GRID_B)
    _enrol(url, data, db_url, office, "township-office")
    assert "enrol" not in _server_cli(data, db_url, "device", "list")
    sa, sb = open_store(a), open_store(b)
    ids = [add_household(sa, GRID_A)[0] for _ in range(20)]
    add_household(sb, GRID_B)
    sa.close()
    sb.close()
    for laptop in (a, b, office, a, b):
        done = _mobile(laptop, "sync")
        assert done.returncode == 0, done.stderr

    # Cut the link after k bytes, for many k, then retry directly: no loss, no duplicate.
    port = int(url.rsplit(":", 1)[1])
    store = open_store(a, user_id="user-a")
    identity = load_identity(store)
    for k in (0, 1, 50, 200, 400, 700, 1000, 1500, 2500, 4000):
        edit(store, "households", ids[k % len(ids)], address_zh=f"cut-{k}")
        proxy = CutProxy(port, cut_after=k)
        cut = HttpTransport(f"http://127.0.0.1:{proxy.port}", timeout=5)
        try:
            SyncEngine(store, cut, identity).sync()
        except Unreachable:
            pass
        finally:
            cut.close()
            proxy.close()
    direct = HttpTransport(url)
    SyncEngine(store, direct, identity).sync()
    direct.close()
    store.close()
    for laptop in (b, office, a):
        assert _mobile(laptop, "sync").returncode == 0

    stores = {p.name: open_store(p) for p in (a, b, office)}
    sums = {n: local_checksums(s, load_identity(s).scopes) for n, s in stores.items()}
    office_households = table_state(stores["office"], "households")
    assert len(office_households) == 21
    for hid, row in table_state(stores["a"], "households").items():
        assert office_households[hid] == row
    assert (
        sums["a"][f"{TOWNSHIP}/{GRID_A}"] + sums["b"][f"{TOWNSHIP}/{GRID_B}"]
        == sums["office"][f"{TOWNSHIP}/*"]
    )
    health = httpx.get(url + "/health").json()
    unsent = stores["a"].conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    unsent += stores["b"].conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    assert health["head"] == unsent  # every change logged exactly once
    for s in stores.values():
        s.close()

    # Revocation: the next sync is refused with exit code 4.
    device_id = next(line.split("\t")[0] for line in _server_cli(data, db_url, "device", "list")
                     .splitlines() if f"\t{GRID_B}\t" in line)  # fmt: skip
    _server_cli(data, db_url, "device", "revoke", device_id)
    done = _mobile(b, "sync")
    assert done.returncode == 4, done.stderr
    assert _mobile(tmp_path / "nowhere", "sync").returncode == 2


def test_unreachable_server_exits_3(tmp_path: Path) -> None:
    laptop = tmp_path / "lonely"
    args = ("enroll", "--server", f"http://127.0.0.1:{_free_port()}",
            "--code", "AAAA-BBBB-CCCC-DDDD")  # fmt: skip
    done = _mobile(laptop, *args)  # no user yet: refused before any connection or file
    assert done.returncode == 2 and "enrol.needs_user" in done.stderr
    assert not (laptop / "subei.sqlite3").exists()
    first_user(laptop, county_key(tmp_path), "user-lonely", "field-staff")
    done = _mobile(laptop, *args)
    assert done.returncode == 3, done.stderr
