"""Turning a store into an encrypted one: seal what is there, mark it, scrub the plain copies."""

from __future__ import annotations

import json

from ..store import Store, audit
from ..store.schema import TABLES
from ..store.store import reindex_person
from .audit_key import seal_anchor
from .fields import FieldCodec


def seal_store(store: Store, county_public: bytes) -> bool:
    """Seal every sensitive value, outbox row and search key; return False if already sealed.

    Idempotent, so a crash after keyslots.json was written and before this committed is
    finished by the next login.
    """
    codec = store.codec
    if not isinstance(codec, FieldCodec):
        raise TypeError("seal_store needs an unlocked FieldCodec")
    if store.meta("key_check"):
        return False
    conn = store.conn
    conn.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left readable
    conn.execute("BEGIN IMMEDIATE")
    try:
        _seal_rows(store, codec)
        _seal_outbox(store, codec)
        for row in conn.execute("SELECT * FROM persons").fetchall():
            reindex_person(conn, row["id"], dict(row), deleted=bool(row["_deleted"]))
        seal_anchor(conn, store.device_id, county_public)
        audit.append(conn, {
            "at": _now(), "user_id": store.user_id, "device_id": store.device_id,
            "action": "security.seal", "table_name": "meta", "record_id": store.device_id,
            "content_hash": audit.content_hash(["security.seal", codec.key_check]),
        })  # fmt: skip
        conn.execute("INSERT INTO meta (key, value) VALUES ('key_check', ?)", (codec.key_check,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    scrub(store)
    return True


def _seal_rows(store: Store, codec: FieldCodec) -> None:
    for spec in TABLES.values():
        sensitive = [c.name for c in spec.columns if c.sensitive]
        if not sensitive:
            continue
        rows = store.conn.execute(f"SELECT id, {', '.join(sensitive)} FROM {spec.name}")
        for row in rows.fetchall():
            plain = {c: row[c] for c in sensitive}
            sealed = codec.seal_values(spec.name, row["id"], plain)
            if sealed != plain:
                sets = ", ".join(f"{c} = ?" for c in sealed)
                store.conn.execute(
                    f"UPDATE {spec.name} SET {sets} WHERE id = ?", [*sealed.values(), row["id"]]
                )


def _seal_outbox(store: Store, codec: FieldCodec) -> None:
    rows = store.conn.execute("SELECT device_seq, table_name, record_id, fields FROM changes")
    for seq, table, record_id, fields in rows.fetchall():
        plain = json.loads(fields)
        sealed = codec.seal_values(table, record_id, plain)
        if sealed != plain:
            store.conn.execute(
                "UPDATE changes SET fields = ? WHERE device_seq = ?",
                (json.dumps(sealed, ensure_ascii=False), seq),
            )


def scrub(store: Store) -> None:
    """Drop old plain copies: free pages (VACUUM), WAL frames, pre-migration backups."""
    store.conn.execute("VACUUM")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for backup in store.data_dir.glob("*.bak"):
        backup.unlink()  # backups made before sealing hold ID numbers in plain text


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
