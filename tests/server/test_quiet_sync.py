"""A no-op sync right after a pull uploads nothing of that pull (issue 12.7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from loopback import loopback_server
from subei_sync.client.transport import Answer
from subei_sync.protocol import frames
from sync_harness import GRID_A, add_household

pytestmark = pytest.mark.slow


class Recording:
    """The laptop's transport, keeping each decoded sync request."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.requests: list[dict[str, object]] = []

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        if path.endswith("/sync"):
            self.requests.append(frames.decode_json(body))
        return self.inner.post(path, body, headers)  # type: ignore[attr-defined,no-any-return]


def test_noop_after_a_pull_sends_no_audit_entry(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        a = server.laptop(tmp_path, "a", "field-staff", GRID_A)
        b = server.laptop(tmp_path, "b", "field-staff", GRID_A)
        add_household(a.store, GRID_A)
        a.sync()
        b.sync()  # pulls: one sync.apply audit entry on b
        b.transport = Recording(b.transport)
        b.sync()
        assert [sorted(r) for r in b.transport.requests] == [
            ["cursors", "max_bytes", "max_changes"]
        ]
        # it still reaches the server with the next push, and the chain verifies
        add_household(b.store, GRID_A)
        b.transport.requests.clear()
        result = b.sync()
        sent = b.transport.requests[0]
        actions = [e["action"] for e in sent["audit"]]  # type: ignore[index,union-attr]
        assert "sync.apply" in actions and not result.rejected
        assert b.store.meta("sync.audit_acked") == b.store.meta("audit_seq")
        for laptop in (a, b):
            laptop.store.close()
