"""Register, edit, validate and search households through the screen, as a user would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sample_households import MONGOLIAN_NAME, add_household
from subei_ui.screens.households import HouseholdsScreen

from subei_mobile.models import Household, Person

VALID_ID = "620923198503150012"  # check digit computed below in the test that needs it


def type_text(widget: QLineEdit, text: str) -> None:
    """Type any text (Mongolian included) with key events: QTest.keyClicks cannot."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        )
        QApplication.sendEvent(
            widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch)
        )


def fill_valid(form, code: str = "N-0001", name_zh: str = "新牧户") -> None:
    type_text(form.fields["code"], code)
    form.set_places("620923100", "620923100001")
    type_text(form.fields["name_zh"], name_zh)


def screen(window) -> HouseholdsScreen:
    return window.screen("households")


def test_validation_errors_are_shown_inline_and_translated(window) -> None:
    s = screen(window)
    s.new_record()
    type_text(s.form.fields["code"], "N-0001")
    type_text(s.form.fields["id_number"], "620923198503150011")
    assert s.form.save() is False
    errors = s.form.errors
    assert errors["name_zh"].property("issue_code") == "name.required"
    assert errors["name_zh"].text() == "姓名至少填写汉文或蒙古文一种"
    assert errors["township_code"].property("issue_code") == "required"
    assert errors["id_number"].property("issue_code") == "id_number.check_digit"
    assert "校验位" in errors["id_number"].text()
    assert store_count(window) == 302


def store_count(window) -> int:
    return window.store.conn.execute("SELECT COUNT(*) FROM households").fetchone()[0]


def test_create_household_with_mongolian_typed_byte_exact(window) -> None:
    s = screen(window)
    window.new_record()  # Ctrl+N goes to the current screen
    assert s.pages.currentWidget() is s.form
    fill_valid(s.form)
    typed = "ᠮᠥᠩᠬᠡ\u202fᠶᠢᠨ \u180eᠠ".replace(" \u180e", "\u180e")  # NNBSP and MVS kept
    type_text(s.form.fields["name_mn"], typed)
    type_text(s.form.fields["address_mn"], "ᠪᠠᠶᠠᠨ ᠭᠣᠤᠯ")
    window.save()
    assert s.pages.currentWidget() is s.detail, [
        e.text() for e in s.form.errors.values() if e.text()
    ]
    hid = s.detail.household_id
    head = window.store.conn.execute(
        "SELECT name_mn, name_zh FROM persons WHERE household_id = ?", (hid,)
    ).fetchone()
    assert head["name_mn"].encode() == typed.encode()
    assert window.store.load(Household, hid).address_mn == "ᠪᠠᠶᠠᠨ ᠭᠣᠤᠯ"
    assert not s.form.has_unsaved_changes()


def test_edit_household(window) -> None:
    s = screen(window)
    hid = add_household(window.store, "E-0001", "编辑户")
    s.edit_record(hid)
    assert s.form.fields["name_zh"].text() == "编辑户"
    s.form.fields["name_zh"].clear()
    type_text(s.form.fields["name_zh"], "改名户")
    s.form.livestock["sheep"].setValue(42)
    assert s.form.save()
    head_id = window.store.conn.execute(
        "SELECT id FROM persons WHERE household_id = ?", (hid,)
    ).fetchone()[0]
    assert window.store.load(Person, head_id).name_zh == "改名户"
    assert window.store.load(Household, hid).livestock == {"sheep": 42}


def test_similar_household_warns_before_saving(window) -> None:
    s = screen(window)
    add_household(window.store, "S-0001", "同名户")
    s.new_record()
    fill_valid(s.form, "S-0002", "同名户")
    assert s.form.save() is False
    assert not s.form.similar.isHidden() and "S-0001" in s.form.similar.text()
    assert s.form.save_button.text() == "仍然保存"
    assert s.form.save() is True  # "Save anyway"
    assert store_count(window) == 304


def wait_for_rows(qtbot, s: HouseholdsScreen) -> None:
    qtbot.waitUntil(lambda: s.found_total >= 0 and s.model.rowCount() > 0, timeout=5000)


def test_search_box_finds_chinese_mongolian_and_pinyin(qtbot, window) -> None:
    s = screen(window)
    window.focus_search()
    assert s.search_box.hasFocus()
    for query in ("测试乌力吉", "ᠪᠠᠲᠦ", "ceshiwuliji"):
        s.search_box.clear()
        type_text(s.search_box, query)
        wait_for_rows(qtbot, s)
        codes = [s.model.index(r, 0).data() for r in range(s.model.rowCount())]
        assert "T-0001" in codes, query
        s.found_total = -1
    s.search_box.clear()
    qtbot.waitUntil(lambda: s.found_total == -1 and s.model.rowCount() == 200, timeout=5000)


def test_typing_is_not_blocked_by_search(qtbot, window) -> None:
    s = screen(window)
    type_text(s.search_box, "张")
    # The query runs after the debounce, in a pool thread: right now nothing was answered.
    assert s.search_box.text() == "张" and s.found_total == -1
    wait_for_rows(qtbot, s)
    assert s.model.canFetchMore(QModelIndex()) in (True, False)


def test_private_use_paste_is_refused_with_a_message(window) -> None:
    s = screen(window)
    s.new_record()
    field = s.form.fields["name_mn"]
    type_text(field, MONGOLIAN_NAME)
    QApplication.clipboard().setText("\ue234\ue2a0\ue71d")
    field.setFocus()
    field.paste()
    assert field.text() == MONGOLIAN_NAME
    assert s.form.errors["name_mn"].property("issue_code") == "text.private_use"
    assert "蒙科立" in s.form.errors["name_mn"].text()


def test_menksoft_paste_is_converted_and_shown_before_saving(window) -> None:
    s = screen(window)
    s.new_record()
    field = s.form.fields["name_mn"]
    # ᠪᠢᠴᠢᠭ as the Menksoft IME writes it (shape codes, not letters)
    QApplication.clipboard().setText("\ue2c1\ue27f\ue317\ue27e\ue2e8")
    field.setFocus()
    field.paste()
    assert field.text() == "ᠪᠢᠴᠢᠭ"
    note = s.form.errors["name_mn"]
    assert note.property("issue_code") == "text.legacy_converted" and note.isVisibleTo(s.form)
    # Private-use text no chart covers is still refused, whatever plane it is in.
    QApplication.clipboard().setText("\U000f0001")
    field.paste()
    assert field.text() == "ᠪᠢᠴᠢᠭ"
    assert note.property("issue_code") == "text.private_use"


def test_menksoft_paste_keeps_the_original_with_the_saved_record(window) -> None:
    from subei_mobile.store.legacy_originals import originals_of

    s = screen(window)
    s.new_record()
    fill_valid(s.form, code="L-0001", name_zh="毕力格")
    field = s.form.fields["name_mn"]
    legacy = "\ue2c1\ue27f\ue317\ue27e\ue2e8"
    QApplication.clipboard().setText(legacy)
    field.setFocus()
    field.paste()
    assert s.form.save() is True
    store = s.form.store
    head = store.conn.execute("SELECT id FROM persons WHERE name_mn = ?", ("ᠪᠢᠴᠢᠭ",)).fetchone()[0]
    kept = originals_of(store.conn, "persons", head)
    assert [(k.field, k.original, k.converted) for k in kept] == [("name_mn", legacy, "ᠪᠢᠴᠢᠭ")]
    # The original hangs off the audit entry of that very save.
    entry = store.conn.execute(
        "SELECT table_name, record_id FROM audit_log WHERE seq = ?", (kept[0].audit_seq,)
    ).fetchone()
    assert tuple(entry) == ("persons", head)
    # Nothing else on that save (the household, typed fields) was converted.
    assert store.conn.execute("SELECT count(*) FROM legacy_originals").fetchone()[0] == 1


def test_menksoft_paste_in_a_member_keeps_the_original_with_that_member(window) -> None:
    from subei_mobile.store.legacy_originals import originals_of

    s = screen(window)
    s.new_record()
    fill_valid(s.form, code="L-0003", name_zh="户主")
    dialog = s.form.edit_member(-1)
    assert dialog is not None
    legacy = "\ue2c1\ue27f\ue317\ue27e\ue2e8"
    QApplication.clipboard().setText(legacy)
    field = dialog.fields["name_mn"]
    field.setFocus()
    field.paste()
    assert field.text() == "ᠪᠢᠴᠢᠭ"
    dialog.relation.setCurrentIndex(dialog.relation.findData("son"))
    dialog.accept()
    assert not dialog.isVisible()
    assert s.form.save() is True
    store = s.form.store
    son = store.conn.execute(
        "SELECT p.id FROM persons p JOIN households h ON h.id = p.household_id"
        " WHERE h.code = 'L-0003' AND p.relation = 'son'"
    ).fetchone()[0]
    assert [(k.field, k.original) for k in originals_of(store.conn, "persons", son)] == [
        ("name_mn", legacy)
    ]
    assert store.conn.execute("SELECT count(*) FROM legacy_originals").fetchone()[0] == 1


def test_a_save_without_converted_text_keeps_no_original(window) -> None:
    s = screen(window)
    s.new_record()
    fill_valid(s.form, code="L-0002")
    type_text(s.form.fields["name_mn"], "ᠪᠢᠴᠢᠭ")
    assert s.form.save() is True
    assert s.form.store.conn.execute("SELECT count(*) FROM legacy_originals").fetchone()[0] == 0
