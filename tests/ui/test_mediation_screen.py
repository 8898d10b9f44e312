"""The mediation screen: a case with two parties, a bilingual agreement, signing, amendment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from subei_ui.screens.mediation import MediationScreen
from subei_ui.widgets.signature_pad import SignaturePad

try:  # a package once tests/ui gets an __init__.py, plain modules until then
    from .field_fixtures import field_store
except ImportError:
    from field_fixtures import field_store  # type: ignore[no-redef]  # noqa: F401

from subei_mobile.attachments import attachments_of, read_blob
from subei_mobile.mediation import signed_agreements
from subei_mobile.models import MediationAgreement, MediationCase, MediationSignature
from subei_mobile.store import Store

CONTENT_MN = "ᠬᠣᠶᠠᠷ ᠲᠠᠯ᠎ᠠ ᠬᠢᠯᠢ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭ"  # includes MVS (U+180E) before the suffix


def _type(widget: QWidget, text: str) -> None:
    """Type text with key events (QTest.keyClicks cannot send Mongolian)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _draw(pad: SignaturePad, dx: int = 0) -> None:
    """Drag the mouse across a pad the way a hand would sign."""
    QTest.mousePress(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(20 + dx, 60)
    )
    for x, y in ((60, 40), (100, 80), (140, 50), (180, 70)):
        QTest.mouseMove(pad, QPoint(x + dx, y))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(200 + dx, 60)
    )


def _screen(qtbot, store: Store) -> MediationScreen:
    screen = MediationScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    return screen


def _case_with_two_parties(screen: MediationScreen) -> str:
    screen.new_case()
    screen.place.setText("夏牧场")
    screen.texts["facts_zh"].setPlainText("两户因草场界线发生争执。")
    _type(screen.texts["facts_mn"], CONTENT_MN)
    screen.mediators.setText("乡司法所调解员，村调委会主任")
    screen.add_party_row("", "巴特尔", "ᠪᠠᠭᠠᠲᠤᠷ")
    screen.add_party_row("", "王海")
    screen.save_case()
    assert not screen.banner.isVisible(), screen.banner.text()
    return screen.case_id


def test_case_needs_two_parties_and_keeps_input(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    screen.texts["facts_zh"].setPlainText("只有一方")
    screen.add_party_row("", "巴特尔")
    screen.save_case()
    assert screen.banner.codes == ["parties.at_least_two"]
    assert screen.texts["facts_zh"].toPlainText() == "只有一方"
    assert screen.case_id == ""


def test_create_sign_lock_and_amend(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    case_id = _case_with_two_parties(screen)
    case = field_store.load(MediationCase, case_id)
    assert case.facts_mn == CONTENT_MN  # typed byte-exact, MVS kept
    assert case.mediators == ["乡司法所调解员", "村调委会主任"]
    assert screen.parties.rowCount() == 2
    for status in ("accepted", "mediating"):
        screen.next_status.setCurrentIndex(screen.next_status.findData(status))
        screen.move_case()
    assert field_store.load(MediationCase, case_id).status == "mediating"
    assert screen.status.text() == screen.status_text("mediating")

    screen.tabs.setCurrentIndex(2)
    panel = screen.agreement
    assert not panel.signing.isHidden() and panel.amend_button.isHidden()
    panel.edits["content_zh"].setPlainText("以原界桩为准，重新埋设界桩。")
    panel.edits["performance_zh"].setPlainText("十五日内完成。")
    panel.sign()  # pads empty: refused before anything is written
    assert panel.banner.codes == ["signature.empty"]
    for index, slot in enumerate(panel.slots):
        _draw(slot.pad, dx=index)
        assert not slot.pad.is_empty()
    panel.sign()  # Mongolian content still missing
    assert panel.banner.codes == ["agreement.content_both_scripts"]
    assert not panel.is_locked()
    panel.edits["content_mn"].setPlainText(CONTENT_MN)
    panel.sign()
    assert not panel.banner.isVisible(), panel.banner.text()

    signed = signed_agreements(field_store, case_id)
    assert len(signed) == 1 and signed[0].content_mn == CONTENT_MN
    assert signed[0].content_hash == signed[0].compute_hash()
    rows = field_store.conn.execute(
        "SELECT id FROM mediation_signatures WHERE agreement_id = ?", (signed[0].id,)
    ).fetchall()
    signatures = [field_store.load(MediationSignature, r[0]) for r in rows]
    assert sorted(s.signer_role for s in signatures) == ["mediator", "party", "party"]
    png = read_blob(field_store.data_dir, signatures[0].image_sha256)
    assert png.startswith(b"\x89PNG")
    # Each drawn image is an attachment of its signature: it syncs like a photo.
    for sig in signatures:
        (linked,) = attachments_of(field_store, "mediation_signatures", sig.id)
        assert (linked.sha256, linked.media_type) == (sig.image_sha256, "image/png")
    assert field_store.load(MediationCase, case_id).status == "agreement_signed"

    panel = screen.agreement  # the screen re-shows the case after signing
    assert panel.is_locked()
    assert panel.edits["content_zh"].isReadOnly()
    assert panel.save_button.isHidden() and panel.signing.isHidden()
    assert not panel.amend_button.isHidden()
    assert panel.preview.mongolian[1].text() == CONTENT_MN

    panel.add_amendment()
    assert not panel.is_locked()
    amendment = field_store.load(MediationAgreement, panel.agreement_id)
    assert amendment.amends_id == signed[0].id and amendment.status == "draft"
    panel.edits["content_zh"].setPlainText("补充：界桩由村委会监督埋设。")
    assert panel.save_draft()
    assert field_store.load(MediationAgreement, signed[0].id).content_zh.startswith("以原界桩")
    assert panel.versions.count() == 2


def test_sessions_and_followups(qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    _case_with_two_parties(screen)
    screen.sessions.place.setText("牧户家中")
    screen.sessions.summary_zh.setPlainText("双方陈述")
    screen.sessions.add()
    assert screen.sessions.list.rowCount() == 1
    screen.followups.visited_by.setText("网格员")
    screen.followups.performed.setCurrentIndex(1)
    screen.followups.add()
    assert screen.followups.list.rowCount() == 1
    assert screen.followups.list.item(0, 2).text() == screen.followups.performed_texts()["partly"]


def test_case_list_model(qtmodeltester: ModelTester, qtbot: QtBot, field_store: Store) -> None:
    screen = _screen(qtbot, field_store)
    assert screen.model.rowCount() > 0
    qtmodeltester.check(screen.model)


def test_field_screenshots(qtbot: QtBot, field_store: Store, tmp_path: Path) -> None:
    from subei_ui.screens.screenshots_field import capture_field_screens

    paths = capture_field_screens(field_store, tmp_path / "shots")
    assert [p.name for p in paths] == [
        "request-intake.png",
        "mediation-agreement.png",
        "mediation-agreement-preview.png",
    ]
    assert all(p.stat().st_size > 1000 for p in paths)
