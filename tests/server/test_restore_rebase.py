"""Finding 2: a laptop put back from a copy of its data folder loses nothing on its next sync.

Real `subei-server serve` on loopback (SQLite and PostgreSQL) and the real `subei-mobile`
command: copy an enrolled, synced folder aside; import and sync; put the copy back; import new
rows; sync. Every row saved after the restore must reach the server and stay on the laptop,
also when the restored laptop saved more changes than the copy missed (its device sequence
numbers then overlap numbers the server already holds from it).
"""

from __future__ import annotations

import csv
import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest
import test_end_to_end
from test_end_to_end import _enrol, _mobile

pytestmark = pytest.mark.slow
_codes = itertools.count(1)
server = test_end_to_end.server  # the live `subei-server serve` fixture


def _import(laptop: Path, tmp: Path, rows: int) -> list[str]:
    """Import `rows` new households (one person each) through the CLI; return their codes."""
    codes = [f"RB-{next(_codes):05d}" for _ in range(rows)]
    path = tmp / f"{codes[0]}.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["household_code", "name_zh", "relation", "township"])
        out.writerows([code, "测试", "户主", "党城湾镇"] for code in codes)
    done = _mobile(laptop, "import", "households", str(path))
    assert done.returncode == 0, done.stderr
    return codes


def _codes_on(laptop: Path) -> set[str]:
    conn = sqlite3.connect(laptop / "subei.sqlite3")
    try:
        return {r[0] for r in conn.execute("SELECT code FROM households WHERE _deleted = 0")}
    finally:
        conn.close()


def _sync(laptop: Path) -> str:
    done = _mobile(laptop, "sync")
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout + done.stderr


@pytest.mark.parametrize("after_restore", [2, 9], ids=["fewer", "more"])
def test_restored_folder_loses_no_work(
    server: tuple[str, Path, str], tmp_path: Path, after_restore: int
) -> None:
    url, data, db_url = server
    laptop, aside, witness = tmp_path / "laptop", tmp_path / "aside", tmp_path / "witness"
    _enrol(url, data, db_url, laptop, "township-office")
    before = _import(laptop, tmp_path, 3)
    _sync(laptop)
    shutil.copytree(laptop, aside)  # the backup: an enrolled, synced folder

    missed = _import(laptop, tmp_path, 4)  # saved and synced, but not in the backup
    _sync(laptop)
    shutil.rmtree(laptop)
    shutil.copytree(aside, laptop)  # put the copy back
    fresh = _import(laptop, tmp_path, after_restore)  # saved after the restore
    said = _sync(laptop)
    assert "re-based" in said or "重新对齐" in said  # (English or Chinese, by LANG)
    _sync(laptop)  # a second sync finds nothing left to do

    check = _mobile(laptop, "check")
    assert check.returncode == 0, check.stderr
    assert "unsent changes: 0;" in check.stdout
    assert _codes_on(laptop) == {*before, *missed, *fresh}
    _enrol(url, data, db_url, witness, "township-office")
    _sync(witness)
    assert _codes_on(witness) == {*before, *missed, *fresh}
