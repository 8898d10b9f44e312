"""A seeded convergence simulation: laptops x operations against the real sync service.

Each seed builds one county server (SQLite file or a PostgreSQL schema), enrols five laptops
(two field staff and a grid worker in grid A, one field worker in grid B, the township office),
then runs M random steps: local inserts / updates / deletes of households and persons,
concurrent same-field edits on two laptops, syncs through a faulty link (dropped requests,
dropped answers, duplicated and reordered requests, partitions), client crash-restarts (the
store reopened without a clean close, sometimes in the middle of applying a pull), server
restarts and laptops whose clocks are two days off; out-of-scope writes (the grid worker saves
a household for the other grid: refused, kept), rescopes (the grid worker moved between the
grids: what is now in scope is sent again), conflict resolutions by the township office (the
value rides on the resolution) and attempts by field laptops (refused on the laptop). Then the
faults stop, everyone syncs, the township office settles what is still refused (reassigns an
out-of-scope household to the worker's grid, discards the rest), everyone syncs until quiet,
and `check` compares every replica with the server and with the history of what the users were
told was saved.

Invariants (security.md, sync-design.md "Tests that prove it"):
- identical: each laptop's canonical dump of households and persons equals the server's
  records of its scopes (values, stamps, deleted and review flags);
- 0 lost: every record a laptop saved exists on the server and on every laptop whose scope
  covers it (unless the township office discarded it, a recorded action); every saved field value either still stands, was overtaken by a causally later
  stamp, or is kept as a conflict candidate;
- 0 duplicated: no (device, device sequence) is logged twice by the server;
- 0 resurrected: a record whose delete was accepted is deleted everywhere unless the server
  recorded an edit-versus-delete conflict on it.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from subei_sync.client.engine import SyncEngine, SyncFailed
from subei_sync.client.identity import Identity, load_identity
from subei_sync.client.refusals import discard, open_refusals, reassign
from subei_sync.client.resolution import resolve_here
from subei_sync.client.transport import Answer, Unreachable
from subei_sync.server.database import Database, PostgresDatabase, SqliteDatabase
from subei_sync.server.rescope import rescope_device
from subei_sync.server.service import SyncService
from sync_harness import GRID_A, GRID_B, TOWNSHIP, Laptop, enrol_laptop, service_over

from subei_mobile.errors import AuthError, SubeiError
from subei_mobile.ids import HybridClock, format_hlc
from subei_mobile.models import Household, Person
from subei_mobile.security.roles import Account
from subei_mobile.store import Store, open_store
from subei_mobile.store.conflicts import open_conflicts
from subei_mobile.store.schema import TABLES

RECORD_TABLES = ("households", "persons")
TWO_DAYS_MS = 2 * 24 * 3600 * 1000


class SkewedClock(HybridClock):
    """A laptop clock `skew_ms` off the true time (HLC stamps and request signatures)."""

    def __init__(self, device_id: str, last: str, skew_ms: int) -> None:
        super().__init__(device_id, last)
        self.skew_ms = skew_ms

    def now(self) -> str:
        import time

        wall = time.time_ns() // 1_000_000 + self.skew_ms
        if wall > self._ms:
            self._ms, self._count = wall, 0
        else:
            self._count += 1
        return format_hlc(self._ms, self._count, self.device_id)


class ServerBox:
    """The county server; `restart` drops the service and reopens the database."""

    def __init__(self, open_db: Callable[[], Database]) -> None:
        self.open_db = open_db
        self.db = open_db()
        self.service: SyncService = service_over(self.db)
        self.restarts = 0

    def handle(self, headers: dict[str, str], body: bytes) -> tuple[int, bytes]:
        reply = self.service.handle_sync("POST", "/v1/sync", headers, body)
        return reply.status, reply.body

    def restart(self) -> None:
        self.db.close()
        self.db = self.open_db()
        self.service = service_over(self.db)
        self.restarts += 1

    def close(self) -> None:
        self.db.close()


@dataclass
class Link:
    """A faulty link from one laptop to the server."""

    server: ServerBox
    rng: random.Random
    faults: bool = True
    partitioned: bool = False
    held: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)

    def _count(self, what: str) -> None:
        self.stats[what] = self.stats.get(what, 0) + 1

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        headers = {k.lower(): v for k, v in headers.items()}
        if self.partitioned:
            self._count("partitioned")
            raise Unreachable("partition")
        r = self.rng.random() if self.faults else 1.0
        if self.held and (not self.faults or self.rng.random() < 0.5):
            # a request delayed in the network arrives late; its answer goes nowhere
            self.server.handle(*self.held.pop(0))
            self._count("reordered")
        if r < 0.08:
            self._count("dropped_request")
            raise Unreachable("drop")
        if r < 0.14:
            self.held.append((headers, body))
            self._count("delayed")
            raise Unreachable("timeout")
        status, data = self.server.handle(headers, body)
        if r < 0.22:
            self._count("dropped_answer")
            raise Unreachable("drop")
        if r < 0.30:
            self._count("duplicated")
            status2, data2 = self.server.handle(headers, body)
            if self.rng.random() < 0.5:
                status, data = status2, data2
        return Answer(status, data)


@dataclass
class Saved:
    """What a user was told was saved."""

    device: str
    table: str
    record_id: str
    op: str
    fields: dict[str, Any]
    hlc: str


@dataclass
class Sim:
    """One seeded run."""

    seed: int
    root: Path
    server: ServerBox
    steps: int = 40
    rng: random.Random = field(init=False)
    laptops: list[Laptop] = field(default_factory=list)
    links: dict[str, Link] = field(default_factory=dict)
    skews: dict[str, int] = field(default_factory=dict)
    saved: list[Saved] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    discarded: set[tuple[str, str, str]] = field(default_factory=set)  # (laptop, table, id)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    # --- set-up -----------------------------------------------------------------------------
    def enrol(self) -> None:
        plan = [("a1", "field-staff", GRID_A), ("a2", "field-staff", GRID_A),
                ("aw", "grid-worker", GRID_A), ("b1", "field-staff", GRID_B),
                ("office", "township-office", "")]  # fmt: skip
        for name, role, grid in plan:
            link = Link(self.server, random.Random(f"{self.seed}-{name}"))
            laptop = enrol_laptop(self.server.service, self.root, name, role, grid, link)
            _fast(laptop.store)
            self.links[name] = link
            skew = self.rng.choice([0, 0, 0, TWO_DAYS_MS, -TWO_DAYS_MS])
            self.skews[name] = skew
            self._apply_skew(laptop)
            self.laptops.append(laptop)

    def _apply_skew(self, laptop: Laptop) -> None:
        skew = self.skews[laptop.name]
        if not skew:
            return
        store = laptop.store
        store.clock = SkewedClock(store.device_id, store.meta("hlc"), skew)
        import time

        laptop.identity.wall = lambda: time.time() + skew / 1000

    def _bump(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    # --- local operations -------------------------------------------------------------------
    def _grid(self, laptop: Laptop) -> str:
        scope = laptop.identity.scopes[0]
        grid = scope.split("/", 1)[1] if "/" in scope else ""
        return grid or self.rng.choice([GRID_A, GRID_B])

    def _visible(self, laptop: Laptop, table: str) -> list[str]:
        rows = laptop.store.conn.execute(
            f"SELECT id FROM {table} WHERE _deleted = 0 ORDER BY id"
        ).fetchall()
        return [r[0] for r in rows]

    def _last_hlc(self, store: Store, record_id: str) -> str:
        row = store.conn.execute(
            "SELECT hlc FROM changes WHERE record_id = ? ORDER BY device_seq DESC LIMIT 1",
            (record_id,),
        ).fetchone()
        return str(row[0])

    def _save(self, laptop: Laptop, table: str, rid: str, op: str, fields: dict[str, Any]) -> None:
        self.saved.append(Saved(laptop.name, table, rid, op, fields,
                                self._last_hlc(laptop.store, rid)))  # fmt: skip
        self._bump(f"{table}.{op}")

    def insert_household(self, laptop: Laptop) -> None:
        n = len(self.saved)
        hh = Household(code=f"S{self.seed}-{laptop.name}-{n}", township_code=TOWNSHIP,
                       grid_code=self._grid(laptop), address_zh=f"地址{n}")  # fmt: skip
        head = Person(household_id=hh.id, name_zh=f"人{n}", relation="head")
        with laptop.store.transaction() as tx:
            tx.insert(hh)
            tx.insert(head)
        self._save(laptop, "households", hh.id, "insert", {})
        self._save(laptop, "persons", head.id, "insert", {})

    def add_person(self, laptop: Laptop) -> None:
        households = self._visible(laptop, "households")
        if not households:
            return self.insert_household(laptop)
        person = Person(household_id=self.rng.choice(households), name_zh=f"成员{len(self.saved)}",
                        relation="son")  # fmt: skip
        with laptop.store.transaction() as tx:
            tx.insert(person)
        self._save(laptop, "persons", person.id, "insert", {})
        return None

    def _edit_value(self, table: str, laptop: Laptop) -> dict[str, Any]:
        tag = f"{laptop.name}-{len(self.saved)}"
        if table == "households":
            name = self.rng.choice(["address_zh", "address_mn", "notes"])  # notes: low stakes
            return {name: f"{name}:{tag}"}
        name = self.rng.choice(["name_latin", "ethnicity"])
        return {name: f"{name}:{tag}"}

    def update(self, laptop: Laptop, table: str, rid: str | None = None,
               change: dict[str, Any] | None = None) -> None:  # fmt: skip
        ids = self._visible(laptop, table)
        if rid is None:
            if not ids:
                return
            rid = self.rng.choice(ids)
        change = change or self._edit_value(table, laptop)
        with laptop.store.transaction() as tx:
            if not tx.update(table, rid, change):
                return
        self._save(laptop, table, rid, "update", change)

    def delete(self, laptop: Laptop, table: str) -> None:
        ids = self._visible(laptop, table)
        if not ids:
            return
        rid = self.rng.choice(ids)
        with laptop.store.transaction() as tx:
            tx.delete(table, rid)
        self._save(laptop, table, rid, "delete", {})

    def concurrent_edit(self) -> None:
        """Two grid-A laptops change the same field of the same household before syncing."""
        a, b = self.rng.sample(self.laptops[:3], 2)
        common = sorted(set(self._visible(a, "households")) & set(self._visible(b, "households")))
        if not common:
            return
        rid = self.rng.choice(common)
        name = self.rng.choice(["address_zh", "notes"])
        self.update(a, "households", rid, {name: f"{name}:{a.name}-{len(self.saved)}"})
        self.update(b, "households", rid, {name: f"{name}:{b.name}-{len(self.saved)}"})
        self._bump("concurrent_edit")

    def out_of_scope_write(self) -> None:
        """The grid worker saves a household for a grid it does not serve (refused, kept)."""
        worker = self.laptops[2]
        other = GRID_B if self._grid(worker) == GRID_A else GRID_A
        n = len(self.saved)
        hh = Household(code=f"S{self.seed}-oos-{n}", township_code=TOWNSHIP, grid_code=other)
        with worker.store.transaction() as tx:
            tx.insert(hh)
        self._save(worker, "households", hh.id, "insert", {})
        self._bump("out_of_scope_write")

    def rescope(self) -> None:
        """Move the grid worker to the other grid (server side); its laptop follows on sync."""
        worker = self.laptops[2]
        grid = GRID_B if self._grid(worker) == GRID_A else GRID_A
        rescope_device(self.server.db, worker.identity.device_id, TOWNSHIP, grid)
        self._bump("rescope")

    def resolve(self, laptop: Laptop) -> None:
        """Resolve an open conflict on a laptop that shows one: refused on the laptop unless
        it is the township office's; the office's resolution carries its value."""
        showing = [lp for lp in self.laptops if open_conflicts(lp.store.conn)]
        if not showing:
            return
        laptop = self.rng.choice(showing)
        conflict = self.rng.choice(open_conflicts(laptop.store.conn))
        try:
            resolve_here(laptop.store, conflict.id, self.rng.randrange(len(conflict.candidates)))
        except AuthError:
            self._bump("resolve_refused_locally")
            return
        self._bump("resolve")

    def resolve_all(self) -> None:
        """Every open conflict: a field laptop tries first (refused there), the office decides."""
        office, field_laptop = self.laptops[4], self.laptops[0]
        for conflict in open_conflicts(office.store.conn):
            if any(c.id == conflict.id for c in open_conflicts(field_laptop.store.conn)):
                try:
                    resolve_here(field_laptop.store, conflict.id, 0)
                except AuthError:
                    self._bump("resolve_refused_locally")
            try:
                resolve_here(office.store, conflict.id,
                             self.rng.randrange(len(conflict.candidates)))  # fmt: skip
            except SubeiError:  # e.g. the record was deleted meanwhile: the screen says so
                self._bump("resolve_failed")
                continue
            self._bump("resolve")

    def settle_refused(self) -> None:
        """The township office settles what the server refused: reassign or discard."""
        office = Account("office", "township-office", TOWNSHIP)
        for laptop in self.laptops:
            while found := open_refusals(laptop.store.conn):  # settling one may settle others
                refusal = found[0]
                if (
                    refusal.code == "scope_denied"
                    and refusal.table == "households"
                    and (
                        refusal.op == "insert"  # new work saved for the wrong grid: it moves
                    )
                ):
                    try:
                        reassign(laptop.store, office, refusal.device_seq, self._grid(laptop))
                        self._bump("refused_reassigned")
                        continue
                    except SubeiError:  # deleted here since: nothing left to move
                        pass
                discard(laptop.store, office, refusal.device_seq)
                self.discarded.add((laptop.name, refusal.table, refusal.record_id))
                self._bump("refused_discarded")

    # --- sync, crashes, restarts ------------------------------------------------------------
    def sync(self, laptop: Laptop) -> bool:
        engine = SyncEngine(laptop.store, laptop.transport, laptop.identity, batch=7)
        try:
            engine.sync(max_rounds=60)
        except Unreachable:
            self._bump("sync_unreachable")
            return False
        except _Crash:
            self._bump("crash_mid_apply")
            self.crash_restart(laptop)
            return False
        except SyncFailed as exc:
            raise AssertionError(f"seed {self.seed}: {laptop.name} refused: {exc.code}") from exc
        self._bump("sync_ok")
        return True

    def _arm_crash(self, laptop: Laptop) -> None:
        """Make the next pulled-batch write die half-way (as a kill -9 would)."""
        conn = laptop.store.conn
        real = conn.executemany

        def dying(sql: str, rows: Any) -> Any:
            if sql.startswith("INSERT OR REPLACE INTO meta"):  # cursors: after changes applied
                raise _Crash
            return real(sql, rows)

        conn.executemany = dying  # type: ignore[method-assign]

    def crash_restart(self, laptop: Laptop) -> None:
        """Drop the connection without a clean close, then reopen like a restarted app."""
        laptop.store.conn.close()  # the .open marker stays: the next open runs quick_check
        store = open_store(self.root / laptop.name, user_id=f"user-{laptop.name}")
        _fast(store)
        laptop.store = store
        identity: Identity = load_identity(store)
        laptop.identity = identity
        self._apply_skew(laptop)
        self._bump("client_restart")

    def step(self) -> None:
        laptop = self.rng.choice(self.laptops)
        roll = self.rng.random()
        try:
            if roll < 0.14:
                self.insert_household(laptop)
            elif roll < 0.22:
                self.add_person(laptop)
            elif roll < 0.38:
                self.update(laptop, "households")
            elif roll < 0.46:
                self.update(laptop, "persons")
            elif roll < 0.50:
                self.delete(laptop, "persons")
            elif roll < 0.53:
                self.delete(laptop, "households")
            elif roll < 0.60:
                self.concurrent_edit()
            elif roll < 0.62:
                self.out_of_scope_write()
            elif roll < 0.63:
                self.rescope()
            elif roll < 0.66:
                self.resolve(laptop)
            elif roll < 0.85:
                self.sync(laptop)
            elif roll < 0.89:
                self.links[laptop.name].partitioned = not self.links[laptop.name].partitioned
                self._bump("partition_toggle")
            elif roll < 0.93:
                self.crash_restart(laptop)
            elif roll < 0.96:
                self._arm_crash(laptop)
            else:
                self.server.restart()
                self._bump("server_restart")
        except SubeiError as exc:  # e.g. a record deleted by a pull in between: the UI says so
            self._bump(f"local_refused.{type(exc).__name__}")

    def run(self) -> None:
        self.enrol()
        for _ in range(self.steps):
            self.step()
        self.heal()

    def heal(self) -> None:
        """Stop all faults, deliver what is still in flight, sync until nothing moves."""
        for link in self.links.values():
            link.faults = False
            link.partitioned = False
        for laptop in self.laptops:
            laptop.store.conn.__dict__.pop("executemany", None)
        for _ in range(2):
            for laptop in self.laptops:
                assert self.sync(laptop), f"seed {self.seed}: {laptop.name} could not sync"
        self.settle_refused()
        self.resolve_all()
        for _ in range(3):
            for laptop in self.laptops:
                assert self.sync(laptop), f"seed {self.seed}: {laptop.name} could not sync"

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.store.close()
        self.server.close()


class _Crash(Exception):
    pass


def _fast(store: Store) -> None:
    """Skip fsync: this simulation kills connections, not power (see test_power_loss.py)."""
    store.conn.execute("PRAGMA synchronous = OFF")


# --- checking --------------------------------------------------------------------------------
def server_dump(db: Database) -> dict[tuple[str, str], tuple[str, Any, Any, bool, bool]]:
    """Return (table, id) -> (scope, fields, stamps, deleted, review) of the server's records."""
    with db.transaction() as tx:
        rows = tx.execute(
            "SELECT table_name, record_id, scope, fields, stamps, deleted, review FROM records"
        )
    return {
        (t, r): (scope, json.loads(f), json.loads(s), bool(d), bool(v))
        for t, r, scope, f, s, d, v in rows
        if t in RECORD_TABLES
    }


def replica_dump(store: Store) -> dict[tuple[str, str], tuple[Any, Any, bool, bool]]:
    """Return (table, id) -> (fields, stamps, deleted, review) of a laptop's records."""
    out = {}
    for table in RECORD_TABLES:
        spec = TABLES[table]
        for row in store.conn.execute(f"SELECT * FROM {table}").fetchall():
            fields = {c: row[c] for c in spec.column_names}
            out[(table, row["id"])] = (fields, json.loads(row["_hlc"]), bool(row["_deleted"]),
                                       bool(row["_review"]))  # fmt: skip
    return out


def _covers(device_scopes: list[str], scope: str) -> bool:
    from subei_sync.protocol.checksums import covers

    return any(covers(s, scope) for s in device_scopes)


@dataclass
class Verdict:
    """Counts of invariant violations (all must be 0) and of what happened."""

    records: int = 0
    mismatched: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    resurrected: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return self.mismatched + self.lost + self.duplicated + self.resurrected


def check(sim: Sim) -> Verdict:
    """Compare every replica with the server and with what users were told was saved."""
    verdict = Verdict()
    db = sim.server.db
    server = server_dump(db)
    verdict.records = len(server)
    with db.transaction() as tx:
        dup = tx.execute(
            "SELECT origin, device_seq, COUNT(*) FROM log WHERE op != 'resolve'"
            " GROUP BY origin, device_seq HAVING COUNT(*) > 1"
        )
        delete_conflicts = {
            (t, r)
            for t, r in tx.execute(
                "SELECT table_name, record_id FROM conflicts WHERE field = '_deleted'"
            )
        }
        candidates: dict[tuple[str, str, str], list[Any]] = {}
        for t, r, f, c in tx.execute(
            "SELECT table_name, record_id, field, candidates FROM conflicts"
        ):
            candidates.setdefault((t, r, f), []).extend(x["value"] for x in json.loads(c))
    verdict.duplicated += [f"log {o}#{s} x{n}" for o, s, n in dup]
    for laptop in sim.laptops:
        mine = replica_dump(laptop.store)
        expected = {k: v[1:] for k, v in server.items() if _covers(laptop.identity.scopes, v[0])}
        for key in sorted(set(mine) | set(expected)):
            if mine.get(key) != expected.get(key):
                verdict.mismatched.append(f"{laptop.name} {key}: {mine.get(key)} != "
                                          f"{expected.get(key)}")  # fmt: skip
        unsent = laptop.store.conn.execute(
            "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
        ).fetchone()[0]
        rejected = laptop.store.conn.execute(  # refused and never settled (reassign, discard)
            "SELECT COUNT(*) FROM changes WHERE server_seq = -1 AND device_seq NOT IN"
            " (SELECT device_seq FROM refused_changes WHERE settled != '')"
        ).fetchone()[0]
        if unsent or rejected:
            verdict.lost.append(f"{laptop.name}: {unsent} unsent, {rejected} rejected changes")
    deleted_by_user = {(s.table, s.record_id) for s in sim.saved if s.op == "delete"}
    for s in sim.saved:
        key = (s.table, s.record_id)
        if (s.device, *key) in sim.discarded:
            continue  # given up by the township office: recorded, not lost
        if key not in server:
            verdict.lost.append(f"{s.device} saved {key} but the server lacks it")
            continue
        _, fields, stamps, _, _ = server[key]
        for name, value in s.fields.items():
            if fields.get(name) == value or stamps.get(name, "") > s.hlc:
                continue
            if value in candidates.get((s.table, s.record_id, name), []):
                continue
            verdict.lost.append(
                f"{s.device} {key}.{name}={value!r} lost (now {fields.get(name)!r})"
            )
    given_up = {(t, r) for _, t, r in sim.discarded}  # a discarded delete was given up on purpose
    for key in deleted_by_user - given_up:
        if key in server and not server[key][3] and key not in delete_conflicts:
            verdict.resurrected.append(f"{key} deleted but visible without a conflict")
    return verdict


def sqlite_server(path: Path) -> ServerBox:
    def open_db() -> Database:
        db = SqliteDatabase(path)
        db.conn.execute("PRAGMA synchronous = OFF")
        return db

    return ServerBox(open_db)


def postgres_server(dsn: str) -> ServerBox:
    return ServerBox(lambda: PostgresDatabase(dsn, pool_size=2))


def run_seed(seed: int, root: Path, server: ServerBox, steps: int = 40) -> tuple[Sim, Verdict]:
    """Run one seed to the end and check it; the caller closes the sim."""
    sim = Sim(seed, root, server, steps)
    sim.run()
    return sim, check(sim)


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
