"""The ``subei-mobile`` command: scripted use of the field laptop's data.

Other packages add commands (sync, enrol, bundles, the desktop app) through the
``subei_mobile.commands`` entry-point group, so the core never imports them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from .errors import SubeiError
from .messages import describe_error, describe_issue, text_for
from .version import __version__

KINDS = ("households", "service-requests", "mediations")
EXIT_OK, EXIT_BAD_INPUT, EXIT_ERROR = 0, 2, 1


def default_data_dir() -> Path:
    """Return the platform's user data folder for this app."""
    return Path(user_data_dir("subei-mobile", "Subei"))


def _store(args: argparse.Namespace, create: bool = True) -> Any:
    from .security.commands import open_for  # signs in when the store is encrypted

    return open_for(args, create=create)


def _progress(label: str) -> Callable[[int, int], bool]:
    last = [0.0]

    def report(done: int, total: int) -> bool:
        now = time.monotonic()
        if now - last[0] > 1 or done == total:
            print(f"\r{label}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr)
            last[0] = now
        return True

    return report


def cmd_demo(args: argparse.Namespace) -> int:
    """Make the data folder a demo store with deterministic demo data."""
    from .demo import generate
    from .first_run import start_demo

    store = _store(args)
    start_demo(store)  # a demo store never enrols, syncs or exports a bundle
    existing = store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    if existing and not args.force:
        print(f"demo data already present ({existing} households); use --force to add more")
        store.close()
        return EXIT_OK
    started = time.perf_counter()
    report = generate(store, args.households, seed=args.seed, progress=_progress("households"))
    took = time.perf_counter() - started
    for table, n in sorted(report.counts.items()):
        print(f"{table}: {n}")
    print(f"done in {took:.1f} s -> {store.path}")
    print("this is a demo store: it cannot enrol, sync or write USB bundles")
    store.close()
    return EXIT_OK


def _import_kind(kind: str) -> Any:
    from .exchange.households import HOUSEHOLDS
    from .exchange.mediations import MEDIATIONS
    from .exchange.requests import REQUESTS

    return {"households": HOUSEHOLDS, "service-requests": REQUESTS, "mediations": MEDIATIONS}[kind]


def cmd_import(args: argparse.Namespace) -> int:
    """Import a CSV or XLSX file; all or nothing unless --skip-bad."""
    from .exchange.importer import ImportOptions, run_import

    store = _store(args)
    report = run_import(
        store, _import_kind(args.kind), args.file, skip_bad=args.skip_bad,
        reject_path=args.reject_file, progress=_progress("rows"),
        options=ImportOptions(ignore_columns=args.ignore_column or ()),
    )  # fmt: skip
    _print_import_notes(args.file.name, report)
    for line, notes in report.converted:
        for note in notes:
            print(f"{args.file.name}:{line}: {describe_issue(note)}")
    print(
        f"new {report.new}, updated {report.updated}, unchanged {report.unchanged}, "
        f"rejected {len(report.rejected)}"
    )
    if report.rejected and not report.written:
        print(text_for("import.nothing_written"), file=sys.stderr)
        return EXIT_BAD_INPUT
    if report.reject_file:
        print(f"{text_for('import.reject_file_written')}: {report.reject_file}")
    if report.reject_error:
        # The good rows are committed; the lines above are the record of what was skipped.
        print(f"{text_for('import.reject_file_failed')} [{report.reject_error}]", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def _print_import_notes(name: str, report: Any) -> None:
    """Print how the file was read: encoding, columns left out, values read through code sets,
    warnings and every rejected line with its reasons."""
    print(f"{text_for('import.encoding')}: {report.encoding}", file=sys.stderr)
    for column in report.ignored_columns:
        print(f"{text_for('import.column_ignored')}: {column}", file=sys.stderr)
    for change in report.changes:
        how = text_for(f"codeset.{change.resolved.how}")
        target = change.resolved.code or text_for("codeset.by_sex")
        print(f"{change.column}: {change.value} -> {target} ({how}) x{change.count}",
              file=sys.stderr)  # fmt: skip
    for line, issue in report.warnings:
        print(f"{name}:{line}: {describe_issue(issue)}", file=sys.stderr)
    lost_mn = False
    for line, issues in report.rejected:
        for issue in issues or []:
            lost_mn = lost_mn or issue.code == "name_mn.lost_characters"
            print(f"{name}:{line}: {describe_issue(issue)}", file=sys.stderr)
    if lost_mn and report.encoding in ("GBK", "GB18030"):
        print(text_for("file.gbk_lost_mongolian"), file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    """Export a list to CSV or XLSX."""
    from .exchange.households import export_households
    from .exchange.mediations import export_mediations
    from .exchange.requests import export_requests

    store = _store(args)
    if args.kind == "households":
        n = export_households(store, args.file, codes=args.codes)
    else:
        export = {"service-requests": export_requests, "mediations": export_mediations}[args.kind]
        n = export(store, args.file)
    print(f"{n} rows -> {args.file}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """Search people by name (either script, pinyin, Latin), ID number or phone."""
    from .security.masking import display_id, display_phone
    from .store.search_index import search_people

    store = _store(args)
    started = time.perf_counter()
    page = search_people(store.conn, args.text, limit=args.limit, offset=args.offset)
    took = (time.perf_counter() - started) * 1000
    for pid in page.person_ids:
        r = store.conn.execute(
            "SELECT p.name_zh, p.name_mn, p.id_number, p.phone, h.code FROM persons p "
            "JOIN households h ON h.id = p.household_id WHERE p.id = ?",
            (pid,),
        ).fetchone()
        opened = store.codec.open_values(
            "persons", pid, {"id_number": r["id_number"], "phone": r["phone"]}
        )
        id_text = display_id(opened["id_number"]) or "-"
        phone = display_phone(opened["phone"]) or "-"
        print(f"{r['code']}\t{r['name_zh'] or '-'}\t{r['name_mn'] or '-'}\t{id_text}\t{phone}")
    print(f"{page.total} found, showing {len(page.person_ids)} ({took:.1f} ms)", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Check database integrity, schema version and the audit chain's continuity."""
    from .store import migrations

    store = _store(args, create=False)
    integrity = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    fk = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    version = migrations.schema_version(store.conn)
    unsent = store.conn.execute("SELECT COUNT(*) FROM changes WHERE server_seq IS NULL").fetchone()[
        0
    ]
    audit_n = store.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    print(f"integrity: {integrity}")
    print(f"foreign keys: {'ok' if not fk else f'{len(fk)} broken'}")
    print(f"schema version: {version} (this program: {migrations.LATEST})")
    print(f"device: {store.device_id}")
    print(f"unsent changes: {unsent}; audit entries: {audit_n}")
    return EXIT_OK if integrity == "ok" and not fk else EXIT_ERROR


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with core and plug-in commands."""
    parser = argparse.ArgumentParser(prog="subei-mobile", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir(),
                        help="data folder (default: %(default)s)")  # fmt: skip
    from .security import commands as security_commands

    security_commands.add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("demo", help="make a demo store (never enrols or syncs) with demo data")
    p.add_argument("--households", type=int, default=2000)
    p.add_argument("--seed", type=int, default=620923)
    p.add_argument("--force", action="store_true", help="add demo data even if some exists")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("import", help="import a CSV or XLSX file")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.add_argument("--skip-bad", action="store_true", help="write good rows, reject bad ones")
    p.add_argument("--reject-file", type=Path, default=None,
                   help="where --skip-bad lists skipped lines (masked, mode 600; default: "
                        "next to FILE as NAME.rejected.csv)")  # fmt: skip
    p.add_argument("--ignore-column", action="append", metavar="NAME",
                   help="leave out a column the register has but we do not read (repeatable)")  # fmt: skip
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("export", help="export a list to CSV or XLSX")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("file", type=Path)
    p.add_argument("--codes", choices=("names", "gb"), default="names",
                   help="households: write relation, sex, ethnicity and places as names (default) "
                        "or as national codes (GB/T 4761, GB/T 2261.1, GB 3304, GB/T 2260)")  # fmt: skip
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("search", help="search people")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("check", help="check integrity and schema version")
    p.set_defaults(func=cmd_check)
    security_commands.register(sub)
    from . import backup_cli

    backup_cli.register(sub)
    for ep in entry_points(group="subei_mobile.commands"):
        try:
            register = ep.load()
        except ImportError as exc:
            # A missing optional part (e.g. the desktop extra) must not take the core CLI down.
            print(f"warning: commands '{ep.name}' unavailable ({exc.name})", file=sys.stderr)
            continue
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    # The county's reference-data updates applied on this laptop take effect at once.
    from . import catalogue

    catalogue.use_reference_dir(Path(args.data_dir) / catalogue.REFERENCE_DIR)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_OK
    try:
        return int(args.func(args))
    except SubeiError as exc:
        issues = getattr(exc, "issues", None)
        for issue in issues or []:
            print(describe_issue(issue), file=sys.stderr)
        print(f"error: {describe_error(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
