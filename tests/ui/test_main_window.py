"""The main window: navigation, shortcuts, status bar, language switch, closing with unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from subei_ui.languages import CHINESE, MONGOLIAN, SETTINGS_KEY, settings


def nav_texts(window) -> list[str]:
    return [window.nav.item(r).text() for r in range(window.nav.count())]


def test_navigation_lists_field_screens_and_hides_review(window) -> None:
    assert nav_texts(window) == ["牧户", "办事申请", "矛盾调解", "活动", "同步"]
    window.nav.setCurrentRow(4)
    assert window.current_screen().objectName() == "screen_sync"
    assert "待上传的修改" in window.current_screen().summary.text()


def test_shortcuts_are_the_standard_ones(window) -> None:
    actions = window.actions_by_key
    assert actions["new"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert actions["save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert actions["search"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_status_bar_shows_pending_changes_user_and_device(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.status_labels["pending"].text() != "", timeout=3000)
    pending = window.store.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
    ).fetchone()[0]
    labels = window.status_labels
    assert labels["pending"].text() == f"待上传修改：{pending}"
    assert labels["network"].text() == "离线"
    assert window.store.device_id[:8] in labels["user"].text()


def test_language_switch_changes_visible_texts_and_is_remembered(qtbot, window) -> None:
    households = window.screen("households")
    window.language_actions[MONGOLIAN].trigger()
    # Qt posts LanguageChange to every widget; it arrives with the next event-loop turn.
    qtbot.waitUntil(lambda: nav_texts(window)[0] != "牧户", timeout=3000)
    assert nav_texts(window)[0] == "ᠠᠢᠯ ᠥᠷᠬᠡ"
    assert window.status_labels["network"].text() == "ᠰᠦᠯᠵᠢᠶᠡ ᠦᠭᠡᠢ"
    assert households.new_button.text() == "ᠰᠢᠨ\u180eᠡ ᠥᠷᠬᠡ"
    header = households.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "ᠥᠷᠬᠡ\u202fᠶᠢᠨ ᠨᠣᠮᠧᠷ"  # NNBSP survives .ts -> .qm byte-exact
    settings().sync()
    assert QSettings("Subei", "subei-mobile").value(SETTINGS_KEY) == MONGOLIAN
    window.language_actions[CHINESE].trigger()
    qtbot.waitUntil(lambda: nav_texts(window)[0] == "牧户", timeout=3000)
    assert households.new_button.text() == "新建牧户"
    assert window.language_actions[CHINESE].isChecked()


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_the_window(window) -> None:
    households = window.screen("households")
    households.new_record()
    households.form.fields["code"].setText("X")
    households.form._edited()
    window.ask_about_unsaved = lambda: QMessageBox.StandardButton.Cancel
    event_closed = window.close()
    assert event_closed is False and window.isVisible()
    window.ask_about_unsaved = lambda: QMessageBox.StandardButton.Discard
    assert window.close() is True
    assert not households.form.has_unsaved_changes()


def test_every_screen_handles_language_change(qtbot, window) -> None:
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    window.languages.switch(MONGOLIAN, remember=False)
    for screen in window.screens.values():
        screen.event(QEvent(QEvent.Type.LanguageChange))
    window.languages.switch(CHINESE, remember=False)
    qtbot.waitUntil(lambda: nav_texts(window)[2] == "矛盾调解", timeout=3000)
