"""Child process: the county server that SIGKILLs itself inside the N-th applied change.

usage: crash_server.py DB_URL PORT N -- the same as `subei-server serve`, plus the trap.
"""

from __future__ import annotations

import os
import signal
import sys

import uvicorn
from subei_sync.server import applier
from subei_sync.server.app import create_app
from subei_sync.server.database import open_database


def main() -> int:
    db_url, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    original = applier.Applier._apply
    seen = [0]

    def apply(self: applier.Applier, ch: object, result: object) -> str | None:
        seen[0] += 1
        if seen[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)  # kill -9 with the write transaction open
        return original(self, ch, result)  # type: ignore[arg-type]

    applier.Applier._apply = apply  # type: ignore[method-assign, assignment]
    uvicorn.run(create_app(open_database(db_url)), host="127.0.0.1", port=port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
