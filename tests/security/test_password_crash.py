"""kill -9 during password changes: exactly one of the old and new password opens the data."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from passwd_loop import PASSWORDS
from seeding import CANARY_IDS, seed

from subei_mobile.errors import AuthError
from subei_mobile.security import accounts, county, keyslots
from subei_mobile.security.keyslots import FLOOR

ROUNDS = 30
CHILD = Path(__file__).with_name("passwd_loop.py")


def _opens(data_dir: Path, password: str, person_id: str) -> bool:
    try:
        store = accounts.login(data_dir, "wang", password)
    except AuthError as exc:
        assert exc.code == "auth.failed"
        return False
    try:
        assert store.get("persons", person_id)["id_number"] == CANARY_IDS[0]
    finally:
        store.close()
    return True


def _wrapped(data_dir: Path) -> str:
    slots = keyslots.load(data_dir)
    assert slots is not None
    return slots.users[0].wrapped


@pytest.mark.slow
def test_kill_during_password_change_leaves_exactly_one_password(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = accounts.create_encrypted_store(
        data_dir, "wang", "field-staff", PASSWORDS[0], county.generate_county_keypair().public,
        kdf=FLOOR,
    )  # fmt: skip
    person_id = seed(store)[0][0]
    store.close()
    rng = random.Random(620923)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(CHILD.parent), *sys.path])}
    changed, torn = 0, 0
    previous = _wrapped(data_dir)
    for _ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(data_dir)],
                                 stdout=subprocess.PIPE, env=env)  # fmt: skip
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        torn += any(data_dir.glob("keyslots.json.*.tmp"))
        opens = [_opens(data_dir, p, person_id) for p in PASSWORDS]
        assert opens.count(True) == 1, opens
        current = _wrapped(data_dir)
        changed += current != previous
        previous = current
    # The kills really landed among password changes (a loaded machine changes less often).
    assert changed >= 3
    print(f"{ROUNDS} kills, {changed} with a changed slot file, {torn} left a temp file")
