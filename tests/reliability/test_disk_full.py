"""Disk full during save, sync and export: a clear `disk_full`, nothing partial, works after.

As root the data lives on a 4 MB tmpfs that is filled with a filler file (a real ENOSPC);
elsewhere `PRAGMA max_page_count` (SQLITE_FULL) and RLIMIT_FSIZE (EFBIG) stand in.
"""

from __future__ import annotations

import os
import resource
import sqlite3
from pathlib import Path

import pytest
import small_disk as small_disks
from small_disk import SmallDisk
from sync_harness import GRID_A, add_household, enrol_laptop, service_over

from subei_mobile.errors import DiskFull
from subei_mobile.exchange.households import export_households
from subei_mobile.households import register_household
from subei_mobile.models import Household, Person
from subei_mobile.store import Store, open_store

small_disk = small_disks.small_disk  # a 4 MB tmpfs (tests/small_disk.py)


def test_open_on_a_full_disk_is_not_called_corrupt(small_disk: SmallDisk) -> None:
    """Regression: no room for -shm at start-up was reported as store_corrupt (restore!)."""
    store = open_store(small_disk.root / "data")
    _save(store, 0)
    store.close()
    before = (small_disk.root / "data" / "subei.sqlite3").read_bytes()
    small_disk.fill()
    with pytest.raises(DiskFull):
        open_store(small_disk.root / "data")
    assert (small_disk.root / "data" / "subei.sqlite3").read_bytes() == before
    small_disk.free()
    store = open_store(small_disk.root / "data")
    assert _counts(store)[0] == 1
    store.close()


def test_new_store_on_a_full_disk_is_disk_full(small_disk: SmallDisk, capsys) -> None:
    """Creating a store (schema, device id) with no room: disk_full, never store_corrupt."""
    from subei_mobile.cli import main

    small_disk.fill()
    with pytest.raises(DiskFull):
        open_store(small_disk.root / "data")
    assert main(["--data-dir", str(small_disk.root / "data2"), "check"]) == 2
    assert main(["--data-dir", str(small_disk.root / "data3"), "demo", "--households", "1"]) == 2
    err = capsys.readouterr().err
    assert "[disk_full" in err and "store_corrupt" not in err and "Traceback" not in err


def _save(store: Store, n: int) -> str:
    hh = Household(code=f"DF-{n:05d}", township_code="620923100", grid_code=GRID_A,
                   notes="备注" * 400)  # fmt: skip
    register_household(store, hh, [Person(household_id=hh.id, name_mn="ᠲᠡᠰᠲ", relation="head")])
    return hh.id


def _counts(store: Store) -> tuple[int, ...]:
    return tuple(
        store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("households", "persons", "changes", "audit_log")
    )


def test_save_on_a_full_disk(small_disk: SmallDisk) -> None:
    store = open_store(small_disk.root / "data")
    _save(store, 0)
    small_disk.fill()
    before = _counts(store)
    with pytest.raises(DiskFull):
        for n in range(1, 200):  # the page cache may absorb the first few
            _save(store, n)
            before = _counts(store)
    assert _counts(store) == before, "a partial record was left behind"
    small_disk.free()
    _save(store, 999)
    assert _counts(store)[0] == before[0] + 1
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_sync_apply_on_a_full_disk(small_disk: SmallDisk, tmp_path: Path) -> None:
    from subei_sync.server.database import SqliteDatabase

    db = SqliteDatabase(tmp_path / "server.sqlite3")
    service = service_over(db)
    source = enrol_laptop(service, tmp_path, "source", "field-staff", GRID_A)
    for _ in range(60):
        add_household(source.store, GRID_A, notes="备注" * 500)
    source.sync()
    target = enrol_laptop(service, small_disk.root, "target", "field-staff", GRID_A)
    small_disk.fill()
    before = _counts(target.store)
    cursor = target.store.meta("sync.cursor.620923100/" + GRID_A)
    with pytest.raises(DiskFull):
        target.sync(batch=500)
    # the page that did not fit was rolled back as a whole; earlier pages are complete
    rows = target.store.conn.execute(
        "SELECT COUNT(*) FROM persons WHERE household_id NOT IN (SELECT id FROM households)"
    ).fetchone()[0]
    assert rows == 0
    assert _counts(target.store) == before or target.store.meta(
        "sync.cursor.620923100/" + GRID_A) != cursor  # fmt: skip
    small_disk.free()
    result = target.sync()
    assert not result.mismatched
    assert _counts(target.store)[0] == 60
    target.store.close()
    source.store.close()
    db.close()


def test_export_on_a_full_disk(small_disk: SmallDisk, tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    for n in range(300):
        _save(store, n)
    target = small_disk.root / "register.csv"
    small_disk.fill()
    with pytest.raises(DiskFull):
        export_households(store, target)
    assert sorted(p.name for p in small_disk.root.iterdir()) == ["filler"], "partial file left"
    small_disk.free()
    assert export_households(store, target) == 300
    store.close()


def test_save_when_the_database_hits_its_page_limit(tmp_path: Path) -> None:
    """Without root: SQLITE_FULL from max_page_count is the same code path as ENOSPC."""
    store = open_store(tmp_path / "data")
    _save(store, 0)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    before = _counts(store)
    with pytest.raises(DiskFull):
        for n in range(1, 100):
            _save(store, n)
            before = _counts(store)
    assert _counts(store) == before
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    _save(store, 999)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_export_past_the_file_size_limit(tmp_path: Path) -> None:
    """RLIMIT_FSIZE (EFBIG) in a child process: DiskFull, no .part file, old export kept."""
    store = open_store(tmp_path / "data")
    for n in range(200):
        _save(store, n)
    store.close()
    target = tmp_path / "out" / "register.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old export")
    pid = os.fork()
    if pid == 0:  # the child: a tiny file-size limit, SIGXFSZ ignored so write() says EFBIG
        import signal

        code = 3
        try:
            child_store = open_store(tmp_path / "data")
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
            try:
                export_households(child_store, target)
            except DiskFull:
                code = 0
        except BaseException:
            import traceback

            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert target.read_bytes() == b"old export"
    assert [p.name for p in target.parent.iterdir()] == ["register.xlsx"]
    with sqlite3.connect(tmp_path / "data" / "subei.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
