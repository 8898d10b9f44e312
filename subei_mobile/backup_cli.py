"""`subei-mobile backup --to DIR` and `subei-mobile restore FILE`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .errors import AuthError

EXIT_OK = 0


def _progress(label: str) -> Callable[[int, int], bool]:
    last = [0.0]

    def report(done: int, total: int) -> bool:
        now = time.monotonic()
        if now - last[0] > 0.5 or done >= total:
            print(f"\r{label}: {done * 100 // max(total, 1)}%", end="", file=sys.stderr)
            last[0] = now
        return True

    return report


def cmd_backup(args: argparse.Namespace) -> int:
    """Write an encrypted, verified backup of this laptop's data into a folder (a USB stick)."""
    from .security.commands import open_for
    from .store.backup import write_backup

    store = open_for(args, create=False)
    started = time.perf_counter()
    try:
        report = write_backup(store, args.to, progress=_progress("backup"))
    finally:
        store.close()
    took = time.perf_counter() - started
    print(file=sys.stderr)
    print(f"backup written and verified: {report.path} ({report.size} bytes, {took:.1f} s; "
          f"{report.counts['households']} households, {report.counts['unsent']} unsent changes)")  # fmt: skip
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Put the data folder back from a backup (the replaced store is kept aside)."""
    from .security.commands import _password
    from .store.restore import restore_backup

    county_private = None
    password = None
    if args.county_key is not None:
        county_private = bytes.fromhex(Path(args.county_key).read_text("ascii").strip())
    elif not args.user:
        raise AuthError("auth.required")
    else:
        password = _password(args, new=False)
    report = restore_backup(
        args.file, args.data_dir, user=args.user, password=password,
        county_private=county_private, replace=args.yes, progress=_progress("restore"),
    )  # fmt: skip
    print(file=sys.stderr)
    print(f"restored the backup of {report.created_at} into {report.data_dir} "
          f"({report.counts['households']} households)")  # fmt: skip
    if report.replaced is not None:
        print(f"the store it replaced is kept in {report.replaced}")
    print("sync next: work this laptop sent after the backup comes back from the server")
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add backup and restore to the subei-mobile parser."""
    p = sub.add_parser("backup", help="write an encrypted, verified backup (e.g. to a USB stick)")
    p.add_argument("--to", type=Path, required=True, help="folder to write the backup file into")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="put this laptop's data back from a backup file")
    p.add_argument("file", type=Path)
    p.add_argument("--yes", action="store_true",
                   help="replace the store in the data folder (it is kept aside)")  # fmt: skip
    p.add_argument("--county-key", type=Path, default=None,
                   help="county recovery private key (hex) instead of a user's password")  # fmt: skip
    p.set_defaults(func=cmd_restore)
