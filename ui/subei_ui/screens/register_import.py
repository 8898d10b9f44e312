"""Import the township's household register from XLSX or CSV: map columns, check, then write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile.errors import SubeiError
from subei_mobile.exchange.households import COLUMNS, HOUSEHOLDS
from subei_mobile.exchange.importer import ImportReport
from subei_mobile.exchange.mapping import (
    IGNORED,
    check_import,
    detect_headers,
    mapped_kind,
    run_mapped_import,
    suggest_mapping,
)
from subei_mobile.store import Store

PREVIEW_ROWS = 5


class RegisterImportDialog(QDialog):
    """Choose a file, check the column mapping and every row; write only when clean or told to skip."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path: Path | None = None
        self.headers: list[str] = []
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import household register"))
        self.file_label = QLabel(self.tr("No file chosen"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        self.mapping = QTableWidget(0, 0)  # row 0: our column (combo boxes), rows below: preview
        self.problems = QTableWidget(0, 2)
        self.problems.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Reason")])
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check rows"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.clicked.connect(lambda: self.write(skip_bad=False))
        self.skip_button = QPushButton(self.tr("Import good rows, skip bad ones"))
        self.skip_button.clicked.connect(lambda: self.write(skip_bad=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        actions = QHBoxLayout()
        for button in (self.check_button, self.import_button, self.skip_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columns: choose which of our fields each column holds")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(QLabel(self.tr("Rows that cannot be imported")))
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self._enable()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Household register"), "", self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read a file's headers and first rows and propose a mapping."""
        try:
            self.headers, rows = detect_headers(path)
        except SubeiError as exc:
            self.status.setText(self.tr("Cannot read this file (%1).").replace("%1", exc.code))
            return
        self.path, self.report = path, None
        self.file_label.setText(path.name)
        suggested = suggest_mapping(self.headers, HOUSEHOLDS, COLUMNS)
        self.mapping.clear()
        self.mapping.setColumnCount(len(self.headers))
        self.mapping.setRowCount(1 + min(PREVIEW_ROWS, len(rows)))
        self.mapping.setHorizontalHeaderLabels(self.headers)
        for column, target in enumerate(suggested):
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), IGNORED)
            for name in COLUMNS:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(0, column, combo)
        for r, row in enumerate(rows[:PREVIEW_ROWS], start=1):
            for c, header in enumerate(self.headers):
                self.mapping.setItem(r, c, QTableWidgetItem(row.values.get(header, "")))
        self.problems.setRowCount(0)
        self.status.setText(self.tr("Check the mapping, then check the rows."))
        self._enable()

    def chosen_mapping(self) -> list[str]:
        """Return our column for each file column, as chosen in the combo boxes."""
        combos = [self.mapping.cellWidget(0, c) for c in range(self.mapping.columnCount())]
        return [str(c.currentData()) if isinstance(c, QComboBox) else IGNORED for c in combos]

    def set_mapping(self, column: int, target: str) -> None:
        """Point a file column at one of our fields (or IGNORED)."""
        combo = self.mapping.cellWidget(0, column)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(target))

    def _mapping_changed(self) -> None:
        self.report = None
        self._enable()

    def check(self) -> ImportReport | None:
        """Check every row with the chosen mapping; nothing is written."""
        if self.path is None:
            return None
        try:
            kind = mapped_kind(HOUSEHOLDS, self.headers, self.chosen_mapping())
            self.report = check_import(self.store, kind, self.path)
        except SubeiError as exc:
            self.report = None
            self.status.setText(self.tr("The mapping is not usable (%1).").replace("%1", str(exc)))
            self._enable()
            return None
        self._show_problems(self.report)
        bad = len(self.report.rejected)
        self.status.setText(
            self.tr("All rows are fine.") if not bad
            else self.tr("%n row(s) cannot be imported; nothing has been written.", "", bad)
        )  # fmt: skip
        self._enable()
        return self.report

    def _show_problems(self, report: ImportReport) -> None:
        # Converted legacy (Menksoft) text is listed too, before anything is written.
        listed = [*report.rejected, *report.converted]
        self.problems.setRowCount(len(listed))
        for r, (line, issues) in enumerate(listed):
            reason = "; ".join(f"{i.field}: {i.code}" for i in issues)  # codes, never cell values
            self.problems.setItem(r, 0, QTableWidgetItem(str(line)))
            self.problems.setItem(r, 1, QTableWidgetItem(reason))

    def write(self, skip_bad: bool) -> ImportReport | None:
        """Write the checked rows (all of them, or the good ones when skip_bad)."""
        if self.path is None or self.report is None:
            return None
        if self.report.rejected and not skip_bad:
            return None
        done = run_mapped_import(self.store, HOUSEHOLDS, self.path, self.headers,
                                 self.chosen_mapping(), skip_bad=skip_bad)  # fmt: skip
        self.status.setText(
            self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 skipped.")
            .replace("%1", str(done.new)).replace("%2", str(done.updated))
            .replace("%3", str(done.unchanged)).replace("%4", str(len(done.rejected)))
        )  # fmt: skip
        self.report = None
        self._enable()
        return done

    def _enable(self) -> None:
        checked = self.report is not None
        clean = checked and not self.report.rejected  # type: ignore[union-attr]
        self.check_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(bool(clean))
        self.skip_button.setEnabled(checked and not clean)
