"""The `subei-mobile app` command (an entry-point plugin of the core's command line)."""

from __future__ import annotations

import argparse
from typing import Any


def run_app(args: argparse.Namespace) -> int:
    """Open the desktop app, or render screenshots into a folder and exit."""
    if args.screenshots:
        from .screenshots import render_all

        written = render_all(args.screenshots, households=args.households)
        for path in written:
            print(path)
        print(f"{len(written)} screenshots in {args.screenshots}")
        return 0
    from .app import main

    argv = ["--data-dir", str(args.data_dir)]
    if args.language:
        argv += ["--language", args.language]
    return main(argv)


def register(subparsers: Any) -> None:
    """Add `app [--screenshots DIR]` to the subei-mobile command line."""
    p = subparsers.add_parser("app", help="open the desktop app (or save screenshots and exit)")
    p.add_argument("--screenshots", metavar="DIR", default=None,
                   help="render the main screens on demo data into DIR and exit")  # fmt: skip
    p.add_argument("--households", type=int, default=500, help="demo size for --screenshots")
    p.add_argument("--language", choices=("zh_CN", "mn_Mong_CN"), default=None)
    p.set_defaults(func=run_app)
