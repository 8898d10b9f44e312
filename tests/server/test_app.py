"""The FastAPI app in-process (httpx ASGITransport) on both database backends."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest
from subei_sync.client.engine import SyncFailed
from subei_sync.client.transport import AsgiTransport
from subei_sync.protocol import frames
from subei_sync.protocol.wire import PushedChange, SyncRequest
from subei_sync.server.app import create_app
from subei_sync.server.database import Database
from subei_sync.server.devices import revoke_device
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, GRID_B, Laptop, add_household, edit, enrol_laptop, table_state


@pytest.fixture
def app_and_service(db: Database) -> tuple[object, SyncService]:
    app = create_app(db)
    return app, app.state.service


def _laptop(
    app: object, service: SyncService, tmp: Path, name: str, role: str, grid: str = ""
) -> Laptop:
    return enrol_laptop(service, tmp, name, role, grid, transport=AsgiTransport(app))


def _get(app: object, path: str) -> httpx.Response:
    transport = AsgiTransport(app)

    async def call() -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t"
        ) as c:
            return await c.get(path)

    return transport._run(call())


def test_health_and_openapi(app_and_service: tuple[object, SyncService]) -> None:
    app, _ = app_and_service
    health = _get(app, "/health").json()
    assert health["status"] == "ok" and health["schema"] >= 1
    paths = _get(app, "/openapi.json").json()["paths"]
    assert {"/health", "/v1/sync", "/v1/enrol"} <= set(paths)


def test_engine_through_the_app_converges(
    app_and_service: tuple[object, SyncService], tmp_path: Path
) -> None:
    app, service = app_and_service
    a = _laptop(app, service, tmp_path, "a", "field-staff", GRID_A)
    b = _laptop(app, service, tmp_path, "b", "field-staff", GRID_B)
    office = _laptop(app, service, tmp_path, "office", "township-office")
    ids = [add_household(a.store, GRID_A)[0] for _ in range(5)]
    add_household(b.store, GRID_B)
    for laptop in (a, b, office):
        laptop.sync()
    edit(office.store, "households", ids[0], address_zh="乡里改的")
    office.sync()
    res = a.sync()
    assert not res.mismatched and a.store.get("households", ids[0])["address_zh"] == "乡里改的"
    assert len(table_state(office.store, "households")) == 6
    server_sums = {**a.sync().checksums, **b.sync().checksums}
    office_sum = office.sync().checksums
    assert sum(server_sums.values()) == sum(office_sum.values())


def test_revoked_device_gets_401(
    app_and_service: tuple[object, SyncService], tmp_path: Path
) -> None:
    app, service = app_and_service
    a = _laptop(app, service, tmp_path, "a", "field-staff", GRID_A)
    a.sync()
    assert revoke_device(service.db, a.identity.device_id)
    add_household(a.store, GRID_A)
    with pytest.raises(SyncFailed) as caught:
        a.sync()
    assert caught.value.status == 401 and caught.value.code == "device_revoked"
    with service.db.transaction() as tx:
        assert tx.execute("SELECT COUNT(*) FROM records")[0][0] == 0


def test_duplicated_and_reordered_requests_are_noops(
    app_and_service: tuple[object, SyncService], tmp_path: Path
) -> None:
    app, service = app_and_service
    a = _laptop(app, service, tmp_path, "a", "field-staff", GRID_A)
    add_household(a.store, GRID_A)
    add_household(a.store, GRID_A)
    rows = a.store.conn.execute(
        "SELECT device_seq, table_name, record_id, op, fields, base, hlc,"
        " user_id, scope FROM changes ORDER BY device_seq"
    ).fetchall()
    changes = [
        PushedChange(
            seq=r[0],
            table=r[1],
            id=r[2],
            op=r[3],
            fields=json.loads(r[4]),
            base=json.loads(r[5]),
            hlc=r[6],
            user=r[7],
            scope=r[8],
        )
        for r in rows
    ]
    first = frames.encode(SyncRequest(acked=0, changes=changes[:2]))
    second = frames.encode(SyncRequest(acked=2, changes=changes[2:]))
    transport = a.transport

    def send(body: bytes) -> int:
        return transport.post("/v1/sync", body, a.identity.sign("POST", "/v1/sync", body)).status

    assert send(second) == 409  # arrives before the first: refused, nothing applied
    assert send(first) == 200
    assert send(first) == 200  # duplicate
    assert send(second) == 200
    assert send(second) == 200
    with service.db.transaction() as tx:
        assert tx.execute("SELECT COUNT(*) FROM log")[0][0] == 4
        assert tx.execute("SELECT COUNT(*) FROM records")[0][0] == 4
    result = a.sync()  # the laptop never saw the acks; its retry is absorbed
    assert result.pushed == 4 and not result.rejected and not result.mismatched
    with service.db.transaction() as tx:
        assert tx.execute("SELECT COUNT(*) FROM log")[0][0] == 4


def test_limits_answer_4xx_not_500(
    app_and_service: tuple[object, SyncService], tmp_path: Path
) -> None:
    app, service = app_and_service
    a = _laptop(app, service, tmp_path, "a", "field-staff", GRID_A)

    def send(body: bytes, headers: dict[str, str] | None = None) -> int:
        signed = {**a.identity.sign("POST", "/v1/sync", body), **(headers or {})}
        return a.transport.post("/v1/sync", body, signed).status

    assert send(b"not a frame") == 422
    assert send(frames.encode_json({"changes": "x"})) == 422
    assert send(frames.encode_json({"a": [[[[[]]]]] * 3})) == 422
    deep = "[" * 100_000 + "]" * 100_000
    assert send(frames.encode_json(json.loads("[]")) + b"") == 422
    assert send(_raw_frame(deep.encode())) == 422
    many = [
        {"seq": i + 1, "table": "households", "id": "x", "op": "delete", "hlc": "1"}
        for i in range(2001)
    ]
    assert send(frames.encode_json({"changes": many})) == 413
    assert send(b"\0" * (frames.MAX_FRAME_BYTES + 1)) == 413
    huge = frames.encode_json({"changes": [], "cursors": [{"scope": "x" * 100}]})
    assert send(huge) == 422
    body = frames.encode(SyncRequest())
    assert (
        a.transport.post(
            "/v1/sync",
            body,
            {"X-Subei-Device": "nope", "X-Subei-Time": "1", "X-Subei-Signature": "AA=="},
        ).status
        == 401
    )
    bad_sig = {**a.identity.sign("POST", "/v1/sync", b"other"), "Content-Type": "x"}
    assert a.transport.post("/v1/sync", body, bad_sig).status == 401


def _raw_frame(data: bytes) -> bytes:
    import zstandard

    return zstandard.ZstdCompressor(dict_data=frames.dictionary()).compress(data)


def test_rate_limit_answers_429(db: Database, tmp_path: Path) -> None:
    app = create_app(db, rate=0.001, burst=3)
    service: SyncService = app.state.service
    a = _laptop(app, service, tmp_path, "a", "field-staff", GRID_A)
    body = frames.encode(SyncRequest())
    statuses = [
        a.transport.post("/v1/sync", body, a.identity.sign("POST", "/v1/sync", body)).status
        for _ in range(5)
    ]
    assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]


def test_clock_two_days_wrong_still_converges(
    app_and_service: tuple[object, SyncService], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, service = app_and_service
    a = _laptop(app, service, tmp_path, "a", "field-staff", GRID_A)
    a2 = _laptop(app, service, tmp_path, "a2", "grid-worker", GRID_A)
    skew = -2 * 86400
    a.identity.wall = lambda: time.time() + skew
    import subei_mobile.ids as ids

    real_ns = time.time_ns
    hh, _ = add_household(a2.store, GRID_A)
    a2.sync()
    a.sync()
    monkeypatch.setattr(ids.time, "time_ns", lambda: real_ns() + skew * 10**9)
    edit(a.store, "households", hh, address_zh="慢钟")
    edit(a.store, "households", hh, notes="慢钟笔记")
    assert a.sync().pushed == 2
    monkeypatch.setattr(ids.time, "time_ns", real_ns)
    a2.sync()
    assert a2.store.get("households", hh)["address_zh"] == "慢钟"
    # The slow clock was pushed forward by what it saw, so its low-stakes edit still won.
    assert a2.store.get("households", hh)["notes"] == "慢钟笔记"
    assert a.checksums() == a2.checksums()
