"""kill -9 a real writer at random points: no acknowledged save lost, logs never torn.

The regular suite runs a short loop; `SUBEI_KILL_LOOPS=1000 pytest tests/storage/test_kill_writer.py`
is the long run (see docs/reliability.md).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

LOOPS = int(os.environ.get("SUBEI_KILL_LOOPS", "15"))
WRITER = Path(__file__).with_name("writer_process.py")


def _start(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir)], stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip


def test_kill_minus_nine_loses_no_acknowledged_save(tmp_path: Path) -> None:
    rng = random.Random(11643)
    acked: list[str] = []
    for _ in range(LOOPS):
        proc = _start(tmp_path)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # wait until the writer is really writing
        acked.append(first.strip())
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate()
        acked.extend(line for line in rest.splitlines() if line)
        conn = sqlite3.connect(tmp_path / "subei.sqlite3")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        codes = {r[0] for r in conn.execute("SELECT code FROM households")}
        missing = [c for c in acked if c not in codes]
        assert not missing, f"{len(missing)} acknowledged saves lost"
        changes = conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
        audits = conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
        updates = conn.execute("SELECT COUNT(*) FROM persons WHERE name_latin != ''").fetchone()[0]
        inserts = conn.execute("SELECT COUNT(*) FROM households").fetchone()[0] * 2
        # Each saved household is two inserts, and its head's update may or may not have landed.
        assert changes == audits == inserts + updates, "a change without its log, or the reverse"
        conn.close()
    assert len(acked) >= LOOPS
