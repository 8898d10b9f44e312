"""Start the desktop app: fonts, language, the store (the first-run setup on a new folder), the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from subei_mobile import first_run
from subei_mobile.cli import default_data_dir
from subei_mobile.errors import SubeiError
from subei_mobile.security.session import Session
from subei_mobile.store import open_store

from .issue_text import IssueText
from .languages import CHINESE, SETTINGS_KEY, LanguageSwitcher, settings
from .main_window import MainWindow
from .signin import idle_limit_s, is_encrypted, sign_in
from .typefaces import load_fonts, ui_font

if TYPE_CHECKING:
    from .first_run_setup import SetupResult

SetupRunner = Callable[[Path, LanguageSwitcher], "SetupResult | None"]


def application(argv: Sequence[str] = ()) -> QApplication:
    """Return the QApplication (creating it once) with the bundled fonts and the UI font chain."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "subei", *argv])
    app.setOrganizationName("Subei")
    app.setApplicationName("subei-mobile")
    load_fonts()
    app.setFont(ui_font())
    return app  # type: ignore[return-value]


def open_main_window(
    data_dir: Path, language: str = "", setup: SetupRunner | None = None
) -> MainWindow | None:
    """Open the store (first-run setup on a new folder, sign-in when encrypted); build the window.

    Returns None when the user closed the setup or the sign-in dialog. A new folder is never
    filled with anything on its own: demo data only when the setup's demo choice is taken.
    """
    from .first_run_setup import run_setup

    switcher = LanguageSwitcher(QApplication.instance())
    chosen = language or (switcher.remembered() if settings().contains(SETTINGS_KEY) else "")
    switcher.switch(chosen or first_run.preferred_language(data_dir) or CHINESE,
                    remember=bool(language))  # fmt: skip
    if first_run.needs_setup(data_dir):
        made = (setup or run_setup)(data_dir, switcher)
        if made is None:
            return None
        session = Session(made.account, idle_limit=idle_limit_s()) if made.account else None
        window = MainWindow(made.store, switcher, account=made.account, session=session)
        if made.server and made.code:  # the same enrolment the Sync screen runs
            window.open_screen("sync")
            window.sync_runner.enrol(made.server, made.code)
        return window
    if is_encrypted(data_dir):
        signed_in = sign_in(data_dir)
        if signed_in is None:
            return None
        store, account = signed_in
        session = Session(account, idle_limit=idle_limit_s())
        return MainWindow(store, switcher, account=account, session=session)
    # A demo store, or a development store made before stores were set up, opens directly.
    return MainWindow(open_store(data_dir), switcher)


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
