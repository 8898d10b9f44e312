"""Place pickers, members other than the head, and the list screens' Export buttons."""

from __future__ import annotations

import csv
from pathlib import Path

from sample_households import add_household
from test_households_screen import fill_valid, screen, type_text

from subei_mobile import catalogue
from subei_mobile.models import Household, Person


def test_place_pickers_cascade_and_keep_saved_codes(window) -> None:
    s = screen(window)
    s.new_record()
    form = s.form
    township = form.township
    assert township.findData("620923100") > 0
    township.setCurrentIndex(township.findData("620923100"))
    villages = [form.village.itemData(i) for i in range(form.village.count())]
    assert villages[0] == "" and set(villages[1:]) == {
        p.code for p in catalogue.children("620923100")
    }
    assert form.village.itemText(1) == catalogue.children("620923100")[0].name.zh
    form.village.setCurrentIndex(form.village.findData("620923100001"))
    grids = {form.grid.itemData(i) for i in range(1, form.grid.count())}
    assert grids == {p.code for p in catalogue.children("620923100001")}
    form.grid.setCurrentIndex(1)
    # Another township empties the village and the grid.
    township.setCurrentIndex(township.findData("620923101"))
    assert form.place_codes() == {"township_code": "620923101", "village_code": "",
                                  "grid_code": ""}  # fmt: skip
    # Editing a household keeps its codes, even one the catalogue does not know.
    hid = add_household(window.store, "P-0001", "地点户")
    with window.store.transaction() as tx:
        tx.update("households", hid, {"grid_code": "OLD-GRID"})
    s.edit_record(hid)
    assert form.place_codes() == {"township_code": "620923100", "village_code": "620923100001",
                                  "grid_code": "OLD-GRID"}  # fmt: skip
    assert form.save()
    assert window.store.load(Household, hid).grid_code == "OLD-GRID"


def test_place_names_follow_the_language(qtbot, window) -> None:
    from subei_ui.languages import MONGOLIAN

    s = screen(window)
    s.new_record()
    s.form.set_places("620923100")
    window.languages.switch(MONGOLIAN, remember=False)
    qtbot.wait(50)
    place = catalogue.places()["620923100"]
    assert s.form.township.currentText() == place.name.mn
    assert s.form.place_codes()["township_code"] == "620923100"


def members(window, hid: str) -> list[Person]:
    rows = window.store.conn.execute(
        "SELECT id FROM persons WHERE household_id = ? AND _deleted = 0 AND relation != 'head'",
        (hid,),
    ).fetchall()
    return [window.store.load(Person, r[0]) for r in rows]


def test_add_member_validates_inline_then_saves_with_the_household(window) -> None:
    s = screen(window)
    s.new_record()
    fill_valid(s.form, "M-0001", "有成员户")
    dialog = s.form.edit_member(-1)
    assert dialog is not None
    type_text(dialog.fields["id_number"], "620923198503150011")
    dialog.accept()
    assert dialog.isVisible()  # refused: the same inline messages as the head
    assert dialog.errors["name_zh"].property("issue_code") == "name.required"
    assert dialog.errors["name_zh"].text() == "姓名至少填写汉文或蒙古文一种"
    assert dialog.errors["id_number"].property("issue_code") == "id_number.check_digit"
    dialog.fields["id_number"].clear()
    type_text(dialog.fields["name_zh"], "小牧民")
    dialog.relation.setCurrentIndex(dialog.relation.findData("son"))
    type_text(dialog.fields["birth_date"], "2010-04-01")
    dialog.accept()
    assert not dialog.isVisible()
    assert s.form.member_table.rowCount() == 1
    assert s.form.member_table.item(0, 0).text() == "小牧民"
    assert s.form.save(), [e.text() for e in s.form.errors.values() if e.text()]
    hid = s.detail.household_id
    (son,) = members(window, hid)
    assert (son.name_zh, son.relation, str(son.birth_date)) == ("小牧民", "son", "2010-04-01")


def test_edit_and_remove_members_of_a_saved_household(window) -> None:
    store = window.store
    hid = add_household(store, "M-0002", "户主甲")
    with store.transaction() as tx:
        first = tx.insert(Person(household_id=hid, name_zh="成员乙", relation="spouse"))
        second = tx.insert(Person(household_id=hid, name_zh="成员丙", relation="daughter"))
    s = screen(window)
    s.edit_record(hid)
    assert s.form.member_table.rowCount() == 2
    row = next(i for i, m in enumerate(s.form.members) if m["id"] == first)
    dialog = s.form.edit_member(row)
    assert dialog is not None and dialog.fields["name_zh"].text() == "成员乙"
    dialog.fields["name_zh"].clear()
    type_text(dialog.fields["name_zh"], "成员乙改")
    dialog.accept()
    other = next(i for i, m in enumerate(s.form.members) if m["id"] == second)
    assert s.form.remove_member(other)
    assert s.form.member_table.rowCount() == 1
    assert s.form.save()
    assert [p.name_zh for p in members(window, hid)] == ["成员乙改"]
    # Removal is a tombstone that syncs, not a lost row.
    gone = store.conn.execute("SELECT _deleted FROM persons WHERE id = ?", (second,)).fetchone()
    assert gone[0] == 1
    assert store.load(Person, first).name_zh == "成员乙改"


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_list_screen_exports_off_the_gui_thread(qtbot, window, tmp_path: Path) -> None:
    for key, name in (("households", "h.csv"), ("requests", "r.xlsx"),
                      ("mediation", "m.csv"), ("activities", "a.csv")):  # fmt: skip
        bar = window.screen(key).export_bar  # type: ignore[attr-defined]
        with qtbot.waitSignal(bar.exported, timeout=10000) as blocker:
            window.screen(key).export(tmp_path / name)  # type: ignore[attr-defined]
        assert (tmp_path / name).exists(), key
        assert blocker.args[0] >= 0 and bar.button.isEnabled()
        assert name in bar.status.text()
    rows = read_csv(tmp_path / "h.csv")
    assert any(r["household_code"] == "T-0001" for r in rows)
    activities = store_count(window, "activities")
    assert len(read_csv(tmp_path / "a.csv")) == activities


def store_count(window, table: str) -> int:
    sql = f"SELECT COUNT(*) FROM {table} WHERE _deleted = 0"
    return int(window.store.conn.execute(sql).fetchone()[0])


def test_export_failure_shows_a_translated_message(qtbot, window, tmp_path: Path) -> None:
    bar = window.screen("requests").export_bar  # type: ignore[attr-defined]
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with qtbot.waitSignal(bar.failed, timeout=10000) as blocker:
        bar.export_to(blocked / "r.csv")  # a folder that is a file: cannot be written
    assert blocker.args[0] == bar.status.text()
    assert "导出失败" in bar.status.text()
    with qtbot.waitSignal(bar.failed, timeout=10000):
        bar.export_to(tmp_path / "r.pdf")
    assert ".xlsx" in bar.status.text()
