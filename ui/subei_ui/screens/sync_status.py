"""The Sync screen: register the laptop, sync now with progress and cancel, the last result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from subei_mobile.first_run import is_demo
from subei_mobile.store import Store

from ..sync_runner import SyncRunner, sync_text
from .refused_list import RefusedList

PENDING_SQL = "SELECT COUNT(*) FROM changes WHERE server_seq IS NULL"


def pending_changes(store: Store) -> int:
    """Return how many local changes have not reached the server yet."""
    return int(store.conn.execute(PENDING_SQL).fetchone()[0])


class SyncScreen(QWidget):
    """Enrol once; then sync by hand or in the background; errors in the user's language."""

    def __init__(
        self, store: Store, parent: QWidget | None = None, sync_runner: SyncRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = sync_runner or SyncRunner(store, self)
        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        self.enrol_box = QGroupBox()
        self.server = QLineEdit()
        self.server.setObjectName("serverUrl")
        self.server.setPlaceholderText("https://county.example/")
        self.code = QLineEdit()
        self.code.setObjectName("enrolCode")
        self.enrol_button = QPushButton()
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_form = QFormLayout(self.enrol_box)
        self.server_label, self.code_label = QLabel(), QLabel()
        self.enrol_form.addRow(self.server_label, self.server)
        self.enrol_form.addRow(self.code_label, self.code)
        self.enrol_form.addRow(self.enrol_button)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.setEnabled(False)
        self.background = QCheckBox()
        self.background.toggled.connect(self._background_toggled)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result = QLabel()
        self.result.setObjectName("syncResult")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        for widget in (self.sync_button, self.cancel_button, self.background):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.enrol_box)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        self.refused = RefusedList(store, self)
        layout.addWidget(self.refused, 1)
        layout.addStretch(1)
        self.runner.started.connect(self._started)
        self.runner.progressed.connect(self._progressed)
        self.runner.succeeded.connect(self._succeeded)
        self.runner.failed.connect(self._failed)
        self.background.setChecked(self.runner.background)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        last = self.store.meta("last_sync_at") or self.tr("never")
        self.summary.setText(
            self.tr("Changes waiting to be sent: %1\nLast sync: %2")
            .replace("%1", str(pending_changes(self.store)))
            .replace("%2", last)
        )
        self.enrol_box.setTitle(self.tr("Register this laptop with the county server"))
        self.server_label.setText(self.tr("Server address"))
        self.code_label.setText(self.tr("Registration code"))
        self.server.setAccessibleName(self.tr("Server address"))
        self.code.setAccessibleName(self.tr("Registration code"))
        self.enrol_button.setText(self.tr("Register"))
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.background.setText(self.tr("Sync in the background when the server is reachable"))
        enrolled = self.runner.enrolled()
        demo = is_demo(self.store)  # never registered: say why instead of offering it
        self.enrol_box.setVisible(not enrolled and not demo)
        self.sync_button.setEnabled(enrolled and not self.runner.running())
        self.background.setEnabled(enrolled)
        self.refused.reload()
        self._show_last()

    def _show_last(self) -> None:
        if is_demo(self.store):
            self.result.setText(sync_text("store.demo"))
        elif self.runner.last_error:
            self.result.setText(sync_text(self.runner.last_error, self.runner.lost))
        elif self.runner.last_result is not None:
            self.result.setText(self.result_text(self.runner.last_result))
        elif not self.runner.enrolled():
            self.result.setText(sync_text("not_enrolled"))

    def result_text(self, result: Any) -> str:
        """Return one line about what a sync did."""
        text = self.tr("Sent %1 changes, received %2.")
        text = text.replace("%1", str(result.pushed)).replace("%2", str(result.pulled))
        if result.rejected:
            text += " " + self.tr("%1 changes were refused by the server.").replace(
                "%1", str(len(result.rejected))
            )
        if result.mismatched:
            text += " " + self.tr("Some data differs from the server; it is repaired next time.")
        rebased = getattr(result, "rebased", None)
        if rebased is not None:
            text += " " + self.tr(
                "This laptop was behind the county server (put back from a backup or a copied"
                " folder). It was re-based: %1 changes not yet on the server were sent under new"
                " numbers and its earlier work was fetched back. Nothing was lost."
            ).replace("%1", str(rebased.resent))
        return text

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: object) -> None:
        """Refresh the counts whenever the screen is shown."""
        self.retranslate()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- actions ----------------------------------------------------------------------------
    def enrol(self) -> None:
        """Register the laptop with the typed server address and code."""
        self.runner.enrol(self.server.text(), self.code.text())

    def sync_now(self) -> None:
        """Start a sync."""
        self.runner.sync_now()

    def _background_toggled(self, on: bool) -> None:
        if on:
            self.runner.start_background()
        else:
            self.runner.stop_background()

    def _started(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first report
        self.sync_button.setEnabled(False)
        self.enrol_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.result.setText(self.tr("Syncing…"))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _idle(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        self.enrol_button.setEnabled(True)

    def _succeeded(self, _result: object) -> None:
        self._idle()
        self.retranslate()

    def _failed(self, code: str) -> None:
        self._idle()
        self.retranslate()
        self.result.setText(sync_text(code, self.runner.lost))
