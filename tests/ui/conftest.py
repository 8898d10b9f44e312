"""Fixtures for the desktop tests: compiled translations, fonts, a small store, the window."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Settings (the remembered language) must never touch the developer's real profile.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="subei-ui-settings-")

from sample_households import MONGOLIAN_NAME, add_household

from subei_mobile.demo import generate
from subei_mobile.store import Store, open_store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def translations() -> None:
    """Compile the .ts files once per run, as the build does."""
    subprocess.run(["bash", str(REPO / "scripts" / "build-translations.sh")], check=True,
                   capture_output=True)  # fmt: skip


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """Arguments for pytest-qt's QApplication."""
    return ["subei-tests"]


@pytest.fixture(autouse=True)
def fonts(qapp: object) -> None:
    """Load the bundled font and the UI font chain like the app does."""
    from subei_ui.app import application

    application()


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    """Show the interface in Chinese (for modules whose assertions expect it: usefixtures)."""
    from subei_ui.languages import CHINESE, LanguageSwitcher

    switcher = LanguageSwitcher(qapp)  # type: ignore[arg-type]
    switcher.switch(CHINESE, remember=False)
    yield
    switcher.deleteLater()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Return a store with 300 demo households and two known ones."""
    s = open_store(tmp_path / "data")
    generate(s, 300)
    add_household(s, "T-0001", "测试乌力吉", MONGOLIAN_NAME)
    add_household(s, "T-0002", "张测试")
    yield s
    delete_widgets()
    s.close()


def delete_widgets() -> None:
    """Delete every top-level widget now, so none reacts to events after its store closed."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    """Return the main window in Chinese, shown offscreen."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QMessageBox
    from subei_ui.languages import CHINESE, LanguageSwitcher
    from subei_ui.main_window import MainWindow

    switcher = LanguageSwitcher(QApplication.instance())
    switcher.switch(CHINESE, remember=False)
    win = MainWindow(store, switcher)
    win.prompts = []  # type: ignore[attr-defined]
    # Tests answer the unsaved-changes question themselves; by default: discard.
    win.ask_about_unsaved = lambda: win.prompts.append(1) or QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    yield win
    for screen in win.screens.values():
        search = getattr(screen, "search", None)
        if search is not None:
            search.wait()
    win.close()
    # Delete now: a leftover window would react to the next test's language switch.
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    switcher.deleteLater()
