"""Put a data folder back from an encrypted backup, never losing the store it replaces.

The backup is decrypted into a fresh folder next to the data folder and checked (integrity,
counts) before anything live is touched. Then a small journal names the two moves: the live
folder to `<name>.replaced-<time>` (kept: nothing that was saved on this laptop is deleted by a
restore), the restored folder to the data folder's name. A crash between the moves is
finished by `finish_restore`, which every opening of a store runs first, so the data folder is
never found missing (which would start an empty store in its place).

After a restore the laptop is usually behind what the county server holds from it; its next
sync re-bases it (sync/subei_sync/client/rebase.py) and fetches its own later work back.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..errors import SubeiError
from .backup import Progress, check_extracted, extract, file_key_for, fsync_dir, read_header
from .store import DB_NAME

KEYSLOTS = "keyslots.json"


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did."""

    data_dir: Path
    replaced: Path | None  # where the store it replaced was kept
    counts: dict[str, int]
    created_at: str


def _incoming(data_dir: Path) -> Path:
    return data_dir.parent / f".{data_dir.name}.restore-incoming"


def _journal(data_dir: Path) -> Path:
    return data_dir.parent / f".{data_dir.name}.restore-journal"


def finish_restore(data_dir: Path) -> None:
    """Finish (or clean up after) a restore that a crash interrupted; cheap when there is none."""
    data_dir = Path(data_dir)
    journal, incoming = _journal(data_dir), _incoming(data_dir)
    if journal.exists():
        try:
            aside = str(json.loads(journal.read_text("utf-8"))["aside"])
        except (ValueError, KeyError):
            aside = None  # written half: the moves had not started
        if aside is not None and incoming.is_dir():
            if data_dir.exists() and aside and not Path(aside).exists():
                os.replace(data_dir, aside)
            if not data_dir.exists():
                os.replace(incoming, data_dir)
            fsync_dir(data_dir.parent)
        journal.unlink(missing_ok=True)
    if incoming.exists():
        shutil.rmtree(incoming, ignore_errors=True)  # a restore killed while decrypting


def has_store(data_dir: Path) -> bool:
    """True when the folder holds a store that a restore would replace."""
    return (Path(data_dir) / DB_NAME).exists()


def restore_backup(
    path: Path, data_dir: Path, *, user: str | None = None, password: str | None = None,
    county_private: bytes | None = None, replace: bool = False,
    progress: Progress | None = None,
) -> RestoreReport:  # fmt: skip
    """Replace data_dir by the backup at path (after decrypting and checking it)."""
    data_dir = Path(data_dir)
    finish_restore(data_dir)
    header = read_header(Path(path))
    key = file_key_for(header, user=user, password=password, county_private=county_private)
    if has_store(data_dir) and not replace:
        raise SubeiError("restore.would_overwrite")
    incoming = _incoming(data_dir)
    shutil.rmtree(incoming, ignore_errors=True)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    try:
        extract(Path(path), header, key, incoming, progress)
        check_extracted(incoming, header)
        with open(incoming / KEYSLOTS, "w", encoding="utf-8") as out:
            json.dump(header.slots, out, indent=1, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        fsync_dir(incoming)
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise
    aside = None
    if data_dir.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = data_dir.with_name(f"{data_dir.name}.replaced-{stamp}")
    journal = _journal(data_dir)
    with open(journal, "w", encoding="utf-8") as out:
        json.dump({"aside": str(aside) if aside else ""}, out)
        out.flush()
        os.fsync(out.fileno())
    fsync_dir(data_dir.parent)
    if aside is not None:
        os.replace(data_dir, aside)
    os.replace(incoming, data_dir)
    fsync_dir(data_dir.parent)
    journal.unlink()
    return RestoreReport(data_dir, aside, header.counts, header.created_at)
