"""Memory of a real `subei-server serve` process under hostile bodies (issue 12.4).

Before: the server read whole bodies before checking the signature (60 concurrent unsigned
8 MB bodies: +525 MB) and decoded frames without a server-wide limit (10 concurrent signed
2 KB zstd bombs: +1.2 GB). Now headers and declared sizes are checked first and buffering and
decoding draw on server-wide budgets (server/intake.py). The bounds below are the budgets
plus a margin for the interpreter; docs/reliability.md records the measured figures.
"""

from __future__ import annotations

import asyncio
import base64
import os
import sys
import time
from pathlib import Path

import pytest
import zstandard
from subei_sync.protocol import frames, signing
from subei_sync.server.intake import BODY_BUDGET, DECODE_BUDGET, MAX_DECODED_BYTES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
from loopback import LoopbackServer, PeakRss, loopback_server, raw_post
from sync_harness import GRID_A

pytestmark = pytest.mark.slow
SYNC = "/v1/sync"
MB = 1_000_000
MARGIN_MB = 60  # interpreter, threads, the asyncio buffers of 60 connections


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "server.sqlite3")
    return str(request.getfixturevalue("pg_schema"))


def _barrage(server: LoopbackServer, bodies: list[tuple[dict[str, str], bytes]]) -> list[int]:
    async def run() -> list[int]:
        return list(await asyncio.gather(*(raw_post(server.url, SYNC, h, b) for h, b in bodies)))

    return asyncio.run(run())


def _bomb(decoded: int, *, size_known: bool = True) -> bytes:
    cctx = zstandard.ZstdCompressor(level=3, dict_data=frames.dictionary(),
                                    write_content_size=size_known)  # fmt: skip
    if size_known:
        return cctx.compress(b" " * decoded)
    chunker = cctx.compressobj()
    return chunker.compress(b" " * decoded) + chunker.flush()


def test_unsigned_and_forged_bodies_cost_no_memory(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        laptop = server.laptop(tmp_path, "a", "field-staff", GRID_A)
        big = os.urandom(frames.MAX_FRAME_BYTES)
        plain = {"Content-Type": frames.CONTENT_TYPE}
        sampler = PeakRss(server)
        sampler.start()
        statuses = _barrage(server, [(plain, big)] * 60)
        unsigned = sampler.grown()
        assert statuses == [401] * 60
        forged = {**plain, signing.DEVICE_HEADER: laptop.identity.device_id,
                  signing.TIME_HEADER: str(time.time()),
                  signing.SIGNATURE_HEADER: base64.b64encode(os.urandom(64)).decode()}  # fmt: skip
        sampler = PeakRss(server)
        sampler.start()
        statuses = _barrage(server, [(forged, big)] * 60)
        forged_grown = sampler.grown()
        # Read within the body budget (then refused by the signature), or refused as busy.
        assert set(statuses) <= {401, 503} and 401 in statuses, statuses
        nan = {**forged, signing.TIME_HEADER: "NaN"}
        assert _barrage(server, [(nan, b"x")]) == [401]
        print(f"\nunsigned 60 x 8 MB: +{unsigned:.0f} MB; forged signature 60 x 8 MB: "
              f"+{forged_grown:.0f} MB ({statuses.count(503)} answered busy)")  # fmt: skip
        assert unsigned < MARGIN_MB
        assert forged_grown < BODY_BUDGET / MB + MARGIN_MB
        laptop.store.close()


def test_signed_zstd_bombs_are_bounded(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        laptop = server.laptop(tmp_path, "a", "field-staff", GRID_A)

        def signed(body: bytes) -> tuple[dict[str, str], bytes]:
            headers = laptop.identity.sign("POST", SYNC, body)
            return {**headers, "Content-Type": frames.CONTENT_TYPE}, body

        largest = _bomb(MAX_DECODED_BYTES)  # the largest frame the server decodes
        assert len(largest) < 4096
        sampler = PeakRss(server)
        sampler.start()
        statuses = _barrage(server, [signed(largest) for _ in range(10)])
        grown = sampler.grown()
        assert set(statuses) <= {422, 429, 503} and 422 in statuses, statuses
        print(f"\n10 signed {len(largest)} B zstd bombs of {MAX_DECODED_BYTES // MB} MB: "
              f"+{grown:.0f} MB ({statuses.count(503)} answered busy)")  # fmt: skip
        assert grown < DECODE_BUDGET / MB + MARGIN_MB
        # Past the per-request size, or with no declared size: refused undecoded.
        assert _barrage(server, [signed(_bomb(MAX_DECODED_BYTES + 1))]) == [413]
        assert _barrage(server, [signed(_bomb(1000, size_known=False))]) == [422]
        laptop.store.close()
