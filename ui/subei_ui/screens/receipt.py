"""The bilingual receipt a herder keeps for a service request: HTML, PDF and print."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from subei_mobile.catalogue import service_by_code
from subei_mobile.models import ServiceRequest
from subei_mobile.service_requests import history
from subei_mobile.store import Store

from ..typefaces import CJK_FAMILIES, MONGOLIAN_FAMILY, load_fonts

# The receipt is always in both scripts, whatever the UI language: the herder may read only
# Mongolian, the department clerk only Chinese. Mongolian labels await a native speaker's review.
LABELS = {
    "title": ("服务事项受理回执", "ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠪᠠᠷᠢᠮᠲᠠ"),
    "request_no": ("受理编号", "ᠳ᠋ᠤᠭᠠᠷ"),
    "service": ("办理事项", "ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ"),
    "department": ("承办部门", "ᠬᠠᠷᠢᠶᠠᠯᠠᠬᠤ ᠭᠠᠵᠠᠷ"),
    "applicant": ("申请人", "ᠭᠤᠶᠤᠴᠢ"),
    "received": ("受理时间、地点", "ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠴᠠᠭ ᠪᠠ ᠭᠠᠵᠠᠷ"),
    "status": ("当前状态", "ᠣᠳᠣᠬᠠᠨ ᠪᠠᠶᠢᠳᠠᠯ"),
    "materials": ("材料", "ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ"),
    "seen": ("已收", "ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ"),
    "missing": ("待补", "ᠳᠤᠲᠠᠭᠤ"),
}
STATUS_WORDS = {
    "received": ("已受理", "ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠪᠠ"),
    "materials_complete": ("材料齐全", "ᠮᠠᠲ᠋ᠸᠷᠢᠶᠠᠯ ᠪᠦᠷᠢᠨ"),
    "submitted": ("已报送部门", "ᠭᠠᠵᠠᠷ ᠲᠤ ᠢᠯᠡᠭᠡᠪᠡ"),
    "approved": ("已批准", "ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠪᠡ"),
    "rejected": ("未批准", "ᠲᠡᠲᠡᠭᠰᠡᠨ"),
    "delivered": ("已送达结果", "ᠬᠠᠷᠢᠭᠤ ᠬᠦᠷᠭᠡᠪᠡ"),
}


def _pair(zh: str, mn: str) -> str:
    return f'{html.escape(zh)}<br/><span class="mn">{html.escape(mn)}</span>'


def _row(key: str, value_zh: str, value_mn: str = "") -> str:
    zh, mn = LABELS[key]
    value = _pair(value_zh, value_mn) if value_mn else html.escape(value_zh)
    return f"<tr><th>{_pair(zh, mn)}</th><td>{value}</td></tr>"


def receipt_html(store: Store, request_id: str) -> str:
    """Return the receipt of a request as HTML for QTextDocument."""
    request = store.load(ServiceRequest, request_id)
    service = service_by_code(request.service_code)
    person = store.get("persons", request.person_id) if request.person_id else None
    first = history(store, request_id)[:1]
    received = request.received_at.astimezone().strftime("%Y-%m-%d %H:%M")
    place = first[0].place if first else request.received_place
    status_zh, status_mn = STATUS_WORDS[request.status]
    rows = [
        _row("request_no", request.request_no or request.id[-12:]),
        _row("service", service.name.zh, service.name.mn) if service else "",
        _row("department", service.department.zh, service.department.mn)
        if service and service.department
        else "",
        _row("applicant", (person or {}).get("name_zh") or "", (person or {}).get("name_mn") or ""),
        _row("received", f"{received}  {place}"),
        _row("status", status_zh, status_mn),
    ]
    names = {m.code: m.name for m in service.materials} if service else {}
    items = []
    for check in request.materials:
        name = names.get(check.code)
        mark = LABELS["seen" if check.present else "missing"]
        label = _pair(name.zh, name.mn) if name else html.escape(check.code)
        items.append(f"<tr><td>{label}</td><td>{_pair(*mark)}</td></tr>")
    families = ", ".join(f"'{f}'" for f in (*CJK_FAMILIES, MONGOLIAN_FAMILY))
    return f"""<html><head><style>
body {{ font-family: {families}; font-size: 11pt; }}
.mn {{ font-family: '{MONGOLIAN_FAMILY}'; }}
th {{ text-align: left; padding-right: 12px; }}
td, th {{ border-bottom: 1px solid #999; padding: 4px; }}
</style></head><body>
<h2>{_pair(*LABELS["title"])}</h2>
<table cellspacing="0">{"".join(rows)}</table>
<h3>{_pair(*LABELS["materials"])}</h3>
<table cellspacing="0">{"".join(items)}</table>
</body></html>"""


def receipt_document(store: Store, request_id: str, parent: QWidget | None = None) -> QTextDocument:
    """Return the receipt as a document ready to print or preview."""
    load_fonts()
    document = QTextDocument(parent)
    document.setHtml(receipt_html(store, request_id))
    return document


def render_pdf(receipt: str, target: Path) -> Path:
    """Print receipt HTML to an A5 PDF; safe off the GUI thread (no store access)."""
    load_fonts()
    document = QTextDocument()
    document.setHtml(receipt)
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setResolution(300)
    writer.setTitle("Receipt")  # no names in metadata: the file may be shared
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes away
    return target


def write_receipt_pdf(store: Store, request_id: str, target: Path) -> Path:
    """Write a request's receipt to a PDF (printable; Mongolian is drawn, not extractable)."""
    return render_pdf(receipt_html(store, request_id), target)
