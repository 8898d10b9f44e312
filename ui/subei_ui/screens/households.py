"""The household register: one search box, a lazy list, the detail and the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from subei_mobile.exchange.households import export_households
from subei_mobile.store import Store

from ..issue_text import IssueText
from ..operations import CoreOperation
from ..widgets.export_bar import ExportBar
from ..widgets.mongolian_field import GuardedLineEdit
from .household_detail import HouseholdDetail
from .household_form import HouseholdForm
from .household_table import HOUSEHOLD_ID_ROLE, NAME_MN, HouseholdTableModel
from .people_search import PeopleSearch


class HouseholdsScreen(QWidget):
    """Browse and search households; open one; register or edit with the form."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.issue_text = IssueText(self)
        self.model = HouseholdTableModel(store, self)
        self.search = PeopleSearch(store.path, self, store.codec)
        self.search.found.connect(self._show_found)
        self.search.cleared.connect(self.show_all)
        self.search.failed.connect(lambda exc: self.count.setText(self.issue_text.error(exc)))
        self.search_box = GuardedLineEdit()
        self.search_box.setObjectName("householdSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.search.set_text)
        self.search_box.returnPressed.connect(self.search.run_now)
        self.search_box.refused.connect(
            lambda: self.count.setText(self.issue_text.text("text.private_use"))
        )
        self.count = QLabel()
        self.count.setObjectName("householdCount")
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_record)
        self.export_bar = ExportBar(store, export_households, "households", self)
        self.table = QTableView()
        self.table.setObjectName("householdTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._open_row)
        self.detail = HouseholdDetail(store)
        self.detail.edit_requested.connect(self.edit_record)
        self.form = HouseholdForm(store)
        self.form.saved.connect(self._saved)
        self.form.closed.connect(self._form_closed)
        self.pages = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (self.placeholder, self.detail, self.form):
            self.pages.addWidget(page)
        self._build()
        self.retranslate()
        self.show_all()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.count)
        column.addWidget(self.table, 1)
        column.addWidget(self.export_bar)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setTabOrder(self.search_box, self.new_button)
        self.setTabOrder(self.new_button, self.table)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.search_box.setPlaceholderText(
            self.tr("Search: name in Chinese, pinyin, Mongolian or Latin letters, ID or phone")
        )
        self.search_box.setAccessibleName(self.tr("Search households"))
        self.new_button.setText(self.tr("New household"))
        self.placeholder.setText(self.tr("Choose a household on the left, or register a new one."))
        self.table.setAccessibleName(self.tr("Households"))
        self.model.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions the main window calls ------------------------------------------------------
    def new_record(self) -> None:
        """Open the form for a new household."""
        self.form.start_new()
        self.pages.setCurrentWidget(self.form)

    def edit_record(self, household_id: str) -> None:
        """Open the form on a household."""
        self.form.start_edit(household_id)
        self.pages.setCurrentWidget(self.form)

    def save(self) -> bool:
        """Save the open form, if any."""
        return self.pages.currentWidget() is self.form and self.form.save()

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search_box.setFocus()
        self.search_box.selectAll()

    def has_unsaved_changes(self) -> bool:
        """Tell whether the form holds unsaved edits."""
        return self.form.has_unsaved_changes()

    def discard_changes(self) -> None:
        """Drop the form's edits and their draft."""
        self.form.discard()

    def flush_drafts(self) -> None:
        """Write the form's draft now (before closing or on a crash handler)."""
        self.form.autosave.flush()

    def export(self, path: Path) -> CoreOperation:
        """Export the household register (one row per person) to path off the GUI thread."""
        return self.export_bar.export_to(path)

    # -- listing ----------------------------------------------------------------------------
    def show_all(self) -> None:
        """List all households."""
        self.model.show_all()
        self._fetch_first_page()
        self.found_total = -1
        self._update_count()

    def _show_found(self, query: str, person_ids: list[str], total: int) -> None:
        if query != self.search_box.text().strip():
            return  # an answer to what the user typed before: a newer one is on its way
        self.model.show_people(person_ids)
        self._fetch_first_page()
        self.found_total = total
        self._update_count()

    def _fetch_first_page(self) -> None:
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.table.setColumnWidth(NAME_MN, 160)

    def _update_count(self) -> None:
        if getattr(self, "found_total", -1) >= 0:
            self.count.setText(self.tr("%n people found", "", self.found_total))
        else:
            total = self.store.conn.execute(
                "SELECT COUNT(*) FROM households WHERE _deleted = 0"
            ).fetchone()[0]
            self.count.setText(self.tr("%n households", "", total))

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if selected.indexes() and self.pages.currentWidget() is not self.form:
            self._open_row(selected.indexes()[0])

    def _open_row(self, index: QModelIndex) -> None:
        household_id = index.data(HOUSEHOLD_ID_ROLE)
        if household_id:
            self.detail.show_household(household_id)
            self.pages.setCurrentWidget(self.detail)

    def _saved(self, household_id: str) -> None:
        self.model.refresh()
        if self.search_box.text().strip():
            self.search.run_now()
        else:
            self.show_all()
        self.detail.show_household(household_id)
        self.pages.setCurrentWidget(self.detail)

    def _form_closed(self) -> None:
        self.pages.setCurrentWidget(self.detail if self.detail.household_id else self.placeholder)
