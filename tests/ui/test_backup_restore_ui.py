"""The app's backup and restore: off the GUI thread behind a progress dialog that cancels,
translated messages for bad input, the menu entries, and the re-base told after a sync."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from subei_mobile.security import accounts, county
from subei_mobile.security.keyslots import FLOOR
from subei_mobile.store import Store, open_store

PASSWORD = "grassland-2026"


@pytest.fixture
def encrypted(tmp_path: Path) -> Store:
    pair = county.generate_county_keypair()
    store = accounts.create_encrypted_store(tmp_path / "data", "wang", "field-staff", PASSWORD,
                                            pair.public, kdf=FLOOR)  # fmt: skip
    yield store
    store.close()


def _parent(qtbot: Any, store: Store) -> QWidget:
    widget = QWidget()
    widget.store = store  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    return widget


class _Outcome:
    def __init__(self) -> None:
        self.done: list[Any] = []
        self.failed: list[BaseException] = []

    def __call__(self) -> tuple[Any, Any]:
        return self.done.append, self.failed.append


def test_backup_runs_off_the_gui_thread_and_restore_puts_it_back(
    qtbot: Any, encrypted: Store, tmp_path: Path
) -> None:
    from subei_ui.backup_actions import backup_to, restore_from, restored_text, saved_text

    stick = tmp_path / "usb"
    stick.mkdir()
    parent, outcome = _parent(qtbot, encrypted), _Outcome()
    on_done, on_failed = outcome()
    operation = backup_to(encrypted, stick, parent, on_done, on_failed)
    assert operation.dialog.isVisible()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(outcome.done or outcome.failed), timeout=30_000)
    assert not outcome.failed and outcome.done[0].path.parent == stick
    assert str(stick) in saved_text(outcome.done[0])

    restored, outcome = tmp_path / "other", _Outcome()
    on_done, on_failed = outcome()
    restore_from(next(stick.iterdir()), restored, "wang", "wrong-pass", parent, on_done, on_failed)
    qtbot.waitUntil(lambda: bool(outcome.done or outcome.failed), timeout=30_000)
    assert getattr(outcome.failed[0], "code", "") == "auth.failed" and not restored.exists()
    outcome = _Outcome()
    on_done, on_failed = outcome()
    restore_from(next(stick.iterdir()), restored, "wang", PASSWORD, parent, on_done, on_failed)
    qtbot.waitUntil(lambda: bool(outcome.done or outcome.failed), timeout=30_000)
    assert not outcome.failed and (restored / "subei.sqlite3").exists()
    assert "%" not in restored_text(outcome.done[0])


def test_cancel_stops_the_backup_and_leaves_no_file(
    qtbot: Any, encrypted: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from subei_ui.backup_actions import backup_to

    from subei_mobile.store import backup

    gate = threading.Event()
    real = backup.snapshot

    def held(store: Store, target: Path, progress: Any = None) -> None:
        gate.wait(10)  # the user presses Cancel while the backup is under way
        real(store, target, progress)

    monkeypatch.setattr(backup, "snapshot", held)
    stick = tmp_path / "usb"
    stick.mkdir()
    outcome = _Outcome()
    on_done, on_failed = outcome()
    parent = _parent(qtbot, encrypted)  # kept: the operation and its dialog are its children
    operation = backup_to(encrypted, stick, parent, on_done, on_failed)
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        cancel = operation.dialog.findChild(QPushButton)  # type: ignore[attr-defined]
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert operation.cancelled and not outcome.done and not outcome.failed
    assert list(stick.iterdir()) == []


def test_bad_input_is_told_in_the_users_language(qtbot: Any, tmp_path: Path, chinese: None) -> None:
    from subei_ui.backup_actions import MESSAGES, backup_to, failure_text

    from subei_mobile.errors import SubeiError

    plain = open_store(tmp_path / "plain")
    stick = tmp_path / "usb"
    stick.mkdir()
    outcome = _Outcome()
    on_done, on_failed = outcome()
    parent = _parent(qtbot, plain)
    backup_to(plain, stick, parent, on_done, on_failed)
    qtbot.waitUntil(lambda: bool(outcome.done or outcome.failed), timeout=30_000)
    assert getattr(outcome.failed[0], "code", "") == "backup.not_encrypted"
    for code in MESSAGES:
        text = failure_text(SubeiError(code))
        assert text and code not in text and any("\u4e00" <= ch <= "\u9fff" for ch in text)
    plain.close()


def test_menu_offers_backup_and_restore(window: Any) -> None:
    texts = {key: window.actions_by_key[key].text() for key in ("backup", "restore")}
    assert texts == {"backup": "备份到U盘…", "restore": "从备份恢复…"}
    assert all(window.actions_by_key[key].isVisible() for key in texts)


def test_sync_result_tells_about_a_rebase(qtbot: Any, store: Store, chinese: None) -> None:
    from subei_ui.screens.sync_status import SyncScreen

    screen = SyncScreen(store)
    qtbot.addWidget(screen)
    result = SimpleNamespace(pushed=9, pulled=4, rejected=[], mismatched=[],
                             rebased=SimpleNamespace(resent=9))  # fmt: skip
    text = screen.result_text(result)
    assert "9" in text and "重新" in text and "没有丢失" in text


def test_a_laptop_that_cannot_be_rebased_is_told_its_work_stays(chinese: None) -> None:
    from subei_ui.sync_runner import sync_text

    for code in ("rebase_unavailable", "rebase_no_common_entry", "checkpoint_bad_signature"):
        text = sync_text(code)
        assert code not in text and "备份" in text and "没有丢失" in text


def test_restore_action_asks_then_restores_and_closes(
    qtbot: Any, encrypted: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
    from subei_ui import backup_actions

    from subei_mobile.store.backup import write_backup

    stick = tmp_path / "usb"
    stick.mkdir()
    path = write_backup(encrypted, stick).path
    # Saved after the backup: kept aside by the restore.
    encrypted.conn.execute("INSERT INTO meta (key, value) VALUES ('after_backup', '1')")
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSWORD, True))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    parent = _parent(qtbot, encrypted)
    parent.show()
    operation = backup_actions.restore(parent)
    assert operation is not None
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert not parent.isVisible()  # the app closes; it is started again on the restored data
    aside = next(tmp_path.glob("data.replaced-*"))
    assert str(aside) in told[0]
    kept = accounts.login(aside, "wang", PASSWORD)
    assert kept.meta("after_backup") == "1"
    kept.close()
