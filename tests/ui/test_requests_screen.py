"""The service request intake screen: create, tick, advance, history, errors, receipt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from subei_ui.error_text import text_for
from subei_ui.screens.requests import RequestsScreen

try:  # a package once tests/ui gets an __init__.py, plain modules until then
    from .field_fixtures import field_store
except ImportError:
    from field_fixtures import field_store  # type: ignore[no-redef]  # noqa: F401

from subei_mobile.models import ServiceRequest
from subei_mobile.service_requests import history
from subei_mobile.store import Store


def _screen(qtbot, store: Store) -> RequestsScreen:
    screen = RequestsScreen(store)
    qtbot.addWidget(screen)
    return screen


def _new_request(screen: RequestsScreen, store: Store) -> str:
    name = store.conn.execute(
        "SELECT name_zh FROM persons WHERE name_zh != '' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    screen.finder.query.setText(name)
    screen.finder.search_now()
    assert screen.finder.results.count() >= 1
    screen.finder.pick_row(0)
    screen.place.setText("夏牧场帐篷")
    screen.open_button.click()
    assert not screen.banner.isVisible(), screen.banner.text()
    return screen.request_id


def _tick_all(screen: RequestsScreen) -> None:
    for row in range(screen.materials.count()):
        screen.materials.item(row).setCheckState(Qt.CheckState.Checked)


def test_create_tick_advance_and_history(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    before = screen.model.rowCount()
    request_id = _new_request(screen, field_store)
    assert screen.model.rowCount() == before + 1
    assert screen.model.id_at(0) == request_id  # newest first
    assert screen.materials.count() >= 1
    _tick_all(screen)
    assert all(m.present for m in field_store.load(ServiceRequest, request_id).materials)
    screen.move_place.setText("党城湾镇")
    screen.advance_status()
    assert field_store.load(ServiceRequest, request_id).status == "materials_complete"
    assert screen.history.rowCount() == 2
    assert screen.history.item(1, 0).text() == screen.status_text("materials_complete")
    assert screen.history.item(1, 2).text() == "field-tester"
    assert screen.history.item(1, 3).text() == "党城湾镇"
    assert len(history(field_store, request_id)) == 2


def test_advancing_with_missing_materials_is_shown_inline(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    screen.show()
    request_id = _new_request(screen, field_store)
    screen.move_note.setText("typed note stays")
    screen.advance_status()
    assert screen.banner.isVisible()
    assert screen.banner.codes == ["materials.incomplete"]
    assert screen.banner.text() == text_for("materials.incomplete")
    assert screen.move_note.text() == "typed note stays"
    assert field_store.load(ServiceRequest, request_id).status == "received"


def test_open_without_household_keeps_input(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    screen.place.setText("冬窝子")
    screen.open_button.click()
    assert screen.banner.codes == ["household.required"]
    assert screen.place.text() == "冬窝子"


def test_attach_scan(qtbot: QtBot, field_store: Store, tmp_path: Path) -> None:
    screen = _screen(qtbot, field_store)
    _new_request(screen, field_store)
    scan = tmp_path / "hukou.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    screen.attach(scan)
    assert screen.files.count() == 1
    assert "hukou.png" in screen.files.item(0).text()


def test_receipt_pdf_written(qtbot: QtBot, field_store: Store, tmp_path: Path) -> None:
    screen = _screen(qtbot, field_store)
    _new_request(screen, field_store)
    target = screen.export_receipt(tmp_path / "receipt.pdf")
    assert target is not None
    content = target.read_bytes()
    assert content.startswith(b"%PDF") and len(content) > 1000


def test_request_list_model(qtmodeltester: ModelTester, qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    assert screen.model.rowCount() > 0
    qtmodeltester.check(screen.model)


def test_receipt_pdf_written_off_the_gui_thread(
    qtbot: QtBot, field_store: Store, tmp_path: Path
) -> None:
    screen = _screen(qtbot, field_store)
    _new_request(screen, field_store)
    target = tmp_path / "background.pdf"
    operation = screen.export_receipt_in_background(target)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert screen.pdf_button.isEnabled()


def test_language_change_keeps_typed_input(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    request_id = _new_request(screen, field_store)
    screen.move_note.setText("still here")
    QApplication.sendEvent(screen, QEvent(QEvent.Type.LanguageChange))
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == screen.list_headers()[0]
    assert screen.request_id == request_id
    assert screen.move_note.text() == "still here"
