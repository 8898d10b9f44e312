"""Service request intake: find the household, pick the service, check materials, move it on."""

from __future__ import annotations

import datetime as dt
import mimetypes
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import attachments, catalogue, service_requests
from subei_mobile.exchange.requests import export_requests
from subei_mobile.models import ServiceRequest
from subei_mobile.models.service import REQUEST_FLOW
from subei_mobile.reports.printables import receipt_data
from subei_mobile.store import Store

from .. import document_actions
from ..error_text import IssueBanner
from ..languages import catalogue_pairs, name_items, pick
from ..operations import CoreOperation
from ..widgets.export_bar import ExportBar
from ..widgets.person_finder import PersonFinder, person_label
from .field_tables import LazyIdModel, ids_query

CODE_ROLE = Qt.ItemDataRole.UserRole


class RequestsScreen(QWidget):
    """Take a herder's request on the spot and follow it to the result."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.request_id = ""
        self.model = LazyIdModel(
            self.list_headers(),
            ids_query(
                store.conn,
                "SELECT id FROM service_requests WHERE _deleted = 0 "
                "ORDER BY received_at DESC, id DESC",
            ),
            self._row_cells,
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Service requests"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: (
                self.show_request(self.model.id_at(current.row())) if current.isValid() else None
            )
        )
        self.export_bar = ExportBar(store, export_requests, "service-requests", self)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.table)
        left_column.addWidget(self.export_bar)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self._build_side())
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- building -----------------------------------------------------------------------

    def list_headers(self) -> list[str]:
        """Return the translated column titles of the list."""
        return [
            self.tr("No."),
            self.tr("Service"),
            self.tr("Applicant"),
            self.tr("Status"),
            self.tr("Received"),
        ]

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate the list when the language is switched at runtime."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.model.retranslate(self.list_headers())
            name_items(self.service, catalogue_pairs(catalogue.services()))
            if self.request_id and self.isVisible():
                self.show_request(self.request_id)  # status names; typed fields are left alone
        super().changeEvent(event)

    def _build_side(self) -> QWidget:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.addWidget(self._build_intake())
        column.addWidget(self._build_detail())
        self.banner = IssueBanner(side)
        column.addWidget(self.banner)
        column.addStretch(1)
        return side

    def _build_intake(self) -> QGroupBox:
        box = QGroupBox(self.tr("New request"), self)
        form = QFormLayout(box)
        self.finder = PersonFinder(self.store, box)
        self.service = QComboBox(box)
        self.service.setAccessibleName(self.tr("Service"))
        for code in catalogue.services():
            self.service.addItem(code, code)
        name_items(self.service, catalogue_pairs(catalogue.services()))
        self.place = QLineEdit(box)
        self.place.setPlaceholderText(self.tr("Where the request was taken"))
        self.open_button = QPushButton(self.tr("&Open request"), box)
        self.open_button.clicked.connect(self.open_request)
        form.addRow(self.tr("Household"), self.finder)
        form.addRow(self.tr("Service"), self.service)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.open_button)
        return box

    def _build_detail(self) -> QGroupBox:
        box = self.detail = QGroupBox(self.tr("Request"), self)
        column = QVBoxLayout(box)
        self.heading = QLabel(box)
        self.materials = QListWidget(box)
        self.materials.setAccessibleName(self.tr("Materials checklist"))
        self.materials.itemChanged.connect(self._material_ticked)
        self.files = QListWidget(box)
        self.files.setAccessibleName(self.tr("Photos and scans"))
        self.files.setMaximumHeight(80)
        attach = QPushButton(self.tr("Attach photo or scan…"), box)
        attach.clicked.connect(self._choose_file)
        self.next_status = QComboBox(box)
        self.next_status.setAccessibleName(self.tr("Next status"))
        self.move_place = QLineEdit(box)
        self.move_place.setPlaceholderText(self.tr("Where"))
        self.move_note = QLineEdit(box)
        self.move_note.setPlaceholderText(self.tr("Note"))
        self.move_button = QPushButton(self.tr("&Move on"), box)
        self.move_button.clicked.connect(self.advance_status)
        moves = QHBoxLayout()
        for widget in (self.next_status, self.move_place, self.move_note, self.move_button):
            moves.addWidget(widget)
        self.history = QTableWidget(0, 4, box)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("When"), self.tr("Who"), self.tr("Where")]
        )
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setAccessibleName(self.tr("Status history"))
        prints = QHBoxLayout()
        pdf = self.pdf_button = QPushButton(self.tr("Receipt as PDF…"), box)
        pdf.clicked.connect(self._choose_pdf)
        preview = self.print_button = QPushButton(self.tr("Print receipt…"), box)
        preview.clicked.connect(self.preview_receipt)
        prints.addWidget(pdf)
        prints.addWidget(preview)
        for widget in (
            self.heading,
            QLabel(self.tr("Materials seen"), box),
            self.materials,
            QLabel(self.tr("Photos and scans"), box),
            self.files,
            attach,
        ):
            column.addWidget(widget)
        column.addLayout(moves)
        column.addWidget(self.history)
        column.addLayout(prints)
        box.setEnabled(False)
        return box

    def export(self, path: Path) -> CoreOperation:
        """Export every service request to path (CSV or XLSX) off the GUI thread."""
        return self.export_bar.export_to(path)

    def status_text(self, status: str) -> str:
        """Return the translated name of a request status."""
        names = {
            "received": self.tr("Received"),
            "materials_complete": self.tr("Materials complete"),
            "submitted": self.tr("Submitted to department"),
            "approved": self.tr("Approved"),
            "rejected": self.tr("Rejected"),
            "delivered": self.tr("Result delivered"),
        }
        return names.get(status, status)

    def _row_cells(self, request_id: str) -> list[str]:
        row = self.store.get("service_requests", request_id) or {}
        service = catalogue.service_by_code(row.get("service_code", ""))
        received = row.get("received_at")
        return [
            row.get("request_no") or request_id[-8:],
            pick(service.name.zh, service.name.mn) if service else row.get("service_code", ""),
            person_label(self.store, row.get("person_id") or ""),
            self.status_text(row.get("status", "")),
            dt.datetime.fromisoformat(str(received)).astimezone().strftime("%Y-%m-%d")
            if received
            else "",
        ]

    # -- actions --------------------------------------------------------------------------
    def open_request(self) -> None:
        """Save the intake form as a new request; keep what was typed if it fails."""
        if not self.finder.household_id:
            self.banner.show_code("household.required")
            return
        township = self.store.get("households", self.finder.household_id) or {}
        try:
            request = ServiceRequest(
                household_id=self.finder.household_id,
                person_id=self.finder.person_id,
                service_code=self.service.currentData() or "",
                received_at=dt.datetime.now(dt.UTC),
                received_place=self.place.text(),
                township_code=township.get("township_code", ""),
                village_code=township.get("village_code", ""),
                grid_code=township.get("grid_code", ""),
            )
            request_id = service_requests.open_request(self.store, request, self.place.text())
        except Exception as exc:  # every failure becomes an inline message
            self.banner.show_error(exc)
            return
        self.banner.clear_issues()
        self.finder.clear_pick()
        self.model.reload()
        self.select(request_id)

    def select(self, request_id: str) -> None:
        """Select a request in the list and show it."""
        row = self.model.row_of(request_id)
        if row >= 0:
            self.table.selectRow(row)
        self.show_request(request_id)

    def show_request(self, request_id: str) -> None:
        """Fill the detail panel: checklist, files, next statuses and history."""
        self.request_id = request_id
        request = self.store.load(ServiceRequest, request_id)
        service = catalogue.service_by_code(request.service_code)
        names = {m.code: m for m in service.materials} if service else {}
        self.detail.setEnabled(True)
        self.heading.setText(
            f"{request.request_no}  {self._row_cells(request_id)[1]}  "
            f"{self.status_text(request.status)}"
        )
        self.materials.blockSignals(True)
        self.materials.clear()
        for check in request.materials:
            material = names.get(check.code)
            label = pick(material.name.zh, material.name.mn) if material else check.code
            if material and not material.required:
                label += self.tr(" (optional)")
            item = QListWidgetItem(label)
            item.setData(CODE_ROLE, check.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if check.present else Qt.CheckState.Unchecked)
            self.materials.addItem(item)
        self.materials.blockSignals(False)
        self.files.clear()
        for record in attachments.attachments_of(self.store, "service_requests", request_id):
            self.files.addItem(f"{record.filename}  ({record.size // 1024 + 1} KB)")
        self.next_status.clear()
        for status in REQUEST_FLOW[request.status]:
            self.next_status.addItem(self.status_text(status), status)
        self.move_button.setEnabled(bool(REQUEST_FLOW[request.status]))
        self._fill_history()

    def _fill_history(self) -> None:
        events = service_requests.history(self.store, self.request_id)
        self.history.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = [
                self.status_text(event.to_status),
                event.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                event.by_user,
                event.place,
            ]
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _material_ticked(self, item: QListWidgetItem) -> None:
        present = item.checkState() == Qt.CheckState.Checked
        try:
            service_requests.set_material(
                self.store, self.request_id, item.data(CODE_ROLE), present
            )
        except Exception as exc:
            self.banner.show_error(exc)
            return
        self.banner.clear_issues()
        self.model.reload()

    def advance_status(self) -> None:
        """Move the shown request to the chosen next status."""
        try:
            service_requests.advance(
                self.store,
                self.request_id,
                self.next_status.currentData() or "",
                place=self.move_place.text(),
                note=self.move_note.text(),
            )
        except Exception as exc:
            self.banner.show_error(exc)
            return
        self.banner.clear_issues()
        self.move_note.clear()
        self.model.reload()
        self.select(self.request_id)

    def attach(self, source: Path) -> None:
        """Copy a photo or scan into the store and link it to the shown request."""
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        try:
            attachments.attach_file(
                self.store, "service_requests", self.request_id, source, media_type
            )
        except Exception as exc:
            self.banner.show_error(exc)
            return
        self.banner.clear_issues()
        self.show_request(self.request_id)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach photo or scan"),
            "",
            self.tr("Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)"),
        )
        if name:
            self.attach(Path(name))

    def export_receipt(self, target: Path) -> Path | None:
        """Write the shown request's receipt as PDF; return the path or None on failure."""
        from ..documents.receipt import write_receipt_pdf as write_document

        try:
            return write_document(receipt_data(self.store, self.request_id), target)
        except Exception as exc:
            self.banner.show_error(exc)
            return None

    def export_receipt_in_background(self, target: Path) -> CoreOperation | None:
        """Write the receipt PDF off the GUI thread; the store is read here, on this thread."""
        from ..documents.receipt import write_receipt_pdf as write_document

        try:
            data = receipt_data(self.store, self.request_id)
        except Exception as exc:
            self.banner.show_error(exc)
            return None
        self.pdf_button.setEnabled(False)
        operation = document_actions.write_pdf(
            data, write_document, target, self,
            on_done=lambda path: (self.banner.clear_issues(),
                                  document_actions.saved_message(self, path)),
            on_failed=self.banner.show_error,
        )  # fmt: skip
        operation.finished.connect(lambda: self.pdf_button.setEnabled(True))
        return operation

    def _choose_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save receipt"), "receipt.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.export_receipt_in_background(Path(name))

    def preview_receipt(self) -> None:
        """Print the shown request's receipt (the same pages as the PDF)."""
        from ..documents.receipt import draw_receipt

        try:
            data = receipt_data(self.store, self.request_id)
        except Exception as exc:
            self.banner.show_error(exc)
            return
        document_actions.print_pages(lambda device: draw_receipt(device, data), self)
