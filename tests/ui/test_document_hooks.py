"""The printed documents reached from the screens and the Tools menu produce real PDFs."""

from __future__ import annotations

from pathlib import Path

from subei_mobile.store import Store

try:
    from .field_fixtures import field_store
except ImportError:
    from field_fixtures import field_store  # type: ignore[no-redef]  # noqa: F401


def _is_pdf(path: Path) -> bool:
    return path.exists() and path.read_bytes()[:5] == b"%PDF-" and path.stat().st_size > 2000


def test_agreement_pdf_from_the_mediation_screen(qtbot, field_store: Store, tmp_path: Path) -> None:
    from subei_ui.documents.specimens import signed_agreement
    from subei_ui.screens.mediation_agreement import AgreementPanel

    agreement_id = signed_agreement(field_store)
    panel = AgreementPanel(field_store)
    qtbot.addWidget(panel)
    panel.agreement_id = agreement_id
    target = tmp_path / "agreement.pdf"
    operation = panel.export_pdf(target)
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=60000):
        pass
    assert _is_pdf(target)


def test_attendance_sheet_from_the_activities_screen(
    qtbot, field_store: Store, tmp_path: Path
) -> None:
    from subei_ui.documents.specimens import classroom
    from subei_ui.screens.activities import ActivitiesScreen

    activity_id = classroom(field_store)
    screen = ActivitiesScreen(field_store)
    qtbot.addWidget(screen)
    screen.show()
    screen.show_activity(activity_id)
    assert screen.attendance_button.isVisible()
    target = tmp_path / "attendance.pdf"
    operation = screen.export_attendance(target)
    with qtbot.waitSignal(operation.finished, timeout=60000):
        pass
    assert _is_pdf(target)


def test_monthly_report_and_tools_menu(qtbot, window, tmp_path: Path) -> None:
    target = tmp_path / "monthly.pdf"
    operation = window.write_monthly_report(2026, 1, target)
    with qtbot.waitSignal(operation.finished, timeout=60000):
        pass
    assert _is_pdf(target)
    assert window.actions_by_key["monthly_report"].text() == "月度报告…"


def test_import_register_dialog_opens_from_the_window(qtbot, window) -> None:
    from subei_ui.screens.register_import import RegisterImportDialog

    dialog = window.import_register()
    assert isinstance(dialog, RegisterImportDialog) and dialog.isVisible()
    dialog.reject()
