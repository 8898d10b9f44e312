"""The first start on a new data folder opens the setup; demo data only when asked for.

Regression for issue 10 finding 1: `prepare_store` filled any empty store with 500 demo
households through the real change log on the first start of the app.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from subei_mobile import first_run
from subei_mobile.security import accounts, county, keyslots
from subei_mobile.security.keyslots import FLOOR

PASSWORD = "grassland-2026"
pytestmark = pytest.mark.usefixtures("chinese")  # the assertions expect Chinese


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FLOOR)
    monkeypatch.setattr(accounts, "DEFAULT_KDF", FLOOR)
    yield
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def switcher(qapp):  # type: ignore[no-untyped-def]
    from subei_ui.languages import CHINESE, LanguageSwitcher

    s = LanguageSwitcher(qapp)
    s.switch(CHINESE, remember=False)
    yield s
    s.switch(CHINESE, remember=False)


@pytest.fixture
def county_qr(tmp_path: Path) -> tuple[county.CountyKeyPair, Path]:
    import qrcode

    pair = county.generate_county_keypair()
    path = tmp_path / "county-key.png"
    qrcode.make(pair.public.hex()).save(str(path))
    return pair, path


def _drop(window) -> None:  # type: ignore[no-untyped-def]
    """Delete a main window now, before its store closes (its timers read the store)."""
    QApplication.processEvents()  # the window's first status refresh is queued at start
    window.timer.stop()
    window.hide()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _households(data_dir: Path) -> int:
    if not (data_dir / "subei.sqlite3").exists():
        return 0
    with sqlite3.connect(data_dir / "subei.sqlite3") as conn:
        return int(conn.execute("SELECT COUNT(*) FROM households").fetchone()[0])


def test_first_start_on_an_empty_folder_writes_no_household(qtbot, tmp_path: Path) -> None:
    """The app's real start path: the setup dialog appears, the user closes it."""
    from subei_ui.app import open_main_window
    from subei_ui.first_run_setup import FirstRunSetup

    data_dir = tmp_path / "new"
    seen: list[str] = []

    def close_setup() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, FirstRunSetup)
        dialog.reject()

    QTimer.singleShot(200, close_setup)
    assert open_main_window(data_dir) is None
    assert seen == ["FirstRunSetup"]
    assert _households(data_dir) == 0
    assert first_run.needs_setup(data_dir)  # still new: the next start asks again


def test_setup_makes_an_encrypted_field_store_with_no_household(
    qtbot, tmp_path: Path, switcher, county_qr
) -> None:
    from subei_ui.first_run_setup import FirstRunSetup

    pair, qr = county_qr
    data_dir = tmp_path / "laptop"
    dialog = FirstRunSetup(data_dir, switcher)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next()  # welcome -> user
    assert dialog.pages.currentIndex() == 1
    dialog.next()
    assert dialog.message.text() == "请输入您的姓名。"  # translated, not the code
    dialog.name.setText("巴特尔")  # keyClicks types Latin only
    dialog.role.setCurrentIndex(dialog.role.findData("township-office"))
    dialog.township.setCurrentIndex(dialog.township.findData("620923100"))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, PASSWORD + "x")
    dialog.next()
    assert dialog.pages.currentIndex() == 1 and "不一致" in dialog.message.text()
    dialog.password_again.clear()
    qtbot.keyClicks(dialog.password_again, PASSWORD)
    dialog.next()
    assert dialog.pages.currentIndex() == 2
    dialog.next()
    assert "县" in dialog.message.text() and dialog.pages.currentIndex() == 2
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (100, 100), 255).save(blank)
    assert not dialog.load_county_key(blank)
    assert dialog.key_status.text() == "图片中没有找到二维码。"
    assert dialog.load_county_key(qr)
    assert county.key_id(pair.public) in dialog.key_status.text()
    dialog.next()
    assert dialog.pages.currentIndex() == 3
    qtbot.keyClicks(dialog.server, "https://county.example/")
    dialog.next()
    assert "注册码" in dialog.message.text()
    dialog.server.clear()
    assert _households(data_dir) == 0 and not accounts.is_encrypted(data_dir)  # nothing yet
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.next()
    made = dialog.result_
    assert made is not None and made.account is not None
    assert (made.account.name, made.account.role, made.account.township) == (
        "巴特尔", "township-office", "620923100")  # fmt: skip
    assert first_run.purpose(made.store) == "field" and not first_run.is_demo(made.store)
    made.store.close()
    assert accounts.is_encrypted(data_dir) and _households(data_dir) == 0
    accounts.login(data_dir, "巴特尔", PASSWORD).close()
    accounts.recover(data_dir, pair.private).close()  # the county key from the QR image
    assert first_run.preferred_language(data_dir) == "zh_CN"


def test_pasted_key_and_grid_worker(qtbot, tmp_path: Path, switcher) -> None:
    from subei_ui.first_run_setup import FirstRunSetup

    pair = county.generate_county_keypair()
    dialog = FirstRunSetup(tmp_path / "laptop", switcher)
    qtbot.addWidget(dialog)
    dialog.key_text.setPlainText("not a key")
    assert "不是县中心" in dialog.key_status.text() and dialog.county_public is None
    dialog.key_text.setPlainText(pair.public.hex()[:32] + "\n" + pair.public.hex()[32:])
    assert dialog.county_public == pair.public
    dialog.role.setCurrentIndex(dialog.role.findData("grid-worker"))
    dialog.name.setText("bao")
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText(PASSWORD)
    dialog.township.setCurrentIndex(dialog.township.findData("620923100"))
    assert dialog.problem("user") == "user.scope_required"  # no grid yet
    dialog.grid.setCurrentIndex(1)
    assert dialog.problem("user") == ""


def test_try_with_demo_data_makes_a_marked_demo_store(
    qtbot, tmp_path: Path, switcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    from subei_ui import first_run_setup
    from subei_ui.main_window import MainWindow
    from subei_ui.usb_bundle import failure_text

    monkeypatch.setattr(first_run_setup, "DEMO_HOUSEHOLDS", 12)
    data_dir = tmp_path / "try"
    dialog = first_run_setup.FirstRunSetup(data_dir, switcher)
    qtbot.addWidget(dialog)
    dialog.demo_choice.setChecked(True)
    assert dialog.next_button.text() == "完成"
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.next()
    made = dialog.result_
    assert made is not None and made.account is None
    assert first_run.is_demo(made.store) and _households(data_dir) == 12
    window = MainWindow(made.store, switcher)
    window.show()
    assert window.demo_label.isVisible() and window.demo_label.text() == "演示数据"
    failures: list[str] = []
    window.sync_runner.failed.connect(failures.append)
    assert window.sync_runner.enrol("https://county.example/", "CODE") is None
    assert window.sync_runner.sync_now() is None
    assert failures == ["store.demo", "store.demo"]
    window.open_screen("sync")
    screen = window.screens["sync"]
    assert "演示数据" in screen.result.text()  # type: ignore[attr-defined]
    assert not screen.enrol_box.isVisible()  # type: ignore[attr-defined]
    from subei_mobile.errors import DemoStore

    assert "演示数据" in failure_text(DemoStore())
    _drop(window)
    made.store.close()
    assert not first_run.needs_setup(data_dir)  # the mark survives: no setup on restart


def test_a_plain_store_from_before_opens_without_setup(qtbot, tmp_path: Path) -> None:
    """A development store with data (no mark) opens as before; the status bar shows no demo."""
    from sample_households import add_household
    from subei_ui.app import open_main_window

    from subei_mobile.store import open_store

    data_dir = tmp_path / "old"
    store = open_store(data_dir)
    add_household(store, "OLD-1", "张测试")
    store.close()
    window = open_main_window(data_dir)
    assert window is not None
    assert not window.demo_label.isVisible()
    store = window.store
    _drop(window)
    store.close()


@pytest.mark.parametrize("language", ["zh_CN", "mn_Mong_CN"])
def test_setup_fits_a_1366_by_768_screen(qtbot, tmp_path: Path, switcher, language: str) -> None:
    from subei_ui.first_run_setup import FirstRunSetup

    switcher.switch(language, remember=False)
    dialog = FirstRunSetup(tmp_path / "new", switcher)
    qtbot.addWidget(dialog)
    dialog.show()
    for page in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(page)
        dialog.retranslate()
        dialog.adjustSize()
        hint = dialog.sizeHint()
        assert hint.width() <= 1366 and hint.height() <= 700, (page, hint)
        for label in dialog.findChildren(type(dialog.title)):
            if label.isVisible() and label.text() and not label.wordWrap():
                assert label.sizeHint().width() <= dialog.width(), label.text()


def test_read_only_and_demo_errors_are_translated() -> None:
    from subei_ui.issue_text import IssueText

    from subei_mobile.errors import DemoStore, StoreReadOnly

    text = IssueText().error(StoreReadOnly(what="folder"))
    assert "只读" in text and "不要恢复备份" in text
    assert "演示数据" in IssueText().error(DemoStore())


@pytest.fixture
def county_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """`subei-server serve` on a free loopback port, with its county key made."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
    from live_server import serve, server_cli

    with serve(tmp_path) as (url, data, db_url):
        server_cli(data, db_url, "county-key")
        yield url, data


def test_setup_with_a_code_enrols_the_laptop(qtbot, tmp_path: Path, switcher,
                                             county_server) -> None:  # fmt: skip
    """The whole first start against a live server: setup, then the Sync screen's enrolment."""
    from subei_ui.app import open_main_window
    from subei_ui.first_run_setup import FirstRunSetup

    url, server_data = county_server
    from live_server import enrolment_code

    code = enrolment_code(server_data, "", "field-staff")
    data_dir = tmp_path / "laptop"

    def fill_in(folder: Path, languages):  # type: ignore[no-untyped-def]
        dialog = FirstRunSetup(folder, languages)
        dialog.next()
        dialog.name.setText("wang")
        dialog.password.setText(PASSWORD)
        dialog.password_again.setText(PASSWORD)
        dialog.next()
        assert dialog.load_county_key(server_data / "county-key.png")
        dialog.next()
        dialog.server.setText(url)
        dialog.code.setText(code)
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            dialog.next()
        return dialog.result_

    window = open_main_window(data_dir, setup=fill_in)
    assert window is not None
    qtbot.waitUntil(lambda: not window.sync_runner.running(), timeout=30_000)
    assert window.sync_runner.last_error == "" and window.sync_runner.enrolled()
    assert window.current_screen() is window.screens["sync"]
    store = window.store
    _drop(window)
    store.close()
    assert _households(data_dir) == 0


def test_the_desktop_enrolment_itself_refuses_a_demo_store(tmp_path: Path) -> None:
    """Below the runner's check: the enrolment function never posts the code of a demo store."""
    from subei_ui.sync_runner import enrol

    from subei_mobile.errors import DemoStore

    store = first_run.make_demo_store(tmp_path / "demo", 2)
    posted: list[str] = []

    class Recorder:
        def post(self, path: str, body: bytes, headers: dict[str, str]) -> None:
            posted.append(path)

    with pytest.raises(DemoStore):
        enrol(store, Recorder(), "https://county.example/", "A" * 26)
    assert posted == [] and not (tmp_path / "demo" / "sync-device.key").exists()
    store.close()
