"""The server's version gate: laptops too old for this server get `update_needed`, not a crash.

An ASGI middleware in front of the device routes (/v1/...), so every path a laptop uses —
enrolment, sync, range repair, attachments — says the same thing; /health, /metrics and the
OpenAPI description stay open to every client.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI

from subei_mobile.version import __version__

from ..protocol.compat import (
    APP_HEADER,
    LEGACY_VERSION,
    SERVER_HEADER,
    UPDATE_NEEDED,
    UPDATE_STATUS,
    accepts,
    one_minor_behind,
)

_APP_HEADER = APP_HEADER.lower().encode()


class _VersionGate:
    def __init__(self, app: Any, owner: FastAPI) -> None:
        self.app, self.owner = app, owner

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        server_header = (SERVER_HEADER.lower().encode(), __version__.encode())

        async def tagged(message: Any) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), server_header]}
            await send(message)

        if scope["path"].startswith("/v1/"):
            sent = dict(scope.get("headers", [])).get(_APP_HEADER, b"").decode("latin-1")
            client = sent.strip()[:40] or LEGACY_VERSION
            minimum = str(getattr(self.owner.state, "min_app_version", one_minor_behind()))
            if not accepts(client, minimum):
                body = json.dumps({"code": UPDATE_NEEDED, "min_version": minimum,
                                   "server_version": __version__,
                                   "detail": f"update needed: this laptop runs {client}, the "
                                             f"county server needs {minimum} or newer"}).encode()  # fmt: skip
                await tagged({"type": "http.response.start", "status": UPDATE_STATUS,
                              "headers": [(b"content-type", b"application/json"),
                                          (b"content-length", str(len(body)).encode())]})  # fmt: skip
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, tagged)


def install_version_gate(app: FastAPI, minimum: str | None = None) -> None:
    """Refuse laptops older than minimum (default: one minor version behind this server)."""
    app.state.min_app_version = minimum or one_minor_behind()
    app.add_middleware(_VersionGate, owner=app)
