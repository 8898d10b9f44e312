"""One household: names written vertically, members, pastures, livestock and its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import catalogue
from subei_mobile.households import members_of
from subei_mobile.models import Household, Person
from subei_mobile.security.masking import display_id, display_phone
from subei_mobile.store import Store

from ..languages import pick
from ..typefaces import mongolian_font
from ..vocabulary import Vocabulary
from ..widgets.vertical_mongolian import VerticalMongolianLabel
from .household_table import place_names

HISTORY_SQL = """
SELECT received_at, 'request', service_code, status FROM service_requests
 WHERE household_id = :h AND _deleted = 0
UNION ALL
SELECT c.reported_at, 'case', c.category_code, c.status FROM mediation_cases c
 WHERE c._deleted = 0 AND c.id IN (SELECT case_id FROM mediation_parties WHERE person_id IN
   (SELECT id FROM persons WHERE household_id = :h))
UNION ALL
SELECT a.started_at, 'visit', a.kind, COALESCE(a.title_zh, '') || char(31) || COALESCE(a.title_mn, '')
 FROM activities a
 WHERE a._deleted = 0 AND (a.household_id = :h OR a.id IN (SELECT activity_id FROM
   activity_participants WHERE household_id = :h OR person_id IN
   (SELECT id FROM persons WHERE household_id = :h)))
ORDER BY 1 DESC
"""


def _safe_names(source: Any) -> dict[str, Any]:
    try:
        return dict(source())
    except (OSError, ValueError, KeyError):  # seeds missing: show codes instead of names
        return {}


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], mongolian_cols: tuple[int, ...] = ()):
    table.setRowCount(len(rows))
    font = mongolian_font(12)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in mongolian_cols:
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class HouseholdDetail(QWidget):
    """Read-only view of one household; `edit_requested` asks the screen to open the form."""

    edit_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.vocab = Vocabulary(self)
        self.household_id = ""
        self.names = QHBoxLayout()
        self.names.setSpacing(12)
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.household_id))
        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        self.fact_values: dict[str, QLabel] = {}
        for key in ("code", "place", "address_zh", "address_mn", "language", "livestock"):
            self.fact_labels[key], self.fact_values[key] = QLabel(), QLabel()
            self.fact_values[key].setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self.facts.addRow(self.fact_labels[key], self.fact_values[key])
        self.fact_values["address_mn"].setFont(mongolian_font(13))
        self.members, self.pastures, self.history = _table(7), _table(3), _table(4)
        self.boxes = [QGroupBox() for _ in range(3)]
        for box, table in zip(self.boxes, (self.members, self.pastures, self.history), strict=True):
            QVBoxLayout(box).addWidget(table)
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.edit_button)
        right = QVBoxLayout()
        right.addLayout(header)
        right.addLayout(self.facts)
        for box in self.boxes:
            right.addWidget(box)
        names_box = QWidget()
        names_box.setLayout(self.names)
        body = QHBoxLayout()
        body.addWidget(names_box, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(right, 1)
        inner = QWidget()
        inner.setLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.edit_button.setText(self.tr("Edit household"))
        labels = {"code": self.tr("Household no."), "place": self.tr("Township / village"),
                  "address_zh": self.tr("Address (Chinese)"), "address_mn": self.tr("Address (Mongolian)"),
                  "language": self.tr("Preferred language"), "livestock": self.tr("Livestock")}  # fmt: skip
        for key, text in labels.items():
            self.fact_labels[key].setText(text)
        for box, text in zip(self.boxes, (self.tr("Members"), self.tr("Seasonal pastures"),
                                          self.tr("History")), strict=True):  # fmt: skip
            box.setTitle(text)
        self.members.setHorizontalHeaderLabels([
            self.tr("Name (Chinese)"), self.tr("Name (Mongolian)"), self.tr("Relation"),
            self.tr("Sex"), self.tr("Born"), self.tr("ID number"), self.tr("Phone")])  # fmt: skip
        self.pastures.setHorizontalHeaderLabels(
            [self.tr("Season"), self.tr("Name"), self.tr("Position")]
        )
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("What"), self.tr("Status")]
        )
        if self.household_id:
            self.show_household(self.household_id)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_household(self, household_id: str) -> None:
        """Load and show a household."""
        self.household_id = household_id
        household = self.store.load(Household, household_id)
        people = members_of(self.store, household_id)
        head = people[0] if people else None
        self.title.setText(self.tr("Household %1").replace("%1", household.code))
        self._show_names(people)
        self._show_facts(household)
        _fill(self.members, [self._member_row(p) for p in people], (1,))
        seasons = self.vocab.seasons()
        _fill(self.pastures, [
            (seasons.get(p.season, p.season), p.name_zh or p.name_mn,
             f"{p.location.lat:.4f}, {p.location.lon:.4f}" if p.location else "")
            for p in household.pastures])  # fmt: skip
        _fill(self.history, self._history_rows())
        self.setAccessibleName(head.name_zh or head.name_mn if head else household.code)

    def _show_names(self, people: list[Person]) -> None:
        while self.names.count():
            item = self.names.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for person in people:
            # Each name as written: Mongolian top to bottom; a Han-only name stays upright.
            label = VerticalMongolianLabel(
                person.name_mn or person.name_zh, 18 if person.relation == "head" else 14
            )
            label.setObjectName("verticalName")
            self.names.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)

    def _show_facts(self, household: Household) -> None:
        places = place_names()
        township = pick(*places.get(household.township_code, (household.township_code, "")))
        village = pick(*places.get(household.village_code, (household.village_code, "")))
        livestock = self.vocab.livestock()
        values = {
            "code": household.code, "place": " / ".join(p for p in (township, village) if p),
            "address_zh": household.address_zh, "address_mn": household.address_mn,
            "language": self.vocab.label("languages", household.preferred_language),
            "livestock": ", ".join(f"{livestock.get(k, k)} {n}" for k, n in household.livestock.items() if n),
        }  # fmt: skip
        for key, text in values.items():
            self.fact_values[key].setText(text)

    def _member_row(self, p: Person) -> tuple[str, ...]:
        return (
            p.name_zh, p.name_mn, self.vocab.label("relations", p.relation),
            self.vocab.label("sexes", p.sex), p.birth_date.isoformat() if p.birth_date else "",
            # The record is opened: the full values (store.get already opened the sealed ones).
            display_id(p.id_number, opened=True), display_phone(p.phone, opened=True),
        )  # fmt: skip

    def _history_rows(self) -> list[tuple[str, ...]]:
        services = _safe_names(catalogue.services)
        categories = _safe_names(catalogue.dispute_categories)
        kinds, statuses = self.vocab.history_kinds(), self.vocab.statuses()
        rows = []
        for at, kind, code, status in self.store.conn.execute(
            HISTORY_SQL, {"h": self.household_id}
        ):
            if kind == "request":
                what = (
                    pick(services[code].name.zh, services[code].name.mn)
                    if code in services
                    else code
                )
            elif kind == "case":
                what = (
                    pick(categories[code].zh, categories[code].mn) if code in categories else code
                )
            else:
                zh, _, mn = status.partition("\x1f")
                what, status = pick(zh, mn) or code, ""
            rows.append((str(at)[:10], kinds[kind], what, statuses.get(status, status)))
        return rows
