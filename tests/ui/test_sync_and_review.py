"""The Sync screen against the county server in-process, and the Review screen."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from subei_sync.client.transport import Answer, AsgiTransport
from subei_sync.server.app import create_app
from subei_sync.server.database import SqliteDatabase
from subei_sync.server.devices import add_device, revoke_device

from subei_mobile.ids import new_id
from subei_mobile.security import accounts
from subei_mobile.security.county import generate_county_keypair
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.store import Store

TOWNSHIP = "620923100"
PASSWORD = "grassland-2026"
pytestmark = pytest.mark.usefixtures("chinese")  # the assertions expect Chinese


@pytest.fixture
def signed_in(tmp_path: Path) -> Iterator[Store]:
    """Return an encrypted store (first user signed in) with two households: it may enrol."""
    from sample_households import add_household

    store = accounts.create_encrypted_store(
        tmp_path / "laptop", "li", "township-office", PASSWORD,
        generate_county_keypair().public, township=TOWNSHIP, kdf=FLOOR,
    )  # fmt: skip
    add_household(store, "T-0001", "测试乌力吉")
    add_household(store, "T-0002", "张测试")
    yield store
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():  # none may react to events once it is closed
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    """Return (server database, ASGI app) of an in-process county server."""
    db = SqliteDatabase(tmp_path / "server.sqlite3")
    app = create_app(db)
    yield db, app
    db.close()


class SlowTransport:
    """The ASGI transport, waiting on a gate before each sync request (to test cancel)."""

    def __init__(self, inner: AsgiTransport, gate: threading.Event | None = None) -> None:
        self.inner = inner
        self.gate = gate
        self.posts = 0

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> Answer:
        self.posts += 1
        if self.gate is not None and path.endswith("/sync"):
            self.gate.wait(10)
        return self.inner.post(path, body, headers)


def _screen(qtbot, store: Store, factory) -> Any:
    from subei_ui.screens.sync_status import SyncScreen
    from subei_ui.sync_runner import SyncRunner

    runner = SyncRunner(store, transport_factory=factory)
    screen = SyncScreen(store, None, sync_runner=runner)
    runner.setParent(screen)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _enrolling(qtbot, store: Store, county, label: str) -> tuple[Any, str]:
    """Return the Sync screen filled in with a fresh code of the in-process county, and the id."""
    db, app = county
    device_id, code = add_device(db, TOWNSHIP, "", "field-staff", label)
    screen = _screen(qtbot, store, lambda _s, _c: AsgiTransport(app))
    screen.server.setText("http://county.test")
    screen.code.setText(code)
    return screen, device_id


def test_enrol_then_sync_with_progress(qtbot, signed_in: Store, county) -> None:
    db, app = county
    _, code = add_device(db, TOWNSHIP, "", "field-staff", "laptop-1")
    transports: list[SlowTransport] = []

    def factory(server: str, _ca: str) -> SlowTransport:
        transports.append(SlowTransport(AsgiTransport(app)))
        return transports[-1]

    screen = _screen(qtbot, signed_in, factory)
    assert screen.enrol_box.isVisible() and not screen.sync_button.isEnabled()
    assert screen.result.text() == "这台电脑尚未在县级服务器注册。"
    screen.server.setText("http://county.test")
    screen.code.setText("WRONG-CODE")
    with qtbot.waitSignal(screen.runner.failed, timeout=10000):
        screen.enrol()
    assert screen.result.text() == "注册码错误、已使用或已过期。"
    screen.code.setText(code)
    with qtbot.waitSignal(screen.runner.succeeded, timeout=10000):
        screen.enrol()
    assert not screen.enrol_box.isVisible() and screen.sync_button.isEnabled()
    pending = signed_in.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
    ).fetchone()[0]
    assert pending > 0
    seen: list[tuple[int, int]] = []
    screen.runner.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(screen.runner.succeeded, timeout=60000):
        screen.sync_now()
    assert seen and seen[-1][0] == seen[-1][1]
    left = signed_in.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"
    ).fetchone()[0]
    assert left == 0
    assert signed_in.meta("last_sync_at")
    assert "已发送" in screen.result.text()
    assert "0" in screen.summary.text() and screen.runner.online


def test_cancel_stops_and_says_so(qtbot, signed_in: Store, county) -> None:
    db, app = county
    _, code = add_device(db, TOWNSHIP, "", "field-staff", "laptop-2")
    gate = threading.Event()
    slow = SlowTransport(AsgiTransport(app))
    screen = _screen(qtbot, signed_in, lambda _s, _c: slow)
    screen.server.setText("http://county.test")
    screen.code.setText(code)
    with qtbot.waitSignal(screen.runner.succeeded, timeout=10000):
        screen.enrol()
    slow.gate = gate
    screen.runner.operation = None
    screen.sync_now()
    assert screen.cancel_button.isEnabled() and screen.progress.maximum() == 0
    with qtbot.waitSignal(screen.runner.failed, timeout=60000) as blocker:
        screen.cancel_button.click()
        gate.set()
    assert blocker.args == ["cancelled"]
    assert screen.result.text() == "同步已取消。没有丢失任何数据，下次同步会继续。"
    assert not screen.cancel_button.isEnabled() and screen.sync_button.isEnabled()


def test_revoked_device_gets_a_clear_message(qtbot, signed_in: Store, county) -> None:
    screen, device_id = _enrolling(qtbot, signed_in, county, "laptop-3")
    with qtbot.waitSignal(screen.runner.succeeded, timeout=10000):
        screen.enrol()
    revoke_device(county[0], device_id)
    with qtbot.waitSignal(screen.runner.failed, timeout=30000) as blocker:
        screen.sync_now()
    assert blocker.args == ["device_revoked"]
    assert "县里" in screen.result.text() or "收回" in screen.result.text()
    # Two households with their heads were never sent: the screen says exactly what was lost.
    assert "已被清除。丢失：4 条未发送的修改和 0 个未发送的附件" in screen.result.text()
    assert not (signed_in.data_dir / "keyslots.json").exists()


def test_unreachable_server_keeps_changes_and_goes_offline(qtbot, signed_in: Store) -> None:
    from subei_sync.client.identity import new_key, save_identity
    from subei_sync.protocol.wire import EnrolResponse
    from subei_ui.sync_runner import http_transport

    answer = EnrolResponse(device_id="d1", township=TOWNSHIP, grid="", role="field-staff",
                           scopes=[TOWNSHIP], server_id="s1")  # fmt: skip
    save_identity(signed_in, "http://127.0.0.1:9", new_key(), answer)
    screen = _screen(qtbot, signed_in, http_transport)
    with qtbot.waitSignal(screen.runner.failed, timeout=30000) as blocker:
        screen.sync_now()
    assert blocker.args == ["unreachable"]
    assert screen.result.text().startswith("无法连接县级服务器")
    assert not screen.runner.online


def _add_conflict(store: Store) -> tuple[str, str]:
    row = store.conn.execute(
        "SELECT id, name_zh FROM persons WHERE _deleted = 0 ORDER BY id LIMIT 1"
    ).fetchone()
    conflict_id = new_id()
    candidates = [
        {"value": "王甲", "hlc": "2026-01-05T10:00", "device": "laptop-a"},
        {"value": "王乙", "hlc": "2026-01-05T11:00", "device": "laptop-b"},
    ]
    store.conn.execute(
        "INSERT INTO conflicts (id, table_name, record_id, field, candidates, detected_at)"
        " VALUES (?, 'persons', ?, 'name_zh', ?, '2026-01-05T12:00:00')",
        (conflict_id, row[0], json.dumps(candidates, ensure_ascii=False)),
    )
    return conflict_id, row[0]


def test_review_shows_both_values_and_resolves(qtbot, qtmodeltester, store: Store) -> None:
    from subei_ui.screens.review import ReviewScreen

    conflict_id, person_id = _add_conflict(store)
    _add_conflict(store)
    screen = ReviewScreen(store)
    qtbot.addWidget(screen)
    qtmodeltester.check(screen.model)
    assert screen.model.rowCount() == 2
    assert screen.model.index(0, 2).data(Qt.ItemDataRole.DisplayRole) == "王甲"
    assert screen.model.index(0, 3).data(Qt.ItemDataRole.DisplayRole) == "王乙"
    assert screen.model.index(0, 1).data(Qt.ItemDataRole.DisplayRole) == "姓名（汉文）"
    assert "persons" not in screen.model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert screen.values[0].text().startswith("王甲") and screen.values[1].text().startswith("王乙")
    before = store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    screen.table.selectRow(0)
    assert screen.keep_value(1)
    assert store.get("persons", person_id)["name_zh"] == "王乙"
    resolved = store.conn.execute(
        "SELECT resolved_at FROM conflicts WHERE id = ?", (conflict_id,)
    ).fetchone()[0]
    assert resolved
    assert store.conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] > before
    assert screen.model.rowCount() == 1
    screen.edited.setText("王丙")
    assert screen.keep_edited()
    assert screen.model.rowCount() == 0
    assert screen.summary.text() == "待处理冲突：0"


def test_review_is_read_only_for_field_staff(qtbot, store: Store) -> None:
    from subei_ui.screens.review import ReviewScreen

    from subei_mobile.security.roles import Account

    _add_conflict(store)
    screen = ReviewScreen(store, None, account=Account("wang", "field-staff"))
    qtbot.addWidget(screen)
    assert not screen.keep[0].isEnabled() and not screen.keep_value(0)


def test_desktop_enrolment_refuses_a_store_without_users(qtbot, store: Store, county) -> None:
    screen, _ = _enrolling(qtbot, store, county, "plain-laptop")
    with qtbot.waitSignal(screen.runner.failed, timeout=10000) as blocker:
        screen.enrol()
    assert blocker.args == ["enrol.needs_user"]
    assert screen.result.text().startswith("这台电脑还没有用户")
    assert not store.meta("sync.identity") and screen.enrol_box.isVisible()


def test_desktop_enrolled_laptop_has_its_audit_chain_verified(qtbot, signed_in: Store) -> None:
    """The app's enrolment sends the audit starting point: an edited entry is refused."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
    from live_server import enrolment_code, serve
    from sample_households import add_household
    from subei_ui.sync_runner import http_transport

    with serve(signed_in.data_dir.parent) as (url, server, db_url):
        screen = _screen(qtbot, signed_in, http_transport)
        screen.server.setText(url)
        screen.code.setText(enrolment_code(server, db_url, "township-office"))
        with qtbot.waitSignal(screen.runner.succeeded, timeout=30000):
            screen.enrol()
        with qtbot.waitSignal(screen.runner.succeeded, timeout=60000):
            screen.sync_now()  # the honest chain is accepted
        add_household(signed_in, "T-0003", "巴音")
        signed_in.conn.execute(
            "UPDATE audit_log SET record_id = 'forged' WHERE seq = (SELECT MAX(seq) FROM audit_log)"
        )
        with qtbot.waitSignal(screen.runner.failed, timeout=60000) as blocker:
            screen.sync_now()
    assert blocker.args == ["audit_chain_broken"]


def test_background_sync_waits_while_nobody_is_signed_in(qtbot, signed_in: Store) -> None:
    from subei_ui.sync_runner import SyncRunner

    unlocked = [False]
    calls: list[str] = []

    def factory(server: str, _ca: str) -> Any:
        calls.append(server)
        raise ConnectionError("no server in this test")

    from subei_sync.client.identity import new_key, save_identity
    from subei_sync.protocol.wire import EnrolResponse

    answer = EnrolResponse(device_id="d1", township=TOWNSHIP, grid="", role="field-staff",
                           scopes=[TOWNSHIP], server_id="s1")  # fmt: skip
    save_identity(signed_in, "http://127.0.0.1:9", new_key(), answer)
    runner = SyncRunner(signed_in, transport_factory=factory, signed_in=lambda: unlocked[0])
    runner.background = True
    runner._background()  # the timer fired while the screen was locked
    assert not runner.running() and calls == [] and runner.timer.isActive()
    unlocked[0] = True
    with qtbot.waitSignal(runner.failed, timeout=10000):
        runner._background()
    assert calls == ["http://127.0.0.1:9"]
    runner.stop_background()


def test_the_window_lets_go_of_the_data_once_the_laptop_is_wiped(
    qtbot, signed_in: Store, county
) -> None:
    from PySide6.QtWidgets import QApplication
    from subei_ui.languages import CHINESE, LanguageSwitcher
    from subei_ui.main_window import MainWindow

    from subei_mobile.errors import AuthError
    from subei_mobile.security.roles import Account
    from subei_mobile.security.session import Session

    db, app = county
    device_id, code = add_device(db, TOWNSHIP, "", "township-office", "wiped-laptop")
    switcher = LanguageSwitcher(QApplication.instance())
    switcher.switch(CHINESE, remember=False)
    account = Account("li", "township-office", TOWNSHIP)
    window = MainWindow(signed_in, switcher, account=account, session=Session(account))
    qtbot.addWidget(window)
    window.ask_about_unsaved = lambda: None  # type: ignore[method-assign]
    window.sync_runner.transport_factory = lambda _s, _c: AsgiTransport(app)
    with qtbot.waitSignal(window.sync_runner.succeeded, timeout=10000):
        window.sync_runner.enrol("http://county.test", code)
    person = signed_in.conn.execute("SELECT id FROM persons LIMIT 1").fetchone()[0]
    assert signed_in.get("persons", person) is not None and window.screens
    revoke_device(db, device_id)
    with qtbot.waitSignal(window.sync_runner.failed, timeout=30000):
        window.sync_runner.sync_now()
    notice = window.stack.currentWidget()
    assert notice.objectName() == "wiped" and "已被清除" in notice.text()
    assert window.screens == {} and window.nav.count() == 0
    assert (
        not window.actions_by_key["new"].isEnabled() and window.actions_by_key["quit"].isEnabled()
    )
    assert not signed_in.codec.sealed
    signed_in.conn.execute("UPDATE persons SET id_number = 'enc1:2:x' WHERE id = ?", (person,))
    with pytest.raises(AuthError):  # the data key is no longer held by the window's store
        signed_in.get("persons", person)
