"""Child process: sync a laptop and os._exit() inside the apply transaction at a chosen point.

usage: crash_client.py LAPTOP_DIR SERVER_DB POINT N
POINT "apply": die before applying the N-th pulled change of the run;
POINT "commit": die after all writes of the N-th round trip, just before COMMIT.
POINT "ahead": as "commit", but only once the server has answered the next (pipelined) request,
i.e. the server has served frame N+1 while frame N is still uncommitted here (exit 3 if the
engine never sent a request ahead).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from subei_sync.client import engine
from subei_sync.client.identity import load_identity
from subei_sync.server.database import SqliteDatabase
from sync_harness import in_memory, service_over

from subei_mobile.store import open_store, remote

CRASHED = 9
NOT_AHEAD = 3


def main() -> int:
    laptop, server_db, point, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if point == "apply":
        original = remote.RemoteBatch.apply
        seen = [0]

        def apply(self: remote.RemoteBatch, change: remote.RemoteChange) -> None:
            if seen[0] == n:
                os._exit(CRASHED)
            seen[0] += 1
            original(self, change)

        remote.RemoteBatch.apply = apply  # type: ignore[method-assign]
    else:
        batch = engine.remote_batch
        rounds = [0]

        @contextmanager
        def crashing(store: Any) -> Iterator[remote.RemoteBatch]:
            with batch(store) as b:
                yield b
                if rounds[0] == n:
                    if point == "ahead":
                        with answered:  # the request after this round's has been answered
                            if not answered.wait_for(lambda: posts[0] >= n + 2, 30):
                                os._exit(NOT_AHEAD)
                    os._exit(CRASHED)
                rounds[0] += 1

        engine.remote_batch = crashing  # type: ignore[assignment]
    store = open_store(laptop, user_id="user-office")
    service = service_over(SqliteDatabase(server_db))
    transport = in_memory(service)
    posts, answered = [0], threading.Condition()
    post = transport.post

    def counted(path: str, body: bytes, headers: dict[str, str]) -> Any:
        answer = post(path, body, headers)
        with answered:
            posts[0] += 1
            answered.notify_all()
        return answer

    transport.post = counted  # type: ignore[method-assign]
    engine.SyncEngine(store, transport, load_identity(store), batch=20).sync()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
