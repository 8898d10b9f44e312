"""A signature drawn on a field laptop reaches the township office through the county server
(`subei-server serve` on loopback), and the office's printed agreement shows it.

Before the image has arrived the office prints "not yet received" in the box, never an empty
box that reads as "never signed".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from signed_case import open_case, sign_with_images
from subei_sync.client.engine import SyncEngine
from subei_sync.client.identity import load_identity
from subei_sync.client.transport import HttpTransport
from sync_harness import GRID_A, TOWNSHIP
from test_end_to_end import (  # noqa: F401 - server: the fixture
    _enrol,
    _mobile,
    _server_cli,
    open_store,
    server,
)

from subei_mobile.attachments import read_blob
from subei_mobile.reports.printables import agreement_data

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
from test_documents import DPI, rasterize

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils"),
]
NOT_RECEIVED = "签名图像尚未收到"
MM = DPI / 25.4  # raster pixels per millimetre


def pixels(page: QImage, ink: str) -> list[tuple[int, int]]:
    """Return (x, y) of the pixels of one ink: the signatures' ballpoint "blue" or the brown
    of the "not yet received" mark (nothing else printed has either colour)."""
    found = []
    for y in range(page.height()):
        for x in range(page.width()):
            c = page.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            blue = b > 120 and b > r + 60 and b > g + 50
            brown = r > g + 30 and g > b + 35  # labels' red has g == b, the seal's g < b
            if blue if ink == "blue" else brown:
                found.append((x, y))
    return found


def printed(store_dir: Path, agreement_id: str, pdf: Path) -> tuple[list[QImage], str]:
    """Print the agreement as the office laptop has it; return its pages and its text."""
    from subei_ui.documents.agreement import write_agreement_pdf

    store = open_store(store_dir)
    try:
        data = agreement_data(store, agreement_id)
    finally:
        store.close()
    write_agreement_pdf(data, pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    return rasterize(pdf), text


def test_signature_reaches_the_office_and_is_printed(
    qapp: object,
    server: tuple[str, Path, str],  # noqa: F811 - the imported fixture
    tmp_path: Path,
) -> None:
    url, data, db_url = server
    field, office = tmp_path / "field", tmp_path / "office"
    _enrol(url, data, db_url, field, "field-staff", GRID_A)
    _enrol(url, data, db_url, office, "township-office")

    store = open_store(field)
    agreement_id, pngs = sign_with_images(store, open_case(store, TOWNSHIP, GRID_A))
    store.close()
    done = _mobile(field, "sync")
    assert done.returncode == 0, done.stderr
    assert "attachments: sent 3" in done.stdout

    # The office pulls the records first (the images come on the attachment queue after).
    store = open_store(office)
    identity = load_identity(store)
    transport = HttpTransport(identity.server)
    try:
        SyncEngine(store, transport, identity).sync()
    finally:
        transport.close()
        store.close()
    pages, text = printed(office, agreement_id, tmp_path / "before.pdf")
    assert text.count(NOT_RECEIVED) == 3, text
    assert pixels(pages[-1], "blue") == []
    pending = pixels(pages[-1], "brown")
    assert pending, "the boxes say the images have not arrived"
    # The mark is drawn 8 mm below the top of the 30 mm signature boxes.
    box_top = min(y for _, y in pending) - 9 * MM
    box_bottom = box_top + 31 * MM

    done = _mobile(office, "sync")
    assert done.returncode == 0, done.stderr
    assert "received 3" in done.stdout.splitlines()[-1]
    store = open_store(office)
    try:
        marks = agreement_data(store, agreement_id).signatures
        assert sorted(m.image_png for m in marks if m.image_png) == sorted(pngs)
        assert {m.missing_image for m in marks} == {""}
        sealed = store.conn.execute("SELECT sha256 FROM attachments").fetchall()
        assert sorted(read_blob(office, r[0], store.codec) for r in sealed) == sorted(pngs)
    finally:
        store.close()
    # Every enrolled laptop is encrypted: the received images are sealed on the office's disk.
    on_disk = b"".join(p.read_bytes() for p in office.rglob("*") if p.is_file())
    assert b"\x89PNG\r\n\x1a\n" not in on_disk
    assert not any(png[i : i + 64] in on_disk for png in pngs for i in range(0, len(png) - 64, 97))
    pages, text = printed(office, agreement_id, tmp_path / "after.pdf")
    assert NOT_RECEIVED not in text
    assert "巴特尔" in text and "李海" in text and "王明" in text
    # Ink of three drawn signatures, all of it inside the signature boxes on the last page.
    ink = pixels(pages[-1], "blue")
    assert len(ink) > 3 * 40
    assert all(box_top <= y <= box_bottom for _, y in ink)
    # One signature in each of the three boxes of the row (16 mm margins on A4).
    assert {int((x - 16 * MM) // (178 / 3 * MM)) for x, _ in ink} == {0, 1, 2}
    assert pixels(pages[-1], "brown") == []


def test_signature_carried_by_stick_is_served_to_the_office(
    server: tuple[str, Path, str],  # noqa: F811 - the imported fixture
    tmp_path: Path,
) -> None:
    """The field laptop has no connection: its stick goes through `subei-server bundle import`
    on the running county server, and the office then gets the images online."""
    url, data, db_url = server
    field, office = tmp_path / "field", tmp_path / "office"
    _enrol(url, data, db_url, field, "field-staff", GRID_A)
    _enrol(url, data, db_url, office, "township-office")
    store = open_store(field)
    agreement_id, pngs = sign_with_images(store, open_case(store, TOWNSHIP, GRID_A))
    store.close()

    done = _mobile(field, "bundle", "export", "--to", str(tmp_path / "stick"))
    assert done.returncode == 0, done.stderr
    assert "3 attachments" in done.stdout
    (stick,) = (tmp_path / "stick").glob("*.subei")
    out = _server_cli(data, db_url, "bundle", "import", str(stick), "--return-to",
                      str(tmp_path / "back"))  # fmt: skip
    assert "3 attachments held" in out

    done = _mobile(office, "sync")
    assert done.returncode == 0, done.stderr
    assert "received 3" in done.stdout.splitlines()[-1]
    store = open_store(office)
    try:
        marks = agreement_data(store, agreement_id).signatures
    finally:
        store.close()
    assert sorted(m.image_png for m in marks if m.image_png) == sorted(pngs)

    (back,) = (tmp_path / "back").glob("return-*.subei")
    done = _mobile(field, "bundle", "import", str(back))
    assert done.returncode == 0, done.stderr
    assert "attachments: 3 confirmed at the county" in done.stdout
