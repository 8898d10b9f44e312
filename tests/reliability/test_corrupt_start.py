"""A damaged database at start: a clear code, the last backup offered, nothing overwritten.

Extends tests/core/test_demo_and_cli.py (garbage file, no backup) and
tests/storage/test_migrations.py (scribbled pages after an unclean exit, no backup): here a
backup exists and must be named, and neither the damaged file nor any backup may change.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from subei_mobile.cli import main as cli
from subei_mobile.errors import StoreCorrupt
from subei_mobile.store import DB_NAME, open_store
from subei_mobile.store.store import open_marker

GOLDEN = Path(__file__).resolve().parent.parent / "storage" / "golden" / "schema-v1.sqlite3"


def _digests(folder: Path) -> dict[str, str]:
    """The database file and every backup (SQLite may add an empty -wal / -shm beside them)."""
    files = [folder / DB_NAME, *folder.glob("*.bak")]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(files)}


@pytest.mark.parametrize("damage", ["header", "pages", "truncated"])
def test_damaged_store_names_the_backup_and_touches_nothing(
    tmp_path: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    shutil.copy(GOLDEN, data / DB_NAME)
    store = open_store(data)  # the migration leaves a backup of the v1 file
    store.close()
    (backup,) = data.glob(f"{DB_NAME}.v1-*.bak")
    path = data / DB_NAME
    raw = bytearray(path.read_bytes())
    if damage == "header":
        raw[0:16] = b"not a database!!"
    elif damage == "pages":
        for offset in range(4096 * 2, len(raw), 4096):
            raw[offset : offset + 64] = b"\xff" * 64
    else:
        raw = raw[: len(raw) // 2 + 100]
    path.write_bytes(bytes(raw))
    open_marker(path).touch()  # as after a crash, so quick_check runs
    before = _digests(data)
    with pytest.raises(StoreCorrupt) as err:
        open_store(data)
    assert err.value.params["backup"] == str(backup)
    assert cli(["--data-dir", str(data), "search", "x"]) == 2
    message = capsys.readouterr().err
    assert "store_corrupt" in message and backup.name in message
    assert _digests(data) == before, "a damaged file or a backup was changed"
