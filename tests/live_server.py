"""`subei-server serve` in a subprocess on a free loopback port, for end-to-end tests."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run one `subei-server` command on a data folder (not checked: callers assert)."""
    return subprocess.run([str(BIN / "subei-server"), "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip


@contextmanager
def serving(data: Path, log: Path) -> Iterator[str]:
    """Serve a data folder until the block ends; yield its URL once /health answers."""
    port = free_port()
    with open(log, "wb") as err:
        proc = subprocess.Popen(
            [str(BIN / "subei-server"), "--data-dir", str(data), "serve", "--port", str(port)],
            stderr=err,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    if httpx.get(url + "/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            else:
                raise RuntimeError("server did not start: " + log.read_text()[-500:])
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=20)
