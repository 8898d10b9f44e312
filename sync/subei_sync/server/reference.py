"""Publishing reference-data updates: `subei-server reference publish DIR`, GET /v1/reference.

The signed update is kept in server_meta; publishing bumps the reference version in the
signed county notice, so every laptop learns of it on its next sync and fetches it once.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI, Request, Response

from ..protocol.reference import (
    FILES,
    REFERENCE_PATH,
    ReferenceError,
    ReferenceUpdate,
    SignedReference,
    check_files,
    sign_reference,
)
from ..protocol.wire import ErrorBody
from .database import Database
from .devices import AuthError, authenticate
from .notice import REFERENCE_KEY, set_reference_version

PACKAGE_KEY = "reference.package"


def _current_version(db: Database) -> int:
    with db.transaction() as tx:
        rows = tx.execute("SELECT value FROM server_meta WHERE key = ?", (REFERENCE_KEY,))
    return int(rows[0][0]) if rows else 0


def publish(db: Database, signer: Ed25519PrivateKey, folder: Path, summary: str) -> ReferenceUpdate:
    """Sign the reference files found in folder as the next version and announce it."""
    files = {name: (folder / name).read_text("utf-8") for name in FILES if (folder / name).exists()}
    if not files:
        raise ReferenceError("reference_empty")
    check_files(files)
    update = ReferenceUpdate(version=_current_version(db) + 1, issued=time.time(),
                             summary=summary, files=files)  # fmt: skip
    signed = sign_reference(signer, update)
    with db.transaction("ddl") as tx:
        tx.execute(
            "INSERT INTO server_meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (PACKAGE_KEY, signed.model_dump_json()),
        )
    set_reference_version(db, update.version)
    return update


def install_reference_route(app: FastAPI, db: Database) -> None:
    """Serve the current signed update to enrolled devices (signed requests, like every /v1)."""

    @app.get(REFERENCE_PATH, response_model=SignedReference,
             responses={401: {"model": ErrorBody}, 404: {"model": ErrorBody}})  # fmt: skip
    def reference(request: Request) -> Response:
        """Return the newest signed reference-data update."""
        headers = {k.lower(): v for k, v in request.headers.items()}
        try:
            authenticate(db, "GET", REFERENCE_PATH, headers, b"")
        except AuthError as exc:
            return Response(json.dumps({"code": exc.code}), 401, media_type="application/json")
        with db.transaction() as tx:
            rows = tx.execute("SELECT value FROM server_meta WHERE key = ?", (PACKAGE_KEY,))
        if not rows:
            return Response('{"code":"no_reference"}', 404, media_type="application/json")
        return Response(str(rows[0][0]), media_type="application/json")


def cmd_publish(args: argparse.Namespace) -> int:
    """Sign and announce the reference files in a folder."""
    from .bundle_keys import load_or_create_keys
    from .cli import _database

    db = _database(args)
    try:
        update = publish(db, load_or_create_keys(Path(args.data_dir)).signer, Path(args.folder),
                         args.summary)  # fmt: skip
    except ReferenceError as exc:
        print(f"error [{exc.code}]: nothing published", file=sys.stderr)
        return 2
    print(f"reference data version {update.version} published: {', '.join(sorted(update.files))}")
    return 0


def register(sub: Any) -> None:
    """Add `reference publish` to the subei-server command line."""
    ref = sub.add_parser("reference", help="reference-data updates for laptops").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = ref.add_parser("publish", help="sign the seeds files in FOLDER as the next version")
    p.add_argument("folder", help=f"folder with any of: {', '.join(FILES)}")
    p.add_argument("--summary", default="", help="what changes, shown on the laptops")
    p.set_defaults(func=cmd_publish)
