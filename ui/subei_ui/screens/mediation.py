"""Mediation cases: the list, the case form with parties, sessions, agreement and follow-ups."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import catalogue, mediation
from subei_mobile.exchange.mediations import export_mediations
from subei_mobile.models import MediationCase, MediationParty
from subei_mobile.models.mediation import CASE_FLOW
from subei_mobile.security.roles import DEVELOPER, Account, mediation_filter
from subei_mobile.store import Store

from ..error_text import IssueBanner
from ..languages import catalogue_pairs, name_items, pick
from ..operations import CoreOperation
from ..typefaces import mongolian_font
from ..widgets.export_bar import ExportBar
from ..widgets.person_finder import PersonFinder
from .field_tables import LazyIdModel, ids_query, store_open
from .mediation_agreement import AgreementPanel, parties_of
from .mediation_visits import FollowUpsPanel, SessionsPanel

TEXTS = (
    "facts_zh",
    "facts_mn",
    "disputed_matters_zh",
    "disputed_matters_mn",
    "responsibilities_zh",
    "responsibilities_mn",
)
ID_ROLE = Qt.ItemDataRole.UserRole
NAMES = re.compile(r"[,，、;；]")  # staff separate names the way they type them


def _names(text: str) -> list[str]:
    return [n.strip() for n in NAMES.split(text) if n.strip()]


class MediationScreen(QWidget):
    """Register a dispute, record sessions, draft and sign the agreement, follow it up."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, account: Account | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = ""
        # A grid worker sees only the cases of its grid (the security module's one filter).
        self.account = account or DEVELOPER
        scope, params = mediation_filter(self.account)
        self.model = LazyIdModel(
            self.list_headers(),
            ids_query(
                store.conn,
                f"SELECT id FROM mediation_cases WHERE _deleted = 0 AND {scope} "
                "ORDER BY reported_at DESC, id DESC",
                params,
            ),
            self._row_cells,
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Mediation cases"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: (
                self.show_case(self.model.id_at(current.row())) if current.isValid() else None
            )
        )
        new_case = QPushButton(self.tr("&New case"), self)
        new_case.clicked.connect(self.new_case)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.addWidget(new_case)
        left_column.addWidget(self.table)
        self.export_bar = ExportBar(
            store,
            lambda s, path: export_mediations(s, path, scope, params),
            "mediation-cases",
            self,
        )
        left_column.addWidget(self.export_bar)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._scrolling(self._build_case_form()), self.tr("Case"))
        self.sessions = SessionsPanel(store, self)
        self.agreement = AgreementPanel(store, self)
        self.agreement.saved.connect(self._refresh)
        self.followups = FollowUpsPanel(store, self)
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self._scrolling(self.agreement), self.tr("Agreement"))
        self.tabs.addTab(self.followups, self.tr("Follow-ups"))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.new_case()

    def export(self, path: Path) -> CoreOperation:
        """Export the cases this user may see to path (CSV or XLSX) off the GUI thread."""
        return self.export_bar.export_to(path)

    def list_headers(self) -> list[str]:
        """Return the translated column titles of the list."""
        return [self.tr("No."), self.tr("Category"), self.tr("Parties"), self.tr("Status")]

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate the list when the language is switched at runtime."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.model.retranslate(self.list_headers())
            self._name_catalogue_items()
            if self.case_id and store_open(self.store):
                self.status.setText(self.status_text(self._shown_status()))
                self.agreement.retranslate()
        super().changeEvent(event)

    def _scrolling(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def _build_case_form(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.case_no = QLineEdit(page)
        self.category = QComboBox(page)
        for code in catalogue.dispute_categories():
            self.category.addItem(code, code)
        self.township = QComboBox(page)
        for place in catalogue.places().values():
            if place.level == "township":
                self.township.addItem(place.code, place.code)
        self._name_catalogue_items()
        self.place = QLineEdit(page)
        self.reported_by = QLineEdit(page)
        self.texts: dict[str, QPlainTextEdit] = {}
        labels = [
            self.tr("Facts (Chinese)"),
            self.tr("Facts (Mongolian)"),
            self.tr("Disputed matters (Chinese)"),
            self.tr("Disputed matters (Mongolian)"),
            self.tr("Responsibilities (Chinese)"),
            self.tr("Responsibilities (Mongolian)"),
        ]
        self.mediators = QLineEdit(page)
        self.mediators.setPlaceholderText(self.tr("Names separated by commas"))
        self.assistants = QLineEdit(page)
        self.committee = QLineEdit(page)
        for label, widget in (
            (self.tr("Case no."), self.case_no),
            (self.tr("Category"), self.category),
            (self.tr("Township"), self.township),
            (self.tr("Place"), self.place),
            (self.tr("Reported by"), self.reported_by),
        ):
            form.addRow(label, widget)
        for name, label in zip(TEXTS, labels, strict=True):
            edit = self.texts[name] = QPlainTextEdit(page)
            edit.setMaximumHeight(60)
            edit.setAccessibleName(label)
            if name.endswith("_mn"):
                edit.setFont(mongolian_font(13))
            form.addRow(label, edit)
        form.addRow(self.tr("Mediators"), self.mediators)
        form.addRow(self.tr("Assistants"), self.assistants)
        form.addRow(self.tr("Committee"), self.committee)
        form.addRow(QLabel(self.tr("Parties"), page), self._build_parties(page))
        self.status = QLabel(page)
        self.next_status = QComboBox(page)
        self.move_button = QPushButton(self.tr("Move case"), page)
        self.move_button.clicked.connect(self.move_case)
        moves = QHBoxLayout()
        for widget in (self.status, self.next_status, self.move_button):
            moves.addWidget(widget)
        form.addRow(self.tr("Status"), moves)
        self.save_button = QPushButton(self.tr("&Save case"), page)
        self.save_button.clicked.connect(self.save_case)
        self.banner = IssueBanner(page)
        form.addRow(self.save_button)
        form.addRow(self.banner)
        return page

    def _name_catalogue_items(self) -> None:
        name_items(self.category, catalogue_pairs(catalogue.dispute_categories()))
        name_items(self.township, catalogue_pairs(catalogue.places()))

    def _shown_status(self) -> str:
        row = self.store.get("mediation_cases", self.case_id) or {}
        return str(row.get("status", ""))

    def _build_parties(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.parties = QTableWidget(0, 3, box)
        self.parties.setHorizontalHeaderLabels(
            [self.tr("Side"), self.tr("Name (Chinese)"), self.tr("Name (Mongolian)")]
        )
        self.parties.setAccessibleName(self.tr("Parties"))
        self.finder = PersonFinder(self.store, box)
        self.finder.picked.connect(lambda person_id, _hh: self.add_party_row(person_id))
        add_blank = QPushButton(self.tr("Add party not in the register"), box)
        add_blank.clicked.connect(lambda: self.add_party_row(""))
        column.addWidget(self.parties)
        column.addWidget(self.finder)
        column.addWidget(add_blank)
        return box

    def side_texts(self) -> dict[str, str]:
        """Return the translated sides of a dispute."""
        return {
            "applicant": self.tr("Applicant"),
            "respondent": self.tr("Respondent"),
            "party": self.tr("Party"),
        }

    def status_text(self, status: str) -> str:
        """Return the translated name of a case status."""
        names = {
            "reported": self.tr("Reported"),
            "accepted": self.tr("Accepted"),
            "mediating": self.tr("Mediating"),
            "agreement_signed": self.tr("Agreement signed"),
            "performed": self.tr("Performed"),
            "failed": self.tr("Failed"),
            "referred": self.tr("Referred"),
            "not_accepted": self.tr("Not accepted"),
            "withdrawn": self.tr("Withdrawn"),
        }
        return names.get(status, status)

    def _row_cells(self, case_id: str) -> list[str]:
        row = self.store.get("mediation_cases", case_id) or {}
        category = catalogue.dispute_categories().get(row.get("category_code", ""))
        parties = self.store.conn.execute(
            "SELECT name_zh, name_mn FROM mediation_parties WHERE case_id = ? AND _deleted = 0 "
            "ORDER BY id LIMIT 3",
            (case_id,),
        ).fetchall()
        return [
            row.get("case_no") or case_id[-8:],
            pick(category.zh, category.mn) if category else row.get("category_code", ""),
            "、".join(p[0] or p[1] for p in parties),
            self.status_text(row.get("status", "")),
        ]

    # -- parties ---------------------------------------------------------------------------
    def add_party_row(self, person_id: str, name_zh: str = "", name_mn: str = "") -> int:
        """Add a party row, filled from the register when a person was picked."""
        if person_id:
            person = self.store.get("persons", person_id) or {}
            name_zh, name_mn = person.get("name_zh") or "", person.get("name_mn") or ""
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        side = QComboBox(self.parties)
        for code, text in self.side_texts().items():
            side.addItem(text, code)
        side.setCurrentIndex(min(row, 1))  # first applicant, then respondent
        self.parties.setCellWidget(row, 0, side)
        first = QTableWidgetItem(name_zh)
        first.setData(ID_ROLE, {"person_id": person_id, "party_id": ""})
        self.parties.setItem(row, 1, first)
        self.parties.setItem(row, 2, QTableWidgetItem(name_mn))
        return row

    def _party_rows(self) -> list[tuple[str, MediationParty]]:
        rows = []
        for row in range(self.parties.rowCount()):
            ids = self.parties.item(row, 1).data(ID_ROLE) or {}
            side = self.parties.cellWidget(row, 0)
            party = MediationParty(
                case_id=self.case_id or "0" * 36,
                side=side.currentData(),  # type: ignore[union-attr]
                person_id=ids.get("person_id", ""),
                name_zh=self.parties.item(row, 1).text(),
                name_mn=(self.parties.item(row, 2) or QTableWidgetItem()).text(),
            )
            rows.append((ids.get("party_id", ""), party))
        return rows

    # -- case -------------------------------------------------------------------------------
    def new_case(self) -> None:
        """Empty the form for a new dispute."""
        self.case_id = ""
        for widget in (
            self.case_no,
            self.place,
            self.reported_by,
            self.mediators,
            self.assistants,
            self.committee,
            *self.texts.values(),
        ):
            widget.clear()
        self.parties.setRowCount(0)
        self.status.setText(self.tr("New"))
        self.next_status.clear()
        self.move_button.setEnabled(False)
        self.banner.clear_issues()
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)

    def _case_values(self) -> dict[str, object]:
        values: dict[str, object] = {n: e.toPlainText() for n, e in self.texts.items()}
        values.update(
            case_no=self.case_no.text(),
            category_code=self.category.currentData() or "",
            township_code=self.township.currentData() or "",
            place=self.place.text(),
            reported_by=self.reported_by.text(),
            mediators=_names(self.mediators.text()),
            assistants=_names(self.assistants.text()),
            committee=self.committee.text(),
        )
        return values

    def save_case(self) -> None:
        """Save the form: open a new case with its parties, or change the shown one."""
        try:
            parties = self._party_rows()
            if self.case_id:
                mediation.update_case(self.store, self.case_id, self._case_values())
                for party_id, party in parties:
                    if not party_id:
                        mediation.add(self.store, party)
                case_id = self.case_id
            else:
                values = {"reported_at": dt.datetime.now(dt.UTC), **self._case_values()}
                case = MediationCase.model_validate(values)
                case_id = mediation.open_case(self.store, case, [p for _, p in parties])
        except Exception as exc:  # shown inline; the form keeps what was typed
            self.banner.show_error(exc)
            return
        self.banner.clear_issues()
        self.model.reload()
        self.select(case_id)

    def select(self, case_id: str) -> None:
        """Select a case in the list and show it."""
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
        self.show_case(case_id)

    def show_case(self, case_id: str) -> None:
        """Fill every tab with one case."""
        self.case_id = case_id
        case = self.store.load(MediationCase, case_id)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(case, name))
        self.case_no.setText(case.case_no)
        self.category.setCurrentIndex(max(0, self.category.findData(case.category_code)))
        self.township.setCurrentIndex(max(0, self.township.findData(case.township_code)))
        self.place.setText(case.place)
        self.reported_by.setText(case.reported_by)
        self.mediators.setText("、".join(case.mediators))
        self.assistants.setText("、".join(case.assistants))
        self.committee.setText(case.committee)
        self.parties.setRowCount(0)
        for party in parties_of(self.store, case_id):
            row = self.add_party_row("", party.name_zh, party.name_mn)
            self.parties.item(row, 1).setData(
                ID_ROLE, {"person_id": party.person_id, "party_id": party.id}
            )
            side = self.parties.cellWidget(row, 0)
            side.setCurrentIndex(side.findData(party.side))  # type: ignore[attr-defined]
        self.status.setText(self.status_text(case.status))
        self.next_status.clear()
        for status in CASE_FLOW[case.status]:
            self.next_status.addItem(self.status_text(status), status)
        self.move_button.setEnabled(bool(CASE_FLOW[case.status]))
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self.sessions.set_case(case_id)
        self.agreement.set_case(case_id)
        self.followups.set_case(case_id)

    def move_case(self) -> None:
        """Move the case to the chosen next status."""
        try:
            mediation.move_case(self.store, self.case_id, self.next_status.currentData() or "")
        except Exception as exc:
            self.banner.show_error(exc)
            return
        self.banner.clear_issues()
        self._refresh()

    def _refresh(self) -> None:
        self.model.reload()
        if self.case_id:
            self.select(self.case_id)
