"""The text layer of every printed document: pdftotext gives back the stored strings.

The pages look right either way; this is about archives that must be searched, copied and
read aloud. Mongolian comes from the invisible layer (documents/text_layer.py), Chinese from
Qt's own text with the radical mix-up repaired (documents/pdf_text.py).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from subei_ui.documents.agreement import write_agreement_pdf
from subei_ui.documents.attendance import write_attendance_pdf
from subei_ui.documents.pdf_text import fix_cmap, ideograph_of
from subei_ui.documents.receipt import write_receipt_pdf
from subei_ui.documents.report import TITLES, write_dashboard_pdf, write_monthly_pdf
from subei_ui.documents.specimens import classroom, signed_agreement

from subei_mobile.reports.dashboard import build_dashboard, monthly_report
from subei_mobile.reports.printables import agreement_data, attendance_data, receipt_data
from subei_mobile.reports.scope import Period
from subei_mobile.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

# What shaping consumes: variation selectors, MVS and joiners select a glyph and have none of
# their own, so the text layer carries the letters; NNBSP comes out as a word space.
_INVISIBLE = dict.fromkeys(map(ord, "\u180b\u180c\u180d\u180f\u180e\u200c\u200d\u2060"))
RADICALS = re.compile("[\u2e80-\u2fdf]")


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip


def mongolian_words(text: str) -> list[str]:
    return text.translate(_INVISIBLE).replace("\u202f", " ").split()


def assert_carries(pdf: Path, zh: list[str], mn: list[str]) -> None:
    out = text_of(pdf)
    assert not RADICALS.search(out), RADICALS.findall(out)
    tokens = set(out.split())
    flat = "".join(out.split())
    for text in zh:
        assert "".join(text.split()) in flat, text
    for text in mn:
        for word in mongolian_words(text):
            assert word in tokens or word in flat, (word, text)


def assert_xref_is_sound(pdf: Path) -> None:
    """The repaired file's cross-reference table points at every object it lists."""
    data = pdf.read_bytes()
    start = int(re.search(rb"startxref\n(\d+)", data).group(1))  # type: ignore[union-attr]
    assert data[start : start + 5] == b"xref\n"
    table = re.search(rb"xref\n0 (\d+)\n(.*?)trailer", data, re.S).group(2)  # type: ignore[union-attr]
    for number, entry in enumerate(table.split(b"\n")):
        if entry.strip().endswith(b"n"):
            offset = int(entry[:10])
            assert data[offset:].startswith(b"%d 0 obj" % number), number


def test_receipt_text(qapp, doc_store: Store, tmp_path: Path) -> None:
    rid = doc_store.conn.execute(
        "SELECT r.id FROM service_requests r JOIN persons p ON p.id = r.person_id "
        "WHERE p.name_mn != '' AND p.id_number != '' LIMIT 1"
    ).fetchone()[0]
    d = receipt_data(doc_store, rid)
    pdf = write_receipt_pdf(d, tmp_path / "receipt.pdf")
    zh = [d.request_no, d.service[0], d.department[0], d.applicant[0], d.township[0], "户号"]
    assert_carries(pdf, zh, [d.service[1], d.department[1], d.applicant[1]])
    assert_xref_is_sound(pdf)


def test_agreement_text(qapp, doc_store: Store, tmp_path: Path) -> None:
    d = agreement_data(doc_store, signed_agreement(doc_store))
    pdf = write_agreement_pdf(d, tmp_path / "agreement.pdf")
    zh = [d.case_no, d.category[0], d.committee, *(p.name[0] for p in d.parties), d.facts[0][:20]]
    mn = [d.category[1], *(p.name[1] for p in d.parties), d.facts[1]]
    assert_carries(pdf, zh, [m for m in mn if m])


def test_attendance_text(qapp, doc_store: Store, tmp_path: Path) -> None:
    d = attendance_data(doc_store, classroom(doc_store, attendees=12))
    pdf = write_attendance_pdf(d, tmp_path / "attendance.pdf")
    names = [a.name for a in d.attendees]
    assert_carries(pdf, [d.title[0], d.topic[0], *(n[0] for n in names if n[0])],
                   [d.title[1], d.topic[1], *(n[1] for n in names if n[1])])  # fmt: skip


def test_monthly_report_and_dashboard_text(qapp, doc_store: Store, tmp_path: Path) -> None:
    pdf = write_monthly_pdf(monthly_report(doc_store, 2025, 7), tmp_path / "monthly.pdf")
    assert_carries(pdf, [TITLES["monthly"][0]], [TITLES["monthly"][1]])
    board = build_dashboard(doc_store, Period.month(2025, 7).previous_month())
    pdf = write_dashboard_pdf(board, tmp_path / "dashboard.pdf")
    zh, mn = TITLES["dashboard"]
    assert_carries(pdf, [zh], [mn])


def test_the_mongolian_layer_is_the_stored_letters_not_glyph_guesses(
    qapp, doc_store: Store, tmp_path: Path
) -> None:
    # ᠲᠣᠭ᠎ᠠ (with o) is drawn with glyphs it shares with ᠲᠤᠭ᠎ᠠ (with u): only a layer of the
    # stored characters can say which one was written.
    board = build_dashboard(doc_store, Period.month(2025, 7).previous_month())
    out = text_of(write_dashboard_pdf(board, tmp_path / "dashboard.pdf")).split()
    assert "ᠲᠣᠭᠠ" in out and "ᠲᠤᠭᠠ" not in out


def test_radical_destinations_become_ideographs(qapp) -> None:
    assert ideograph_of("\u2f3c") == "心"
    assert ideograph_of("\u2ea0") == "民"
    assert ideograph_of("\u2ed4") == "门"
    cmap = b"<0001> <0003> [<670D> <2F3C> <2EA0>]\n<0004> <2F3C>\n<2F3C> <2F3C> <2F3C>\n"
    fixed = fix_cmap(cmap)
    assert fixed == b"<0001> <0003> [<670D> <5FC3> <6C11>]\n<0004> <5FC3>\n<2F3C> <2F3C> <5FC3>\n"
