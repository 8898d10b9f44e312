"""Hostile and bad requests against the real app (in-process ASGI) on both database backends.

Pass: 413/422/429 with a JSON error code, never a 5xx, and bounded memory (the process's peak
RSS grows by less than MEMORY_BUDGET_MB over the whole barrage, zip bombs included).
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest
import zstandard
from subei_sync.client.identity import Identity
from subei_sync.protocol import frames
from subei_sync.protocol.wire import MAX_CHANGES_PER_REQUEST
from subei_sync.server.app import create_app
from subei_sync.server.database import Database, PostgresDatabase, SqliteDatabase
from sync_harness import GRID_A, enrol_laptop

MEMORY_BUDGET_MB = 300
PER_CHANGE = {"big_field_int"}  # 2**64 arrives as a float, out of scope
SYNC = "/v1/sync"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        db: Database = SqliteDatabase(tmp_path / "server.sqlite3")
    else:
        db = PostgresDatabase(request.getfixturevalue("pg_schema"))
    yield db
    db.close()


def _post(app: Any, path: str, body: bytes | Any, headers: dict[str, str]) -> httpx.Response:
    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://county.test") as c:
            return await c.post(path, content=body, headers=headers)

    return asyncio.run(call())


def _signed(identity: Identity, body: bytes) -> dict[str, str]:
    return {**identity.sign("POST", SYNC, body), "Content-Type": frames.CONTENT_TYPE}


def _raw_frame(raw: bytes, *, size_known: bool = True) -> bytes:
    cctx = zstandard.ZstdCompressor(level=3, dict_data=frames.dictionary(),
                                    write_content_size=size_known)  # fmt: skip
    if size_known:
        return cctx.compress(raw)
    return cctx.compressobj().compress(raw) + cctx.compressobj().flush()


def _stream_frame(raw: bytes) -> bytes:
    """A frame without a declared content size (streamed), to dodge a size pre-check."""
    cctx = zstandard.ZstdCompressor(level=3, dict_data=frames.dictionary())
    chunker = cctx.compressobj()
    return chunker.compress(raw) + chunker.flush()


def _change(seq: int, **extra: Any) -> dict[str, Any]:
    return {"seq": seq, "table": "households", "id": f"x{seq}", "op": "insert", "fields": {},
            "hlc": "0000000000001-0000-d", **extra}  # fmt: skip


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


class RssSampler(threading.Thread):
    """Samples this process's resident memory every few milliseconds (the server runs here)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.base = _rss_mb()
        self.peak = self.base
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.005):
            self.peak = max(self.peak, _rss_mb())

    def stop(self) -> float:
        self.done.set()
        self.join()
        return self.peak - self.base


def hostile_bodies() -> dict[str, bytes]:
    deep = b"[" * 200_000 + b"]" * 200_000
    many = {"changes": [_change(i + 1) for i in range(MAX_CHANGES_PER_REQUEST + 1)]}
    huge_string = {"changes": [_change(1, fields={"notes": "草" * 1_000_000})]}
    return {
        "oversized_body": b"\0" * (frames.MAX_FRAME_BYTES + 1),
        "not_a_frame": b"GET / HTTP/1.1\r\n" * 100,
        "deep_json": _raw_frame(b'{"changes":' + deep + b"}"),
        "deep_json_streamed": _stream_frame(b'{"changes":' + deep + b"}"),
        "too_many_changes": frames.encode_json(many),
        "huge_string": frames.encode_json(huge_string),
        "zip_bomb": _raw_frame(b" " * (frames.MAX_DECODED_BYTES + 10)),
        "zip_bomb_streamed": _stream_frame(b" " * (frames.MAX_DECODED_BYTES + 10)),
        "empty_dicts_bomb": _raw_frame(b"[" + b"{}," * 20_000_000 + b"{}]"),
        "ints_bomb": _raw_frame(b'{"changes":[' + b"1," * 25_000_000 + b"1]}"),
        "wrong_types": frames.encode_json({"changes": "all", "acked": -1, "cursors": [1]}),
        "unknown_keys": frames.encode_json({"changes": [], "admin": True}),
        "bad_op": frames.encode_json({"changes": [_change(1, op="drop table")]}),
        "null_bytes": frames.encode_json({"changes": [_change(1, id="\0" * 64)]}),
        "null_user": frames.encode_json({"changes": [_change(2, user="a\0b", hlc="1\0")]}),
        "surrogates": _raw_frame(
            b'{"changes":[{"seq":1,"table":"households","id":"\\ud800","op":"insert","hlc":"x"}]}'
        ),
        "big_numbers": frames.encode_json({"acked": 10**40, "changes": [_change(10**30)]}),
        "big_seq": frames.encode_json({"changes": [_change(2**63)]}),
        "big_field_int": frames.encode_json(
            {"changes": [_change(7001, fields={"is_central_household": 2**64})]}
        ),
        "big_cursor": frames.encode_json(
            {"cursors": [{"scope": "620923100/62092310000101", "seq": 2**64}]}
        ),
        "nan": b"\x28\xb5\x2f\xfd" + b"\0" * 20,
    }


@pytest.mark.slow
def test_hostile_sync_bodies_are_refused_cleanly(server_db: Database, tmp_path: Path) -> None:
    app = create_app(server_db, rate=1000, burst=1000)
    laptop = enrol_laptop(app.state.service, tmp_path, "a", "field-staff", GRID_A)
    bodies = hostile_bodies()
    gc.collect()
    sampler = RssSampler()
    sampler.start()
    answers = {}
    for name, body in bodies.items():
        reply = _post(app, SYNC, body, _signed(laptop.identity, body))
        answers[name] = reply.status_code
        if name in PER_CHANGE:  # a well-formed request: the change itself is rejected
            assert reply.status_code == 200, (name, reply.status_code)
            answer = frames.decode_json(reply.content)
            assert answer["rejected"] and "changes" not in answer, name
            continue
        assert reply.status_code in (409, 413, 422, 429), (
            name,
            reply.status_code,
            reply.text[:200],
        )
        assert "code" in reply.json(), name
    # unsigned: 401 before any work, whatever the body
    for name, body in bodies.items():
        if len(body) <= frames.MAX_FRAME_BYTES:
            reply = _post(app, SYNC, body, {"Content-Type": frames.CONTENT_TYPE})
            assert reply.status_code == 401, (name, reply.status_code)
    grown = sampler.stop()
    print(f"\nhostile bodies: {answers}; peak RSS grew {grown:.0f} MB")
    assert grown < MEMORY_BUDGET_MB
    laptop.store.close()


def test_flood_is_rate_limited(server_db: Database, tmp_path: Path) -> None:
    app = create_app(server_db, rate=1, burst=5)
    laptop = enrol_laptop(app.state.service, tmp_path, "a", "field-staff", GRID_A)
    body = frames.encode_json({})
    codes = [_post(app, SYNC, body, _signed(laptop.identity, body)).status_code for _ in range(12)]
    assert codes[:5] == [200] * 5 and set(codes[5:]) == {429}
    laptop.store.close()


def test_enrol_garbage_is_refused(server_db: Database) -> None:
    app = create_app(server_db)
    for body in [b"", b"{", b"[]" * 3000, json.dumps({"code": "x" * 10_000}).encode(),
                 json.dumps({"code": "AAAA", "public_key": "not a key"}).encode()]:  # fmt: skip
        reply = _post(app, "/v1/enrol", body, {"Content-Type": "application/json"})
        assert reply.status_code in (401, 413, 422), (body[:20], reply.status_code)
