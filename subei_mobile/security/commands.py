"""``subei-mobile user ...`` and the global ``--user`` sign-in used by every command.

Passwords come from SUBEI_PASSWORD / --password-file (new ones from SUBEI_NEW_PASSWORD /
--new-password-file), or a prompt on a terminal; never from the command line itself, where
other users of the laptop could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..errors import AuthError
from ..store import Store, open_store
from . import accounts, county
from .roles import ROLES


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Add --user and --password-file to the top-level parser."""
    parser.add_argument("--user", default=None, help="sign in as this user (encrypted store)")
    parser.add_argument("--password-file", type=Path, default=None,
                        help="file whose first line is the password (else SUBEI_PASSWORD)")  # fmt: skip


def open_for(args: argparse.Namespace, create: bool = True) -> Store:
    """Return the store of --data-dir, signing in as --user when it is encrypted."""
    data_dir = Path(args.data_dir)
    user = getattr(args, "user", None)
    if accounts.is_encrypted(data_dir):
        if not user:
            raise AuthError("auth.required")
        return accounts.login(data_dir, user, _password(args, new=False))
    return open_store(data_dir, user_id=user or "local", create=create)


def password_of(args: argparse.Namespace) -> str:
    """Return the password of --user (or of the first user at setup): file, env or prompt."""
    return _password(args, new=False)


def _password(args: argparse.Namespace, new: bool) -> str:
    env, file_arg = (
        ("SUBEI_NEW_PASSWORD", "new_password_file") if new else ("SUBEI_PASSWORD", "password_file")
    )
    path = getattr(args, file_arg, None)
    if path is not None:
        lines = Path(path).read_text("utf-8").splitlines()
        return lines[0] if lines else ""
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin.isatty():
        return getpass.getpass("new password: " if new else "password: ")
    raise AuthError("auth.required")


def cmd_user_add(args: argparse.Namespace) -> int:
    """Add a user; on an unencrypted store this enables encryption with the first user."""
    data_dir = Path(args.data_dir)
    township, grid = args.township or "", args.grid or ""
    if not accounts.is_encrypted(data_dir):
        if args.county_key is None:
            raise AuthError("county_key.required")
        public = county.read_public_key(args.county_key)
        try:
            password = _password(args, new=True)
        except AuthError:
            password = _password(args, new=False)
        store = accounts.create_encrypted_store(
            data_dir, args.name, args.role, password, public, township=township, grid=grid
        )
        store.close()
        print(f"encryption enabled; user {args.name} ({args.role}) added")
        return 0
    store = open_for(args)
    try:
        actor = accounts.account_of(data_dir, store.user_id)
        password = _password(args, new=True)
        accounts.add_user(
            store, actor, args.name, args.role, password, township=township, grid=grid
        )
    finally:
        store.close()
    print(f"user {args.name} ({args.role}) added")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    """List the users of this laptop (no password needed: no herder data is shown)."""
    for account, failures in accounts.list_accounts(Path(args.data_dir)):
        flag = f"\tfailed sign-ins: {failures}" if failures else ""
        print(
            f"{account.name}\t{account.role}\t{account.township or '-'}\t{account.grid or '-'}{flag}"
        )
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    """Set a user's password (their own, or anyone's for users.manage roles)."""
    store = open_for(args)
    try:
        actor = accounts.account_of(Path(args.data_dir), store.user_id)
        accounts.set_password(store, actor, args.name, _password(args, new=True))
    finally:
        store.close()
    print(f"password of {args.name} changed")
    return 0


def cmd_county_keygen(args: argparse.Namespace) -> int:
    """Write a county key pair as hex (for trials; the county keeps its own offline)."""
    pair = county.generate_county_keypair()
    private = Path(args.private_out)
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(pair.private.hex() + "\n")
    Path(args.public_out).write_text(pair.public.hex() + "\n", "ascii")
    print(f"county key {county.key_id(pair.public)} written")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``user`` commands to the subei-mobile parser."""
    user = sub.add_parser("user", help="users of this laptop, sign-in and encryption")
    usub = user.add_subparsers(dest="user_command", metavar="USER_COMMAND", required=True)
    p = usub.add_parser("add", help="add a user (the first one enables encryption)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--township", default="")
    p.add_argument("--grid", default="")
    p.add_argument("--county-key", default=None, metavar="KEY|FILE",
                   help="county recovery public key, needed for the first user: the value "
                        "`subei-server county-key` prints, a file holding it, or its QR image")  # fmt: skip
    p.add_argument("--new-password-file", type=Path, default=None,
                   help="the new user's password (else SUBEI_NEW_PASSWORD)")  # fmt: skip
    p.set_defaults(func=cmd_user_add)
    p = usub.add_parser("list", help="list users")
    p.set_defaults(func=cmd_user_list)
    p = usub.add_parser("passwd", help="change a user's password")
    p.add_argument("name")
    p.add_argument("--new-password-file", type=Path, default=None)
    p.set_defaults(func=cmd_user_passwd)
    p = usub.add_parser("county-keygen", help="make a trial county recovery key pair")
    p.add_argument("private_out", type=Path)
    p.add_argument("public_out", type=Path)
    p.set_defaults(func=cmd_county_keygen)
