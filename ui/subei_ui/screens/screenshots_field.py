"""Screenshots of the field screens (request intake, mediation agreement) for the docs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from subei_mobile.store import Store

from ..typefaces import load_fonts
from .mediation import MediationScreen
from .requests import RequestsScreen

SIZE = (1280, 860)


def _save(widget: QWidget, target: Path, keep: bool = False) -> Path:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(target))
    widget.close()
    if not keep:
        widget.deleteLater()  # top-level screens must not outlive the store they show
    return target


def _first(store: Store, sql: str) -> str:
    row = store.conn.execute(sql).fetchone()
    return str(row[0]) if row else ""


def capture_field_screens(store: Store, out_dir: Path) -> list[Path]:
    """Save PNGs of the request intake and the mediation agreement preview; return their paths."""
    load_fonts()
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    requests = RequestsScreen(store)
    request_id = _first(
        store,
        "SELECT id FROM service_requests WHERE status = 'received' "
        "ORDER BY received_at DESC LIMIT 1",
    )
    if request_id:
        requests.select(request_id)
    saved.append(_save(requests, out_dir / "request-intake.png"))
    mediation = MediationScreen(store)
    case_id = _first(
        store,
        "SELECT case_id FROM mediation_agreements WHERE status = 'signed' "
        "AND content_mn != '' ORDER BY id LIMIT 1",
    )
    if case_id:
        mediation.select(case_id)
        mediation.tabs.setCurrentIndex(2)
    saved.append(_save(mediation, out_dir / "mediation-agreement.png", keep=True))
    preview = mediation.agreement.preview
    preview.setParent(None)  # the preview alone, as the parties see it on paper
    preview.resize(900, 520)
    preview.show()
    QApplication.processEvents()
    target = out_dir / "mediation-agreement-preview.png"
    preview.grab().save(str(target))
    preview.close()
    preview.deleteLater()
    mediation.deleteLater()
    saved.append(target)
    return saved
