"""What a new data folder becomes: a field store set up for real work, or a demo store.

A new folder never fills itself. The first start runs a setup (first user, county key,
optionally enrolment) or, on request, makes a demo store. The choice is written in the store's
own meta table, so it survives restarts and travels with the folder: a demo store is refused
anything that talks to the county (enrol, sync, bundle export), so demo households can never
reach a township.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .catalogue import find_place, places
from .errors import DemoStore, SubeiError
from .security import accounts
from .store import DB_NAME, Store, open_store

PURPOSE_KEY = "store.purpose"
DEMO, FIELD = "demo", "field"
ENROLLED_KEY = "sync.identity"  # written by the sync client at enrolment
# The desktop app's language chosen at setup (unencrypted meta: the sign-in needs it first).
LANGUAGE_KEY = "ui.language"
LANGUAGES = ("zh_CN", "mn_Mong_CN")


def purpose(store: Store) -> str:
    """Return "demo", "field", or "" for a store made before stores said what they are."""
    return store.meta(PURPOSE_KEY)


def is_demo(store: Store) -> bool:
    """Tell whether the store holds demo data."""
    return purpose(store) == DEMO


def refuse_demo(store: Store, action: str = "") -> None:
    """Raise store.demo when a demo store is asked to enrol, sync or export a bundle."""
    if is_demo(store):
        raise DemoStore(**({"action": action} if action else {}))


def _mark(store: Store, value: str) -> None:
    store.conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (PURPOSE_KEY, value)
    )


def _is_blank(store: Store) -> bool:
    """Tell whether a store holds nothing yet: no record change, no enrolment, no purpose."""
    if purpose(store) or store.meta(ENROLLED_KEY):
        return False
    return store.conn.execute("SELECT 1 FROM changes LIMIT 1").fetchone() is None


def needs_setup(data_dir: Path) -> bool:
    """Tell whether the data folder is new: the app then shows the first-run setup.

    Nothing is written when the folder has no database yet; a blank database left by an
    earlier start whose setup was closed counts as new too.
    """
    data_dir = Path(data_dir)
    if accounts.is_encrypted(data_dir):
        return False
    if not (data_dir / DB_NAME).exists():
        return True
    store = open_store(data_dir, create=False)
    try:
        return _is_blank(store)
    finally:
        store.close()


def setup_field_store(
    data_dir: Path, name: str, role: str, password: str, county_public: bytes, *,
    township: str = "", grid: str = "",
) -> Store:  # fmt: skip
    """Make a new folder a field store: encrypted, with its first user; return it signed in."""
    data_dir = Path(data_dir)
    if not needs_setup(data_dir):
        raise SubeiError("setup.already_done")
    store = accounts.create_encrypted_store(
        data_dir, name, role, password, county_public, township=township, grid=grid
    )
    _mark(store, FIELD)
    return store


def start_demo(store: Store) -> None:
    """Mark an open store as a demo store; refused for a store that holds or did real work.

    Allowed on a blank store (also one whose first user was added with `user add`) and on a
    store that is a demo already. Marked before the first demo record is written, so a crash
    halfway leaves a store that is still known to be a demo.
    """
    if is_demo(store):
        return
    if not _is_blank(store):
        raise SubeiError("demo.real_store")
    _mark(store, DEMO)


def make_demo_store(
    data_dir: Path, households: int, *, seed: int = 620923,
    progress: Callable[[int, int], bool] | None = None, as_office: bool = False,
) -> Store:  # fmt: skip
    """Open a new folder as a demo store, with demo households unless it has some; return it.

    With as_office the store (which has no users) acts as a township office, so whoever
    tries it sees every screen, Review and the dashboard included.
    """
    from .demo import generate

    store = open_store(Path(data_dir))
    try:
        start_demo(store)
        if as_office:
            store.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('role', 'township-office')"
            )
        if households and not store.conn.execute("SELECT 1 FROM households LIMIT 1").fetchone():
            generate(store, households, seed=seed, progress=progress)
    except BaseException:
        store.close()
        raise
    return store


def place_codes(township: str, grid: str) -> tuple[str, str]:
    """Return (township code, grid code) from codes or names; a grid implies its township."""
    town = find_place(township, level="township") if township else None
    if township and town is None:
        raise SubeiError("township.unknown")
    if not grid:
        return (town.code if town else ""), ""
    found = find_place(grid, level="grid")
    village = places().get(found.parent_code) if found else None
    if found is None or village is None or (town is not None and village.parent_code != town.code):
        raise SubeiError("grid.unknown")
    return village.parent_code, found.code


def _folder_meta(data_dir: Path, key: str) -> str:
    """Return one meta value without opening the store (nothing is created or changed)."""
    import sqlite3

    path = Path(data_dir) / DB_NAME
    if not path.exists():
        return ""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""  # the store's own opening reports what is wrong
    return str(row[0]) if row else ""


def is_demo_folder(data_dir: Path) -> bool:
    """Tell whether a data folder holds a demo store, before signing in or opening it."""
    return _folder_meta(data_dir, PURPOSE_KEY) == DEMO


def preferred_language(data_dir: Path) -> str:
    """Return the language chosen at setup for this folder, or ""."""
    value = _folder_meta(data_dir, LANGUAGE_KEY)
    return value if value in LANGUAGES else ""


def remember_language(store: Store, language: str) -> None:
    """Keep the language chosen at setup with the folder."""
    if language in LANGUAGES:
        store.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (LANGUAGE_KEY, language)
        )
