"""Import the township's household register from XLSX or CSV: map columns, check, then write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import catalogue
from subei_mobile.errors import SubeiError
from subei_mobile.exchange.census import ValueCount, ValueMap
from subei_mobile.exchange.households import COLUMNS, HOUSEHOLDS
from subei_mobile.exchange.importer import ImportReport
from subei_mobile.exchange.mapping import (
    IGNORED,
    check_import,
    detect_headers,
    run_mapped_import,
    suggest_mapping,
    value_census,
)
from subei_mobile.exchange.saved_mappings import SavedMapping, load_mapping, save_mapping
from subei_mobile.exchange.sheets import SheetRow, Table
from subei_mobile.store import Store

from ..bridge import ProgressCallback
from ..error_text import text_for
from ..operations import CoreOperation

PREVIEW_ROWS = 5
HOW = {
    "gbt4761": QT_TRANSLATE_NOOP("RegisterImportDialog", "GB/T 4761 relation code or name"),
    "gbt2261": QT_TRANSLATE_NOOP("RegisterImportDialog", "GB/T 2261.1 sex code"),
    "gb3304": QT_TRANSLATE_NOOP("RegisterImportDialog", "GB 3304 ethnicity code or name"),
    "gbt2260": QT_TRANSLATE_NOOP("RegisterImportDialog", "Division code"),
    "synonym": QT_TRANSLATE_NOOP("RegisterImportDialog", "Common register wording"),
}


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
        # Values of coded columns that will be read as something else, or not at all.
        self.values = QTableWidget(0, 5)
        self.values.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Value in file"), self.tr("Rows"), self.tr("Read as"),
             self.tr("Why")]
        )  # fmt: skip
        self.value_rows: list[ValueCount] = []
        self.accept_button = QPushButton(self.tr("Accept the suggested values"))
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.table: Table | None = None  # the file as read, within the import bounds
        self.operation: CoreOperation | None = None
        self.imported: ImportReport | None = None
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.encoding = ""
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
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Columns: choose which of our fields each column holds")))
        layout.addWidget(self.mapping, 2)
        layout.addWidget(QLabel(self.tr("Values: check how each value will be read; pick one for "
                                        "values we do not know")))  # fmt: skip
        layout.addWidget(self.values, 2)
        layout.addWidget(self.accept_button)
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

    def load(self, path: Path) -> CoreOperation:
        """Read a file off the GUI thread, then show its first rows and propose (or recall) the
        column mapping."""
        self.path, self.table, self.report = None, None, None
        self.operation = CoreOperation(
            lambda _progress: detect_headers(path),
            on_success=lambda result: self._loaded(path, *result),
            on_failure=lambda exc: self.status.setText(
                self.tr("Cannot read this file: %1").replace("%1", text_for(
                    exc.code if isinstance(exc, SubeiError) else type(exc).__name__))),
            parent=self,
        )  # fmt: skip
        self._busy(True)
        self.operation.finished.connect(lambda: self._busy(False))
        return self.operation.run()

    def _loaded(self, path: Path, table: Table, rows: list[SheetRow]) -> None:
        self.path, self.table = path, table
        self.headers, self.encoding = table.headers, table.encoding
        self.file_label.setText(
            self.tr("%1 (read as %2)").replace("%1", path.name).replace("%2", self.encoding)
        )
        saved = load_mapping(self.store.data_dir, self.headers)
        suggested = saved.columns if saved else suggest_mapping(self.headers, HOUSEHOLDS, COLUMNS)
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
            combo.currentIndexChanged.connect(self._columns_changed)
            self.mapping.setCellWidget(0, column, combo)
        for r, row in enumerate(rows[:PREVIEW_ROWS], start=1):
            for c in range(len(self.headers)):
                self.mapping.setItem(r, c, QTableWidgetItem(row.values.get(str(c), "")))
        self.problems.setRowCount(0)
        self._fill_values(saved.values if saved else {})
        self.status.setText(
            self.tr("Using the mapping saved for files with these columns. Check the rows.")
            if saved else self.tr("Check the mapping, then check the rows.")
        )  # fmt: skip
        self._enable()

    def _fill_values(self, chosen: ValueMap) -> None:
        """List every value that is read through a code set or not understood, with a choice."""
        if self.table is None:
            return
        census = value_census(self.table, self.chosen_mapping())  # in memory: no file access
        self.value_rows = [v for v in census if v.resolved is None or v.changed]
        self.values.setRowCount(len(self.value_rows))
        for r, entry in enumerate(self.value_rows):
            self.values.setItem(r, 0, QTableWidgetItem(entry.column))
            self.values.setItem(r, 1, QTableWidgetItem(entry.value))
            self.values.setItem(r, 2, QTableWidgetItem(str(entry.count)))
            combo = QComboBox()
            combo.addItem(self.tr("(not understood: row rejected)"), "")
            for code, label in self._choices(entry.column):
                combo.addItem(label, code)
            pick = chosen.get(entry.column, {}).get(entry.value)
            if pick is None:  # a suggestion is only offered: the person accepts it explicitly
                pick = entry.resolved.code if entry.resolved else ""
            if entry.resolved and entry.resolved.needs_sex and entry.value not in chosen.get(
                    entry.column, {}):  # fmt: skip
                combo.setItemText(0, self.tr("(son or daughter, by the sex column)"))
                pick = ""
            combo.setCurrentIndex(max(0, combo.findData(pick)))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.values.setCellWidget(r, 3, combo)
            suggested = combo.itemText(combo.findData(entry.suggestion)) if entry.suggestion else ""
            why = (
                QCoreApplication.translate("RegisterImportDialog", HOW[entry.resolved.how])
                if entry.resolved and entry.resolved.how in HOW
                else self.tr("Unknown value; suggested: %1").replace("%1", suggested) if suggested
                else self.tr("Unknown value")
            )  # fmt: skip
            self.values.setItem(r, 4, QTableWidgetItem(why))
        self.values.resizeColumnsToContents()
        self.accept_button.setEnabled(any(v.suggestion for v in self.value_rows))

    def accept_suggestions(self) -> None:
        """Take the suggested value for every value that is not understood."""
        for r, entry in enumerate(self.value_rows):
            combo = self.values.cellWidget(r, 3)
            if entry.resolved is None and entry.suggestion and isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(entry.suggestion))

    def _choices(self, column: str) -> list[tuple[str, str]]:
        if column in ("township", "village"):
            return [(p.code, f"{p.name.zh} {p.code}") for p in catalogue.places().values()
                    if p.level == column]  # fmt: skip
        return [(code, f"{name.zh} ({code})")
                for code, name in catalogue.options().get(column, {}).items()]  # fmt: skip

    def chosen_values(self) -> ValueMap:
        """Return the value mapping as chosen: file value -> our code, per column."""
        out: ValueMap = {}
        for r, entry in enumerate(self.value_rows):
            combo = self.values.cellWidget(r, 3)
            code = str(combo.currentData()) if isinstance(combo, QComboBox) else ""
            if code:
                out.setdefault(entry.column, {})[entry.value] = code
        return out

    def set_value(self, column: str, value: str, code: str) -> None:
        """Choose what a value of a coded column is read as."""
        for r, entry in enumerate(self.value_rows):
            combo = self.values.cellWidget(r, 3)
            if (entry.column, entry.value) == (column, value) and isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(code))

    def chosen_mapping(self) -> list[str]:
        """Return our column for each file column, as chosen in the combo boxes."""
        combos = [self.mapping.cellWidget(0, c) for c in range(self.mapping.columnCount())]
        return [str(c.currentData()) if isinstance(c, QComboBox) else IGNORED for c in combos]

    def set_mapping(self, column: int, target: str) -> None:
        """Point a file column at one of our fields (or IGNORED)."""
        combo = self.mapping.cellWidget(0, column)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(target))

    def _columns_changed(self) -> None:
        self._fill_values(self.chosen_values())  # a column now holds other values
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        self.report = None
        self._enable()

    def check(self) -> CoreOperation | None:
        """Check every row with the chosen mapping, off the GUI thread; nothing is written."""
        if self.path is None:
            return None
        path, mapping, values = self.path, self.chosen_mapping(), self.chosen_values()
        return self._start(
            lambda progress: check_import(self.store, HOUSEHOLDS, path, mapping, values, progress),
            self._checked,
        )

    def _start(self, work: Callable[[ProgressCallback], ImportReport],
               done: Callable[[ImportReport], None]) -> CoreOperation:  # fmt: skip
        self.report = None
        self._busy(True)
        self.operation = CoreOperation(work, on_success=done, on_failure=self._failed,
                                       on_progress=self._progressed, parent=self)  # fmt: skip
        self.operation.finished.connect(lambda: self._busy(False))
        return self.operation.run()

    def cancel(self) -> None:
        """Stop a running check (an import stops before it writes anything)."""
        if self.operation is not None:
            self.operation.cancel()
            self.status.setText(self.tr("Cancelled; nothing has been written."))
            self._busy(False)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            for button in (self.check_button, self.import_button, self.skip_button):
                button.setEnabled(False)
        else:
            self.operation = None
            self._enable()

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, SubeiError) else type(exc).__name__
        self.status.setText(
            self.tr("The file cannot be imported: %1").replace("%1", text_for(code))
        )

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        self._show_problems(report)
        bad = len(report.rejected)
        self.status.setText(
            self.tr("All rows are fine.") if not bad
            else self.tr("%n row(s) cannot be imported; nothing has been written.", "", bad)
        )  # fmt: skip

    def _show_problems(self, report: ImportReport) -> None:
        # Converted legacy (Menksoft) text and warnings are listed too, before anything is written.
        listed = [*report.rejected, *report.converted, *((n, [i]) for n, i in report.warnings)]
        self.problems.setRowCount(len(listed))
        for r, (line, issues) in enumerate(listed):
            # Translated messages and codes, never cell values.
            reason = "; ".join(f"{i.field}: {text_for(i.code)} [{i.code}]" for i in issues)
            self.problems.setItem(r, 0, QTableWidgetItem(str(line)))
            self.problems.setItem(r, 1, QTableWidgetItem(reason))

    def write(self, skip_bad: bool) -> CoreOperation | None:
        """Write the checked rows (all of them, or the good ones when skip_bad), off the GUI
        thread; the outcome lands in `imported`."""
        if self.path is None or self.report is None:
            return None
        if self.report.rejected and not skip_bad:
            return None
        path, mapping, values = self.path, self.chosen_mapping(), self.chosen_values()
        headers = list(self.headers)

        def work(progress: ProgressCallback) -> ImportReport:
            done = run_mapped_import(self.store, HOUSEHOLDS, path, mapping, values,
                                     skip_bad=skip_bad, progress=progress)  # fmt: skip
            save_mapping(self.store.data_dir, headers, SavedMapping(mapping, values))
            return done

        return self._start(work, self._imported)

    def _imported(self, done: ImportReport) -> None:
        self.imported = done
        text = (
            self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 skipped.")
            .replace("%1", str(done.new)).replace("%2", str(done.updated))
            .replace("%3", str(done.unchanged)).replace("%4", str(len(done.rejected)))
        )  # fmt: skip
        if done.reject_file:
            text += " " + self.tr(
                "Skipped lines are listed in %1 (ID numbers and phones masked)."
            ).replace("%1", str(done.reject_file))
        elif done.reject_error:
            text += " " + self.tr("The list of skipped lines could not be written (%1).").replace(
                "%1", text_for(done.reject_error)
            )
        self.status.setText(text)

    def _enable(self) -> None:
        checked = self.report is not None
        clean = checked and not self.report.rejected  # type: ignore[union-attr]
        self.check_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(bool(clean))
        self.skip_button.setEnabled(checked and not clean)
