"""Signed reference-data updates: the county's service catalogue, materials lists, dispute
categories, hazard kinds and form options, published on the server and applied on laptops
without reinstalling.

An update is JSON text signed with the server's Ed25519 key (the key laptops receive at
enrolment) and numbered. Following TUF's rules, a laptop applies one only when the signature
holds, when the signed county notice — which expires, so a frozen feed is noticed — announces
exactly that version, and when it is newer than the version applied (no rollback).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import Field, StringConstraints, ValidationError

from .signing import b64, unb64
from .wire import MAX_INT, Wire

REFERENCE_PATH = "/v1/reference"
REFERENCE_CONTEXT = b"subei-reference-update-v1\n"
# The seeds files an update may replace; places (divisions.csv) change only with a release.
FILES = ("services.json", "dispute_categories.csv", "hazard_kinds.csv", "options.json")
FileName = Literal["services.json", "dispute_categories.csv", "hazard_kinds.csv", "options.json"]


class ReferenceError(Exception):
    """A reference update that must not be applied; `code` is stable and safe to show."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ReferenceUpdate(Wire):
    """Version, a summary of what changes (shown to the user) and the replaced files."""

    kind: Literal["reference-update"] = "reference-update"
    version: int = Field(ge=1, le=MAX_INT)
    issued: float
    summary: Annotated[str, StringConstraints(max_length=2000)] = ""
    files: Annotated[dict[FileName, Annotated[str, StringConstraints(max_length=4_000_000)]],
                     Field(min_length=1)]  # fmt: skip


class SignedReference(Wire):
    """A ReferenceUpdate as signed JSON text and the server's Ed25519 signature (base64)."""

    body: Annotated[str, StringConstraints(max_length=16_000_000)]
    signature: Annotated[str, StringConstraints(max_length=200)] = ""


def sign_reference(key: Ed25519PrivateKey, update: ReferenceUpdate) -> SignedReference:
    """Return the update as signed JSON text."""
    body = update.model_dump_json()
    return SignedReference(body=body, signature=b64(key.sign(REFERENCE_CONTEXT + body.encode())))


def check_files(files: dict[str, str]) -> None:
    """Raise ReferenceError("reference_malformed") unless every file parses as its kind."""
    try:
        for name, text in files.items():
            if name.endswith(".json"):
                data = json.loads(text)
                if name == "services.json" and not all(
                    isinstance(s, dict) and s.get("code") and isinstance(s.get("materials"), list)
                    for s in data
                ):
                    raise ValueError(name)
            else:
                rows = list(csv.DictReader(io.StringIO(text)))
                if not rows or "code" not in rows[0]:
                    raise ValueError(name)
    except (ValueError, TypeError):
        raise ReferenceError("reference_malformed") from None


def open_reference(
    signed: SignedReference, public_key_b64: str, *, announced: int, applied: int
) -> ReferenceUpdate:
    """Return the verified update, or raise ReferenceError with the reason it is refused."""
    if not signed.signature:
        raise ReferenceError("reference_unsigned")
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_key_b64))
        key.verify(unb64(signed.signature), REFERENCE_CONTEXT + signed.body.encode())
    except (ValueError, InvalidSignature):
        raise ReferenceError("reference_bad_signature") from None
    try:
        update = ReferenceUpdate.model_validate_json(signed.body)
    except ValidationError:
        raise ReferenceError("reference_malformed") from None
    if update.version <= applied:
        raise ReferenceError("reference_old_version")
    if update.version != announced:
        raise ReferenceError("reference_not_announced")  # a stale or frozen feed
    check_files({str(name): text for name, text in update.files.items()})
    return update
