"""Crafted requests against a real server on loopback answer 4xx with a clear code (issue 12).

Crafted cursors gave 500, a NaN time stamp passed the clock-skew check, PATCH on
/v1/blobs/missing gave 422, and each dropped connection logged a 30-line traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from pathlib import Path

import httpx
import pytest
from loopback import LoopbackServer, loopback_server
from subei_sync.protocol import frames, signing
from sync_harness import GRID_A, TOWNSHIP, Laptop

pytestmark = pytest.mark.slow
SYNC = "/v1/sync"
SCOPE = f"{TOWNSHIP}/{GRID_A}"


def _post(server: LoopbackServer, laptop: Laptop, data: object) -> httpx.Response:
    body = frames.encode_json(data)
    headers = {**laptop.identity.sign("POST", SYNC, body), "Content-Type": frames.CONTENT_TYPE}
    return httpx.post(server.url + SYNC, content=body, headers=headers, timeout=30)


@pytest.mark.parametrize(
    "snapshot", ["garbage", "5:x:", "99999999999999999999999:0:", "5:0:\x00", ":0:", "5:999:"]
)
def test_crafted_cursors_are_refused(tmp_path: Path, db_url: str, snapshot: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        laptop = server.laptop(tmp_path, "a", "field-staff", GRID_A)
        reply = _post(server, laptop, {"cursors": [{"scope": SCOPE, "snapshot": snapshot}]})
        assert reply.status_code == 422, reply.text
        assert reply.json()["code"] == "bad_cursor"
        # the device is not harmed: an honest request right after works
        assert (
            _post(server, laptop, {"cursors": [{"scope": SCOPE, "snapshot": ""}]}).status_code
            == 200
        )
        assert "Traceback" not in server.log.read_text()
        laptop.store.close()


def test_stamps_methods_and_dropped_connections(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        laptop = server.laptop(tmp_path, "a", "field-staff", GRID_A)
        body = frames.encode_json({})
        for stamp in ("NaN", "nan", "inf", "-inf", "1e999"):
            # a valid signature made over the odd stamp: only the stamp is wrong
            payload = signing.signing_payload("POST", SYNC, stamp, body)
            headers = {
                signing.DEVICE_HEADER: laptop.identity.device_id,
                signing.TIME_HEADER: stamp,
                signing.SIGNATURE_HEADER: signing.b64(laptop.identity.key.sign(payload)),
            }
            reply = httpx.post(server.url + SYNC, content=body, headers=headers, timeout=30)
            assert reply.status_code == 401, (stamp, reply.text)
            assert reply.json()["code"] == "bad_signature", stamp
        for method in ("PATCH", "GET", "PUT", "DELETE"):
            reply = httpx.request(
                method, server.url + "/v1/blobs/missing", content=b"x", timeout=30
            )
            assert reply.status_code == 405, (method, reply.text)
            assert reply.headers["allow"] == "POST"

        async def drop_mid_body() -> None:
            host, port = server.url.removeprefix("http://").split(":")
            big = b"\0" * 1_000_000
            signed = laptop.identity.sign("POST", SYNC, big)
            head = "".join(f"{k}: {v}\r\n" for k, v in signed.items())
            _reader, writer = await asyncio.open_connection(host, int(port))
            writer.write(f"POST {SYNC} HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(big)}\r\n"
                         f"{head}\r\n".encode() + big[:100_000])  # fmt: skip
            await writer.drain()
            await asyncio.sleep(0.3)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

        for _ in range(3):
            asyncio.run(drop_mid_body())
        time.sleep(0.5)
        assert httpx.get(server.url + "/health", timeout=5).status_code == 200
        log = server.log.read_text()
        assert "Traceback" not in log and "ClientDisconnect" not in log, log[-2000:]
        laptop.store.close()
