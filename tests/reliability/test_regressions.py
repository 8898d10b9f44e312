"""Regression tests for failures the reliability suites found (docs/reliability.md lists them)."""

from __future__ import annotations

from pathlib import Path

from subei_sync.client.transport import Answer, InMemoryTransport
from subei_sync.protocol import frames
from subei_sync.protocol.wire import SyncRequest
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, TOWNSHIP, enrol_laptop, in_memory, table_state

from subei_mobile.models import Household, Person


def _household(store, record_id: str, person_id: str) -> None:  # type: ignore[no-untyped-def]
    hh = Household(id=record_id, code=f"R-{record_id[-4:]}", township_code=TOWNSHIP,
                   grid_code=GRID_A)  # fmt: skip
    with store.transaction() as tx:
        tx.insert(hh)
        tx.insert(Person(id=person_id, household_id=hh.id, name_mn="ᠲᠡᠰᠲ", relation="head"))


def test_snapshot_page_never_carries_a_child_before_its_parent(
    service: SyncService, tmp_path: Path
) -> None:
    """Found by the convergence simulation: FOREIGN KEY constraint failed on a pulled page.

    A snapshot is served in pages at later heads. A household created after the snapshot
    began, with an id below the households page already served, was skipped, while its
    person came in the persons page: that page's commit failed on the laptop for ever.
    """
    source = enrol_laptop(service, tmp_path, "source", "field-staff", GRID_A)
    _household(
        source.store, "01900000-0000-7000-8000-00000000ffff", "01900000-0000-7000-8000-00000000fff0"
    )
    source.sync()
    inner = in_memory(service)
    calls = []

    def post(path: str, body: bytes, headers: dict[str, str]) -> Answer:
        calls.append(frames.decode(body, SyncRequest))
        if len(calls) == 2:  # between the households page and the persons page
            _household(source.store, "01900000-0000-7000-8000-000000000001",
                       "01900000-0000-7000-8000-000000000002")  # fmt: skip
            source.sync()
        return inner.post(path, body, headers)

    office = enrol_laptop(service, tmp_path, "office", "township-office",
                          transport=InMemoryTransport(lambda m, p, h, b: (0, b"")))  # fmt: skip
    office.transport = type("T", (), {"post": staticmethod(post)})()
    result = office.sync(batch=1)
    assert not result.mismatched
    assert table_state(office.store, "households") == table_state(source.store, "households")
    assert table_state(office.store, "persons") == table_state(source.store, "persons")


def test_openapi_has_no_dangling_references(tmp_path: Path) -> None:
    """Found by schemathesis: request schemas embedded with pydantic's "#/$defs/..." refs
    pointed at the root of the OpenAPI document, where nothing is."""
    import json
    import re

    from subei_sync.server.app import create_app
    from subei_sync.server.database import SqliteDatabase

    db = SqliteDatabase(tmp_path / "server.sqlite3")
    document = create_app(db, blob_dir=tmp_path / "blobs").openapi()
    db.close()
    components = set(document.get("components", {}).get("schemas", {}))
    for ref in set(re.findall(r'"\$ref": "([^"]+)"', json.dumps(document))):
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.removeprefix("#/components/schemas/") in components, ref
