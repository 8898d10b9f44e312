"""Render the printed documents to docs/documents/*.png (run: .venv/bin/python scripts/render-documents.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "ui"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from subei_ui.documents.agreement import write_agreement_pdf  # noqa: E402
from subei_ui.documents.attendance import write_attendance_pdf  # noqa: E402
from subei_ui.documents.receipt import write_receipt_pdf  # noqa: E402
from subei_ui.documents.report import write_monthly_pdf  # noqa: E402
from subei_ui.documents.specimens import classroom, signed_agreement  # noqa: E402

from subei_mobile.demo import DemoGenerator  # noqa: E402
from subei_mobile.reports.dashboard import monthly_report  # noqa: E402
from subei_mobile.reports.printables import agreement_data, attendance_data, receipt_data  # noqa: E402
from subei_mobile.store import open_store  # noqa: E402

OUT = ROOT / "docs" / "documents"


def main() -> None:
    """Write one PNG per page of each document, from deterministic demo data."""
    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp())
    store = open_store(work / "data")
    generator = DemoGenerator(store)
    generator.run(2000)
    generator.field_work(cases=120, activities=400)
    request = store.conn.execute(
        "SELECT r.id FROM service_requests r JOIN persons p ON p.id = r.person_id "
        "WHERE p.name_mn != '' AND p.phone != '' ORDER BY r.id LIMIT 1"
    ).fetchone()[0]
    pdfs = {
        "receipt": write_receipt_pdf(receipt_data(store, request), work / "r.pdf"),
        "mediation-agreement": write_agreement_pdf(
            agreement_data(store, signed_agreement(store)), work / "a.pdf"
        ),
        "attendance-sheet": write_attendance_pdf(
            attendance_data(store, classroom(store)), work / "s.pdf"
        ),
        "monthly-report": write_monthly_pdf(monthly_report(store, 2025, 7), work / "m.pdf"),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, pdf in pdfs.items():
        for old in OUT.glob(f"{name}*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(OUT / name)], check=True)
    store.close()
    del app


if __name__ == "__main__":
    main()
