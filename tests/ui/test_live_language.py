"""Switching to Mongolian at runtime leaves no Chinese or English UI text on any screen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from subei_mobile.security.roles import Account
from subei_mobile.store import Store

REPO = Path(__file__).resolve().parents[2]


def _messages(name: str) -> dict[tuple[str, str], str]:
    root = ET.parse(REPO / "i18n" / name).getroot()
    out = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or message.get("numerus") == "yes":
                continue
            out[(context.findtext("name", ""), message.findtext("source", ""))] = node.text or ""
    return out


def foreign_texts() -> set[str]:
    """Return every English source and Chinese translation whose Mongolian differs."""
    zh, mn = _messages("subei_zh_CN.ts"), _messages("subei_mn_Mong_CN.ts")
    out: set[str] = set()
    for key, chinese in zh.items():
        source = key[1]
        if "%" in source or mn.get(key, "") in (source, chinese):
            continue
        out.update(t for t in (source, chinese) if t.strip())
    return out


def ui_texts(root: QWidget) -> list[tuple[str, str]]:
    """Return (where, text) of labels, buttons, group boxes, tabs, headers and placeholders."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append((where, w.text()))
        if isinstance(w, QGroupBox):
            found.append((where, w.title()))
        if isinstance(w, QLineEdit):
            found.append((where, w.placeholderText()))
        if isinstance(w, QComboBox):
            found += [(where, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [(where + " tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            found += [
                (where + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount(QModelIndex()))
            ]
        found.append((where + " accessible", w.accessibleName()))
    return found


@pytest.fixture
def office_window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    """The main window of a township-office user (every screen), in Chinese."""
    from subei_ui.languages import CHINESE, LanguageSwitcher
    from subei_ui.main_window import MainWindow

    switcher = LanguageSwitcher(QApplication.instance())
    switcher.switch(CHINESE, remember=False)
    win = MainWindow(store, switcher, account=Account("office", "township-office"))
    qtbot.addWidget(win)
    win.show()
    yield win
    for screen in win.screens.values():
        getattr(getattr(screen, "search", None), "wait", lambda: None)()
    win.close()
    switcher.deleteLater()


def test_switching_to_mongolian_retranslates_every_screen(qtbot, office_window) -> None:
    from subei_ui.languages import MONGOLIAN

    win = office_window
    for key in win.factories:
        win.screen(key)
    mediation = win.screens["mediation"]
    mediation.select(mediation.model.id_at(0))  # a case on show: every tab enabled and filled
    dialog = win.import_register()
    win.languages.switch(MONGOLIAN, remember=False)
    qtbot.wait(50)  # LanguageChange events are posted
    foreign = foreign_texts()
    assert len(foreign) > 300
    left = [
        (key, where, text)
        for key, screen in [*win.screens.items(), ("register import", dialog)]
        for where, text in ui_texts(screen)
        if text in foreign
    ]
    assert left == []
    empty = [(k, w) for k, s in win.screens.items() for w, t in ui_texts(s)
             if not t and not w.endswith("accessible")
             and ("QPushButton" in w or " tab" in w or " header" in w)]  # fmt: skip
    assert empty == []
    tabs = win.screens["mediation"].tabs
    assert tabs.tabText(0) != "案件" and tabs.tabText(0).strip()
    dashboard_tabs = win.screens["dashboard"].tabs
    assert "requests_by_service" not in [dashboard_tabs.tabText(i) for i in range(6)]
    dialog.close()
