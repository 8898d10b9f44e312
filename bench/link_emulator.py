"""A user-space 2G link on 127.0.0.1: an asyncio TCP proxy with delay, bandwidth, cuts, counters.

Kernel `tc netem` is not available on the bench machines, so the link is emulated where the bytes
pass: each direction has a token bucket (the bottleneck, shared by all connections like a real
radio link) followed by a one-way propagation delay of RTT/2. A new connection costs one RTT
before the client's first byte may leave (TCP SYN, SYN-ACK), since the local connect() returns
at once. Traffic only ever goes to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from dataclasses import dataclass, field

MSS = 1460  # pieces the size of a TCP segment, so pacing and delivery are as granular as TCP's


@dataclass
class LinkConfig:
    """The emulated link; rates in bytes/s (None: unlimited), times in seconds."""

    rtt: float = 0.5
    up_rate: float | None = 50_000 / 8
    down_rate: float | None = 100_000 / 8
    cut_after: int | None = None  # close a connection once this many bytes crossed (both ways)
    handshake: bool = True  # a new connection waits one RTT before its first byte leaves
    burst: int = 0  # bucket depth: 0 serialises every byte at the rate, as a radio link does


@dataclass
class Counters:
    """Bytes delivered each way, connections opened and request/answer turns taken."""

    up: int = 0
    down: int = 0
    connections: int = 0
    turns: int = 0  # client bytes delivered after server bytes (or first): one exchange
    cuts: int = 0

    @property
    def round_trips(self) -> int:
        """Return exchanges plus one handshake round trip per new connection."""
        return self.turns + self.connections


class TokenBucket:
    """Paces bytes at `rate` with a small burst; rate None lets everything through."""

    def __init__(self, rate: float | None, burst: int) -> None:
        self.rate, self.burst = rate, float(burst)
        # Start empty: an idle link banks no credit, or small syncs would look faster than light.
        self.tokens, self.stamp = 0.0, time.monotonic()
        self.lock = asyncio.Lock()

    async def take(self, n: int) -> None:
        """Wait until n bytes may leave: with burst 0, n/rate after the previous bytes left."""
        if self.rate is None:
            return
        async with self.lock:  # FIFO across connections sharing the direction
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
            self.tokens -= n
            if self.tokens < 0:
                await asyncio.sleep(-self.tokens / self.rate)


@dataclass
class _Conn:
    """One proxied connection: its writers, cut budget and last delivered direction."""

    writers: list[asyncio.StreamWriter]
    ready_at: float
    budget: int | None
    last: str = ""
    open_pipes: int = 2
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class LinkEmulator:
    """Proxy 127.0.0.1:port -> 127.0.0.1:upstream_port through an emulated link."""

    def __init__(self, upstream_port: int, config: LinkConfig | None = None) -> None:
        self.upstream_port = upstream_port
        self.config = config or LinkConfig()
        self.counters = Counters()
        self.port = 0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._up = TokenBucket(self.config.up_rate, self.config.burst)
        self._down = TokenBucket(self.config.down_rate, self.config.burst)
        self._conns: set[asyncio.Task[None]] = set()

    def start(self) -> LinkEmulator:
        """Start listening on a free loopback port (see `port`)."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def __enter__(self) -> LinkEmulator:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    def reset(self) -> Counters:
        """Return the counters so far and start new ones."""
        with self._lock:
            old, self.counters = self.counters, Counters()
        return old

    def snapshot(self) -> Counters:
        """Return a copy of the counters."""
        with self._lock:
            c = self.counters
            return Counters(c.up, c.down, c.connections, c.turns, c.cuts)

    def set_cut(self, cut_after: int | None) -> None:
        """Cut every new connection after this many bytes (None: never)."""
        self.config.cut_after = cut_after

    def stop(self) -> None:
        """Close the listener and every open connection, then stop the loop."""

        async def close() -> None:
            if self._server:
                self._server.close()
            for task in list(self._conns):
                task.cancel()
            await asyncio.sleep(0)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    async def _accept(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._conns.add(task)
        try:
            s_reader, s_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            c_writer.close()
            self._conns.discard(task)
            return
        cfg = self.config
        with self._lock:
            self.counters.connections += 1
        delay = cfg.rtt if cfg.handshake else 0.0
        conn = _Conn([c_writer, s_writer], time.monotonic() + delay, cfg.cut_after)
        conn.tasks = [
            asyncio.ensure_future(self._pipe(conn, c_reader, s_writer, "up", self._up)),
            asyncio.ensure_future(self._pipe(conn, s_reader, c_writer, "down", self._down)),
        ]
        try:
            await asyncio.gather(*conn.tasks)
        except asyncio.CancelledError:
            for t in conn.tasks:
                t.cancel()
        finally:
            self._abort(conn)
            self._conns.discard(task)

    async def _pipe(
        self,
        conn: _Conn,
        src: asyncio.StreamReader,
        dst: asyncio.StreamWriter,
        way: str,
        bucket: TokenBucket,
    ) -> None:
        """Read, pace through the bucket, delay by RTT/2, deliver; EOF is delivered in order."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        deliver = asyncio.ensure_future(self._deliver(conn, queue, dst, way))
        try:
            while True:
                data = await src.read(65536)
                wait = conn.ready_at - time.monotonic()
                if wait > 0 and way == "up":
                    await asyncio.sleep(wait)
                if not data:
                    break
                for i in range(0, len(data), MSS):
                    piece = data[i : i + MSS]
                    await bucket.take(len(piece))
                    queue.put_nowait((time.monotonic() + self.config.rtt / 2, piece))
            queue.put_nowait((time.monotonic() + self.config.rtt / 2, b""))
            await deliver
        except (OSError, asyncio.IncompleteReadError):
            self._abort(conn)
        finally:
            deliver.cancel()

    async def _deliver(
        self, conn: _Conn, queue: asyncio.Queue[tuple[float, bytes]], dst: asyncio.StreamWriter,
        way: str,
    ) -> None:  # fmt: skip
        while True:
            at, piece = await queue.get()
            wait = at - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            if not piece:
                with contextlib.suppress(OSError, RuntimeError):
                    if dst.can_write_eof():
                        dst.write_eof()
                conn.open_pipes -= 1
                if conn.open_pipes == 0:
                    self._abort(conn)
                return
            if conn.budget is not None:
                piece = piece[: max(conn.budget, 0)]
                conn.budget -= len(piece)
            self._count(conn, way, len(piece))
            if piece:
                dst.write(piece)
                with contextlib.suppress(OSError, ConnectionError):
                    await dst.drain()
            if conn.budget is not None and conn.budget <= 0:
                with self._lock:
                    self.counters.cuts += 1
                self._abort(conn)
                for t in conn.tasks:
                    t.cancel()
                return

    def _count(self, conn: _Conn, way: str, n: int) -> None:
        with self._lock:
            if way == "up":
                self.counters.up += n
                if conn.last != "up":
                    self.counters.turns += 1
            else:
                self.counters.down += n
            conn.last = way

    @staticmethod
    def _abort(conn: _Conn) -> None:
        for w in conn.writers:
            with contextlib.suppress(Exception):
                w.transport.abort()
