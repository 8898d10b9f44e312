"""The township office's Review screen (placeholder the sync engineer wires): open conflicts."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile.store import Store

OPEN_SQL = (
    "SELECT table_name, field, detected_at FROM conflicts WHERE resolved_at IS NULL "
    "ORDER BY detected_at LIMIT 500"
)


class ReviewScreen(QWidget):
    """Lists conflicts that need a person to decide (field names only, never values)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.summary = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language and reload the list."""
        rows = self.store.conn.execute(OPEN_SQL).fetchall()
        self.summary.setText(self.tr("Open conflicts: %1").replace("%1", str(len(rows))))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Table"), self.tr("Field"), self.tr("Detected")]
        )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
