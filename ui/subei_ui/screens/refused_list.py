"""The Sync screen's list of changes the county server refused, each with its reason.

Refused work stays on the laptop until a township-office user reassigns or discards it
(`subei-mobile refused`); this list is how the people in the field learn that it exists.
Values are never shown here: the record, the kind of change and the reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from subei_sync.client.refusals import Refusal, open_refusals

from subei_mobile.store import Store

from ..error_text import text_for


class RefusedList(QGroupBox):
    """A read-only table: record, change, reason; hidden while nothing is refused."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("refusedChanges")
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(self).addWidget(self.table)
        self.reload()

    def reason_text(self, refusal: Refusal) -> str:
        """Return the refusal's reason as a sentence in the user's language (code kept visible)."""
        if refusal.code == "scope_denied":
            sentence = self.tr(
                "Outside the grids this laptop serves: the township office reassigns or discards it"
            )
        elif refusal.code == "role_denied":
            sentence = self.tr("Only a township-office laptop may do this")
        elif refusal.code == "invalid_value":
            sentence = (
                self.tr("A value breaks a rule (%1): %2")
                .replace("%1", refusal.field)
                .replace("%2", text_for(refusal.issue))
            )
        else:
            sentence = self.tr("Refused by the server")
        return f"{sentence} [{refusal.code}]"

    def reload(self) -> None:
        """Read the unsettled refusals and show them in the current language."""
        found = open_refusals(self.store.conn)
        self.setTitle(
            self.tr("Refused by the server, kept on this laptop: %1").replace("%1", str(len(found)))
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Change"), self.tr("Reason")]
        )
        self.table.setAccessibleName(self.tr("Refused changes"))
        self.table.setRowCount(len(found))
        ops = {
            "insert": self.tr("new record"),
            "update": self.tr("edit"),
            "delete": self.tr("deletion"),
        }
        for row, refusal in enumerate(found):
            cells = (f"{refusal.table} …{refusal.record_id[-8:]}", ops.get(refusal.op, refusal.op),
                     self.reason_text(refusal))  # fmt: skip
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.setVisible(bool(found))
