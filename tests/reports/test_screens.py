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


def count(store, table: str) -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_register_import_preview_bad_row_then_fixed(qtbot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    dialog = RegisterImportDialog(store)
    qtbot.addWidget(dialog)
    dialog.load(write(tmp_path / "register.csv", [GOOD, BAD]))
    mapping = dialog.chosen_mapping()
    assert mapping[:3] == ["household_code", "name_zh", "name_mn"] and mapping[-1] == ""
    assert dialog.mapping.item(1, 1).text() == "巴特尔"  # the preview shows the file's rows
    dialog.set_mapping(2, "name_latin")  # a person can change the mapping...
    assert dialog.chosen_mapping()[2] == "name_latin"
    dialog.set_mapping(2, "name_mn")  # ...and back
    report = dialog.check()
    assert report is not None and [line for line, _ in report.rejected] == [3]
    assert "id_number" in dialog.problems.item(0, 1).text()
    assert not dialog.import_button.isEnabled() and dialog.skip_button.isEnabled()
    assert count(store, "persons") == 0  # nothing written while a row is bad
    fixed = [*BAD[:6], "620923197201010020", *BAD[7:]]
    dialog.load(write(tmp_path / "register-fixed.csv", [GOOD, fixed]))
    assert dialog.check() is not None and dialog.import_button.isEnabled()
    done = dialog.write(skip_bad=False)
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


def test_register_import_preview_names_converted_legacy_text(qtbot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    dialog = RegisterImportDialog(store)
    qtbot.addWidget(dialog)
    menksoft = [*GOOD[:2], "\ue2c1\ue27f\ue317\ue27e\ue2e8", *GOOD[3:]]  # ᠪᠢᠴᠢᠭ, Menksoft codes
    dialog.load(write(tmp_path / "register.csv", [menksoft]))
    report = dialog.check()
    assert report is not None and not report.rejected and dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.item(0, 1).text() == "name_mn: text.legacy_converted"
    assert count(store, "persons") == 0  # shown before anything is written
    assert dialog.write(skip_bad=False) is not None
    assert store.conn.execute("SELECT name_mn FROM persons").fetchone()[0] == "ᠪᠢᠴᠢᠭ"
    store.close()
