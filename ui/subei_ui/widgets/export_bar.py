"""An "Export…" button for a list screen: file dialog, export off the GUI thread, progress, errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from subei_mobile.errors import SubeiError
from subei_mobile.store import Store

from ..issue_text import IssueText
from ..operations import CoreOperation

Exporter = Callable[[Store, Path], int]


class ExportBar(QWidget):
    """Writes a screen's whole list as CSV or XLSX; emits `exported(rows, path)` or `failed(text)`."""

    exported = Signal(int, object)
    failed = Signal(str)

    def __init__(
        self, store: Store, exporter: Exporter, file_stem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.exporter, self.file_stem = store, exporter, file_stem
        self.operation: CoreOperation | None = None
        self.button = QPushButton(self)
        self.button.setObjectName("exportButton")
        self.button.clicked.connect(self.choose_and_export)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the core reports no steps for one table
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.button.setText(self.tr("Export…"))
        self.button.setToolTip(self.tr("Save the whole list as a CSV or Excel file"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask_path(self) -> Path | None:
        """Ask where to save (a modal dialog: tests call export_to directly)."""
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), f"{self.file_stem}.xlsx", f"{excel};;{csv}"
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        return path

    def choose_and_export(self) -> None:
        """Ask for a file, then export to it."""
        path = self.ask_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> CoreOperation:
        """Write the list to path off the GUI thread; return the running operation."""
        store, exporter = self.store, self.exporter
        self.button.setEnabled(False)
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exporting…"))
        self.operation = CoreOperation(
            lambda _progress: exporter(store, path),
            on_success=lambda rows: self._done(int(rows), path),
            on_failure=self._failed,
            parent=self,
        )
        self.operation.finished.connect(self._finished)
        return self.operation.run()

    def error_text(self, exc: BaseException) -> str:
        """Return a translated sentence for a failed export (never the exception's own text)."""
        code = getattr(exc, "code", "")
        if code == "disk_full":
            return self.tr("Export failed: the disk is full. Free some space and try again.")
        if code == "file.unsupported_format":
            return self.tr("Export failed: choose a file ending in .xlsx or .csv.")
        if isinstance(exc, SubeiError):
            return self.tr("Export failed: %1").replace("%1", IssueText(self).error(exc))
        if isinstance(exc, OSError):
            return self.tr(
                "Export failed: the file cannot be written there. Check the folder exists, "
                "that you may write to it and that the file is not open in another program."
            )
        return self.tr("Export failed: %1").replace("%1", IssueText(self).error(exc))

    def _done(self, rows: int, path: Path) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%n rows exported to %1", "", rows).replace("%1", path.name))
        self.exported.emit(rows, path)

    def _failed(self, exc: BaseException) -> None:
        text = self.error_text(exc)
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(text)
        self.failed.emit(text)

    def _finished(self) -> None:
        self.button.setEnabled(True)
        self.progress.hide()
        self.operation = None
