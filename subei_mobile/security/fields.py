"""Sealing of sensitive column values, attachment files and search keys under the data key.

A ``FieldCodec`` is what an unlocked store carries; ``PLAIN`` is the development store's
codec that changes nothing. Sealed values look like ``enc1:<schema>:<base64>`` so a reader can
tell them from plain text written before encryption was enabled (or by an old sync build).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import sqlite3
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import AuthError, SubeiError

PREFIX = "enc1:"
BLOB_MAGIC = b"SUBEI-BLOB-1\n"
SECRET_MAGIC = b"SUBEI-SECRET-1\n"
NONCE = 12
# Schema version in the AAD: a value sealed for one layout cannot be replayed into another.
# Bump only together with a migration that re-seals; old values keep their own label.
SEAL_SCHEMA = 2


def _derive(data_key: bytes, purpose: str) -> bytes:
    # One random data key, separate subkeys: a leaked blind-index key never opens fields.
    return HKDF(hashes.SHA256(), 32, salt=None, info=f"subei/{purpose}/v1".encode()).derive(
        data_key
    )


class PlainCodec:
    """The development store's codec: values stay as they are, search keys stay readable."""

    sealed = False

    def seal_value(self, table: str, column: str, record_id: str, value: Any) -> Any:
        """Return value unchanged."""
        return value

    def open_value(self, table: str, column: str, record_id: str, value: Any) -> Any:
        """Return value unchanged (refusing sealed text, which needs the key)."""
        if isinstance(value, str) and value.startswith(PREFIX):
            raise AuthError("auth.required")
        return value

    def seal_values(self, table: str, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Return the sensitive columns of a row sealed (here: unchanged)."""
        return {c: self.seal_value(table, c, record_id, v) for c, v in values.items()}

    def open_values(self, table: str, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Return a row with every sealed value opened."""
        return {c: self.open_value(table, c, record_id, v) for c, v in values.items()}

    def blind(self, kind: str, term: str) -> str:
        """Return the search key of an exact-match term (here: the term itself)."""
        return term

    def seal_blob(self, sha256: str, content: bytes) -> bytes:
        """Return the bytes to write for an attachment (here: the content)."""
        return content

    def open_blob(self, sha256: str, stored: bytes) -> bytes:
        """Return an attachment's content from its stored bytes."""
        if stored.startswith(BLOB_MAGIC):
            raise AuthError("auth.required")
        return stored

    def seal_secret(self, name: str, raw: bytes) -> bytes:
        """Return the bytes to write for a secret file (here: the secret itself)."""
        return raw

    def open_secret(self, name: str, stored: bytes) -> bytes:
        """Return a secret from its file; a sealed one needs a signed-in user."""
        if stored.startswith(SECRET_MAGIC):
            raise AuthError("auth.required")
        return stored


class FieldCodec(PlainCodec):
    """AES-256-GCM for sensitive values and files, HMAC-SHA256 blind index for exact lookups."""

    sealed = True

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != 32:
            raise ValueError("data key must be 256 bits")
        self._data_key = data_key
        self._fields = AESGCM(_derive(data_key, "fields"))
        self._blobs = AESGCM(_derive(data_key, "blobs"))
        self._secrets = AESGCM(_derive(data_key, "secrets"))
        self._blind = _derive(data_key, "blind-index")
        self.key_check = _derive(data_key, "key-check").hex()

    @property
    def data_key(self) -> bytes:
        """Return the raw data key (only for wrapping it into a new key slot)."""
        return self._data_key

    def seal_value(self, table: str, column: str, record_id: str, value: Any) -> Any:
        """Return the sealed text of a sensitive value; None and '' stay as they are."""
        if value is None or value == "" or (isinstance(value, str) and value.startswith(PREFIX)):
            return value
        nonce = os.urandom(NONCE)
        plain = json.dumps(value, ensure_ascii=False).encode()
        sealed = self._fields.encrypt(nonce, plain, _aad(table, column, record_id, SEAL_SCHEMA))
        return f"{PREFIX}{SEAL_SCHEMA}:{base64.b64encode(nonce + sealed).decode()}"

    def open_value(self, table: str, column: str, record_id: str, value: Any) -> Any:
        """Return the plain value of a sealed one; plain values pass through."""
        if not (isinstance(value, str) and value.startswith(PREFIX)):
            return value
        try:
            schema, body = value[len(PREFIX) :].split(":", 1)
            raw = base64.b64decode(body, validate=True)
            aad = _aad(table, column, record_id, int(schema))
            return json.loads(self._fields.decrypt(raw[:NONCE], raw[NONCE:], aad))
        except (ValueError, InvalidTag):
            # Moved to another record or column, or damaged: never returned as data.
            raise SubeiError("field.unreadable", table=table, column=column) from None

    def seal_values(self, table: str, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Return a row's values with the table's sensitive columns sealed."""
        sensitive = sensitive_columns(table)
        return {
            c: self.seal_value(table, c, record_id, v) if c in sensitive else v
            for c, v in values.items()
        }

    def blind(self, kind: str, term: str) -> str:
        """Return the keyed blind-index key of an exact term (ID number, phone)."""
        mac = hmac.new(self._blind, f"{kind}\x00{term}".encode(), hashlib.sha256)
        return mac.hexdigest()

    def seal_blob(self, sha256: str, content: bytes) -> bytes:
        """Return the sealed bytes of an attachment named by its plaintext hash."""
        nonce = os.urandom(NONCE)
        aad = _aad("attachments", "content", sha256, SEAL_SCHEMA)
        return BLOB_MAGIC + bytes([SEAL_SCHEMA]) + nonce + self._blobs.encrypt(nonce, content, aad)

    def open_blob(self, sha256: str, stored: bytes) -> bytes:
        """Return an attachment's content; a plain file (from before sealing) passes through."""
        if not stored.startswith(BLOB_MAGIC):
            return stored
        body = stored[len(BLOB_MAGIC) :]
        aad = _aad("attachments", "content", sha256, body[0])
        try:
            return self._blobs.decrypt(body[1 : 1 + NONCE], body[1 + NONCE :], aad)
        except InvalidTag:
            raise SubeiError("attachment.corrupt") from None

    def seal_secret(self, name: str, raw: bytes) -> bytes:
        """Return a sealed secret file (the device key, the bundle return key).

        The AAD names the secret, so one sealed file renamed over another does not open.
        """
        nonce = os.urandom(NONCE)
        return SECRET_MAGIC + nonce + self._secrets.encrypt(nonce, raw, _secret_aad(name))

    def open_secret(self, name: str, stored: bytes) -> bytes:
        """Return a secret; a plain file (from before sealing) passes through."""
        if not stored.startswith(SECRET_MAGIC):
            return stored
        body = stored[len(SECRET_MAGIC) :]
        try:
            return self._secrets.decrypt(body[:NONCE], body[NONCE:], _secret_aad(name))
        except InvalidTag:
            raise SubeiError("secret.unreadable", name=name) from None


def _secret_aad(name: str) -> bytes:
    return f"subei/secret/v1|{name}".encode()


def _aad(table: str, column: str, record_id: str, schema: int) -> bytes:
    return f"{table}|{column}|{record_id}|{schema}".encode()


def sensitive_columns(table: str) -> frozenset[str]:
    """Return the names of a synced table's sensitive columns (none for other tables)."""
    from ..store.schema import TABLES  # late: the store imports this module

    spec = TABLES.get(table)
    return frozenset(c.name for c in spec.columns if c.sensitive) if spec else frozenset()


PLAIN = PlainCodec()


class StoreConnection(sqlite3.Connection):
    """A SQLite connection that knows its store's codec, so index code can find the key."""

    codec: PlainCodec = PLAIN


def codec_of(conn: sqlite3.Connection) -> PlainCodec:
    """Return the codec of a store connection (PLAIN for any other connection)."""
    return getattr(conn, "codec", PLAIN)
