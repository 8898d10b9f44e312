"""Sessions with the parties and follow-up visits of a mediation case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import mediation
from subei_mobile.models import MediationFollowUp, MediationSession
from subei_mobile.store import Store

from ..error_text import IssueBanner
from ..typefaces import mongolian_font


def _when(widget: QDateTimeEdit) -> dt.datetime:
    return widget.dateTime().toPython().astimezone(dt.UTC)  # type: ignore[union-attr]


def _local(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class _CasePanel(QWidget):
    """A list of one kind of case record above a small form that adds one."""

    table_name = ""
    order_by = ""

    def __init__(self, store: Store, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = ""
        self.list = QTableWidget(0, len(headers), self)
        self.list.setHorizontalHeaderLabels(headers)
        self.list.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.form = QFormLayout()
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setCalendarPopup(True)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add)
        self.banner = IssueBanner(self)
        column = QVBoxLayout(self)
        column.addWidget(self.list)
        column.addLayout(self.form)
        column.addWidget(self.add_button)
        column.addWidget(self.banner)

    def mongolian_edit(self, label: str) -> QPlainTextEdit:
        """Return a short multi-line edit in the Mongolian font."""
        edit = QPlainTextEdit(self)
        edit.setFont(mongolian_font(13))
        edit.setMaximumHeight(60)
        edit.setAccessibleName(label)
        return edit

    def set_case(self, case_id: str) -> None:
        """List the records of a case."""
        self.case_id = case_id
        rows = self.store.conn.execute(
            f"SELECT id FROM {self.table_name} WHERE case_id = ? AND _deleted = 0 "
            f"ORDER BY {self.order_by}",
            (case_id,),
        ).fetchall()
        cells = [self.cells(r[0]) for r in rows]
        self.list.setRowCount(len(cells))
        for row, values in enumerate(cells):
            for column, text in enumerate(values):
                self.list.setItem(row, column, QTableWidgetItem(text))

    def cells(self, record_id: str) -> list[str]:
        """Return the shown cells of one record."""
        raise NotImplementedError

    def record(self) -> MediationSession | MediationFollowUp:
        """Return the record the form describes (may raise a validation error)."""
        raise NotImplementedError

    def add(self) -> None:
        """Save the form as a new record; on failure say why and keep the typing."""
        try:
            mediation.add(self.store, self.record())
        except Exception as exc:  # shown inline
            self.banner.show_error(exc)
            return
        self.banner.clear_issues()
        self.clear_form()
        self.set_case(self.case_id)

    def clear_form(self) -> None:
        """Empty the text fields after a save."""
        for edit in self.findChildren(QPlainTextEdit):
            edit.clear()


class SessionsPanel(_CasePanel):
    """Each sitting of the mediators with the parties."""

    table_name, order_by = "mediation_sessions", "held_at, id"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, [self.tr("When"), self.tr("Where"), self.tr("Mediator")], parent)
        self.place = QLineEdit(self)
        self.mediator = QLineEdit(self)
        self.summary_zh = QPlainTextEdit(self)
        self.summary_zh.setMaximumHeight(60)
        self.summary_mn = self.mongolian_edit(self.tr("Summary (Mongolian)"))
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("Where"), self.place)
        self.form.addRow(self.tr("Mediator"), self.mediator)
        self.form.addRow(self.tr("Summary (Chinese)"), self.summary_zh)
        self.form.addRow(self.tr("Summary (Mongolian)"), self.summary_mn)
        self.add_button.setText(self.tr("Add session"))

    def cells(self, record_id: str) -> list[str]:
        session = self.store.load(MediationSession, record_id)
        return [_local(session.held_at), session.place, session.mediator]

    def record(self) -> MediationSession:
        return MediationSession(
            case_id=self.case_id,
            held_at=_when(self.when),
            place=self.place.text(),
            mediator=self.mediator.text(),
            summary_zh=self.summary_zh.toPlainText(),
            summary_mn=self.summary_mn.toPlainText(),
        )


class FollowUpsPanel(_CasePanel):
    """Visits that check whether the agreement is being performed."""

    table_name, order_by = "mediation_followups", "visited_at, id"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, [self.tr("When"), self.tr("By"), self.tr("Performed")], parent)
        self.visited_by = QLineEdit(self)
        self.performed = QComboBox(self)
        for code, text in self.performed_texts().items():
            self.performed.addItem(text, code)
        self.note_zh = QPlainTextEdit(self)
        self.note_zh.setMaximumHeight(60)
        self.note_mn = self.mongolian_edit(self.tr("Note (Mongolian)"))
        self.form.addRow(self.tr("When"), self.when)
        self.form.addRow(self.tr("Visited by"), self.visited_by)
        self.form.addRow(self.tr("Performed"), self.performed)
        self.form.addRow(self.tr("Note (Chinese)"), self.note_zh)
        self.form.addRow(self.tr("Note (Mongolian)"), self.note_mn)
        self.add_button.setText(self.tr("Add follow-up"))

    def performed_texts(self) -> dict[str, str]:
        """Return the translated answers to 'is the agreement performed?'."""
        return {"yes": self.tr("Yes"), "partly": self.tr("Partly"), "no": self.tr("No")}

    def cells(self, record_id: str) -> list[str]:
        visit = self.store.load(MediationFollowUp, record_id)
        performed = self.performed_texts().get(visit.performed, visit.performed)
        return [_local(visit.visited_at), visit.visited_by, performed]

    def record(self) -> MediationFollowUp:
        return MediationFollowUp(
            case_id=self.case_id,
            visited_at=_when(self.when),
            visited_by=self.visited_by.text(),
            performed=self.performed.currentData(),
            note_zh=self.note_zh.toPlainText(),
            note_mn=self.note_mn.toPlainText(),
        )
