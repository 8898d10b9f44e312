"""The county key's path to laptops and the first-run setup, against `subei-server serve`.

`subei-server county-key` prints the key and writes its QR image; `subei-mobile setup` takes
either and enrols over real HTTP. A demo store is refused before its enrolment code is spent,
so the same code still enrols a real laptop afterwards (issue 10, finding 1).
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import BIN, serve

from subei_mobile.security import county

PASSWORD = "grassland-2026"


def _server(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "subei-server"), "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


def _mobile(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "subei-mobile"), "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "LANG": "zh_CN.UTF-8", **env})  # fmt: skip


def test_county_key_is_printed_kept_and_drawn(tmp_path: Path) -> None:
    data = tmp_path / "server"
    first = _server(data, "county-key")
    assert first.returncode == 0, first.stderr
    value = first.stdout.strip()
    public = county.parse_public_key(value)
    private = data / "county-recovery-PRIVATE.key"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert "PRIVATE half written" in first.stderr and "offline" in first.stderr
    pair_ok = county.open_with_county(
        bytes.fromhex(private.read_text().strip()),
        county.seal_to_county(public, b"x", b"probe"), b"probe")  # fmt: skip
    assert pair_ok == b"x"
    assert county.read_public_key(data / "county-key.png") == public  # the QR holds the value
    again = _server(data, "county-key")
    assert again.stdout.strip() == value and "PRIVATE" not in again.stderr
    other = county.generate_county_keypair().public.hex()
    refused = _server(data, "county-key", "--import", other)
    assert refused.returncode == 2 and "county_key.already_set" in refused.stderr
    assert _server(data, "county-key").stdout.strip() == value
    offline = tmp_path / "offline"
    adopted = _server(offline, "county-key", "--import", other, "--qr", str(tmp_path / "k.png"))
    assert adopted.returncode == 0 and adopted.stdout.strip() == other
    assert not (offline / "county-recovery-PRIVATE.key").exists()
    assert county.read_public_key(tmp_path / "k.png").hex() == other
    bad = _server(tmp_path / "bad", "county-key", "--import", "not-a-key")
    assert bad.returncode == 2 and "county_key.unreadable" in bad.stderr


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with serve(tmp_path) as (url, data, _db):
        yield url, data


def test_demo_store_cannot_enrol_and_setup_enrols_with_the_same_code(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    url, data = server
    assert _server(data, "county-key").returncode == 0
    added = _server(data, "device", "add", "--township", "党城湾镇", "--role", "township-office")
    code = re.search(r"enrolment code[^:]*: (\S+)", added.stdout)
    assert code, added.stdout
    demo = tmp_path / "demo"
    assert _mobile(demo, "demo", "--households", "20").returncode == 0
    refused = _mobile(demo, "enroll", "--server", url, "--code", code.group(1))
    assert refused.returncode == 2
    assert "演示数据" in refused.stderr and "[store.demo" in refused.stderr
    assert not (demo / "sync-device.key").exists()
    laptop = tmp_path / "laptop"
    done = _mobile(laptop, "setup", "--name", "wang", "--role", "township-office",
                   "--township", "党城湾镇", "--county-key", str(data / "county-key.png"),
                   "--server", url, "--code", code.group(1),
                   SUBEI_PASSWORD=PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "enrolled as device" in done.stdout
    devices = _server(data, "device", "list").stdout
    assert "620923100" in devices
    import sqlite3

    with sqlite3.connect(data / "server.sqlite3") as conn:
        for table in ("log", "records"):  # nothing of the demo store reached the county
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
