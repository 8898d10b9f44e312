"""The `subei-server` command: run the county server and manage field devices."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from subei_mobile.catalogue import find_place, places
from subei_mobile.version import __version__

from . import install_commands, migrations, reference
from .bundle_keys import ensure_server_keys, load_or_create_keys
from .database import Database, open_database
from .devices import ROLES, add_device, list_devices, revoke_device

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2
DB_FILE = "server.sqlite3"
KEEP_ALIVE_S = 120


def _database(args: argparse.Namespace) -> Database:
    target = args.db or str(Path(args.data_dir) / DB_FILE)
    if not args.db:
        Path(args.data_dir).mkdir(parents=True, exist_ok=True)
    db = open_database(target)
    migrations.migrate(db)
    ensure_server_keys(Path(args.data_dir), db)  # bundle keys: created at server init
    return db


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the HTTP server (uvicorn) until interrupted."""
    import uvicorn

    from .app import create_app
    from .logs import configure

    configure(log_file=args.log_file)
    db = _database(args)
    # Attachment blobs stay on disk under the data folder, with SQLite and with PostgreSQL.
    from .blobs import BLOB_DIR

    app = create_app(db, blob_dir=Path(args.data_dir) / BLOB_DIR,
                     signer=load_or_create_keys(Path(args.data_dir)).signer)  # fmt: skip
    if args.min_app_version:
        app.state.min_app_version = args.min_app_version
    # Keep idle connections for 2 min (uvicorn's default is 5 s): a reconnect costs a 2G
    # laptop one more RTT (two with TLS). No Date/Server headers: bytes on a 50 kbit/s link.
    # TLS with a certificate issued by the county CA; laptops pin that CA (enroll --ca-file).
    tls = {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key} if args.tls_cert else {}
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False,
                timeout_keep_alive=KEEP_ALIVE_S, date_header=False, server_header=False,
                **tls)  # fmt: skip
    return EXIT_OK


def cmd_device_add(args: argparse.Namespace) -> int:
    """Create a device and print its one-time enrolment code (and write a QR image)."""
    township = find_place(args.township, level="township")
    if township is None:
        print(f"unknown township: {args.township}", file=sys.stderr)
        return EXIT_BAD_INPUT
    grid_code = ""
    if args.grid:
        grid = find_place(args.grid, level="grid")
        village = places().get(grid.parent_code) if grid else None
        if grid is None or village is None or village.parent_code != township.code:
            print(f"unknown grid in township {township.code}: {args.grid}", file=sys.stderr)
            return EXIT_BAD_INPUT
        grid_code = grid.code
    device_id, code = add_device(_database(args), township.code, grid_code, args.role, args.label)
    print(f"device {device_id}: {township.code} {grid_code or '(whole township)'} {args.role}")
    print(f"enrolment code (single use, expires in 72 h): {code}")
    png = _write_qr(Path(args.data_dir) / f"enrol-{device_id}.png", code)
    if png:
        print(f"QR code: {png}")
    return EXIT_OK


def _write_qr(path: Path, code: str) -> Path | None:
    try:
        import qrcode  # optional: qrcode with Pillow, or with pypng for the pure-Python writer

        image = qrcode.make(code)
    except ImportError:
        try:
            from qrcode.image.pure import PyPNGImage

            image = qrcode.make(code, image_factory=PyPNGImage)
        except ImportError:
            print("(no QR image: install qrcode[pil] or qrcode[png])", file=sys.stderr)
            return None
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    return path


def cmd_county_key(args: argparse.Namespace) -> int:
    """Print the county recovery public key (the value laptops' setup takes) and write its QR."""
    from subei_mobile.errors import SubeiError
    from subei_mobile.messages import describe_error

    from .county_key import QR_FILE, adopt, load_or_create

    data_dir = Path(args.data_dir)
    try:
        key = adopt(data_dir, args.import_key) if args.import_key else load_or_create(
            data_dir, args.private_out)  # fmt: skip
    except SubeiError as exc:
        print(f"error: {describe_error(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except FileExistsError as exc:
        print(f"error: {exc.filename} exists; not overwriting a private key", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(key.text)  # alone on stdout: `subei-server county-key > county.pub` is the key file
    print(f"county key {key.key_id}", file=sys.stderr)
    if key.private_written is not None:
        print(f"new county key pair; PRIVATE half written to {key.private_written}\n"
              "  copy it to offline media kept at the county (it opens any laptop's data when\n"
              "  every password is lost), then delete it from this server", file=sys.stderr)  # fmt: skip
    png = _write_qr(Path(args.qr) if args.qr else data_dir / QR_FILE, key.text)
    if png:
        print(f"QR code: {png}", file=sys.stderr)
    return EXIT_OK


def cmd_device_list(args: argparse.Namespace) -> int:
    """Print every device with its place, role, status and high-water mark."""
    for d in list_devices(_database(args)):
        print(f"{d.id}\t{d.township}\t{d.grid or '-'}\t{d.role}\t{d.status}\t{d.high_water}")
    return EXIT_OK


def cmd_device_revoke(args: argparse.Namespace) -> int:
    """Revoke a device; its next request is refused."""
    if not revoke_device(_database(args), args.device_id):
        print(f"unknown device: {args.device_id}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"revoked {args.device_id}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser."""
    parser = argparse.ArgumentParser(prog="subei-server", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=Path("server-data"))
    parser.add_argument("--db", default="", help="postgresql://... (default: SQLite in data dir)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    p = sub.add_parser("serve", help="run the server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8620)
    p.add_argument("--tls-cert", default="", help="PEM certificate chain (issued by the county CA)")
    p.add_argument("--tls-key", default="", help="PEM private key of that certificate")
    p.add_argument("--db", default=argparse.SUPPRESS, help="as the global --db")
    p.add_argument(
        "--log-file", default="", help="JSON log lines to this file, rotated (else stderr)"
    )
    p.add_argument("--min-app-version", default="",
                   help="oldest laptop program that may sync (default: one minor version behind)")  # fmt: skip
    p.set_defaults(func=cmd_serve)
    install_commands.register(sub)
    reference.register(sub)
    dev = sub.add_parser("device", help="manage field devices").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = dev.add_parser("add", help="create a device and its one-time enrolment code")
    p.add_argument("--township", required=True, help="code or name (Chinese, Mongolian, Latin)")
    p.add_argument("--grid", default="")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--label", default="")
    p.set_defaults(func=cmd_device_add)
    p = dev.add_parser("list", help="list devices")
    p.set_defaults(func=cmd_device_list)
    p = dev.add_parser("revoke", help="revoke a device")
    p.add_argument("device_id")
    p.set_defaults(func=cmd_device_revoke)
    p = dev.add_parser("rescope", help="move a device to another grid or township")
    p.add_argument("device_id")
    p.add_argument("--township", default="", help="code or name; alone: the whole township")
    p.add_argument("--grid", default="", help="code or name (its township is implied)")
    p.set_defaults(func=cmd_device_rescope)
    p = sub.add_parser("county-key", help="print the county recovery public key (laptop setup)")
    p.add_argument("--import", dest="import_key", default="", metavar="KEY|FILE",
                   help="keep a public key made offline (value, key file or QR image)")  # fmt: skip
    p.add_argument("--private-out", type=Path, default=None,
                   help="where a newly made private half goes (default: in the data dir)")  # fmt: skip
    p.add_argument("--qr", default="", help="QR image path (default: DATA_DIR/county-key.png)")
    p.set_defaults(func=cmd_county_key)
    p = sub.add_parser("compact", help="drop change-log entries every active device has passed")
    p.add_argument("--max-silence-days", type=float, default=30.0,
                   help="devices silent longer do not hold the log back (default 30)")  # fmt: skip
    p.set_defaults(func=cmd_compact)
    p = sub.add_parser("recover-backup",
                       help="apply a lost laptop's unsent work from its backup (county key)")  # fmt: skip
    p.add_argument("file", type=Path, help="the laptop's backup (.subeibak)")
    p.add_argument("--county-key", type=Path, required=True,
                   help="county recovery private key (hex), kept offline")  # fmt: skip
    p.set_defaults(func=cmd_recover_backup)
    bun = sub.add_parser("bundle", help="USB bundles").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    aud = sub.add_parser("audit", help="laptops' audit chains").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = aud.add_parser("verify", help="re-verify stored audit chains; name the first bad entry")
    p.add_argument("--device", default="", help="one device id (default: every device)")
    p.set_defaults(func=cmd_audit_verify)
    p = bun.add_parser("import", help="import laptop bundles and write return bundles")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--return-to", type=Path, default=None, help="folder for return bundles")
    p.set_defaults(func=cmd_bundle_import)
    return parser


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Print each device's chain verdict; exit 1 when any chain is broken or was flagged."""
    from .audit import verify_stored

    reports = verify_stored(_database(args), args.device or None)
    if args.device and not reports:
        print(f"no audit chain for device {args.device}", file=sys.stderr)
        return EXIT_BAD_INPUT
    bad = 0
    for r in reports:
        if r.fault is not None:
            bad += 1
            print(f"{r.device_id}\tBROKEN\tfirst bad entry {r.fault.seq} ({r.fault.kind})")
        else:
            print(f"{r.device_id}\tok\t{r.entries} entries")
        if r.flagged is not None:
            bad += r.fault is None
            print(f"{r.device_id}\tFLAGGED\tsync refused at entry {r.flagged.seq}"
                  f" ({r.flagged.kind})")  # fmt: skip
    return EXIT_ERROR if bad else EXIT_OK


def cmd_bundle_import(args: argparse.Namespace) -> int:
    """Import bundles (each all or nothing); exit 0 when every file was imported or a no-op."""
    from .bundle_import import import_files

    db = _database(args)
    from .blobs import BLOB_DIR

    outcomes, written = import_files(db, load_or_create_keys(Path(args.data_dir)), args.files,
                                     args.return_to, Path(args.data_dir) / BLOB_DIR)  # fmt: skip
    failed = 0
    for path, outcome in outcomes:
        if isinstance(outcome, Exception):
            failed += 1
            print(f"{path.name}: refused, nothing written: {outcome.message()}", file=sys.stderr)
        else:
            print(f"{path.name}: {outcome.message()}")
    for path in written:
        print(f"return bundle: {path}")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_device_rescope(args: argparse.Namespace) -> int:
    """Move a device to a grid (--grid) or a whole township (--township)."""
    from .rescope import rescope_device

    township = find_place(args.township, level="township") if args.township else None
    if args.township and township is None:
        print(f"unknown township: {args.township}", file=sys.stderr)
        return EXIT_BAD_INPUT
    grid_code = ""
    if args.grid:
        grid = find_place(args.grid, level="grid")
        village = places().get(grid.parent_code) if grid else None
        parent = places().get(village.parent_code) if village else None
        if grid is None or parent is None or (township and parent.code != township.code):
            print(f"unknown grid: {args.grid}", file=sys.stderr)
            return EXIT_BAD_INPUT
        township, grid_code = parent, grid.code
    if township is None:
        print("give --grid or --township", file=sys.stderr)
        return EXIT_BAD_INPUT
    device = rescope_device(_database(args), args.device_id, township.code, grid_code)
    if device is None:
        print(f"unknown device: {args.device_id}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"device {device.id}: now {', '.join(device.scopes)}"
          " (its laptop purges the old scope on its next sync)")  # fmt: skip
    return EXIT_OK


def cmd_recover_backup(args: argparse.Namespace) -> int:
    """Open a lost laptop's backup with the county key and apply its unacknowledged changes."""
    from subei_mobile.errors import SubeiError
    from subei_mobile.messages import describe_error

    from .recovery import recover_backup

    try:
        private = bytes.fromhex(Path(args.county_key).read_text("ascii").strip())
        done = recover_backup(_database(args), args.file, private, Path(args.data_dir))
    except (OSError, ValueError):
        print("cannot read the county key file", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SubeiError as exc:
        print(f"nothing applied: {describe_error(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"device {done.device_id}: {done.unsent} unsent changes in the backup, "
          f"{done.already_held} already on the server, {done.applied} applied, "
          f"{len(done.rejected)} refused")  # fmt: skip
    for seq, code in done.rejected:
        print(f"  change {seq}: {code}", file=sys.stderr)
    return EXIT_OK


def cmd_compact(args: argparse.Namespace) -> int:
    """Drop log entries every active device has passed; stragglers get a snapshot later."""
    import datetime as dt

    from .compaction import compact

    stats = compact(_database(args), max_silence=dt.timedelta(days=args.max_silence_days))
    print(f"dropped {stats.dropped} log entries, kept {stats.kept} (head {stats.head},"
          f" {stats.holders} device positions held the horizon)")  # fmt: skip
    for scope, horizon in sorted(stats.horizons.items()):
        print(f"  {scope}\thorizon {horizon}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
