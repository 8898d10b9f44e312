"""200 laptops syncing at once against the county server on PostgreSQL: bench/sync_load.py.

The server is `subei-server serve --db DSN` in a subprocess (a fresh schema per run); devices
are created with the admin code, enrolled with `subei-mobile enroll`'s code path and sync with
the real engine and request signing over loopback HTTP, each from its own thread and SQLite
store. Each device keeps editing its own households and syncing until the duration is over;
then everyone syncs once more and every replica's scope checksum must equal the server's.
Without --db the throwaway cluster of scripts/pg-test-cluster.sh is started.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.append(str(Path(__file__).resolve().parent.parent / "tests"))  # pg_support

from pg_support import fresh_schema
from subei_sync.client import commands
from subei_sync.client.engine import SyncEngine, local_checksums
from subei_sync.client.identity import load_identity
from subei_sync.client.transport import HttpTransport
from subei_sync.protocol.checksums import like_pattern
from subei_sync.server.database import open_database
from subei_sync.server.devices import add_device
from sync_bench import OUT, Server, machine

from subei_mobile import catalogue
from subei_mobile.models import Household, Person
from subei_mobile.store import open_store

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class DeviceStats:
    """What one simulated laptop did."""

    latencies: list[float] = field(default_factory=list)
    pushed: int = 0
    pulled: int = 0
    errors: list[str] = field(default_factory=list)


def plan_devices(n: int, offices: int) -> list[tuple[str, str, str]]:
    """Return (township, grid, role) for n devices over every township, grids round-robin."""
    places = catalogue.places()
    villages = {p.code: p for p in places.values() if p.level == "village"}
    grids = sorted((villages[g.parent_code].parent_code, g.code) for g in places.values()
                   if g.level == "grid")  # fmt: skip
    townships = sorted({t for t, _ in grids})
    out = [(townships[i % len(townships)], "", "township-office") for i in range(offices)]
    for i in range(n - offices):
        township, grid = grids[i % len(grids)]
        out.append((township, grid, "field-staff" if i % 2 else "grid-worker"))
    return out


def enrol_all(server: Server, dsn: str, root: Path, plan: list[tuple[str, str, str]]) -> None:
    """Create every device on the server and enrol a laptop store for each."""
    db = open_database(dsn)
    codes = [add_device(db, t, g, role, f"load-{i}")[1] for i, (t, g, role) in enumerate(plan)]
    db.close()

    def one(i: int) -> None:
        args = argparse.Namespace(data_dir=root / f"dev{i}", server=server.url, code=codes[i],
                                  ca_file="")  # fmt: skip
        for _ in range(20):  # enrolment is rate limited (50/s, burst 200) on purpose
            if commands.cmd_enroll(args) == 0:
                return
            time.sleep(0.5)
        raise RuntimeError(f"device {i} did not enrol")

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(one, range(len(plan))))


def device_loop(path: Path, township: str, grid: str, edits: int, start: threading.Barrier,
                deadline: list[float], stats: DeviceStats) -> None:  # fmt: skip
    """Seed two households, then edit and sync until the deadline."""
    rng = random.Random(str(path))
    store = open_store(path, user_id=f"user-{path.name}")
    identity = load_identity(store)
    transport = HttpTransport(identity.server, timeout=120)
    places = catalogue.places()
    own_grid = grid or next(g.code for g in places.values() if g.level == "grid"
                            and places[g.parent_code].parent_code == township)  # fmt: skip
    ids = []
    with store.transaction() as tx:
        for k in range(2):
            hh = Household(code=f"L-{path.name}-{k}", township_code=township, grid_code=own_grid)
            tx.insert(hh)
            tx.insert(Person(household_id=hh.id, name_zh="测试", relation="head"))
            ids.append(hh.id)
    start.wait()
    n = 0
    while time.monotonic() < deadline[0]:
        for _ in range(edits):
            n += 1
            with store.transaction() as tx:
                tx.update("households", rng.choice(ids), {"notes": f"visit {n}"})
        began = time.perf_counter()
        try:
            result = SyncEngine(store, transport, identity).sync()
        except Exception as exc:  # every failure counts: the target is zero
            stats.errors.append(type(exc).__name__ + ": " + str(exc)[:80])
            continue
        stats.latencies.append(time.perf_counter() - began)
        stats.pushed += result.pushed
        stats.pulled += result.pulled
    transport.close()
    store.close()


def converge(root: Path, count: int, dsn: str) -> tuple[int, int]:
    """Sync everyone twice more; return (replicas checked, replicas differing from server)."""

    def once(i: int) -> None:
        store = open_store(root / f"dev{i}")
        identity = load_identity(store)
        transport = HttpTransport(identity.server, timeout=120)
        SyncEngine(store, transport, identity).sync()
        transport.close()
        store.close()

    for _ in range(2):  # the second pass brings everyone the first pass's last pushes
        with ThreadPoolExecutor(16) as pool:
            list(pool.map(once, range(count)))
    db = open_database(dsn)
    bad = 0
    for i in range(count):
        store = open_store(root / f"dev{i}")
        scopes = load_identity(store).scopes
        local = local_checksums(store, scopes)
        with db.transaction() as tx:
            for scope in scopes:
                op, operand = like_pattern(scope)
                rows = tx.execute(
                    f"SELECT COALESCE(SUM(rhash), 0) FROM records WHERE scope {op} ?", (operand,)
                )
                bad += int(local[scope] != int(rows[0][0]))
        store.close()
    db.close()
    return count, bad


def pct(values: list[float], q: float) -> float:
    """Return the q-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def run(dsn: str, args: argparse.Namespace) -> dict[str, object]:
    """Run one load test against a PostgreSQL schema; return the report."""
    with tempfile.TemporaryDirectory(prefix="sync-load-") as tmp:
        root = Path(tmp)
        server = Server(root / "server", db=dsn)
        try:
            plan = plan_devices(args.devices, args.offices)
            began = time.monotonic()
            enrol_all(server, dsn, root, plan)
            enrol_s = time.monotonic() - began
            stats = [DeviceStats() for _ in plan]
            barrier = threading.Barrier(len(plan) + 1)
            deadline = [float("inf")]
            threads = [threading.Thread(target=device_loop, args=(
                root / f"dev{i}", t, g, args.edits, barrier, deadline, stats[i]))
                for i, (t, g, _) in enumerate(plan)]  # fmt: skip
            for th in threads:
                th.start()
            barrier.wait()
            started = time.monotonic()
            deadline[0] = started + args.duration
            for th in threads:
                th.join()
            elapsed = time.monotonic() - started
            checked, differing = converge(root, len(plan), dsn)
        finally:
            server.stop()
        server_ms = server.sync_ms()
    lat = [x for s in stats for x in s.latencies]
    errors = [e for s in stats for e in s.errors]
    changes = sum(s.pushed + s.pulled for s in stats)
    return {
        "devices": len(plan), "duration_s": round(elapsed, 1), "enrol_s": round(enrol_s, 1),
        "syncs": len(lat), "errors": len(errors), "error_kinds": sorted(set(errors))[:5],
        "p50_ms": round(pct(lat, 50) * 1000), "p95_ms": round(pct(lat, 95) * 1000),
        "p99_ms": round(pct(lat, 99) * 1000), "max_ms": round(max(lat) * 1000),
        "syncs_per_s": round(len(lat) / elapsed, 1), "changes_per_s": round(changes / elapsed),
        "pushed": sum(s.pushed for s in stats), "pulled": sum(s.pulled for s in stats),
        "server_ms_median": round(statistics.median(server_ms), 1) if server_ms else None,
        "server_ms_p95": round(pct(server_ms, 95), 1) if server_ms else None,
        "replicas_checked": checked, "replicas_differing": differing,
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the load test; print and save the report; exit 1 on errors or divergence."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", default="", help="postgresql://... (default: the test cluster)")
    p.add_argument("--devices", type=int, default=200)
    p.add_argument("--offices", type=int, default=8, help="township-office devices among them")
    p.add_argument("--duration", type=float, default=60.0, help="seconds of syncing")
    p.add_argument("--edits", type=int, default=3, help="local edits before each sync")
    p.add_argument("--out", type=Path, default=OUT / "sync_load.json")
    args = p.parse_args(argv)
    dsn = args.db or subprocess.run(
        ["bash", str(ROOT / "scripts" / "pg-test-cluster.sh"), "start"],
        capture_output=True, text=True, check=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    with fresh_schema(dsn, "load") as schema_dsn:
        report = run(schema_dsn, args)
    report["machine"] = machine()
    print(json.dumps(report, indent=1, ensure_ascii=False))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0 if report["errors"] == 0 and report["replicas_differing"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
