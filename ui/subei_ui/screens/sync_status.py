"""The Sync screen (placeholder the sync engineer wires): what is waiting to be sent."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from subei_mobile.store import Store

PENDING_SQL = "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"


def pending_changes(store: Store) -> int:
    """Return how many local changes have not reached the server yet."""
    return int(store.conn.execute(PENDING_SQL).fetchone()[0])


class SyncScreen(QWidget):
    """Shows pending changes and the last sync; the Sync button is wired by subei_sync."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        self.sync_button = QPushButton()
        self.sync_button.setEnabled(False)  # enabled once a transport is configured
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.sync_button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        last = self.store.meta("last_sync_at") or self.tr("never")
        self.summary.setText(
            self.tr("Changes waiting to be sent: %1\nLast sync: %2")
            .replace("%1", str(pending_changes(self.store)))
            .replace("%2", last)
        )
        self.sync_button.setText(self.tr("Sync now"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        """Refresh the counts whenever the screen is shown."""
        self.retranslate()
        super().showEvent(event)  # type: ignore[arg-type]
