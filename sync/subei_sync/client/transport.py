"""How request bytes reach the server: HTTP (httpx), in-process ASGI, or a direct call."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx

from subei_mobile.version import __version__

from ..protocol.compat import APP_HEADER

T = TypeVar("T")
# Every request names the program's version, so the server can say "update needed".
VERSION = {APP_HEADER: __version__}


class Unreachable(Exception):
    """The server could not be reached or the connection broke before an answer arrived."""


@dataclass(frozen=True)
class Answer:
    """Status and body of a server answer."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names


class Transport(Protocol):
    """Carries one POST to the server."""

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        """Send body to path; return the answer or raise Unreachable."""
        ...


class RequestTransport(Transport, Protocol):
    """Also carries other methods (health probe, blob chunks, ranged reads) with headers."""

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> Answer:
        """Send one request; return the answer with its headers or raise Unreachable."""
        ...


def pinned_trust(ca_file: str) -> ssl.SSLContext | bool:
    """Return TLS trust for the server: only the county CA when one is pinned."""
    return ssl.create_default_context(cafile=ca_file) if ca_file else True


class HttpTransport:
    """HTTP(S) with httpx; a pinned county CA file replaces the system trust store."""

    def __init__(
        self, base_url: str, *, ca_file: str = "", timeout: float = 60.0,
        client: httpx.Client | None = None,
    ) -> None:  # fmt: skip
        verify = pinned_trust(ca_file)
        self.client = client or httpx.Client(base_url=base_url, timeout=timeout, verify=verify)
        if client is None:
            # Every request header byte costs ~0.16 ms at 50 kbit/s: drop httpx's defaults the
            # server ignores (frames are zstd already; HTTP/1.1 keeps connections alive anyway).
            for name in ("user-agent", "accept", "accept-encoding", "connection"):
                self.client.headers.pop(name, None)
            # The program's version, so the server can say "update needed" (protocol.compat).
            self.client.headers.update(VERSION)

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        """Send one request on a kept-alive connection."""
        for attempt in range(2):
            try:
                reply = self.client.post(path, content=body, headers=headers)
            except httpx.RemoteProtocolError as exc:
                # The server closed the idle kept-alive connection as we reused it; syncs are
                # idempotent (device high-water mark), so one retry on a new connection is safe.
                if attempt == 0:
                    continue
                raise Unreachable(type(exc).__name__) from None
            except httpx.HTTPError as exc:
                raise Unreachable(type(exc).__name__) from None
            return Answer(reply.status_code, reply.content)
        raise AssertionError("unreachable")  # pragma: no cover

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> Answer:
        """Send any request on the kept-alive connection."""
        try:
            reply = self.client.request(method, path, content=body or None, headers=headers)
        except httpx.HTTPError as exc:
            raise Unreachable(type(exc).__name__) from None
        return Answer(reply.status_code, reply.content, dict(reply.headers))

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()


class AsgiTransport:
    """Calls an ASGI app in-process through httpx.ASGITransport (no sockets)."""

    def __init__(self, app: Any, base_url: str = "http://county.test") -> None:
        self.app = app
        self.base_url = base_url
        self.loop = asyncio.new_event_loop()
        self.lock = threading.Lock()

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        with self.lock:
            return self.loop.run_until_complete(coro)

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        """Send one request to the app."""

        async def call() -> Answer:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=self.base_url) as client:
                reply = await client.post(path, content=body, headers={**headers, **VERSION})
                return Answer(reply.status_code, reply.content)

        return self._run(call())

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> Answer:
        """Send any request to the app."""

        async def call() -> Answer:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=self.base_url) as client:
                reply = await client.request(method, path, content=body or None,
                                             headers={**(headers or {}), **VERSION})  # fmt: skip
                return Answer(reply.status_code, reply.content, dict(reply.headers))

        return self._run(call())

    def close(self) -> None:
        """Close the private event loop."""
        self.loop.close()


# (method, path, lower-cased headers, body) -> (status, body) or (status, body, headers)
Handler = Callable[
    [str, str, dict[str, str], bytes], tuple[int, bytes] | tuple[int, bytes, dict[str, str]]
]


class InMemoryTransport:
    """Hands the request to a function (e.g. the server's service object) directly."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        """Call the handler with lower-cased headers, as a web server would pass them."""
        return self.request("POST", path, body, headers)

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> Answer:
        """Call the handler for any method."""
        lowered = {k.lower(): v for k, v in (headers or {}).items()}
        reply = self.handler(method, path, lowered, body)
        extra = reply[2] if len(reply) == 3 else {}
        return Answer(reply[0], reply[1], {k.lower(): v for k, v in extra.items()})
