"""`subei-server backup` and `restore`: the database and the files that go with it, in one archive.

The archive (tar, gzip) holds a manifest, the database — a consistent copy made with SQLite's
online backup API, or `pg_dump --format=custom` of the server's PostgreSQL database — and the
data folder's keys, TLS files and attachment blobs. It holds private keys: keep it as
carefully as the server itself. Restore refuses a database that already holds data, so a drill
can never overwrite a live server by mistake, and it checks the restored database before it
reports success.
"""

from __future__ import annotations

import datetime as dt
import glob
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from . import migrations
from .database import Database, open_database

FORMAT = "subei-server-backup/1"
MANIFEST = "manifest.json"
DB_SQLITE, DB_PG = "server.sqlite3", "server.pgdump"
# Data-folder entries that belong in a backup (the database file is copied separately).
KEPT = ("bundle-keys.json", "county-recovery.pub", "tls", "blobs", "for-laptops",
        "subei-server.env")  # fmt: skip


class BackupError(Exception):
    """A backup or restore that cannot go ahead; `code` is stable, the text safe to print."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code


@dataclass(frozen=True)
class Restored:
    """What a restore put back."""

    dialect: str
    devices: int
    head: int
    files: int


def pg_tool(name: str) -> str:
    """Return the path of a PostgreSQL client tool (newest installed major version first)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)  # fmt: skip
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path is None:
        raise BackupError("pg_tools_missing", f"{name} not found: install postgresql-client")
    return on_path


def _pg_schema(dsn: str) -> str:
    """Return the schema a DSN's options pin with search_path, or "" for the database's default."""
    options = " ".join(parse_qs(urlsplit(dsn).query).get("options", []))
    for part in options.split():
        if part.startswith("-csearch_path="):
            return part.removeprefix("-csearch_path=").split(",")[0]
    return ""


def _pg_conninfo(dsn: str) -> str:
    """Return the DSN without its options: the schema is named to the tools separately."""
    parts = urlsplit(dsn)
    query = "&".join(f"{k}={v[0]}" for k, v in parse_qs(parts.query).items() if k != "options")
    return parts._replace(query=query).geturl()


def _db_head(db: Database) -> tuple[int, int]:
    with db.transaction() as tx:
        devices = int(tx.execute("SELECT COUNT(*) FROM devices")[0][0])
        head = int(tx.execute("SELECT value FROM seq_counter WHERE id = 1")[0][0])
    return devices, head


def backup(data_dir: Path, db_url: str, out: Path) -> Path:
    """Write a backup archive of the server in data_dir (database at db_url) to out."""
    data_dir = Path(data_dir)
    with tempfile.TemporaryDirectory(prefix="subei-backup-") as tmp:
        work = Path(tmp)
        if db_url.startswith(("postgresql://", "postgres://")):
            dump, dialect = work / DB_PG, "postgresql"
            cmd = [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                   "--file", str(dump), "--dbname", _pg_conninfo(db_url)]  # fmt: skip
            if schema := _pg_schema(db_url):
                cmd += ["--schema", schema]
            _run(cmd, "pg_dump_failed")
        else:
            dump, dialect = work / DB_SQLITE, "sqlite"
            source = sqlite3.connect(f"file:{db_url}?mode=ro", uri=True)
            target = sqlite3.connect(dump)
            try:
                source.backup(target)  # consistent even while the server writes
            finally:
                target.close()
                source.close()
        db = open_database(db_url)
        try:
            devices, head = _db_head(db)
        finally:
            db.close()
        manifest = {"format": FORMAT, "dialect": dialect, "schema": migrations.LATEST,
                    "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "devices": devices, "head": head}  # fmt: skip
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            body = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
            tar.add(dump, arcname=dump.name)
            for name in KEPT:
                if (data_dir / name).exists():
                    tar.add(data_dir / name, arcname=f"data/{name}")
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, out)
    return out


def restore(archive: Path, data_dir: Path, db_url: str) -> Restored:
    """Put a backup back into an empty data folder and an empty database; check it; report."""
    data_dir = Path(data_dir)
    try:
        tar = tarfile.open(archive, "r:gz")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError):
        raise BackupError("backup_unreadable", f"not a server backup: {archive}") from None
    with tar, tempfile.TemporaryDirectory(prefix="subei-restore-") as tmp:
        try:
            manifest = json.load(tar.extractfile(MANIFEST) or io.BytesIO(b"{}"))
        except (KeyError, ValueError):
            raise BackupError("backup_unreadable", f"no manifest in {archive}") from None
        if manifest.get("format") != FORMAT:
            raise BackupError("backup_unreadable", f"unknown backup format in {archive}")
        if int(manifest.get("schema", 0)) > migrations.LATEST:
            raise BackupError(
                "backup_too_new", "the backup comes from a newer server: update first"
            )
        is_pg = db_url.startswith(("postgresql://", "postgres://"))
        if (manifest["dialect"] == "postgresql") != is_pg:
            raise BackupError("backup_wrong_database",
                              f"the backup holds a {manifest['dialect']} database; give a matching --db")  # fmt: skip
        _refuse_nonempty(data_dir, db_url)
        tar.extractall(tmp, filter="data")
        work = Path(tmp)
        data_dir.mkdir(parents=True, exist_ok=True)
        if is_pg:
            cmd = [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                   "--single-transaction", "--dbname", _pg_conninfo(db_url), str(work / DB_PG)]  # fmt: skip
            _run(cmd, "pg_restore_failed")
        else:
            shutil.copyfile(work / DB_SQLITE, db_url)
        files = 0
        if (work / "data").is_dir():
            for item in sorted((work / "data").iterdir()):
                target = data_dir / item.name
                if item.is_dir():
                    shutil.copytree(item, target, dirs_exist_ok=True)
                    files += sum(1 for p in target.rglob("*") if p.is_file())
                else:
                    shutil.copy2(item, target)
                    files += 1
        db = open_database(db_url)
        try:
            migrations.migrate(db)  # an older backup comes up to this server's schema
            devices, head = _db_head(db)
        finally:
            db.close()
        if (devices, head) != (manifest["devices"], manifest["head"]):
            raise BackupError("restore_mismatch",
                              f"restored {devices} devices at {head}; the backup had "
                              f"{manifest['devices']} at {manifest['head']}")  # fmt: skip
        return Restored(manifest["dialect"], devices, head, files)


def _refuse_nonempty(data_dir: Path, db_url: str) -> None:
    if (data_dir / "bundle-keys.json").exists():
        raise BackupError("restore_target_in_use",
                          f"{data_dir} already holds a server's keys; restore into an empty folder")  # fmt: skip
    if db_url.startswith(("postgresql://", "postgres://")):
        db = open_database(db_url)
        try:
            with db.transaction() as tx:
                tables = tx.execute(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema ="
                    " current_schema() AND table_name = 'devices'"
                )
        finally:
            db.close()
        in_use = int(tables[0][0]) > 0
    else:
        in_use = Path(db_url).exists() and Path(db_url).stat().st_size > 0
    if in_use:
        raise BackupError("restore_target_in_use",
                          "the database already holds a server; restore into an empty one")  # fmt: skip


def _run(cmd: list[str], code: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        # The tools' messages name objects and connections, never row contents.
        raise BackupError(code, f"{Path(cmd[0]).name} failed: {done.stderr.strip()[-400:]}")
