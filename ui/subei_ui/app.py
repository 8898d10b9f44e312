"""Start the desktop app: fonts, language, the store (with demo data on first run), the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from subei_mobile.cli import default_data_dir
from subei_mobile.errors import SubeiError
from subei_mobile.security.session import Session
from subei_mobile.store import Store, open_store

from .issue_text import IssueText
from .languages import LanguageSwitcher
from .main_window import MainWindow
from .signin import idle_limit_s, is_encrypted, sign_in
from .typefaces import load_fonts, ui_font

FIRST_RUN_DEMO_HOUSEHOLDS = 500


def application(argv: Sequence[str] = ()) -> QApplication:
    """Return the QApplication (creating it once) with the bundled fonts and the UI font chain."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "subei", *argv])
    app.setOrganizationName("Subei")
    app.setApplicationName("subei-mobile")
    load_fonts()
    app.setFont(ui_font())
    return app  # type: ignore[return-value]


def prepare_store(data_dir: Path, demo_households: int = FIRST_RUN_DEMO_HOUSEHOLDS) -> Store:
    """Open the store; fill an empty one with demo data so the first start shows something."""
    store = open_store(data_dir)
    if demo_households and not store.conn.execute("SELECT 1 FROM households LIMIT 1").fetchone():
        from subei_mobile.demo import generate

        generate(store, demo_households)
    return store


def open_main_window(data_dir: Path, language: str = "") -> MainWindow | None:
    """Open the store (signing in when it is encrypted) and build the main window.

    Returns None when the user closed the sign-in dialog.
    """
    switcher = LanguageSwitcher(QApplication.instance())
    switcher.switch(language or switcher.remembered(), remember=bool(language))
    if is_encrypted(data_dir):
        signed_in = sign_in(data_dir)
        if signed_in is None:
            return None
        store, account = signed_in
        session = Session(account, idle_limit=idle_limit_s())
        return MainWindow(store, switcher, account=account, session=session)
    # A development store without users opens directly, as before.
    return MainWindow(prepare_store(data_dir), switcher)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; return the exit code."""
    parser = argparse.ArgumentParser(prog="subei-ui")
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--language", choices=("zh_CN", "mn_Mong_CN"), default="")
    args, qt_args = parser.parse_known_args(argv)
    app = application(qt_args)
    try:
        window = open_main_window(args.data_dir, args.language)
    except SubeiError as exc:
        QMessageBox.critical(None, "Subei", IssueText().error(exc))
        return 2
    if window is None:
        return 1
    window.show()
    try:
        return int(app.exec())
    finally:
        # A clean close removes the "open" marker, so the next start skips the integrity check.
        window.sync_runner.stop_background()
        window.store.close()


if __name__ == "__main__":
    raise SystemExit(main())
