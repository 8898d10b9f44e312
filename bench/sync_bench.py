"""Sync time over the physical bound on an emulated 2G link: .venv/bin/python bench/sync_bench.py.

`subei-server serve` (SQLite) runs in a subprocess behind `link_emulator` (500 ms RTT, 50 kbit/s
up, 100 kbit/s down by default). Two laptops of one grid are enrolled with the real client code;
laptop A pushes, laptop B then pulls the same changes. Each case is measured warm (kept-alive
HTTP connection) and cold (new connection, so one more RTT for the TCP handshake; plain HTTP on
loopback, no TLS). T_bound = R_min*RTT + B_up/bw_up + B_down/bw_down, where B is the size of one
zstd+dictionary frame holding the whole field-level delta (what the protocol would send in a
single ideal exchange) and R_min is 1 warm, 2 cold.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

import contextlib

from link_emulator import LinkConfig, LinkEmulator
from subei_sync.client import commands
from subei_sync.client.attachments import AttachmentQueue, BlobResult
from subei_sync.client.engine import SyncEngine
from subei_sync.client.identity import Identity, load_identity
from subei_sync.client.transport import Answer, HttpTransport, Unreachable
from subei_sync.protocol import frames

from subei_mobile import catalogue
from subei_mobile.attachments import attach_file
from subei_mobile.demo import DemoGenerator
from subei_mobile.store import Store, open_store

BIN = Path(sys.executable).parent
OUT = Path(__file__).resolve().parent / "out"
TOWNSHIP = "620923100"
GRID = "62092310000101"
FIXED = {"batch": 500, "max_bytes": 512_000}


def free_port() -> int:
    """Return a free loopback TCP port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """`subei-server serve` in a subprocess; stderr (JSON logs) kept for server timings."""

    def __init__(self, data: Path, db: str = "") -> None:
        self.data, self.db = data, db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = data.parent / f"{data.name}.log"
        data.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [*self._base(), "serve", "--port", str(self.port)],
            stderr=self.log.open("wb"),
        )  # fmt: skip
        for _ in range(200):
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start")

    def _base(self) -> list[str]:
        db = ["--db", self.db] if self.db else []
        return [str(BIN / "subei-server"), "--data-dir", str(self.data), *db]

    def add_device(self, role: str, township: str, grid: str = "") -> str:
        """Create a device with the admin CLI; return its one-time enrolment code."""
        grid_args = ["--grid", grid] if grid else []
        out = subprocess.run([*self._base(), "device", "add", "--township", township, *grid_args,
                              "--role", role], capture_output=True, text=True, check=True).stdout  # fmt: skip
        found = re.search(r"enrolment code[^:]*: (\S+)", out)
        assert found, out
        return found.group(1)

    def sync_ms(self) -> list[float]:
        """Return the server-side time of every sync request logged so far."""
        out = []
        for line in self.log.read_text(errors="replace").splitlines():
            if '"event": "sync"' in line:
                out.append(float(json.loads(line)["ms"]))
        return out

    def stop(self) -> None:
        """Terminate the server process."""
        self.proc.terminate()
        self.proc.wait(timeout=30)


def enrol(server: Server, laptop: Path, role: str, township: str, grid: str = "") -> Store:
    """Enrol a laptop through `subei-mobile enroll`'s code path; return its open store."""
    code = server.add_device(role, township, grid)
    args = argparse.Namespace(data_dir=laptop, server=server.url, code=code, ca_file="")
    assert commands.cmd_enroll(args) == 0
    return open_store(laptop, user_id=f"user-{laptop.name}")


class Recording:
    """A transport wrapper that keeps every request and answer body."""

    def __init__(self, inner: HttpTransport) -> None:
        self.inner = inner
        self.sent: list[bytes] = []
        self.got: list[bytes] = []

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        """Forward and record."""
        answer = self.inner.post(path, body, headers)
        self.sent.append(body)
        self.got.append(answer.body)
        return answer


def minimal_bytes(sent: list[bytes], got: list[bytes]) -> tuple[int, int]:
    """Return (up, down) sizes of single frames carrying everything the sync exchanged."""
    reqs = [frames.decode_json(b) for b in sent]
    up = dict(reqs[0])
    up["changes"] = [c for r in reqs for c in r.get("changes", [])]
    # Audit entries must cross too (the server verifies the chain); a request carries at most
    # 2,000, so merge them all, once each, like the changes.
    entries = {e["seq"]: e for r in reqs for e in r.get("audit", [])}
    up["audit"] = [entries[k] for k in sorted(entries)]
    up["attestations"] = [a for r in reqs for a in r.get("attestations", [])]
    answers = [frames.decode_json(b) for b in got]
    down = dict(answers[-1])
    for key in ("changes", "rejected"):
        down[key] = [c for a in answers for c in a.get(key, [])]
    return len(frames.encode_json(up)), len(frames.encode_json(down))


@dataclass
class Run:
    """One measured sync."""

    seconds: float
    up: int
    down: int
    round_trips: int
    requests: int
    frame_up: int
    frame_down: int
    min_up: int
    min_down: int
    server_ms: float
    changes: int


@dataclass
class Case:
    """A case in one mode, with its runs."""

    name: str
    mode: str
    runs: list[Run] = field(default_factory=list)


class Laptop:
    """One enrolled laptop with a warm transport through the link."""

    def __init__(self, store: Store, link_url: str) -> None:
        self.store = store
        self.identity: Identity = load_identity(store)
        self.link_url = link_url
        self.warm = HttpTransport(link_url)

    def sync_via(self, transport: HttpTransport, **engine: Any) -> Recording:
        """Sync until caught up over a transport; return the recorded bodies."""
        rec = Recording(transport)
        result = SyncEngine(self.store, rec, self.identity, **engine).sync()  # type: ignore[arg-type]
        assert not result.rejected and not result.mismatched, result
        return rec


class Bench:
    """Server, link and two laptops of one grid."""

    def __init__(self, root: Path, config: LinkConfig) -> None:
        self.config = config
        self.server = Server(root / "server")
        self.link = LinkEmulator(self.server.port, config).start()
        link_url = f"http://127.0.0.1:{self.link.port}"
        self.a = Laptop(enrol(self.server, root / "a", "field-staff", TOWNSHIP, GRID), link_url)
        self.b = Laptop(enrol(self.server, root / "b", "field-staff", TOWNSHIP, GRID), link_url)
        self.gen = DemoGenerator(self.a.store, seed=time.time_ns() % 1_000_000)
        self.gen.grids = [catalogue.places()[GRID]]  # every new household in the laptops' grid
        self.households: list[str] = []
        self.cases: dict[tuple[str, str], Case] = {}

    def direct(self, laptop: Laptop) -> None:
        """Sync a laptop straight to the server (setup, not measured)."""
        transport = HttpTransport(self.server.url)
        laptop.sync_via(transport)
        transport.close()

    def measure(self, name: str, mode: str, laptop: Laptop) -> Run:
        """Sync one laptop through the link, warm or cold; record the run under name/mode."""
        if mode.startswith("warm"):
            try:  # the connection is open before timing starts
                laptop.warm.request("GET", "/health")
            except Unreachable:  # an idle connection the server closed: open a new one
                laptop.warm.request("GET", "/health")
            transport = laptop.warm
        else:
            transport = HttpTransport(laptop.link_url)
        logged = len(self.server.sync_ms())
        self.link.reset()
        started = time.perf_counter()
        # "fixed" replays the engine's former frame size (500 changes, 512 KB uncompressed);
        # "serial" turns off the pull pipeline (apply each answer, then send the next request).
        engine: dict[str, Any] = dict(FIXED) if mode.endswith("fixed") else {}
        if mode.endswith("serial"):
            engine["pipeline"] = False
        rec = laptop.sync_via(transport, **engine)
        seconds = time.perf_counter() - started
        counters = self.link.reset()
        if mode == "cold":
            transport.close()
        min_up, min_down = minimal_bytes(rec.sent, rec.got)
        changes = sum(len(frames.decode_json(b).get("changes", [])) for b in rec.sent + rec.got)
        time.sleep(0.05)  # the server's log line follows its answer
        run = Run(seconds, counters.up, counters.down, counters.round_trips, len(rec.sent),
                  sum(map(len, rec.sent)), sum(map(len, rec.got)), min_up, min_down,
                  sum(self.server.sync_ms()[logged:]), changes)  # fmt: skip
        self.cases.setdefault((name, mode), Case(name, mode)).runs.append(run)
        return run

    def seed_households(self, n: int) -> None:
        """Create n households on A and bring both laptops up to date directly."""
        with self.a.store.transaction() as tx:
            for _ in range(n):
                self.gen._household(tx)
        self.households = [r[0] for r in self.a.store.conn.execute(
            "SELECT id FROM households ORDER BY id").fetchall()]  # fmt: skip
        self.direct(self.a)
        self.direct(self.b)

    def edits(self, n: int, tag: str) -> None:
        """Change one field of n households on A, each in its own local transaction."""
        for i, hid in enumerate(self.households[:n]):
            with self.a.store.transaction() as tx:
                tx.update("households", hid, {"address_zh": f"牧业点 {tag}-{i}"})

    def new_records(self, n: int) -> None:
        """Create at least n new records on A (demo households with members and requests)."""
        conn = self.a.store.conn
        while (
            conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL").fetchone()[0] < n
        ):
            with self.a.store.transaction() as tx:
                for _ in range(50):
                    self.gen._household(tx)

    def close(self) -> None:
        """Stop link and server."""
        for laptop in (self.a, self.b):
            laptop.warm.close()
            laptop.store.close()
        self.link.stop()
        self.server.stop()


CASE_KEYS = ("no-op", "1-edit", "10-edits", "100-edits")  # plus "<n>-records" for each size
MODES = ("warm", "cold", "warm fixed")  # also "warm serial": the pull pipeline off


def run_cases(
    bench: Bench, runs: int, bulk_runs: int, sizes: list[int],
    cases: set[str] | None = None, modes: tuple[str, ...] = MODES,
) -> None:  # fmt: skip
    """Measure every case (or those keyed in `cases`) side by side, push on A then pull on B."""
    bench.seed_households(100)
    say = print if sys.stdout.isatty() else (lambda *a, **k: None)
    plan: list[tuple[str, str, int, Callable[[str], None]]] = [
        ("no-op", "no-op", runs, lambda tag: None),
        *[
            (
                f"{n}-edit{'s' if n > 1 else ''}",
                f"{n} field edit{'s' if n > 1 else ''}",
                runs,
                lambda tag, n=n: bench.edits(n, tag),
            )
            for n in (1, 10, 100)
        ],
        *[
            (
                f"{n}-records",
                f"{n:,} new records",
                runs if n <= 1000 else bulk_runs,
                lambda tag, n=n: bench.new_records(n),
            )
            for n in sizes
        ],
    ]
    for key, name, count, prepare in plan:
        if cases is not None and key not in cases:
            continue
        # "fixed" (the former frame size) and "serial" apply to the bulk cases only.
        case_modes = [m for m in modes if "records" in name or m in ("warm", "cold")]
        for i in range(count):
            for mode in case_modes:
                prepare(f"{mode}{i}")
                push = bench.measure(f"push {name}" if name != "no-op" else name, mode, bench.a)
                say(f"{name} {mode} #{i}: push {push.seconds:.2f}s", flush=True)
                if name != "no-op":
                    pull = bench.measure(f"pull {name}", mode, bench.b)
                    say(f"{name} {mode} #{i}: pull {pull.seconds:.2f}s", flush=True)
                print(f"  {name} {mode} {i + 1}/{count}", file=sys.stderr, flush=True)


def summary(case: Case, cfg: LinkConfig) -> dict[str, Any]:
    """Return medians of a case and its bound."""

    def med(key: str) -> float:
        return float(statistics.median(getattr(r, key) for r in case.runs))

    r_min = 2 if case.mode == "cold" else 1
    up_rate = cfg.up_rate or float("inf")
    down_rate = cfg.down_rate or float("inf")
    bound = r_min * cfg.rtt + med("min_up") / up_rate + med("min_down") / down_rate
    t = med("seconds")
    return {"case": case.name, "mode": case.mode, "runs": len(case.runs), "t": t,
            "up": med("up"), "down": med("down"), "frame_up": med("frame_up"),
            "frame_down": med("frame_down"), "min_up": med("min_up"),
            "min_down": med("min_down"), "r": med("round_trips"), "requests": med("requests"),
            "server_ms": med("server_ms"), "changes": med("changes"),
            "header_up": (med("up") - med("frame_up")) / max(med("requests"), 1),
            "header_down": (med("down") - med("frame_down")) / max(med("requests"), 1),
            "bound": bound, "ratio": t / bound}  # fmt: skip


def machine() -> dict[str, str]:
    """Return the facts that make the numbers comparable."""
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
                 "?")  # fmt: skip
    return {"nproc": str(os.cpu_count()), "cpu": model, "python": platform.python_version(),
            "date": time.strftime("%Y-%m-%d %H:%M %Z")}  # fmt: skip


def table(rows: list[dict[str, Any]]) -> str:
    """Return the results as a Markdown table."""
    lines = ["| case | mode | runs | T measured | bytes up / down (link) | hdr B/req up/down "
             "| B up / down (bound) | R / R_min | server ms | T bound | ratio |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in rows:
        r_min = 2 if r["mode"] == "cold" else 1
        lines.append(
            f"| {r['case']} | {r['mode']} | {r['runs']} | {r['t']:.2f} s | {r['up']:,.0f} / "
            f"{r['down']:,.0f} | {r['header_up']:.0f} / {r['header_down']:.0f} | "
            f"{r['min_up']:,.0f} / {r['min_down']:,.0f} | {r['r']:.0f} / {r_min} | "
            f"{r['server_ms']:.0f} | {r['bound']:.2f} s | **{r['ratio']:.2f}x** |"
        )
    return "\n".join(lines)


PHOTO_SIZE = 200 * 1024


class Counting:
    """Counts the chunk bytes handed to the link (PATCH bodies), sent or lost."""

    def __init__(self, inner: HttpTransport) -> None:
        self.inner = inner
        self.patch_bytes = 0

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        """Forward a POST."""
        return self.inner.post(path, body, headers)

    def request(self, method: str, path: str, body: bytes = b"",
                headers: dict[str, str] | None = None) -> Answer:  # fmt: skip
        """Forward and count."""
        if method == "PATCH":
            self.patch_bytes += len(body)
        return self.inner.request(method, path, body, headers)


def new_photo(bench: Bench, root: Path, n: int) -> None:
    """Attach 200 KB of incompressible bytes (as a JPEG is) to a household; sync the record."""
    source = root / f"photo{n}.bin"
    source.write_bytes(os.urandom(PHOTO_SIZE))
    # Not "image/*": the bytes are the already re-encoded photo, so skip re-encoding here.
    attach_file(
        bench.a.store, "households", bench.households[0], source, "application/octet-stream"
    )
    bench.direct(bench.a)


def photo_case(runs: int) -> int:
    """Measure 200 KB uploads warm and cold, then one upload cut at 100 KB and resumed."""
    cfg = LinkConfig()
    out: dict[str, object] = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="photo-bench-") as tmp:
        root = Path(tmp)
        bench = Bench(root, cfg)
        try:
            bench.seed_households(1)
            times: dict[str, list[float]] = {"warm": [], "cold": []}
            link_up: dict[str, list[int]] = {"warm": [], "cold": []}
            for i in range(runs):
                for mode in ("warm", "cold"):
                    new_photo(bench, root, i * 2 + (mode == "cold"))
                    if mode == "warm":
                        bench.a.warm.request("GET", "/health")
                        transport = bench.a.warm
                    else:
                        transport = HttpTransport(bench.a.link_url)
                    bench.link.reset()
                    began = time.perf_counter()
                    AttachmentQueue(bench.a.store, transport, bench.a.identity).upload(BlobResult())
                    times[mode].append(time.perf_counter() - began)
                    link_up[mode].append(bench.link.reset().up)
                    if mode == "cold":
                        transport.close()
            for mode, r_min in (("warm", 1), ("cold", 2)):
                bound = r_min * cfg.rtt + PHOTO_SIZE / float(cfg.up_rate or 1)
                t = statistics.median(times[mode])
                out[mode] = {"t": t, "bound": bound, "ratio": t / bound,
                             "link_up": statistics.median(link_up[mode])}  # fmt: skip
            # Resume: cut the link after ~100 KB, then run the queue again on a new connection.
            new_photo(bench, root, 99)
            counting = Counting(HttpTransport(bench.a.link_url))
            bench.link.set_cut(100_000)
            with contextlib.suppress(Unreachable):
                AttachmentQueue(bench.a.store, counting, bench.a.identity).upload(BlobResult())
            bench.link.set_cut(None)
            counting.inner.close()
            counting.inner = HttpTransport(bench.a.link_url)
            AttachmentQueue(bench.a.store, counting, bench.a.identity).upload(BlobResult())
            resent = counting.patch_bytes - PHOTO_SIZE
            out["resume"] = {"patch_bytes": counting.patch_bytes, "resent_bytes": resent,
                             "resent_chunks": math.ceil(resent / (64 * 1024))}  # fmt: skip
        finally:
            bench.close()
    print(json.dumps(out, indent=1))
    (OUT / "photo_case.json").write_text(json.dumps(out, indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table and write bench/out/sync_bench.json."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="runs per case and mode")
    p.add_argument("--bulk-runs", type=int, default=1, help="runs of the 10,000-record case")
    p.add_argument("--sizes", default="1000,10000", help="bulk sizes (new records)")
    p.add_argument(
        "--cases", default="",
        help="comma-separated cases to run (default all): no-op, 1-edit, 10-edits, 100-edits, "
        "<n>-records for a size in --sizes, e.g. --cases 100-edits,1000-records --sizes 1000",
    )  # fmt: skip
    p.add_argument(
        "--modes", default=",".join(MODES),
        help=f"comma-separated modes, side by side in each run (default {','.join(MODES)})",
    )  # fmt: skip
    p.add_argument("--rtt-ms", type=float, default=500)
    p.add_argument("--up-kbit", type=float, default=50)
    p.add_argument("--down-kbit", type=float, default=100)
    p.add_argument("--out", type=Path, default=OUT / "sync_bench.json")
    p.add_argument("--photo", action="store_true", help="only the 200 KB photo case")
    args = p.parse_args(argv)
    if args.photo:
        return photo_case(args.runs)
    cfg = LinkConfig(rtt=args.rtt_ms / 1000, up_rate=args.up_kbit * 125,
                     down_rate=args.down_kbit * 125)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        bench = Bench(Path(tmp), cfg)
        try:
            run_cases(
                bench,
                args.runs,
                args.bulk_runs,
                [int(s) for s in args.sizes.split(",") if s],
                {c.strip() for c in args.cases.split(",") if c.strip()} or None,
                tuple(m.strip() for m in args.modes.split(",") if m.strip()),
            )
        finally:
            bench.close()
    rows = [summary(c, cfg) for c in bench.cases.values()]
    facts = machine()
    print(f"machine: {facts}; link: {asdict(cfg)}")
    print(table(rows))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": facts, "link": asdict(cfg), "rows": rows,
                                    "runs": {f"{k[0]}|{k[1]}": [asdict(r) for r in c.runs]
                                             for k, c in bench.cases.items()}}, indent=1))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
