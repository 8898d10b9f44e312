"""Each document is generated, rasterized with pdftoppm and checked for pages and ink."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from subei_ui.documents.agreement import write_agreement_pdf
from subei_ui.documents.attendance import write_attendance_pdf
from subei_ui.documents.qr import qr_matrix
from subei_ui.documents.receipt import write_receipt_pdf
from subei_ui.documents.report import write_dashboard_pdf, write_monthly_pdf
from subei_ui.documents.sheet import Cancelled
from subei_ui.documents.specimens import classroom, signed_agreement

from subei_mobile.reports.dashboard import build_dashboard, monthly_report
from subei_mobile.reports.printables import agreement_data, attendance_data, receipt_data
from subei_mobile.reports.scope import Period
from subei_mobile.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
DPI = 50


def rasterize(pdf: Path) -> list[QImage]:
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(pdf.with_suffix(""))],
                   check=True)  # fmt: skip
    pages = sorted(pdf.parent.glob(pdf.stem + "-*.png"))
    return [QImage(str(p)) for p in pages]


def ink(
    image: QImage, x_mm: float = 0, y_mm: float = 0, w_mm: float = 1e4, h_mm: float = 1e4
) -> int:
    """Count non-white pixels in a region given in millimetres."""
    k = DPI / 25.4
    x0, y0 = int(x_mm * k), int(y_mm * k)
    x1, y1 = min(image.width(), int((x_mm + w_mm) * k)), min(image.height(), int((y_mm + h_mm) * k))
    count = 0
    for y in range(y0, y1):
        for x in range(x0, x1):
            if image.pixelColor(x, y).lightness() < 200:
                count += 1
    return count


def check(pages: list[QImage], count: int, margin: float) -> None:
    assert len(pages) == count
    for page in pages:
        assert ink(page) > 500, "a blank page"
    # Every document opens with its title in vertical Mongolian at the top left.
    assert ink(pages[0], margin, margin, 14, 30) > 40


def test_receipt(qapp, doc_store: Store, tmp_path: Path) -> None:
    rid = doc_store.conn.execute(
        "SELECT r.id FROM service_requests r JOIN persons p ON p.id = r.person_id "
        "WHERE p.name_mn != '' AND p.id_number != '' LIMIT 1"
    ).fetchone()[0]
    data = receipt_data(doc_store, rid)
    assert "*" in data.applicant_id_masked  # a receipt never carries a full ID number
    check(rasterize(write_receipt_pdf(data, tmp_path / "receipt.pdf")), 1, 10)


def test_agreement_with_signatures_and_qr(qapp, doc_store: Store, tmp_path: Path) -> None:
    data = agreement_data(doc_store, signed_agreement(doc_store))
    assert all(s.image_png for s in data.signatures) and len(data.signatures) == 3
    assert data.parties[0].id_number == "620923197104020032"  # the legal record shows it in full
    pages = rasterize(write_agreement_pdf(data, tmp_path / "agreement.pdf"))
    check(pages, 2, 16)
    # Page 1: the Mongolian side (left 40 %) carries the parties' details in columns.
    assert ink(pages[0], 16, 60, 70, 150) > 1000
    # The last page: signature boxes and the QR code at the bottom right.
    assert ink(pages[-1], 150, 150, 45, 120) > 300


def test_qr_is_a_real_code() -> None:
    matrix = qr_matrix("a" * 64)
    assert len(matrix) in (33, 37) and matrix[0][:7] == [True] * 7  # finder pattern


def test_attendance_sheet(qapp, doc_store: Store, tmp_path: Path) -> None:
    data = attendance_data(doc_store, classroom(doc_store, attendees=30))
    pages = rasterize(write_attendance_pdf(data, tmp_path / "attendance.pdf"))
    assert len(pages) >= 2
    check(pages, len(pages), 15)


def test_monthly_report_and_dashboard(qapp, doc_store: Store, tmp_path: Path) -> None:
    report = monthly_report(doc_store, 2025, 7)
    pages = rasterize(write_monthly_pdf(report, tmp_path / "monthly.pdf"))
    assert len(pages) >= 2
    check(pages, len(pages), 15)
    board = build_dashboard(doc_store, Period.month(2025, 7).previous_month())
    pages = rasterize(write_dashboard_pdf(board, tmp_path / "dashboard.pdf"))
    check(pages, len(pages), 15)


def test_cancel_removes_the_file(qapp, doc_store: Store, tmp_path: Path) -> None:
    report = monthly_report(doc_store, 2025, 7)
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_monthly_pdf(report, target, progress=lambda done, total: done < 1)
    assert not target.exists()
