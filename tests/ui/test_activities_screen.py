"""The activities screen: every kind saved with its people; a hazard needs a severity."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from subei_ui.error_text import text_for
from subei_ui.screens.activities import ActivitiesScreen

try:  # a package once tests/ui gets an __init__.py, plain modules until then
    from .field_fixtures import field_store
except ImportError:
    from field_fixtures import field_store  # type: ignore[no-redef]  # noqa: F401

from subei_mobile.activities import participants_of
from subei_mobile.models import Activity
from subei_mobile.store import Store


def _screen(qtbot, store: Store) -> ActivitiesScreen:
    screen = ActivitiesScreen(store)
    qtbot.addWidget(screen)
    return screen


def _pick_household(screen: ActivitiesScreen, store: Store) -> None:
    name = store.conn.execute(
        "SELECT name_zh FROM persons WHERE name_zh != '' ORDER BY id LIMIT 1 OFFSET 3"
    ).fetchone()[0]
    screen.people.finder.query.setText(name)
    screen.people.finder.search_now()
    screen.people.finder.pick_row(0)


def _set_kind(screen: ActivitiesScreen, kind: str) -> None:
    screen.kind.setCurrentIndex(screen.kind.findData(kind))


def _choose(screen: ActivitiesScreen, kind: str, key: str, code: str) -> None:
    combo = screen.details[kind][key]
    combo.setCurrentIndex(combo.findData(code))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "kind", ["classroom", "transhumance_point", "legal_education", "hazard_check", "care_visit"]
)
def test_each_kind_is_saved(qtbot: QtBot, field_store: Store, kind: str) -> None:
    screen = _screen(qtbot, field_store)
    before = screen.model.rowCount()
    _set_kind(screen, kind)
    screen.title_zh.setText("测试活动")
    screen.place.setText("夏牧场")
    _pick_household(screen, field_store)
    if kind == "hazard_check":
        _choose(screen, kind, "severity", "high")
        screen.details[kind]["finding_zh"].setText("帐篷旁堆放柴油")  # type: ignore[attr-defined]
    if kind == "transhumance_point":
        screen.people.add_row("乡干部甲")  # on duty, not in the register
        screen.people.table.item(0, 5).setText("砖茶")
        screen.people.table.cellWidget(0, 6).setValue(2)
    if kind == "care_visit":
        screen.people.table.cellWidget(0, 8).setValue(500)
    activity_id = screen.save()
    assert activity_id, screen.banner.text()
    assert screen.model.rowCount() == before + 1
    activity = field_store.load(Activity, activity_id)
    assert activity.kind == kind
    people = participants_of(field_store, activity_id)
    if kind == "transhumance_point":
        roles = sorted(p.role for p in people)
        assert roles == ["duty", "recipient"]
        recipient = next(p for p in people if p.role == "recipient")
        assert recipient.items[0].item == "砖茶" and recipient.items[0].quantity == 2
        duty = next(p for p in people if p.role == "duty")
        assert duty.name_zh == "乡干部甲" and duty.shift_start is not None
    else:
        assert len(people) == 1 and people[0].household_id
    if kind == "hazard_check":
        assert activity.details["severity"] == "high"
        assert activity.household_id == people[0].household_id
        assert not screen.resolve_button.isHidden()
        screen.mark_resolved()
        assert field_store.load(Activity, activity_id).details["resolved"] is True
    if kind == "care_visit":
        assert people[0].amount_yuan == 500


def test_hazard_without_severity_is_rejected(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    _set_kind(screen, "hazard_check")
    screen.title_zh.setText("隐患排查")
    screen.details["hazard_check"]["finding_zh"].setText("电线裸露")  # type: ignore[attr-defined]
    before = screen.model.rowCount()
    assert screen.save() == ""
    assert "hazard.severity_required" in screen.banner.codes
    assert text_for("hazard.severity_required") in screen.banner.text()
    assert screen.model.rowCount() == before
    assert screen.details["hazard_check"]["finding_zh"].text() == "电线裸露"  # type: ignore[attr-defined]


def test_activity_without_title_is_rejected(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    assert screen.save() == ""
    assert screen.banner.codes == ["title.required"]


def test_activity_list_model(qtmodeltester: ModelTester, qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    assert screen.model.rowCount() > 0
    qtmodeltester.check(screen.model)
