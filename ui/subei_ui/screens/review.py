"""The township office's Review screen: each open conflict with its values side by side."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from subei_sync.client.resolution import enrolled_role, resolve_here

from subei_mobile.security.roles import DEVELOPER, PERMISSIONS, Account, allowed
from subei_mobile.store import Store
from subei_mobile.store.conflicts import Conflict, open_conflicts

from ..error_text import IssueBanner

Index = QModelIndex | QPersistentModelIndex
RECORD, FIELD, FIRST, SECOND, DETECTED = range(5)
CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole


def value_text(value: Any) -> str:
    """Return a candidate value as a person reads it."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        if isinstance(decoded, dict | list):
            return json.dumps(decoded, ensure_ascii=False)
        return value
    return str(value)


def record_label(store: Store, table: str, record_id: str) -> str:
    """Return a short readable name of a record (code or name), falling back to its table."""
    try:
        row = store.get(table, record_id, include_deleted=True) or {}
    except (KeyError, ValueError):
        row = {}
    for key in ("code", "name_zh", "name_mn", "title_zh", "case_no"):
        if row.get(key):
            return str(row[key])
    return record_id[:8]


class ConflictModel(QAbstractTableModel):
    """Open conflicts, one per row; the first two candidates in their own columns."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.conflicts: list[Conflict] = []
        self.labels: dict[str, str] = {}

    def table_title(self, table: str) -> str:
        """Return what people call a kind of record, in the current language."""
        titles = {
            "households": self.tr("Household"), "persons": self.tr("Person"),
            "service_requests": self.tr("Service request"),
            "mediation_cases": self.tr("Mediation case"),
            "mediation_parties": self.tr("Party"), "activities": self.tr("Activity"),
        }  # fmt: skip
        return titles.get(table, table)

    def field_title(self, field: str) -> str:
        """Return a field's label in the current language (the column name if unknown)."""
        titles = {
            "name_zh": self.tr("Name (Chinese)"), "name_mn": self.tr("Name (Mongolian)"),
            "phone": self.tr("Phone"), "id_number": self.tr("ID number"),
            "birth_date": self.tr("Birth date"), "relation": self.tr("Relation to head"),
            "village_code": self.tr("Village"), "grid_code": self.tr("Grid"),
            "status": self.tr("Status"), "details": self.tr("Details"),
            "livestock": self.tr("Livestock"), "pastures": self.tr("Seasonal pastures"),
            "_deleted": self.tr("Deleted on another laptop"),
        }  # fmt: skip
        return titles.get(field, field)

    def reload(self) -> None:
        """Read the open conflicts again."""
        self.beginResetModel()
        self.conflicts = open_conflicts(self.store.conn)
        self.labels = {c.id: record_label(self.store, c.table_name, c.record_id)
                       for c in self.conflicts}  # fmt: skip
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        """Return the conflict of a row."""
        return self.conflicts[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of open conflicts."""
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Record"), self.tr("Field"), self.tr("Value A"), self.tr("Value B"),
                  self.tr("Detected"))  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = 0) -> Any:
        """Return a cell's text or the conflict id."""
        if not index.isValid() or index.row() >= len(self.conflicts):
            return None
        c = self.conflicts[index.row()]
        if role == CONFLICT_ID_ROLE:
            return c.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if col == RECORD:
            return f"{self.table_title(c.table_name)}: {self.labels.get(c.id, '')}"
        if col == FIELD:
            return self.field_title(c.field)
        if col in (FIRST, SECOND):
            n = col - FIRST
            return value_text(c.candidates[n].get("value")) if n < len(c.candidates) else ""
        return str(c.detected_at)[:16].replace("T", " ")


class ReviewScreen(QWidget):
    """Pick one of the competing values (or type the right one); the decision syncs as a change."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, account: Account | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.account = account or DEVELOPER
        self.model = ConflictModel(store, self)
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self.show_row(cur.row())
        )
        self.boxes = [QGroupBox(), QGroupBox()]
        self.values = [QLabel(), QLabel()]
        self.keep = [QPushButton(), QPushButton()]
        sides = QHBoxLayout()
        for n, box in enumerate(self.boxes):
            column = QVBoxLayout(box)
            self.values[n].setWordWrap(True)
            self.values[n].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(self.values[n], 1)
            column.addWidget(self.keep[n])
            self.keep[n].clicked.connect(lambda _=False, n=n: self.keep_value(n))
            sides.addWidget(box)
        self.edited = QLineEdit()
        self.edited.setObjectName("editedValue")
        self.save_edited = QPushButton()
        self.save_edited.clicked.connect(self.keep_edited)
        edit_row = QHBoxLayout()
        self.edit_label = QLabel()
        edit_row.addWidget(self.edit_label)
        edit_row.addWidget(self.edited, 1)
        edit_row.addWidget(self.save_edited)
        self.banner = IssueBanner(self)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.addLayout(sides, 1)
        lower_column.addLayout(edit_row)
        lower_column.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        # The server takes resolutions only from a township-office device: on a laptop enrolled
        # otherwise the buttons stay off and the banner says why, whoever is signed in.
        device_role = enrolled_role(store)
        self.device_refuses = (device_role is not None
                               and device_role not in PERMISSIONS["conflicts.resolve"])  # fmt: skip
        self.may_resolve = allowed(self.account, "conflicts.resolve") and not self.device_refuses
        if self.device_refuses:
            self.banner.show_code("conflict.device_role")
        self.reload()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.summary.setText(
            self.tr("Open conflicts: %1").replace("%1", str(self.model.rowCount()))
        )
        for n, (box, button) in enumerate(zip(self.boxes, self.keep, strict=True)):
            box.setTitle(self.tr("Value A") if n == 0 else self.tr("Value B"))
            button.setText(self.tr("Keep this value"))
        self.edit_label.setText(self.tr("Or the right value:"))
        self.save_edited.setText(self.tr("Save this value"))
        self.table.setAccessibleName(self.tr("Open conflicts"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        """Reload when shown: a sync may have brought new conflicts."""
        self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    def reload(self) -> None:
        """Read the open conflicts and select the first."""
        self.model.reload()
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.show_row(0 if self.model.rowCount() else -1)
        self.summary.setText(
            self.tr("Open conflicts: %1").replace("%1", str(self.model.rowCount()))
        )

    def current(self) -> Conflict | None:
        """Return the conflict being decided."""
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            return self.model.conflict(row)
        return self.model.conflict(0) if self.model.rowCount() else None

    def show_row(self, row: int) -> None:
        """Show both candidates of a row side by side."""
        conflict = self.model.conflict(row) if 0 <= row < self.model.rowCount() else None
        for n in range(2):
            cand = conflict.candidates[n] if conflict and n < len(conflict.candidates) else None
            if cand is None:
                self.values[n].setText("")
            else:
                origin = cand.get("device") or self.tr("server")
                self.values[n].setText(
                    f"{value_text(cand.get('value'))}\n\n{origin} · {str(cand.get('hlc', ''))[:13]}"
                )
            self.keep[n].setEnabled(self.may_resolve and cand is not None)
        self.save_edited.setEnabled(self.may_resolve and conflict is not None)
        self.edited.setEnabled(self.may_resolve and conflict is not None)
        self.edited.setText(value_text(conflict.candidates[0].get("value")) if conflict else "")

    def keep_value(self, choice: int) -> bool:
        """Resolve the current conflict with candidate `choice`."""
        conflict = self.current()
        if conflict is None or not self.may_resolve:
            return False
        try:
            resolve_here(self.store, conflict.id, choice)
        except Exception as exc:  # shown, never swallowed: validation or a vanished record
            self.banner.show_error(exc)
            return False
        self.banner.clear_issues()
        self.reload()
        return True

    def keep_edited(self) -> bool:
        """Resolve with the typed value: keep value A, then correct the field (two changes)."""
        conflict = self.current()
        if conflict is None or not self.may_resolve or conflict.field == "_deleted":
            return False
        text = self.edited.text()
        try:
            resolve_here(self.store, conflict.id, 0)
            with self.store.transaction() as tx:
                tx.update(conflict.table_name, conflict.record_id, {conflict.field: text})
        except Exception as exc:
            self.banner.show_error(exc)
            self.reload()
            return False
        self.banner.clear_issues()
        self.reload()
        return True
