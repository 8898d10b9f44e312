"""Field activities: classrooms, transhumance points, legal education, hazards, care visits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import activities, catalogue
from subei_mobile.exchange.activities import export_activities
from subei_mobile.models import Activity
from subei_mobile.models.activity import ACTIVITY_KINDS
from subei_mobile.store import Store

from .. import document_actions
from ..error_text import IssueBanner, messages_for
from ..languages import catalogue_pairs, name_items, pick
from ..operations import CoreOperation
from ..typefaces import mongolian_font
from ..widgets.export_bar import ExportBar
from .activity_people import ParticipantTable
from .field_tables import LazyIdModel, ids_query, store_open

# Kind-specific fields: (details key, widget kind). Keys are those of DETAIL_KEYS in the core.
FIELDS: dict[str, list[tuple[str, str]]] = {
    "classroom": [
        ("topic_zh", "text"),
        ("topic_mn", "mn"),
        ("lecturers", "text"),
        ("language", "choice:both,mn,zh"),
    ],
    "transhumance_point": [("route_zh", "text"), ("route_mn", "mn"), ("duty_days", "int")],
    "legal_education": [("topic_zh", "text"), ("topic_mn", "mn"), ("materials_given", "int")],
    "hazard_check": [
        ("hazard_kind", "hazard"),
        ("severity", "choice:,low,medium,high,critical"),
        ("finding_zh", "text"),
        ("finding_mn", "mn"),
        ("follow_up_zh", "text"),
        ("follow_up_mn", "mn"),
        ("follow_up_due", "date"),
        ("resolved", "bool"),
    ],
    "care_visit": [
        ("reason_zh", "text"),
        ("reason_mn", "mn"),
        ("occasion", "choice:festival,illness,hardship,disaster,other"),
    ],
}


class ActivitiesScreen(QWidget):
    """Record what the team did, where, with whom, and what was handed out."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = LazyIdModel(
            self.list_headers(),
            ids_query(
                store.conn,
                "SELECT id FROM activities WHERE _deleted = 0 ORDER BY started_at DESC, id DESC",
            ),
            self._row_cells,
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Activities"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: (
                self.show_activity(self.model.id_at(current.row())) if current.isValid() else None
            )
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("Mark hazard resolved"), self)
        self.resolve_button.clicked.connect(self.mark_resolved)
        self.resolve_button.hide()
        self.attendance_button = QPushButton(self.tr("Attendance sheet…"), self)
        self.attendance_button.clicked.connect(self._choose_attendance_pdf)
        self.attendance_button.hide()
        self.attendance_print = QPushButton(self.tr("Print attendance sheet…"), self)
        self.attendance_print.clicked.connect(self.print_attendance)
        self.attendance_print.hide()
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        for widget in (self.table, self.summary, self.resolve_button, self.attendance_button,
                       self.attendance_print):  # fmt: skip
            left_column.addWidget(widget)
        self.export_bar = ExportBar(store, export_activities, "activities", self)
        left_column.addWidget(self.export_bar)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(self._build_form())
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(area)
        QVBoxLayout(self).addWidget(splitter)
        self.activity_id = ""

    def export(self, path: Path) -> CoreOperation:
        """Export every activity to path (CSV or XLSX) off the GUI thread."""
        return self.export_bar.export_to(path)

    def list_headers(self) -> list[str]:
        """Return the translated column titles of the list."""
        return [self.tr("Kind"), self.tr("Title"), self.tr("Date"), self.tr("Place")]

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate the list when the language is switched at runtime."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.model.retranslate(self.list_headers())
            self._name_catalogue_items()
            if getattr(self, "activity_id", "") and store_open(self.store):
                self.show_activity(self.activity_id)
        super().changeEvent(event)

    def kind_texts(self) -> dict[str, str]:
        """Return the translated kinds of activity."""
        return {
            "classroom": self.tr("Nomadic classroom"),
            "transhumance_point": self.tr("Transhumance service point"),
            "legal_education": self.tr("Legal education"),
            "hazard_check": self.tr("Hazard check"),
            "care_visit": self.tr("Care visit"),
        }

    def field_label(self, key: str) -> str:
        """Return the translated label of a kind-specific field."""
        labels = {
            "topic_zh": self.tr("Topic (Chinese)"),
            "topic_mn": self.tr("Topic (Mongolian)"),
            "lecturers": self.tr("Lecturers"),
            "language": self.tr("Language"),
            "route_zh": self.tr("Route (Chinese)"),
            "route_mn": self.tr("Route (Mongolian)"),
            "duty_days": self.tr("Days on duty"),
            "materials_given": self.tr("Leaflets given"),
            "hazard_kind": self.tr("Hazard"),
            "severity": self.tr("Severity"),
            "finding_zh": self.tr("Finding (Chinese)"),
            "finding_mn": self.tr("Finding (Mongolian)"),
            "follow_up_zh": self.tr("Follow-up (Chinese)"),
            "follow_up_mn": self.tr("Follow-up (Mongolian)"),
            "follow_up_due": self.tr("Follow-up due"),
            "resolved": self.tr("Resolved"),
            "reason_zh": self.tr("Reason (Chinese)"),
            "reason_mn": self.tr("Reason (Mongolian)"),
            "occasion": self.tr("Occasion"),
        }
        return labels.get(key, key)

    def choice_texts(self) -> dict[str, str]:
        """Return the translated choices of the kind-specific combo boxes."""
        return {
            "": self.tr("- choose -"),
            "both": self.tr("Both languages"),
            "mn": self.tr("Mongolian"),
            "zh": self.tr("Chinese"),
            "low": self.tr("Low"),
            "medium": self.tr("Medium"),
            "high": self.tr("High"),
            "critical": self.tr("Critical"),
            "festival": self.tr("Festival"),
            "illness": self.tr("Illness"),
            "hardship": self.tr("Hardship"),
            "disaster": self.tr("Disaster"),
            "other": self.tr("Other"),
        }

    # -- building -----------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.kind = QComboBox(page)
        for code in ACTIVITY_KINDS:
            self.kind.addItem(self.kind_texts()[code], code)
        self.title_zh = QLineEdit(page)
        self.title_mn = QLineEdit(page)
        self.title_mn.setFont(mongolian_font(13))
        self.township = QComboBox(page)
        for place in catalogue.places().values():
            if place.level == "township":
                self.township.addItem(place.code, place.code)
        name_items(self.township, catalogue_pairs(catalogue.places()))
        self.place = QLineEdit(page)
        self.started = QDateTimeEdit(QDateTime.currentDateTime(), page)
        self.ended = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3 * 3600), page)
        for edit in (self.started, self.ended):
            edit.setCalendarPopup(True)
        self.organizer = QLineEdit(page)
        rows = [
            (self.tr("Kind"), self.kind),
            (self.tr("Title (Chinese)"), self.title_zh),
            (self.tr("Title (Mongolian)"), self.title_mn),
            (self.tr("Township"), self.township),
            (self.tr("Place"), self.place),
            (self.tr("Started"), self.started),
            (self.tr("Ended"), self.ended),
            (self.tr("Organizer"), self.organizer),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        self.pages = QStackedWidget(page)
        self.details: dict[str, dict[str, QWidget]] = {}
        for kind in ACTIVITY_KINDS:
            self.pages.addWidget(self._details_page(kind))
        form.addRow(self.pages)
        self.people = ParticipantTable(self.store, page)
        form.addRow(self.people)
        self.save_button = QPushButton(self.tr("&Save activity"), page)
        self.save_button.clicked.connect(self.save)
        self.banner = IssueBanner(page)
        form.addRow(self.save_button)
        form.addRow(self.banner)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        return page

    def _details_page(self, kind: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        widgets = self.details[kind] = {}
        for key, widget_kind in FIELDS[kind]:
            widget = widgets[key] = self._detail_widget(widget_kind, page)
            form.addRow(self.field_label(key), widget)
        return page

    def _detail_widget(self, widget_kind: str, page: QWidget) -> QWidget:
        if widget_kind in ("text", "mn"):
            edit = QLineEdit(page)
            if widget_kind == "mn":
                edit.setFont(mongolian_font(13))
            return edit
        if widget_kind == "int":
            spin = QSpinBox(page)
            spin.setRange(0, 100_000)
            return spin
        if widget_kind == "date":
            date = QDateEdit(QDate.currentDate().addDays(14), page)
            date.setCalendarPopup(True)
            return date
        if widget_kind == "bool":
            return QCheckBox(page)
        combo = QComboBox(page)
        if widget_kind == "hazard":
            for code in catalogue.hazard_kinds():
                combo.addItem(code, code)
            name_items(combo, catalogue_pairs(catalogue.hazard_kinds()))
        else:
            for code in widget_kind.removeprefix("choice:").split(","):
                combo.addItem(self.choice_texts().get(code, code), code)
        return combo

    def _name_catalogue_items(self) -> None:
        name_items(self.township, catalogue_pairs(catalogue.places()))
        hazard = self.details["hazard_check"]["hazard_kind"]
        name_items(hazard, catalogue_pairs(catalogue.hazard_kinds()))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.pages.setCurrentIndex(ACTIVITY_KINDS.index(kind))
        self.people.set_kind(kind)

    # -- reading and saving -------------------------------------------------------------------
    def detail_values(self, kind: str) -> dict[str, Any]:
        """Return the filled-in kind-specific details (empty text and choices left out)."""
        values: dict[str, Any] = {}
        for key, widget in self.details[kind].items():
            value: Any
            if isinstance(widget, QLineEdit):
                value = widget.text().strip()
            elif isinstance(widget, QSpinBox):
                value = widget.value() or None
            elif isinstance(widget, QDateEdit):
                value = widget.date().toPython().isoformat()  # type: ignore[union-attr]
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            else:
                value = widget.currentData()  # type: ignore[attr-defined]
            if value not in ("", None):
                values[key] = value
        if "lecturers" in values:
            values["lecturers"] = [n.strip() for n in values["lecturers"].split(",") if n.strip()]
        return values

    def _activity(self) -> Activity:
        kind = self.kind.currentData()
        people = self.people.participants()
        visited = next((p.household_id for p in people if p.household_id), "")
        return Activity(
            kind=kind,
            title_zh=self.title_zh.text(),
            title_mn=self.title_mn.text(),
            township_code=self.township.currentData() or "",
            place=self.place.text(),
            started_at=self.started.dateTime().toPython().astimezone(dt.UTC),  # type: ignore[union-attr]
            ended_at=self.ended.dateTime().toPython().astimezone(dt.UTC),  # type: ignore[union-attr]
            organizer=self.organizer.text(),
            details=self.detail_values(kind),
            household_id=visited if kind in ("hazard_check", "care_visit") else "",
        )

    def save(self) -> str:
        """Save the activity with its people as one action; return its id ('' on failure)."""
        try:
            activity = self._activity()
            activity_id = activities.record_activity(
                self.store, activity, self.people.participants()
            )
        except Exception as exc:  # shown inline; the form keeps what was typed
            self.banner.show_error(exc)
            return ""
        self.banner.clear_issues()
        self.people.clear_rows()
        self.model.reload()
        row = self.model.row_of(activity_id)
        if row >= 0:
            self.table.selectRow(row)
        self.show_activity(activity_id)
        return activity_id

    def _row_cells(self, activity_id: str) -> list[str]:
        row = self.store.get("activities", activity_id) or {}
        started = row.get("started_at")
        return [
            self.kind_texts().get(row.get("kind", ""), ""),
            pick(row.get("title_zh") or "", row.get("title_mn") or ""),
            dt.datetime.fromisoformat(str(started)).astimezone().strftime("%Y-%m-%d")
            if started
            else "",
            row.get("place") or "",
        ]

    def show_activity(self, activity_id: str) -> None:
        """Summarise one activity below the list; offer to close an open hazard."""
        self.activity_id = activity_id
        activity = self.store.load(Activity, activity_id)
        people = activities.participants_of(self.store, activity_id)
        text = self.tr("%1: %2 people").replace("%1", self.kind_texts()[activity.kind])
        self.summary.setText(text.replace("%2", str(len(people))))
        open_hazard = activity.kind == "hazard_check" and not activity.details.get("resolved")
        self.resolve_button.setVisible(open_hazard)
        self.attendance_button.setVisible(activity.kind == "classroom")
        self.attendance_print.setVisible(activity.kind == "classroom")

    def export_attendance(self, target: Path) -> CoreOperation | None:
        """Write the shown classroom's attendance sheet as PDF off the GUI thread."""
        from subei_mobile.reports.printables import attendance_data

        from ..documents.attendance import write_attendance_pdf

        try:
            data = attendance_data(self.store, self.activity_id)
        except Exception as exc:
            self.summary.setText(" ".join(messages_for(exc)))
            return None
        return document_actions.write_pdf(
            data, write_attendance_pdf, target, self,
            on_done=lambda path: document_actions.saved_message(self, path),
            on_failed=lambda exc: document_actions.report_failure(self, exc),
        )  # fmt: skip

    def _choose_attendance_pdf(self) -> None:
        target = document_actions.ask_pdf_path(
            self, self.tr("Save attendance sheet"), "attendance.pdf"
        )
        if target is not None:
            self.export_attendance(target)

    def print_attendance(self) -> None:
        """Print the shown classroom's attendance sheet."""
        from subei_mobile.reports.printables import attendance_data

        from ..documents.attendance import draw_attendance

        data = attendance_data(self.store, self.activity_id)
        document_actions.print_pages(lambda device: draw_attendance(device, data), self)

    def mark_resolved(self) -> None:
        """Close the follow-up of the shown hazard check."""
        activity = self.store.load(Activity, self.activity_id)
        details = {
            **activity.details,
            "resolved": True,
            "resolved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        try:
            activities.update_activity(self.store, self.activity_id, {"details": details})
        except Exception as exc:
            self.banner.show_error(exc)
            return
        self.show_activity(self.activity_id)
