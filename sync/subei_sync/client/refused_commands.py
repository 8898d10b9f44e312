"""`subei-mobile refused list|discard|reassign`: refused sync work, settled by the township office."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from subei_mobile.security.accounts import account_of
from subei_mobile.security.commands import open_for

from .refusals import discard, open_refusals, reassign


def register_refused(sub: Any) -> None:
    """Add the `refused` command to the core parser's subcommands."""
    p = sub.add_parser("refused", help="changes the county server refused, kept until settled")
    actions = p.add_subparsers(dest="refused_action", metavar="ACTION", required=True)
    q = actions.add_parser("list", help="print refused changes with their reason")
    q.set_defaults(func=cmd_refused_list)
    q = actions.add_parser("discard", help="give up a refused change (township office)")
    q.add_argument("number", type=int, help="change number as printed by list")
    q.set_defaults(func=cmd_refused_discard)
    q = actions.add_parser("reassign", help="move its record to another grid and send it again")
    q.add_argument("number", type=int, help="change number as printed by list")
    q.add_argument("--grid", required=True, help="grid code the record belongs to")
    q.set_defaults(func=cmd_refused_reassign)


def cmd_refused_list(args: argparse.Namespace) -> int:
    """Print each unsettled refused change: number, table, record id, operation, reason."""
    store = open_for(args, create=False)
    found = open_refusals(store.conn)
    for r in found:
        print(f"{r.device_seq}\t{r.table}\t{r.record_id}\t{r.op}\t{r.reason()}\t{r.refused_at}")
    print(f"{len(found)} refused changes", file=sys.stderr)
    return 0


def cmd_refused_discard(args: argparse.Namespace) -> int:
    """Discard one refused change (auth.forbidden unless signed in as township office)."""
    store = open_for(args, create=False)
    discard(store, account_of(store.data_dir, store.user_id), args.number)
    print(f"discarded {args.number}")
    return 0


def cmd_refused_reassign(args: argparse.Namespace) -> int:
    """Reassign one refused change's record to a grid; it is sent on the next sync."""
    store = open_for(args, create=False)
    reassign(store, account_of(store.data_dir, store.user_id), args.number, args.grid)
    print(f"reassigned {args.number} to {args.grid}")
    return 0
