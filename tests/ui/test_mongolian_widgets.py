"""Vertical Mongolian, the input palette, the private-use guard and crash-safe drafts."""

from __future__ import annotations

import json

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLineEdit
from subei_ui.typefaces import MONGOLIAN_FAMILY, load_fonts, mongolian_font
from subei_ui.widgets.drafts import DraftBox
from subei_ui.widgets.mongolian_field import MongolianLineEdit
from subei_ui.widgets.mongolian_palette import MVS, NNBSP, MongolianPalette, reveal_controls
from subei_ui.widgets.vertical_mongolian import VerticalMongolianLabel, is_upright, split_words


def test_bundled_font_is_loaded_and_used_explicitly(qtbot) -> None:
    assert MONGOLIAN_FAMILY in load_fonts()
    assert QFontInfo(mongolian_font()).family() == MONGOLIAN_FAMILY


def test_vertical_label_fills_columns_left_to_right_with_upright_han(qtbot) -> None:
    label = VerticalMongolianLabel("ᠪᠠᠲᠦ ᠮᠥᠩᠬᠡ 巴图")
    qtbot.addWidget(label)
    one_column = label.sizeHint()
    assert len(label.columns()) == 1 and one_column.height() > one_column.width()
    label.max_column_length = 60
    columns = label.columns()
    assert len(columns) == 3 and label.sizeHint().width() > one_column.width()
    assert [s.text for s in columns[2]] == ["巴", "图"] and all(s.upright for s in columns[2])
    assert not columns[0][0].upright
    label.resize(label.sizeHint())
    assert not label.grab().toImage().isNull()


def test_names_are_not_split_inside_nnbsp_or_han_runs() -> None:
    assert split_words(f"ᠪᠠᠲᠦ{NNBSP}ᠶᠢᠨ 宝音\u2060图") == [f"ᠪᠠᠲᠦ{NNBSP}ᠶᠢᠨ", "宝音\u2060图"]
    assert is_upright("图") and not is_upright("ᠪ") and not is_upright("7")


def test_palette_inserts_controls_into_the_focused_field_and_reveals_them(qtbot) -> None:
    palette = MongolianPalette()
    field = MongolianLineEdit()
    qtbot.addWidget(palette)
    qtbot.addWidget(field)
    field.show()
    palette.show()
    field.setText("ᠪᠠᠲᠦ")
    palette._focus_changed(None, field)  # what QApplication.focusChanged does on a real screen
    palette.buttons["NNBSP"].click()
    field.insert("ᠶᠢᠨ")
    palette.buttons["MVS"].click()
    assert field.text() == f"ᠪᠠᠲᠦ{NNBSP}ᠶᠢᠨ{MVS}"
    palette.show_controls.setChecked(True)
    assert not palette.revealed.isHidden()
    assert palette.revealed.text() == "ᠪᠠᠲᠦ⟨NNBSP⟩ᠶᠢᠨ⟨MVS⟩"
    assert reveal_controls("\u180b") == "⟨FVS1⟩"


def test_private_use_text_is_refused_by_any_edit(qtbot) -> None:
    field = MongolianLineEdit()
    qtbot.addWidget(field)
    refused = []
    field.refused.connect(lambda: refused.append(True))
    field.insert("ᠪᠠᠲᠦ")
    # Private use no legacy chart covers (outside Menksoft's U+E234-E34F, or planes 15-16)
    for pua in ("\ue71d", "\U000f0001", "\U0010fffd"):
        field.insert(pua)
    assert field.text() == "ᠪᠠᠲᠦ" and refused == [True, True, True]


def test_menksoft_text_is_converted_with_a_signal(qtbot) -> None:
    field = MongolianLineEdit()
    qtbot.addWidget(field)
    converted: list[str] = []
    field.converted.connect(converted.append)
    field.insert("\ue2c1\ue27f\ue317\ue27e\ue2e8")  # ᠪᠢᠴᠢᠭ in Menksoft shape codes
    assert field.text() == "ᠪᠢᠴᠢᠭ" and converted == ["menksoft"]
    plain = QLineEdit()
    qtbot.addWidget(plain)


def test_draft_box_writes_atomically_and_restores(tmp_path) -> None:
    box = DraftBox(tmp_path)
    box.save("household-new", {"name_mn": f"ᠪᠠᠲᠦ{NNBSP}ᠶᠢᠨ"})
    box.save("household-new", {"name_mn": "ᠮᠥᠩᠬᠡ"})
    assert box.load("household-new") == {"name_mn": "ᠮᠥᠩᠬᠡ"}
    assert [p.name for p in box.folder.iterdir()] == ["household-new.json"]  # no temp files left
    box.path("broken").write_text("{", encoding="utf-8")
    assert box.load("broken") is None
    box.discard("household-new")
    assert box.load("household-new") is None
    assert json.loads('{"a": 1}') == {"a": 1}


def test_form_draft_is_autosaved_and_restored(qtbot, window) -> None:
    households = window.screen("households")
    households.new_record()
    form = households.form
    form.fields["code"].setText("D-0001")
    form.fields["name_mn"].setText(f"ᠪᠠᠲᠦ{NNBSP}ᠶᠢᠨ")
    form._edited()
    qtbot.waitUntil(lambda: form.drafts.load("household-new") is not None, timeout=3000)
    # A crash now: a new form (as after a restart) offers the draft back.
    from subei_ui.screens.household_form import HouseholdForm

    again = HouseholdForm(window.store)
    qtbot.addWidget(again)
    again.start_new()
    assert again.fields["name_mn"].text() == f"ᠪᠠᠲᠦ{NNBSP}ᠶᠢᠨ"
    assert again.fields["code"].text() == "D-0001"
    assert not again.banner.isHidden() or again.banner.text()
    assert again.has_unsaved_changes()
    again.discard()
    assert form.drafts.load("household-new") is None
