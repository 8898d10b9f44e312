"""A power-cut simulator: an APSW crash VFS that keeps un-fsynced writes in a volatile cache.

How it works:
1. `record_workload` runs the app's real save path (register_household + update_person on an
   `open_store` store) and records, via the sqlite3 trace hook, every SQL statement it runs,
   with bound values expanded. PRAGMAs are left out and replayed by us, so a run can use the
   app's settings (journal_mode=WAL, synchronous=FULL) or a control setting (NORMAL).
2. `cut` replays that statement stream through APSW on a copy of the starting file, over
   `CrashVFS`. Every xWrite/xTruncate is passed to the real file (so SQLite reads back what it
   wrote) and also queued as "not yet durable" for that file; xSync makes the file's queue
   durable. At a random write/sync number the power fails: the image a disk could hold is
   built from the durable contents plus a random subset of the queued writes, some torn at
   512-byte sector boundaries (disk caches reorder and tear). `-shm` is dropped (memory).
3. The image is opened with the stdlib sqlite3 (recovery runs as after a reboot): corrupt if
   it does not open or `integrity_check` is not ok; lost = saves whose COMMIT had returned
   before the cut (acknowledged, "Saved" shown) but whose outbox rows are missing.

Model limits: file creation and directory entries are treated as durable (SQLite creates the
-wal once, before the first commit), and a write is torn only at sector boundaries.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apsw

SECTOR = 512


@dataclass
class Workload:
    """The app's statements, the starting file, and after which statement each save is acked."""

    template: Path
    statements: list[str]
    acks: dict[int, int]  # statement index of a COMMIT -> outbox rows expected after it


def record_workload(work: Path, saves: int) -> Workload:
    """Run the real app for `saves` user actions and return its statement stream."""
    from subei_mobile.households import register_household, update_person
    from subei_mobile.models import Household, Person
    from subei_mobile.store import open_store

    data = work / "app"
    store = open_store(data, user_id="powercut")
    store.close()
    template = work / "template.sqlite3"
    shutil.copy(data / "subei.sqlite3", template)
    store = open_store(data, user_id="powercut")
    store.conn.execute("PRAGMA synchronous = OFF")  # the recorder itself need not be durable
    statements: list[str] = []

    def trace(sql: str) -> None:
        text = sql.strip()
        if text.startswith("--") or text.upper().startswith("PRAGMA"):
            return
        statements.append(text)

    acks: dict[int, int] = {}
    store.conn.set_trace_callback(trace)
    for n in range(saves):
        hh = Household(code=f"P-{n:06d}", township_code="620923100")
        head = Person(household_id=hh.id, name_zh="测试", name_mn="ᠲᠡᠰᠲ", relation="head")
        if n % 3 == 2:
            head_id = store.conn.execute(
                "SELECT id FROM persons ORDER BY rowid DESC LIMIT 1"
            ).fetchone()[0]
            update_person(store, head_id, {"name_latin": f"edit {n}"})
        else:
            register_household(store, hh, [head])
        store.conn.set_trace_callback(None)
        rows = store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
        store.conn.set_trace_callback(trace)
        commit = max(i for i, s in enumerate(statements) if s.upper() == "COMMIT")
        acks[commit] = int(rows)
    store.conn.set_trace_callback(None)
    store.close()
    return Workload(template, statements, acks)


class PowerCut(Exception):
    """Raised inside the VFS when the power fails: nothing after it reaches any disk."""


@dataclass
class _Disk:
    """One file's durable bytes and the writes still in the drive's volatile cache."""

    durable: bytearray
    pending: list[tuple[str, int, bytes]] = field(default_factory=list)  # (op, offset, data)

    def sync(self) -> None:
        for op, offset, data in self.pending:
            _apply(self.durable, op, offset, data)
        self.pending.clear()


def _apply(buf: bytearray, op: str, offset: int, data: bytes) -> None:
    if op == "truncate":
        del buf[offset:]
        return
    end = offset + len(data)
    if len(buf) < offset:
        buf.extend(b"\0" * (offset - len(buf)))
    buf[offset:end] = data


class CrashVFS(apsw.VFS):
    """Passes I/O to the default VFS while tracking what would survive a power cut."""

    def __init__(self, name: str, rng: random.Random, cut_at: int) -> None:
        self.rng = rng
        self.cut_at = cut_at
        self.ops = 0
        self.disks: dict[str, _Disk] = {}
        self.image: dict[str, bytes] | None = None
        super().__init__(name, "")

    def xOpen(self, name: Any, flags: list[int]) -> apsw.VFSFile:
        return CrashFile(self, name, flags)

    def tick(self) -> None:
        self.ops += 1
        if self.image is None and self.ops >= self.cut_at:
            self.image = self._power_fails()
            raise PowerCut

    def disk(self, path: str) -> _Disk:
        if path not in self.disks:
            data = Path(path).read_bytes() if Path(path).exists() else b""
            self.disks[path] = _Disk(bytearray(data))
        return self.disks[path]

    def _power_fails(self) -> dict[str, bytes]:
        out = {}
        for path, disk in self.disks.items():
            if path.endswith("-shm"):
                continue
            buf = bytearray(disk.durable)
            for op, offset, data in disk.pending:
                fate = self.rng.random()
                if fate < 0.4:
                    continue  # never left the drive cache
                if op == "write" and fate < 0.6 and len(data) > SECTOR:
                    sectors = len(data) // SECTOR
                    keep = self.rng.randrange(1, sectors) * SECTOR
                    data = data[:keep]  # torn at a sector boundary
                _apply(buf, op, offset, data)
            out[path] = bytes(buf)
        return out


class CrashFile(apsw.VFSFile):
    """A file of CrashVFS."""

    def __init__(self, vfs: CrashVFS, name: Any, flags: list[int]) -> None:
        self.crash = vfs
        self.path = name.filename() if hasattr(name, "filename") else str(name)
        super().__init__("", name, flags)
        self.crash.disk(self.path)

    def xWrite(self, data: bytes, offset: int) -> None:
        self.crash.tick()
        super().xWrite(data, offset)
        self.crash.disk(self.path).pending.append(("write", offset, bytes(data)))

    def xTruncate(self, newsize: int) -> None:
        self.crash.tick()
        super().xTruncate(newsize)
        self.crash.disk(self.path).pending.append(("truncate", newsize, b""))

    def xSync(self, flags: int) -> None:
        self.crash.tick()
        super().xSync(flags)
        self.crash.disk(self.path).sync()


@dataclass
class CutResult:
    """One power cut."""

    acked: int  # saves acknowledged before the cut
    lost: int  # of those, missing after recovery
    corrupt: bool
    detail: str = ""


_vfs_serial = iter(range(1, 10**9))


def count_ops(workload: Workload, work: Path, synchronous: str) -> int:
    """Return how many writes/syncs a whole run makes (the range a cut is drawn from)."""
    vfs, _ = _run(workload, work, synchronous, random.Random(0), cut_at=10**12)
    return vfs.ops


def _run(
    workload: Workload, work: Path, synchronous: str, rng: random.Random, cut_at: int
) -> tuple[CrashVFS, int]:
    """Replay the workload until the end or the power cut; return the VFS and acked rows."""
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    db = work / "subei.sqlite3"
    shutil.copy(workload.template, db)
    name = f"crash{next(_vfs_serial)}"
    vfs = CrashVFS(name, rng, cut_at)
    conn = apsw.Connection(str(db), vfs=name)
    acked_rows = 0
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        conn.execute("PRAGMA foreign_keys = ON")
        for i, sql in enumerate(workload.statements):
            conn.execute(sql).fetchall()
            if i in workload.acks:
                acked_rows = workload.acks[i]  # COMMIT returned: the user saw "Saved"
    except PowerCut:
        pass
    with contextlib.suppress(Exception):  # after a cut the connection may be unusable
        conn.close()
    vfs.unregister()
    return vfs, acked_rows


def cut(workload: Workload, work: Path, synchronous: str, rng: random.Random,
        total_ops: int) -> CutResult:  # fmt: skip
    """Replay the workload, fail the power at a random I/O, reboot and inspect the file."""
    cut_at = rng.randrange(1, total_ops + 1)
    vfs, acked_rows = _run(workload, work / "live", synchronous, rng, cut_at)
    image = vfs.image
    assert image is not None, "the cut point lies past the end of the workload"
    after = work / "after"
    if after.exists():
        shutil.rmtree(after)
    after.mkdir(parents=True)
    for path, data in image.items():
        (after / Path(path).name).write_bytes(data)
    acked = sum(1 for rows in workload.acks.values() if rows <= acked_rows)
    try:
        conn = sqlite3.connect(after / "subei.sqlite3")
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
        audits = conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        conn.close()
    except sqlite3.DatabaseError as exc:
        return CutResult(acked, 0, True, f"{type(exc).__name__}: {exc}")
    if ok != "ok" or rows != audits:
        return CutResult(acked, 0, True, f"integrity {ok!r}, changes {rows} audits {audits}")
    lost = sum(1 for r in workload.acks.values() if r <= acked_rows and r > rows)
    return CutResult(acked, lost, False)
