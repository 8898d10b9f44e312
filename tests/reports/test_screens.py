"""The dashboard screen and the register import dialog, offscreen with pytest-qt."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

UI_ROOT = Path(__file__).resolve().parents[2] / "ui"
if str(UI_ROOT) not in sys.path:
    sys.path.insert(0, str(UI_ROOT))

import datetime as dt  # noqa: E402

from openpyxl import load_workbook  # noqa: E402
from PySide6.QtCore import QDate  # noqa: E402
from subei_ui.screens.dashboard import DashboardScreen  # noqa: E402
from subei_ui.screens.register_import import RegisterImportDialog  # noqa: E402

from subei_mobile.demo import generate  # noqa: E402
from subei_mobile.store import open_store  # noqa: E402

HEADER = [
    "户号",
    "姓名",
    "蒙文姓名",
    "与户主关系",
    "性别",
    "出生日期",
    "身份证号",
    "乡镇",
    "备注列",
]
GOOD = [
    "SB-001",
    "巴特尔",
    "ᠪᠠᠭᠠᠲᠤᠷ",
    "户主",
    "男",
    "1971-04-02",
    "620923197104020032",
    "石包城乡",
    "x",
]
BAD = [
    "SB-001",
    "其其格",
    "ᠴᠡᠴᠡᠭ",
    "配偶",
    "女",
    "1972-01-01",
    "620923197201010000",
    "石包城乡",
    "",
]


def write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    return path


def run(qtbot, operation, dialog):
    """Wait for the dialog's background check or import; return its checked report."""
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=30000):
        pass
    return dialog.report


def count(store, table: str) -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_register_import_preview_bad_row_then_fixed(qtbot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    dialog = RegisterImportDialog(store)
    qtbot.addWidget(dialog)
    run(qtbot, dialog.load(write(tmp_path / "register.csv", [GOOD, BAD])), dialog)
    mapping = dialog.chosen_mapping()
    assert mapping[:3] == ["household_code", "name_zh", "name_mn"] and mapping[-1] == ""
    assert dialog.mapping.item(1, 1).text() == "巴特尔"  # the preview shows the file's rows
    dialog.set_mapping(2, "name_latin")  # a person can change the mapping...
    assert dialog.chosen_mapping()[2] == "name_latin"
    dialog.set_mapping(2, "name_mn")  # ...and back
    report = run(qtbot, dialog.check(), dialog)
    assert report is not None and [line for line, _ in report.rejected] == [3]
    assert "id_number" in dialog.problems.item(0, 1).text()
    assert not dialog.import_button.isEnabled() and dialog.skip_button.isEnabled()
    assert count(store, "persons") == 0  # nothing written while a row is bad
    fixed = [*BAD[:6], "620923197201010020", *BAD[7:]]
    run(qtbot, dialog.load(write(tmp_path / "register-fixed.csv", [GOOD, fixed])), dialog)
    assert run(qtbot, dialog.check(), dialog) is not None and dialog.import_button.isEnabled()
    run(qtbot, dialog.write(skip_bad=False), dialog)
    done = dialog.imported
    assert done is not None and done.new == 2
    assert count(store, "persons") == 2 and count(store, "households") == 1
    store.close()


def test_dashboard_screen_shows_and_exports(qtbot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    generate(store, 300)
    screen = DashboardScreen(store)
    qtbot.addWidget(screen)
    screen.start.setDate(QDate(2025, 1, 1))
    screen.end.setDate(QDate(2025, 12, 31))
    screen.refresh()
    assert screen.dashboard is not None
    assert screen.period().start == dt.date(2025, 1, 1)
    total = screen.dashboard.table("requests_by_service").total("total")
    assert total == count(store, "service_requests")
    assert sum(v for _, v in screen.charts["requests"].rows) == total
    assert screen.tabs.count() == 1 + len(screen.dashboard.tables)
    screen.export_xlsx(tmp_path / "d.xlsx")
    assert "hazards" in load_workbook(tmp_path / "d.xlsx", read_only=True).sheetnames
    with qtbot.waitSignal(screen.export_pdf(tmp_path / "d.pdf").finished, timeout=30000):
        pass
    assert (tmp_path / "d.pdf").stat().st_size > 1000
    store.close()


def test_register_import_maps_values_and_remembers_the_source(qtbot, tmp_path: Path) -> None:
    """Unknown values are listed with their count and a suggestion; code-set readings are shown;
    the choice is saved and offered again for the next file with the same columns."""
    store = open_store(tmp_path / "data")
    dialog = RegisterImportDialog(store)
    qtbot.addWidget(dialog)
    son = [*GOOD[:3], "长子", *GOOD[4:6], "", *GOOD[7:]]
    son[1], son[2] = "巴雅尔", ""
    odd = [*GOOD[:3], "大儿子们", *GOOD[4:6], "", *GOOD[7:]]
    odd[1], odd[2] = "其木格", ""
    run(
        qtbot,
        dialog.load(write(tmp_path / "march.csv", [GOOD, son, odd, [*odd[:1], "娜仁", *odd[2:]]])),
        dialog,
    )
    listed = {(v.column, v.value): v for v in dialog.value_rows}
    assert listed[("relation", "长子")].resolved.code == "son"  # shown, read through GB/T 4761
    unknown = listed[("relation", "大儿子们")]
    assert unknown.resolved is None and unknown.count == 2 and unknown.suggestion == "son"
    assert "大儿子们" not in dialog.chosen_values().get("relation", {})  # offered, not chosen
    report = run(qtbot, dialog.check(), dialog)  # not accepted: those rows are rejected
    assert report is not None and sorted(line for line, _ in report.rejected) == [4, 5]
    assert "relation.unknown" in dialog.problems.item(0, 1).text()
    dialog.accept_suggestions()
    assert dialog.chosen_values()["relation"]["大儿子们"] == "son"
    dialog.set_value("relation", "大儿子们", "grandchild")  # edited to another value
    report = run(qtbot, dialog.check(), dialog)
    assert report is not None and report.rejected == []
    run(qtbot, dialog.write(skip_bad=False), dialog)
    done = dialog.imported
    assert done is not None and done.new == 4
    relations = dict(store.conn.execute("SELECT name_zh, relation FROM persons").fetchall())
    assert relations["其木格"] == "grandchild" and relations["巴雅尔"] == "son"
    saved = (tmp_path / "data" / "import-mappings.json").read_text(encoding="utf-8")
    assert "大儿子们" in saved and "620923" not in saved  # values and columns, no ID numbers

    again = RegisterImportDialog(store)
    qtbot.addWidget(again)
    run(qtbot, again.load(write(tmp_path / "april.csv", [[*odd[:1], "乌兰", *odd[2:]]])), again)
    assert again.chosen_values() == {"relation": {"大儿子们": "grandchild"}}
    assert again.chosen_mapping() == dialog.chosen_mapping()
    store.close()


def test_register_import_preview_names_converted_legacy_text(qtbot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    dialog = RegisterImportDialog(store)
    qtbot.addWidget(dialog)
    menksoft = [*GOOD[:2], "\ue2c1\ue27f\ue317\ue27e\ue2e8", *GOOD[3:]]  # ᠪᠢᠴᠢᠭ, Menksoft codes
    run(qtbot, dialog.load(write(tmp_path / "register.csv", [menksoft])), dialog)
    report = run(qtbot, dialog.check(), dialog)
    assert report is not None and not report.rejected and dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 1).text().startswith("name_mn: ")
    assert dialog.problems.item(0, 1).text().endswith("[text.legacy_converted]")
    assert count(store, "persons") == 0  # shown before anything is written
    run(qtbot, dialog.write(skip_bad=False), dialog)
    assert store.conn.execute("SELECT name_mn FROM persons").fetchone()[0] == "ᠪᠢᠴᠢᠭ"
    store.close()
