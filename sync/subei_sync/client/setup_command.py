"""`subei-mobile setup`: the first-run setup of a new data folder, without the desktop.

The same steps as the app's first-run dialog: the first user (name, role, password) with the
county key turns on encryption; optionally the laptop enrols right away with the same
`enroll` command used later. `--demo` makes a demo store instead (it never enrols or syncs).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from subei_mobile.errors import AuthError
from subei_mobile.first_run import (
    LANGUAGES,
    make_demo_store,
    place_codes,
    remember_language,
    setup_field_store,
)
from subei_mobile.security import county
from subei_mobile.security.roles import ROLES

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def register(sub: Any) -> None:
    """Add `setup` to the subei-mobile parser."""
    p = sub.add_parser("setup", help="set up a new data folder (first user, county key, enrolment)")
    p.add_argument("--demo", action="store_true",
                   help="make a demo store instead (demo data; never enrols or syncs)")  # fmt: skip
    p.add_argument("--households", type=int, default=500, help="demo size with --demo")
    p.add_argument("--name", default="", help="the first user's name")
    p.add_argument("--role", default="", choices=ROLES)
    p.add_argument("--township", default="", help="code or name (township office, grid worker)")
    p.add_argument("--grid", default="", help="code or name (grid worker)")
    p.add_argument("--county-key", default="", metavar="KEY|FILE",
                   help="the value `subei-server county-key` prints, a file holding it, "
                        "or its QR image")  # fmt: skip
    p.add_argument("--language", default="", choices=LANGUAGES,
                   help="the desktop app's language on this laptop")  # fmt: skip
    p.add_argument("--server", default="", help="enrol now with this county server (optional)")
    p.add_argument("--code", default="", help="one-time enrolment code (with --server)")
    p.add_argument("--ca-file", default="", help="county CA certificate to pin (PEM)")
    p.set_defaults(func=cmd_setup)


def cmd_setup(args: argparse.Namespace) -> int:
    """Set up the data folder; the password comes from SUBEI_PASSWORD / --password-file."""
    if args.demo:
        return _demo(args)
    if not args.name or not args.role:
        print("setup needs --name and --role (or --demo)", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not args.county_key:
        raise AuthError("county_key.required")
    if bool(args.server) != bool(args.code):
        print("give both --server and --code, or neither (enrol later)", file=sys.stderr)
        return EXIT_BAD_INPUT
    public = county.read_public_key(args.county_key)
    township, grid = place_codes(args.township, args.grid)
    password = _first_password(args)
    store = setup_field_store(Path(args.data_dir), args.name, args.role,
                              password, public, township=township, grid=grid)  # fmt: skip
    remember_language(store, args.language)
    store.close()
    print(f"set up: encryption on, user {args.name} ({args.role}), county key "
          f"{county.key_id(public)}")  # fmt: skip
    if not args.server:
        print(f"enrol later: subei-mobile --user {args.name} enroll --server URL --code CODE")
        return EXIT_OK
    from .commands import cmd_enroll

    enrol_args = argparse.Namespace(**{**vars(args), "user": args.name})
    done = cmd_enroll(enrol_args)
    if done != EXIT_OK:
        print("the laptop is set up but not enrolled: run `enroll` again later", file=sys.stderr)
    return done


def _first_password(args: argparse.Namespace) -> str:
    """Return the first user's password: file or SUBEI_PASSWORD, else typed twice."""
    import getpass
    import os

    from subei_mobile.security.commands import password_of

    if args.password_file is None and not os.environ.get("SUBEI_PASSWORD") and sys.stdin.isatty():
        first, again = getpass.getpass("password: "), getpass.getpass("password again: ")
        if first != again:
            raise AuthError("setup.passwords_differ")
        return first
    try:
        return password_of(args)
    except AuthError:
        raise AuthError("setup.password_required") from None


def _demo(args: argparse.Namespace) -> int:
    store = make_demo_store(Path(args.data_dir), args.households)
    n = store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    store.close()
    print(f"demo store with {n} households: it cannot enrol, sync or write USB bundles")
    return EXIT_OK
