"""Train the shipped zstd dictionary on demo change shapes: python -m subei_sync.protocol.train."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import zstandard

from subei_mobile.demo import generate
from subei_mobile.store import open_store

from .frames import DICTIONARY_FILE

DICT_SIZE = 8192


def demo_samples(households: int = 300) -> list[bytes]:
    """Return pushed and pulled change JSON built from a fresh demo store."""
    samples: list[bytes] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp), user_id="demo-user")
        generate(store, households)
        rows = store.conn.execute("SELECT * FROM changes ORDER BY device_seq").fetchall()
        for n, row in enumerate(rows, start=1):
            fields = json.loads(row["fields"])
            pushed: dict[str, Any] = {
                "seq": row["device_seq"], "table": row["table_name"], "id": row["record_id"],
                "op": row["op"], "fields": fields, "base": json.loads(row["base"]),
                "hlc": row["hlc"], "user": row["user_id"], "scope": row["scope"],
            }  # fmt: skip
            pulled = {
                "seq": 100_000 + n, "table": row["table_name"], "id": row["record_id"],
                "op": row["op"], "fields": fields, "stamps": {k: row["hlc"] for k in fields},
                "hlc": row["hlc"], "user": row["user_id"],
            }  # fmt: skip
            for item in (pushed, pulled):
                samples.append(json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode())
        store.close()
    return samples


def main() -> int:
    """Write the dictionary next to this module."""
    samples = demo_samples()
    trained = zstandard.train_dictionary(
        DICT_SIZE, list[bytes | bytearray | memoryview](samples), level=9
    )
    target = Path(__file__).with_name(DICTIONARY_FILE)
    target.write_bytes(trained.as_bytes())
    print(f"{len(samples)} samples -> {target} ({len(trained.as_bytes())} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
