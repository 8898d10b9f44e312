"""Who took part in an activity: attendance, duty roster, recipients of goods or money."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile.models import ActivityParticipant, SupplyItem
from subei_mobile.store import Store

from ..widgets.person_finder import PersonFinder

COLUMNS = (
    "role",
    "name",
    "present",
    "shift_start",
    "shift_end",
    "item",
    "quantity",
    "unit",
    "amount",
)
# Which columns each kind of activity shows, and the role a new row gets.
SHOWN: dict[str, tuple[set[str], str]] = {
    "classroom": ({"name", "present"}, "attendee"),
    "legal_education": ({"name", "present"}, "attendee"),
    "transhumance_point": (
        {"role", "name", "shift_start", "shift_end", "item", "quantity", "unit"},
        "duty",
    ),
    "hazard_check": ({"name"}, "visited"),
    "care_visit": ({"name", "item", "quantity", "unit", "amount"}, "recipient"),
}
WHO = Qt.ItemDataRole.UserRole


class ParticipantTable(QWidget):
    """Rows of people added from the register (by household) or by name."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = "classroom"
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Role"),
                self.tr("Name"),
                self.tr("Present"),
                self.tr("Shift from"),
                self.tr("Shift to"),
                self.tr("Goods"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Money (yuan)"),
            ]
        )
        self.table.setAccessibleName(self.tr("Participants"))
        self.finder = PersonFinder(store, self)
        self.finder.picked.connect(self._add_picked)
        by_name = QPushButton(self.tr("Add by name"), self)
        by_name.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove row"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(by_name)
        buttons.addWidget(remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.finder)
        column.addLayout(buttons)
        self.set_kind(self.kind)

    def set_kind(self, kind: str) -> None:
        """Show the columns this kind of activity records."""
        self.kind = kind
        shown, _role = SHOWN[kind]
        for index, name in enumerate(COLUMNS):
            self.table.setColumnHidden(index, name not in shown)

    def role_texts(self) -> dict[str, str]:
        """Return the translated roles people have at an activity."""
        return {
            "attendee": self.tr("Attendee"),
            "duty": self.tr("On duty"),
            "recipient": self.tr("Recipient"),
            "visited": self.tr("Visited"),
        }

    def _add_picked(self, person_id: str, household_id: str) -> None:
        person = self.store.get("persons", person_id) or {}
        self.add_row(
            person.get("name_zh") or "", person.get("name_mn") or "", person_id, household_id
        )

    def add_row(
        self, name_zh: str = "", name_mn: str = "", person_id: str = "", household_id: str = ""
    ) -> int:
        """Add one person; rows from the register remember the person and household."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = QComboBox(self.table)
        for code, text in self.role_texts().items():
            role.addItem(text, code)
        default_role = SHOWN[self.kind][1]
        if self.kind == "transhumance_point" and household_id:
            default_role = "recipient"  # herders from the register receive; cadres are on duty
        role.setCurrentIndex(role.findData(default_role))
        self.table.setCellWidget(row, 0, role)
        name = QTableWidgetItem("  ".join(n for n in (name_zh, name_mn) if n))
        name.setData(
            WHO,
            {
                "person_id": person_id,
                "household_id": household_id,
                "name_zh": name_zh,
                "name_mn": name_mn,
            },
        )
        self.table.setItem(row, 1, name)
        present = QTableWidgetItem()
        present.setCheckState(Qt.CheckState.Checked)
        self.table.setItem(row, 2, present)
        now = QDateTime.currentDateTime()
        for column, start in ((3, now), (4, now.addDays(1))):
            edit = QDateTimeEdit(start, self.table)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            self.table.setCellWidget(row, column, edit)
        for column in (5, 7):
            self.table.setItem(row, column, QTableWidgetItem(""))
        for column in (6, 8):
            spin = QDoubleSpinBox(self.table)
            spin.setRange(0, 1_000_000)
            self.table.setCellWidget(row, column, spin)
        return row

    def clear_rows(self) -> None:
        """Remove every row after a save."""
        self.table.setRowCount(0)

    def participants(self) -> list[ActivityParticipant]:
        """Return the rows as participants (raises a validation error if one is incomplete)."""
        shown, _role = SHOWN[self.kind]
        return [self._participant(row, shown) for row in range(self.table.rowCount())]

    def _participant(self, row: int, shown: set[str]) -> ActivityParticipant:
        who = dict(self.table.item(row, 1).data(WHO) or {})
        typed = self.table.item(row, 1).text().strip()
        if not (who.get("name_zh") or who.get("name_mn")) and typed:
            who["name_zh"] = typed  # typed by hand: a volunteer or cadre not in the register
        role = self.table.cellWidget(row, 0).currentData()  # type: ignore[attr-defined]
        values: dict[str, object] = {
            "activity_id": "0" * 36,
            "role": role,
            "person_id": who.get("person_id", ""),
            "household_id": who.get("household_id", ""),
            "name_zh": who.get("name_zh", ""),
            "name_mn": who.get("name_mn", ""),
        }
        if "present" in shown:
            values["present"] = self.table.item(row, 2).checkState() == Qt.CheckState.Checked
        if "shift_start" in shown and role == "duty":
            for column, key in ((3, "shift_start"), (4, "shift_end")):
                edit = self.table.cellWidget(row, column)
                values[key] = edit.dateTime().toPython().astimezone(dt.UTC)  # type: ignore[attr-defined]
        item, quantity = (
            self.table.item(row, 5).text().strip(),
            self.table.cellWidget(row, 6).value(),
        )  # type: ignore[attr-defined]
        if "item" in shown and item:
            values["items"] = [
                SupplyItem(item=item, quantity=quantity, unit=self.table.item(row, 7).text())
            ]
        if "amount" in shown:
            values["amount_yuan"] = self.table.cellWidget(row, 8).value()  # type: ignore[attr-defined]
        return ActivityParticipant.model_validate(values)
