"""The laptop's side of reference-data updates: fetch the one the county notice announces,
verify it (protocol.reference), and put its files where the catalogue reads them first."""

from __future__ import annotations

import json
import shutil

from pydantic import ValidationError

from subei_mobile import catalogue
from subei_mobile.store import Store

from ..protocol.reference import (
    REFERENCE_PATH,
    ReferenceError,
    ReferenceUpdate,
    SignedReference,
    open_reference,
)
from .identity import Identity, server_signing_key
from .notice import accepted_notice
from .transport import RequestTransport, Unreachable

APPLIED_KEY = "reference.applied"  # the version whose files are in the data folder


def applied_version(store: Store) -> int:
    """Return the reference-data version applied on this laptop (0: the shipped seeds)."""
    return int(store.meta(APPLIED_KEY) or 0)


def apply_update(store: Store, signed: SignedReference, announced: int) -> ReferenceUpdate:
    """Verify a signed update and apply it; raise ReferenceError (nothing changed) otherwise."""
    key = server_signing_key(store)
    if not key:
        raise ReferenceError("reference_no_server_key")
    update = open_reference(signed, key, announced=announced, applied=applied_version(store))
    target = store.data_dir / catalogue.REFERENCE_DIR
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, text in update.files.items():
        (staging / name).write_text(text, "utf-8")
    (staging / "VERSION").write_text(json.dumps({"version": update.version,
                                                 "summary": update.summary}))  # fmt: skip
    # Files first, then the version: a crash between leaves the newer files and an older
    # version number, and the same update is simply applied again on the next sync.
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    store.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                       (APPLIED_KEY, str(update.version)))  # fmt: skip
    catalogue.use_reference_dir(target)
    return update


def refresh(
    store: Store, transport: RequestTransport, identity: Identity
) -> ReferenceUpdate | None:
    """Fetch and apply the update the last accepted county notice announces, if it is newer."""
    notice = accepted_notice(store)
    if notice is None or notice.reference_version <= applied_version(store):
        return None
    answer = transport.request("GET", REFERENCE_PATH,
                               headers=identity.sign("GET", REFERENCE_PATH, b""))  # fmt: skip
    if answer.status != 200:
        raise Unreachable(f"status_{answer.status}")
    try:
        signed = SignedReference.model_validate_json(answer.body)
    except ValidationError:
        raise ReferenceError("reference_malformed") from None
    return apply_update(store, signed, notice.reference_version)
