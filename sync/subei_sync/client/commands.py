"""`subei-mobile enroll`, `sync` and `conflicts`: added to the core CLI as an entry-point plug-in."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from subei_mobile.errors import DemoStore, SubeiError
from subei_mobile.first_run import is_demo_folder
from subei_mobile.security import accounts
from subei_mobile.security.commands import open_for
from subei_mobile.store.conflict_view import view_of
from subei_mobile.store.conflicts import open_conflicts
from subei_mobile.version import __version__

from ..protocol.compat import UPDATE_NEEDED
from ..protocol.reference import ReferenceError
from .attachments import AttachmentQueue
from .engine import DeviceRevoked, SyncEngine, SyncFailed
from .enrolment import enrol_device
from .identity import NotEnrolled, load_identity
from .rebase import Rebased
from .reference import refresh as refresh_reference
from .refusals import open_refusals
from .refused_commands import register_refused
from .resolution import resolve_here
from .revocation import Shredded
from .transport import HttpTransport, Unreachable

EXIT_OK, EXIT_BAD_INPUT, EXIT_UNREACHABLE, EXIT_REVOKED, EXIT_UPDATE_NEEDED = 0, 2, 3, 4, 5


def register(sub: Any) -> None:
    """Add the sync commands to the core parser's subcommands."""
    p = sub.add_parser("enroll", help="register this laptop with the county server")
    p.add_argument("--server", required=True, help="https://county.example/")
    p.add_argument("--code", required=True, help="one-time enrolment code")
    p.add_argument("--ca-file", default="", help="county CA certificate to pin (PEM)")
    p.set_defaults(func=cmd_enroll)
    p = sub.add_parser("sync", help="send local changes and receive others' changes")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("conflicts", help="list or resolve conflicting edits")
    actions = p.add_subparsers(dest="conflicts_action", metavar="ACTION", required=True)
    q = actions.add_parser("list", help="print the open conflicts")
    q.set_defaults(func=cmd_conflicts_list)
    q = actions.add_parser("resolve", help="keep one candidate (township office)")
    q.add_argument("conflict_id")
    q.add_argument("choice", type=int, help="candidate number as printed by list")
    q.set_defaults(func=cmd_conflicts_resolve)
    register_refused(sub)
    from .setup_command import register as register_setup  # first-run setup, enrols too

    register_setup(sub)


def cmd_enroll(args: argparse.Namespace) -> int:
    """Generate the device key (sealed under the data key) and register it with the code."""
    if is_demo_folder(args.data_dir):  # demo data never reaches the county
        raise DemoStore(action="enroll")
    if not accounts.is_encrypted(args.data_dir):
        raise SubeiError("enrol.needs_user")  # before opening: leave an empty folder empty
    store = open_for(args)  # --user signs in; enrol_device checks the rest
    transport = HttpTransport(args.server, ca_file=args.ca_file)
    try:
        identity = enrol_device(store, transport, args.server, args.code, ca_file=args.ca_file)
    except Unreachable as exc:
        print(f"server unreachable: {exc}", file=sys.stderr)
        return EXIT_UNREACHABLE
    except SyncFailed as exc:
        if exc.code == UPDATE_NEEDED:
            print(f"update needed: this laptop runs version {__version__}; install the county's "
                  "update before enrolling", file=sys.stderr)  # fmt: skip
            return EXIT_UPDATE_NEEDED
        print(f"enrolment refused: {exc.code}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        transport.close()
        store.close()
    print(f"enrolled as device {identity.device_id} ({identity.role}, "
          f"{', '.join(identity.scopes)})")  # fmt: skip
    return EXIT_OK


def revocation_text(shredded: Shredded) -> str:
    """Return what a revocation destroyed, in numbers (never content)."""
    lost = (f"{shredded.unsent_changes} unsent changes and {shredded.unsent_attachments} "
            f"attachments not yet sent")  # fmt: skip
    if shredded.erased:
        return (f"this device was revoked by the county: its data on this laptop has been "
                f"erased (every key slot and the device key destroyed); lost: {lost}")  # fmt: skip
    return (f"this device was revoked by the county: its device key was deleted, but this "
            f"store has no users and is not encrypted, so its records stay readable on this "
            f"disk ({lost}); remove the disk or erase it")  # fmt: skip


def cmd_sync(args: argparse.Namespace) -> int:
    """Sync until caught up; exit 0 ok, 3 unreachable, 4 revoked, 2 refused."""
    store = open_for(args, create=False)
    try:
        identity = load_identity(store)
    except NotEnrolled:
        print("this laptop is not enrolled: run `subei-mobile enroll` first", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not store.codec.sealed:  # enrolled by an older build, before the first user was required
        print("warning: this laptop has no users, so the township's ID numbers and phones are "
              "kept unencrypted: add the first user (subei-mobile user add NAME --role R "
              "--county-key FILE)", file=sys.stderr)  # fmt: skip
    transport = HttpTransport(identity.server, ca_file=identity.ca_file)

    def show(phase: str, done: int, total: int) -> None:
        print(f"\r{phase}: {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = SyncEngine(store, transport, identity, progress=show).sync()
        # Attachments after records, on their own queue: a slow photo never holds up records.
        blobs = AttachmentQueue(store, transport, identity, progress=show).run()
        # Reference data the county announced in this sync's signed notice.
        updated = refresh_reference(store, transport, identity)
    except Unreachable as exc:
        print(f"\nserver unreachable ({exc}); changes stay queued", file=sys.stderr)
        return EXIT_UNREACHABLE
    except DeviceRevoked as exc:
        print(f"\n{revocation_text(exc.shredded)}", file=sys.stderr)
        return EXIT_REVOKED
    except ReferenceError as exc:
        print(f"\nreference-data update refused ({exc.code}); the current lists stay in use",
              file=sys.stderr)  # fmt: skip
        return EXIT_BAD_INPUT
    except SyncFailed as exc:
        if exc.code == UPDATE_NEEDED:
            print(f"\nupdate needed: this laptop runs version {__version__}; the county server "
                  f"needs {exc.params.get('min_version', 'a newer one')} or newer. Install the "
                  "update from the county, then sync again (nothing was lost).", file=sys.stderr)  # fmt: skip
            return EXIT_UPDATE_NEEDED
        if exc.status == 401:
            print(f"\nthis device is not allowed to sync ({exc.code})", file=sys.stderr)
            return EXIT_REVOKED
        where = (f" at audit entry {exc.params['seq']} ({exc.params.get('kind', '')})"
                 if "seq" in exc.params else "")  # fmt: skip
        print(f"\nsync refused: {exc.code}{where}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        transport.close()
    print(file=sys.stderr)
    if result.rebased is not None:
        print(rebase_message(result.rebased))
    print(f"sent {result.pushed}, received {result.pulled}, rejected {len(result.rejected)}, "
          f"{result.rounds} round trips, {result.bytes_up} B up, {result.bytes_down} B down")  # fmt: skip
    print(f"attachments: sent {len(blobs.uploaded)}, received {len(blobs.downloaded)}, "
          f"{blobs.bytes_up} B up, {blobs.bytes_down} B down")  # fmt: skip
    for refusal in open_refusals(store.conn):
        # ids and reason codes only: the values stay in the app, behind the role's masking
        print(f"refused: {refusal.table} {refusal.record_id} {refusal.op}: {refusal.reason()}")
    if updated is not None:
        print(f"reference data updated to version {updated.version}: {updated.summary}")
    for scope in result.mismatched:
        print(f"warning: scope {scope} differs from the server", file=sys.stderr)
    return EXIT_OK


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    """Print open conflicts: id, household, person, field and each candidate value.

    ID numbers and phones are masked, other sensitive values withheld (conflict_view.py).
    """
    store = open_for(args, create=False)
    found = open_conflicts(store.conn)
    for c in found:
        view = view_of(store, c)
        values = "; ".join(f"[{i}] {value} ({cand.get('device', '') or 'server'} "
                           f"{str(cand.get('hlc', ''))[:13]})"
                           for i, (value, cand) in enumerate(zip(view.values, c.candidates,
                                                                 strict=True)))  # fmt: skip
        print(f"{c.id}\thousehold {view.household or '-'}\tperson {view.person or '-'}"
              f"\t{c.table_name} {view.record}\t{c.field}\t{values}")  # fmt: skip
    print(f"{len(found)} open conflicts", file=sys.stderr)
    return EXIT_OK


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    """Keep one candidate of a conflict; the decision syncs to every device."""
    store = open_for(args, create=False)
    resolve_here(store, args.conflict_id, args.choice)  # conflict.device_role: exit 2, message
    print(f"resolved {args.conflict_id}")
    return EXIT_OK


def rebase_message(rebased: Rebased) -> str:
    """Return what a re-base did, for people (Chinese or English): nothing was lost."""
    from subei_mobile.messages import text_for

    return text_for("sync.rebased").format(resent=rebased.resent, first=rebased.first_seq)
