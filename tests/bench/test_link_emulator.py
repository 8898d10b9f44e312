"""The bench link emulator paces, delays and cuts as configured (loose bounds: shared machines)."""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import contextlib

from link_emulator import LinkConfig, LinkEmulator


class Sink:
    """A loopback server that swallows bytes and echoes each line back."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.received: list[int] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        total = 0
        with conn:
            while data := conn.recv(65536):
                total += len(data)
                if data.endswith(b"\n"):
                    conn.sendall(b"ok\n")
        self.received.append(total)


@pytest.fixture
def sink() -> Iterator[Sink]:
    """Return a running sink server."""
    s = Sink()
    yield s
    s.listener.close()


def _recv_all(sock: socket.socket) -> bytes:
    chunks = []
    while data := sock.recv(65536):
        chunks.append(data)
    return b"".join(chunks)


def test_bandwidth_close_to_the_set_rate(sink: Sink) -> None:
    rate = 64_000.0
    cfg = LinkConfig(rtt=0.0, up_rate=rate, down_rate=None, handshake=False)
    with (
        LinkEmulator(sink.port, cfg) as link,
        socket.create_connection(("127.0.0.1", link.port)) as s,
    ):
        started = time.monotonic()
        s.sendall(b"x" * (64 * 1024 - 1) + b"\n")
        assert s.recv(16) == b"ok\n"
        elapsed = time.monotonic() - started
    measured = 64 * 1024 / elapsed
    assert 0.85 * rate <= measured <= 1.15 * rate, measured
    assert link.counters.up == 64 * 1024
    assert link.counters.down == 3


def test_delay_is_one_rtt_per_exchange_plus_handshake(sink: Sink) -> None:
    cfg = LinkConfig(rtt=0.2, up_rate=None, down_rate=None, handshake=True)
    with (
        LinkEmulator(sink.port, cfg) as link,
        socket.create_connection(("127.0.0.1", link.port)) as s,
    ):
        started = time.monotonic()
        s.sendall(b"ping\n")
        assert s.recv(16) == b"ok\n"
        cold = time.monotonic() - started
        started = time.monotonic()
        s.sendall(b"ping\n")
        assert s.recv(16) == b"ok\n"
        warm = time.monotonic() - started
    assert 0.19 <= warm < 0.35, warm
    assert 0.39 <= cold < 0.6, cold
    assert link.counters.round_trips == 3  # one handshake, two exchanges


def test_cut_after_n_bytes(sink: Sink) -> None:
    cfg = LinkConfig(rtt=0.0, up_rate=None, down_rate=None, cut_after=1000, handshake=False)
    with (
        LinkEmulator(sink.port, cfg) as link,
        socket.create_connection(("127.0.0.1", link.port)) as s,
    ):
        s.sendall(b"y" * 5000)
        s.settimeout(5)
        with contextlib.suppress(ConnectionResetError):
            assert _recv_all(s) == b""
        deadline = time.monotonic() + 5
        while not sink.received and time.monotonic() < deadline:
            time.sleep(0.01)
    assert sink.received == [1000]
    assert link.counters.up == 1000
    assert link.counters.cuts == 1
