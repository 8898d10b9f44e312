"""Sign-in on an encrypted store, back-off, idle lock, switching user, masking in lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from subei_mobile.households import register_household
from subei_mobile.models import Household, MediationCase, MediationParty, Person
from subei_mobile.security import accounts, county
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.security.roles import Account
from subei_mobile.security.session import Session
from subei_mobile.store import Store

PASSWORD = "grassland-2026"
TOWNSHIP = "620923100"
ID_NUMBER = "62092319800101001X"
PHONE = "13709371234"
pytestmark = pytest.mark.usefixtures("chinese")  # the assertions expect Chinese


def _valid_id() -> str:
    from subei_mobile.resident_id import check_digit  # type: ignore[attr-defined]

    body = ID_NUMBER[:17]
    return body + check_digit(body)


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[tuple[Path, Store, str]]:
    """Return (data dir, store signed in as wang, person id) of an encrypted store."""
    data_dir = tmp_path / "data"
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(
        data_dir, "wang", "field-staff", PASSWORD, pair.public, township=TOWNSHIP, kdf=FLOOR
    )
    admin = accounts.account_of(data_dir, "wang")
    accounts.add_user(store, admin, "bao", "grid-worker", "pasture-grid-1", township=TOWNSHIP,
                      grid="g1", kdf=FLOOR)  # fmt: skip
    try:
        id_number = _valid_id()
    except (ImportError, AttributeError):
        id_number = ""
    hh = Household(code="E-0001", township_code=TOWNSHIP, grid_code="g1")
    person = Person(household_id=hh.id, relation="head", name_zh="巴特尔", id_number=id_number,
                    phone=PHONE)  # fmt: skip
    register_household(store, hh, [person])
    yield data_dir, store, person.id
    for widget in QApplication.topLevelWidgets():  # none may outlive its store
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()


def test_login_succeeds_and_fails_with_a_translated_message(qtbot, encrypted) -> None:
    from subei_ui.signin import LoginDialog

    data_dir, store, _ = encrypted
    store.close()
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    assert [dialog.users.itemData(i) for i in range(dialog.users.count())] == ["wang", "bao"]
    dialog.password.setText("wrong-password")
    dialog.attempt()
    assert dialog.result() == 0 and dialog.store is None
    assert dialog.message.text() == "用户名或密码错误。"
    dialog.password.setText(PASSWORD)
    dialog.attempt()
    assert dialog.store is not None and dialog.account.name == "wang"
    assert dialog.account.role == "field-staff"
    dialog.store.close()


def test_back_off_after_repeated_failures_says_how_long(qtbot, encrypted) -> None:
    from subei_ui.signin import LoginDialog

    data_dir, store, _ = encrypted
    store.close()
    now = [1000.0]
    dialog = LoginDialog(data_dir, clock=lambda: now[0])
    qtbot.addWidget(dialog)
    for _ in range(accounts.FREE_FAILURES):
        dialog.password.setText("wrong-password")
        dialog.attempt()
    dialog.password.setText(PASSWORD)  # even the right password waits out the back-off
    dialog.attempt()
    assert dialog.store is None
    assert "30" in dialog.message.text() and "秒" in dialog.message.text()
    now[0] += 31
    dialog.password.setText(PASSWORD)
    dialog.attempt()
    assert dialog.store is not None
    dialog.store.close()


@pytest.fixture
def make_window(qtbot):
    """Return a factory of main windows, each deleted before its store closes."""
    from subei_ui.languages import CHINESE, LanguageSwitcher
    from subei_ui.main_window import MainWindow

    made = []

    def make(store: Store, account: Account, session: Session | None = None) -> MainWindow:
        switcher = LanguageSwitcher(QApplication.instance())
        switcher.switch(CHINESE, remember=False)
        window = MainWindow(store, switcher, account=account, session=session)
        window.ask_about_unsaved = lambda: None  # type: ignore[method-assign]
        window.show()
        made.append((window, switcher))
        return window

    yield make
    for window, switcher in made:
        if window.idle_lock is not None:
            window.idle_lock.stop()
        window.hide()
        window.deleteLater()
        switcher.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_idle_lock_keeps_the_form_and_switch_user_keeps_work(encrypted, make_window) -> None:
    data_dir, store, _ = encrypted
    account = accounts.account_of(data_dir, "wang")
    session = Session(account, idle_limit=60)
    window = make_window(store, account, session)
    assert "wang" in window.status_labels["user"].text()
    assert "外勤人员" in window.status_labels["user"].text()
    households = window.screen("households")
    households.new_record()
    households.form.fields["code"].setText("UNSAVED-77")
    households.form._edited()
    pending = window.store.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
    ).fetchone()[0]
    assert window.idle_lock.check(now=session.last_activity + 61)
    dialog = window.lock_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "已锁定"
    dialog.password.setText("wrong-password")
    dialog.attempt()
    assert dialog.isVisible()
    assert households.form.fields["code"].text() == "UNSAVED-77"
    # Unlock as the same user: nothing rebuilt, the typed text is still there.
    dialog.password.setText(PASSWORD)
    dialog.attempt()
    assert not session.locked
    assert window.screen("households") is households
    assert households.form.fields["code"].text() == "UNSAVED-77"
    # Switch to the grid worker: unsynced changes stay, role-specific screens follow.
    window.lock_now()
    dialog = window.lock_dialog
    dialog.users.setCurrentIndex(dialog.users.findData("bao"))
    dialog.password.setText("pasture-grid-1")
    dialog.attempt()
    assert window.account.name == "bao" and window.store.user_id == "bao"
    assert "网格员" in window.status_labels["user"].text()
    assert (
        window.store.conn.execute(
            "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
        ).fetchone()[0]
        >= pending
    )
    window.close()


def test_review_only_for_the_township_office(store: Store, make_window) -> None:
    office = make_window(store, Account("li", "township-office", TOWNSHIP))
    keys = list(office.factories)
    assert "review" in keys and "dashboard" in keys
    assert office.actions_by_key["monthly_report"].isVisible()
    field = make_window(store, Account("wang", "field-staff"))
    assert "review" not in field.factories and "dashboard" not in field.factories
    assert not field.actions_by_key["monthly_report"].isVisible()


def test_grid_worker_sees_only_its_grids_mediations(qtbot, encrypted) -> None:
    from subei_ui.screens.mediation import MediationScreen

    from subei_mobile import mediation

    _, store, _ = encrypted
    for grid in ("g1", "g2"):
        case = MediationCase(
            category_code="family",
            township_code=TOWNSHIP,
            grid_code=grid,
            reported_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
        )
        parties = [MediationParty(case_id=case.id, side="applicant", name_zh="甲"),
                   MediationParty(case_id=case.id, side="respondent", name_zh="乙")]  # fmt: skip
        mediation.open_case(store, case, parties)
    worker = MediationScreen(store, None, account=Account("bao", "grid-worker", TOWNSHIP, "g1"))
    qtbot.addWidget(worker)
    office = MediationScreen(store, None, account=Account("li", "township-office", TOWNSHIP))
    qtbot.addWidget(office)
    assert worker.model.rowCount() == 1
    assert office.model.rowCount() == 2


def test_list_masks_and_opened_record_shows_full_values(qtbot, encrypted) -> None:
    from subei_ui.screens.household_table import ID_NUMBER as ID_COL
    from subei_ui.screens.household_table import PHONE as PHONE_COL
    from subei_ui.screens.households import HouseholdsScreen

    _, store, person_id = encrypted
    screen = HouseholdsScreen(store)
    qtbot.addWidget(screen)
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.key(r)[1] == person_id)
    phone = model.index(row, PHONE_COL).data(Qt.ItemDataRole.DisplayRole)
    assert phone != PHONE and phone.startswith("137") and phone.endswith("1234")
    assert "enc1" not in phone
    id_text = model.index(row, ID_COL).data(Qt.ItemDataRole.DisplayRole)
    person = store.get("persons", person_id)
    if person["id_number"]:
        assert "*" in id_text and id_text != person["id_number"]
    screen.detail.show_household(model.key(row)[0])
    members = screen.detail.members
    cells = [members.item(0, c).text() for c in range(members.columnCount())]
    assert PHONE in cells
    if person["id_number"]:
        assert person["id_number"] in cells


def test_person_finder_masks(qtbot, encrypted) -> None:
    from subei_ui.widgets.person_finder import PersonFinder

    _, store, _ = encrypted
    finder = PersonFinder(store)
    qtbot.addWidget(finder)
    finder.query.setText("巴特尔")
    finder.search_now()
    assert finder.results.count() == 1
    text = finder.results.item(0).text()
    assert "enc1" not in text
    person = store.get("persons", finder.results.item(0).data(Qt.ItemDataRole.UserRole))
    if person["id_number"]:
        assert person["id_number"] not in text and "*" in text


def test_language_event_reaches_sign_in_dialog(qtbot, encrypted) -> None:
    from subei_ui.signin import LoginDialog

    data_dir, store, _ = encrypted
    store.close()
    dialog = LoginDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.event(QEvent(QEvent.Type.LanguageChange))
    assert dialog.windowTitle() == "登录"
