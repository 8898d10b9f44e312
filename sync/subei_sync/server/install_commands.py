"""The operator's commands of `subei-server`: init, backup and restore."""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
ADMIN_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def _db_url(args: argparse.Namespace) -> str:
    from .cli import DB_FILE

    return str(args.db) or str(Path(args.data_dir).resolve() / DB_FILE)


def _admin_password(args: argparse.Namespace) -> tuple[str, bool]:
    """Return the first administrator's password and whether it was made up here."""
    if args.admin_password_file:
        return Path(args.admin_password_file).read_text("utf-8").strip(), False
    if os.environ.get("SUBEI_ADMIN_PASSWORD"):
        return os.environ["SUBEI_ADMIN_PASSWORD"], False
    if sys.stdin.isatty():
        return getpass.getpass(f"password for county administrator {args.admin}: "), False
    return secrets.token_urlsafe(18), True


def cmd_init(args: argparse.Namespace) -> int:
    """Create the county server's keys, CA and certificate, first administrator, env file."""
    from . import migrations
    from .database import open_database
    from .install import DEFAULT_PORT, default_hostnames, describe, init_server

    if not args.admin or not set(args.admin) <= ADMIN_NAME_CHARS or len(args.admin) > 64:
        print("error: --admin takes a name of lower-case letters, digits, '-', '_' or '.'",
              file=sys.stderr)  # fmt: skip
        return EXIT_BAD_INPUT
    password, made_up = _admin_password(args)
    if len(password) < 10:
        print("error: the administrator's password needs at least 10 characters", file=sys.stderr)
        return EXIT_BAD_INPUT
    url = _db_url(args)
    Path(args.data_dir).mkdir(parents=True, exist_ok=True)
    try:
        db = open_database(url)
    except Exception as exc:  # psycopg's OperationalError and friends: say which, not a trace
        print(f"error: cannot open the database: {type(exc).__name__}", file=sys.stderr)
        return EXIT_ERROR
    try:
        migrations.migrate(db)
        hostnames = args.hostname or default_hostnames()
        report = init_server(Path(args.data_dir), db, str(args.db), admin=args.admin,
                             password=password, hostnames=hostnames, port=args.port)  # fmt: skip
    finally:
        db.close()
    print(describe(report, f"https://{hostnames[0]}:{args.port or DEFAULT_PORT}/"))
    if made_up and report.admin_created:
        print(f"\nadministrator {report.admin}'s password (shown once, store it now): {password}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a backup archive of the server (database, keys, TLS files, blobs)."""
    from .backup import BackupError, backup

    try:
        out = backup(Path(args.data_dir), _db_url(args), Path(args.out))
    except BackupError as exc:
        print(f"error [{exc.code}]: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"backup written: {out} ({out.stat().st_size} bytes)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup into an empty data folder and an empty database."""
    from .backup import BackupError, restore

    try:
        done = restore(Path(args.archive), Path(args.data_dir), _db_url(args))
    except BackupError as exc:
        print(f"error [{exc.code}]: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT if exc.code.startswith(("backup_", "restore_target")) else EXIT_ERROR
    print(f"restored {done.dialect} database: {done.devices} devices, log head {done.head};"
          f" {done.files} files in {args.data_dir}")  # fmt: skip
    return EXIT_OK


def register(sub: Any) -> None:
    """Add init, backup and restore to the subei-server command line."""
    p = sub.add_parser("init", help="set up a new county server (keys, CA, TLS, administrator)")
    p.add_argument("--admin", default="county-admin", help="first county administrator's name")
    p.add_argument("--admin-password-file", default="",
                   help="file holding that password (else SUBEI_ADMIN_PASSWORD, a prompt, or "
                   "a new one printed once)")  # fmt: skip
    p.add_argument("--hostname", action="append", default=[],
                   help="name or address laptops use for the server (repeatable; default: "
                   "this machine's name, localhost, 127.0.0.1)")  # fmt: skip
    p.add_argument("--port", type=int, default=8620)
    p.add_argument("--db", default=argparse.SUPPRESS, help="as the global --db")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("backup", help="write a backup archive (database, keys, TLS, blobs)")
    p.add_argument("out", help="archive to write (.tar.gz)")
    p.add_argument("--db", default=argparse.SUPPRESS, help="as the global --db")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="restore a backup into an empty data dir and database")
    p.add_argument("archive")
    p.add_argument("--db", default=argparse.SUPPRESS, help="as the global --db")
    p.set_defaults(func=cmd_restore)
