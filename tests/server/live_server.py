"""A real county server on loopback and the two command lines, as operators run them.

`subei-server serve` runs in a subprocess; laptops are driven with `subei-mobile` subprocesses
(passwords through SUBEI_PASSWORD / SUBEI_NEW_PASSWORD, never the command line).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
PASSWORD = "grassland-2026"


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_healthy(url: str, log: Path) -> None:
    """Wait up to ~15 s for the server's /health; on failure raise with the log's tail."""
    for _ in range(150):
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("server did not start: " + log.read_text()[-500:])


def server_cli(data: Path, db_url: str, *args: str) -> str:
    """Run `subei-server` and return its output (it must succeed)."""
    db = ["--db", db_url] if db_url.startswith("postgresql") else []
    done = subprocess.run([str(BIN / "subei-server"), "--data-dir", str(data), *db, *args],
                          capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    return done.stdout


def mobile(
    data: Path, *args: str, user: str = "", password: str = "", new_password: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run `subei-mobile` on a laptop folder, signed in as `user` when given."""
    env = {k: v for k, v in os.environ.items() if k not in ("SUBEI_PASSWORD", "SUBEI_NEW_PASSWORD")}
    if password:
        env["SUBEI_PASSWORD"] = password
    if new_password:
        env["SUBEI_NEW_PASSWORD"] = new_password
    sign_in = ["--user", user] if user else []
    return subprocess.run([str(BIN / "subei-mobile"), "--data-dir", str(data), *sign_in, *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          env=env, stdin=subprocess.DEVNULL)  # fmt: skip


@contextmanager
def serve(root: Path, db_url: str = "") -> Iterator[tuple[str, Path, str]]:
    """Start `subei-server serve` on a free port; yield (url, data dir, db url)."""
    data = root / "server"
    db_url = db_url or str(root / "server.sqlite3")
    port = free_port()
    db = ["--db", db_url] if db_url.startswith("postgresql") else []
    log = open(root / "server.log", "wb")  # noqa: SIM115 - lives as long as the server
    proc = subprocess.Popen(
        [str(BIN / "subei-server"), "--data-dir", str(data), *db, "serve", "--port", str(port)],
        stderr=log,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(url, root / "server.log")
        yield url, data, db_url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def enrolment_code(data: Path, db_url: str, role: str, grid: str = "") -> str:
    """Create a device record on the server and return its one-time code."""
    grid_args = ["--grid", grid] if grid else []
    out = server_cli(data, db_url, "device", "add", "--township", "党城湾镇", *grid_args,
                     "--role", role)  # fmt: skip
    found = re.search(r"enrolment code[^:]*: (\S+)", out)
    assert found, out
    return found.group(1)


@dataclass(frozen=True)
class CountyKey:
    """The county recovery key pair as files (hex), as `user county-keygen` writes them."""

    private: Path
    public: Path


def county_key(root: Path) -> CountyKey:
    """Make (once per folder) a county recovery key pair with the command line."""
    key = CountyKey(root / "county.key", root / "county.pub")
    if key.public.exists():
        return key
    done = mobile(root / "keygen", "user", "county-keygen", str(key.private), str(key.public))
    assert done.returncode == 0, done.stderr
    return key


def first_user(laptop: Path, county: CountyKey, name: str, role: str, grid: str = "") -> None:
    """Add the laptop's first user with the command line (this turns on encryption)."""
    scope = ["--township", "620923100", *(["--grid", grid] if grid else [])]
    done = mobile(laptop, "user", "add", name, "--role", role, *scope, "--county-key",
                  str(county.public), new_password=PASSWORD)  # fmt: skip
    assert done.returncode == 0, done.stderr


def enrol(url: str, server: Path, db_url: str, laptop: Path, user: str, role: str,
          grid: str = "") -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Enrol a laptop that has its first user, signed in as that user."""
    code = enrolment_code(server, db_url, role, grid)
    return mobile(laptop, "enroll", "--server", url, "--code", code, user=user, password=PASSWORD)


def enrolled_laptop(
    url: str, server: Path, db_url: str, laptop: Path, user: str, role: str, grid: str = ""
) -> Path:
    """Set up a laptop as a township does: county key, first user, enrolment; return it."""
    first_user(laptop, county_key(laptop.parent), user, role, grid)
    done = enrol(url, server, db_url, laptop, user, role, grid)
    assert done.returncode == 0, done.stderr
    return laptop
