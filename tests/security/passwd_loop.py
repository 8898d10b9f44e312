"""Child process for the kill test: change one user's password back and forth forever."""

from __future__ import annotations

import sys
from pathlib import Path

from subei_mobile.errors import AuthError
from subei_mobile.security import accounts
from subei_mobile.security.keyslots import FLOOR

PASSWORDS = ("old-password-1", "new-password-2")


def main(data_dir: Path) -> None:
    try:
        accounts.login(data_dir, "wang", PASSWORDS[0]).close()
        current = 0
    except AuthError:
        current = 1
    print("ready", flush=True)
    while True:
        store = accounts.login(data_dir, "wang", PASSWORDS[current])
        actor = accounts.account_of(data_dir, "wang")
        accounts.set_password(store, actor, "wang", PASSWORDS[1 - current], kdf=FLOOR)
        store.close()
        current = 1 - current


if __name__ == "__main__":
    main(Path(sys.argv[1]))
