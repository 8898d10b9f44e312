"""Time an encrypted backup and its restore of a demo store (numbers: bench/README.md).

usage: .venv/bin/python bench/backup_bench.py [--households 500] [--runs 3] [--dir DIR]
The store is encrypted (one user, the Argon2id floor cost so that set-up is quick; the backup
itself does not derive any key) and filled through the normal write path.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from subei_mobile.demo import generate
from subei_mobile.security import accounts, county
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.store import DB_NAME
from subei_mobile.store.backup import write_backup
from subei_mobile.store.restore import restore_backup

PASSWORD = "bench-password-2026"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    root = args.dir or Path(tempfile.mkdtemp(prefix="subei-backup-bench-"))
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(root / "data", "bench", "field-staff", PASSWORD,
                                            pair.public, kdf=FLOOR)  # fmt: skip
    generate(store, args.households)
    database = (root / "data" / DB_NAME).stat().st_size
    writes, restores, size = [], [], 0
    for run in range(args.runs):
        stick = root / f"usb-{run}"
        stick.mkdir()
        started = time.perf_counter()
        report = write_backup(store, stick)
        writes.append(time.perf_counter() - started)
        size = report.size
        started = time.perf_counter()
        restore_backup(report.path, root / f"restored-{run}", user="bench", password=PASSWORD)
        restores.append(time.perf_counter() - started)
    store.close()
    print(f"{args.households} households: database {database:,} B, backup {size:,} B "
          f"(+{size - database:,} B)")  # fmt: skip
    print(f"backup (snapshot, encrypt, fsync, rename, re-open and verify): median "
          f"{statistics.median(writes):.2f} s of {[round(w, 2) for w in writes]}")  # fmt: skip
    print(f"restore (password unwrap, decrypt, integrity_check, counts, moves): median "
          f"{statistics.median(restores):.2f} s of {[round(r, 2) for r in restores]}")  # fmt: skip
    if args.dir is None:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
