"""Core benchmark on a demo database: import time, search and save latency, file size.

Usage: .venv/bin/python bench/core_bench.py [--households 100000] [--data-dir DIR]
Reuses an existing database in --data-dir (so the slow build happens once).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from pathlib import Path

from subei_mobile.demo import generate
from subei_mobile.households import update_person
from subei_mobile.store import open_store
from subei_mobile.store.search_index import search_people


def percentile(values: list[float], p: float) -> float:
    """Return the p-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def queries(store, rng: random.Random, n: int) -> list[str]:
    """Return a realistic mix: Chinese substrings, pinyin, initials, Mongolian, Latin, IDs, phones."""
    rows = store.conn.execute(
        "SELECT name_zh, name_mn, name_latin, id_number, phone FROM persons ORDER BY random() LIMIT ?",
        (n,),
    ).fetchall()
    from subei_mobile.search_keys import pinyin_keys

    out = []
    for i, r in enumerate(rows):
        kind = i % 7
        if kind == 0 and r["name_zh"]:
            out.append(r["name_zh"][1:3] or r["name_zh"])
        elif kind == 1 and r["name_zh"]:
            out.append(pinyin_keys(r["name_zh"])[0][:5])
        elif kind == 2 and r["name_zh"]:
            out.append(pinyin_keys(r["name_zh"])[1])
        elif kind == 3 and r["name_mn"]:
            out.append(r["name_mn"].split()[0])
        elif kind == 4 and r["name_latin"]:
            out.append(r["name_latin"].split()[0][:4])
        elif kind == 5 and r["id_number"]:
            out.append(r["id_number"])
        elif r["phone"]:
            out.append(r["phone"][:7])
        else:
            out.append(r["name_zh"] or r["name_mn"])
    return out


def fsync_baseline(directory: Path, n: int) -> list[float]:
    """Return latencies of write+fsync on the same disk: the floor under any durable save."""
    path = directory / "fsync.probe"
    out = []
    with open(path, "wb") as fh:
        for _ in range(n):
            fh.write(b"x" * 4096)
            fh.flush()
            t0 = time.perf_counter()
            os.fsync(fh.fileno())
            out.append((time.perf_counter() - t0) * 1000)
    path.unlink()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=Path("bench/out/core"))
    parser.add_argument("--searches", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--import-file", action="store_true", help="also time a CSV import")
    args = parser.parse_args()
    store = open_store(args.data_dir, user_id="bench")
    have = store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    build_s = None
    if have < args.households:
        started = time.perf_counter()
        generate(store, args.households - have)
        build_s = time.perf_counter() - started
    persons = store.conn.execute("SELECT COUNT(*) FROM persons").fetchone()[0]
    rng = random.Random(7)
    qs = queries(store, rng, args.searches)
    search_ms = []
    hits = 0
    for q in qs:
        t0 = time.perf_counter()
        page = search_people(store.conn, q, limit=50)
        search_ms.append((time.perf_counter() - t0) * 1000)
        hits += bool(page.person_ids)
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM persons ORDER BY random() LIMIT ?", (args.saves,))]  # fmt: skip
    save_ms = []
    for i, pid in enumerate(ids):
        t0 = time.perf_counter()
        update_person(store, pid, {"name_latin": f"bench {i}"})
        save_ms.append((time.perf_counter() - t0) * 1000)
    fsync_ms = fsync_baseline(args.data_dir, len(save_ms))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size_mb = os.path.getsize(store.path) / 1e6
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"SQLite {__import__('sqlite3').sqlite_version}")  # fmt: skip
    print(f"households {args.households}, persons {persons}")
    if build_s is not None:
        print(f"demo build (through the normal write path): {build_s:.1f} s")
    print(f"search ({len(qs)} queries, {hits} with hits): p50 {statistics.median(search_ms):.2f} ms, "
          f"p95 {percentile(search_ms, 95):.2f} ms, max {max(search_ms):.1f} ms")  # fmt: skip
    print(f"save (durable, synchronous=FULL, {len(save_ms)}): p50 {statistics.median(save_ms):.2f} ms, "
          f"p95 {percentile(save_ms, 95):.2f} ms")  # fmt: skip
    print(f"raw fsync of 4 KiB on the same disk, same run: p50 {statistics.median(fsync_ms):.2f} ms, "
          f"p95 {percentile(fsync_ms, 95):.2f} ms -> save/fsync p95 ratio "
          f"{percentile(save_ms, 95) / percentile(fsync_ms, 95):.2f}")  # fmt: skip
    print(f"database size: {size_mb:.0f} MB")
    if args.import_file:
        bench_import(store, args.data_dir)


def bench_import(store, data_dir: Path) -> None:
    """Export the register to CSV and time importing it into an empty store (one transaction)."""
    import shutil

    from subei_mobile.exchange.households import HOUSEHOLDS, export_households
    from subei_mobile.exchange.importer import ImportOptions, run_import
    from subei_mobile.exchange.limits import SheetLimits

    csv_path = data_dir.parent / "register.csv"
    rows = export_households(store, csv_path)
    fresh = data_dir.parent / "import-target"
    shutil.rmtree(fresh, ignore_errors=True)
    target = open_store(fresh, user_id="bench")
    t0 = time.perf_counter()
    # 20 times the county's register: past the default bounds that protect against hostile files.
    big = SheetLimits(max_rows=1_000_000, max_file_bytes=1 << 30)
    report = run_import(target, HOUSEHOLDS, csv_path, options=ImportOptions(limits=big))
    took = time.perf_counter() - t0
    print(f"import of {rows} person rows ({csv_path.stat().st_size / 1e6:.0f} MB CSV) into an empty "
          f"store: {took:.1f} s ({rows / took:.0f} rows/s), new {report.new}, rejected {len(report.rejected)}")  # fmt: skip


if __name__ == "__main__":
    main()
