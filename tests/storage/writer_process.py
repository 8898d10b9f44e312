"""A writer run as a separate process by the kill -9 tests: saves and acknowledges forever."""

import sys
from pathlib import Path

from subei_mobile.households import register_household, update_person
from subei_mobile.models import Household, Person
from subei_mobile.store import open_store


def main(data_dir: str) -> None:
    store = open_store(Path(data_dir), user_id="writer")
    n = store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0]
    while True:
        n += 1
        hh = Household(code=f"K-{n:06d}", township_code="620923100")
        head = Person(household_id=hh.id, name_zh="测试", name_mn="ᠲᠡᠰᠲ", relation="head")
        register_household(store, hh, [head])
        update_person(store, head.id, {"name_latin": f"test {n}"})
        # Acknowledge only after COMMIT returned: this is the "Saved" the user sees.
        sys.stdout.write(f"{hh.code}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1])
