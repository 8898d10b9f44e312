"""The township office's dashboard: period and place, bar charts, the tables, PDF and XLSX export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import catalogue
from subei_mobile.reports.dashboard import Dashboard, build_dashboard, export_dashboard
from subei_mobile.reports.scope import Period, PlaceFilter
from subei_mobile.store import Store

from ..operations import CoreOperation

BAR_COLORS = (QColor("#2f6f9f"), QColor("#d08c2e"))


class BarChart(QWidget):
    """Horizontal bars with their labels and values, readable at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []
        self.setMinimumHeight(160)

    def set_rows(self, rows: list[tuple[str, float]]) -> None:
        """Show new bars."""
        self.rows = rows
        self.setMinimumHeight(max(160, 22 * len(rows) + 10))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw one bar per row, the longest filling the width."""
        painter = QPainter(self)
        biggest = max((v for _, v in self.rows), default=0.0) or 1.0
        label_width = self.width() * 0.35
        plot = self.width() - label_width - 50
        for index, (label, value) in enumerate(self.rows):
            y = 5 + index * 22
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, y, label_width - 6, 18),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)  # fmt: skip
            width = plot * value / biggest
            painter.fillRect(QRectF(label_width, y + 2, width, 14), BAR_COLORS[0])
            painter.drawText(QRectF(label_width + width + 4, y, 60, 18),
                             int(Qt.AlignmentFlag.AlignVCenter), f"{value:g}")  # fmt: skip
        painter.end()


class DashboardScreen(QWidget):
    """Figures for a period and a township, village or grid; exported as PDF or XLSX."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.dashboard: Dashboard | None = None
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.place = QComboBox()
        self.place.addItem(self.tr("Whole county"), "")
        for place in catalogue.places().values():
            if place.level in ("township", "village", "grid"):
                indent = {"township": "", "village": "  ", "grid": "    "}[place.level]
                self.place.addItem(indent + (place.name.zh or place.name.mn), place.code)
        refresh = QPushButton(self.tr("Show"))
        refresh.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.clicked.connect(self._export_pdf)
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.xlsx_button.clicked.connect(self._export_xlsx)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.charts = {
            key: BarChart() for key in ("requests", "mediations", "activities", "hazards")
        }
        self.tabs = QTabWidget()
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end,
                       QLabel(self.tr("Place")), self.place, refresh):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        titles = {"requests": self.tr("Service requests by service"),
                  "mediations": self.tr("Mediations by category"),
                  "activities": self.tr("Activities by kind"),
                  "hazards": self.tr("Open hazards by kind")}  # fmt: skip
        for key, chart in self.charts.items():
            chart_layout.addWidget(QLabel(f"<b>{titles[key]}</b>"))
            chart_layout.addWidget(chart)
        self.tabs.addTab(chart_page, self.tr("Charts"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def period(self) -> Period:
        """Return the chosen period."""
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return Period(min(start, end), max(start, end))

    def place_filter(self) -> PlaceFilter:
        """Return the chosen place."""
        return PlaceFilter.of(str(self.place.currentData() or ""))

    def refresh(self) -> None:
        """Recompute the figures (SQL aggregates: fast enough for the GUI thread)."""
        self.show_dashboard(build_dashboard(self.store, self.period(), self.place_filter()))

    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Show a computed dashboard: headline, charts and one tab per table."""
        self.dashboard = dashboard
        head = dashboard.headline()
        self.summary.setText(
            self.tr("Requests %1 (delivered %2) · mediations %3 · classrooms %4 (%5 present) · "
                    "hazards open %6 / closed %7 · care visits %8")
            .replace("%1", f"{head['requests_received']:g}").replace("%2", f"{head['requests_delivered']:g}")
            .replace("%3", f"{head['mediations_reported']:g}").replace("%4", f"{head['classrooms']:g}")
            .replace("%5", f"{head['classroom_attendance']:g}").replace("%6", f"{head['hazards_open']:g}")
            .replace("%7", f"{head['hazards_closed']:g}").replace("%8", f"{head['care_visits']:g}")
        )  # fmt: skip
        req = dashboard.table("requests_by_service")
        self.charts["requests"].set_rows(
            [(str(r[1]), float(r[3])) for r in req.rows])  # fmt: skip
        med = dashboard.table("mediations_by_category")
        self.charts["mediations"].set_rows([(str(r[1]), float(r[3])) for r in med.rows])
        kinds = dashboard.table("activities_by_kind")
        self.charts["activities"].set_rows([(str(r[0]), float(r[1])) for r in kinds.rows])
        haz = dashboard.table("hazards")
        self.charts["hazards"].set_rows([(str(r[1]), float(r[3])) for r in haz.rows])
        while self.tabs.count() > 1:
            self.tabs.removeTab(1)
        for table in dashboard.tables.values():
            self.tabs.addTab(self._table_widget(table.columns, table.rows), table.key)

    def _table_widget(
        self, columns: tuple[str, ...], rows: list[tuple[object, ...]]
    ) -> QTableWidget:
        widget = QTableWidget(len(rows), len(columns))
        widget.setHorizontalHeaderLabels(list(columns))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                widget.setItem(r, c, QTableWidgetItem(str(value)))
        widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return widget

    def export_pdf(self, path: Path) -> CoreOperation:
        """Write the dashboard PDF off the GUI thread."""
        from ..documents.report import write_dashboard_pdf

        dashboard = self.dashboard or build_dashboard(
            self.store, self.period(), self.place_filter()
        )
        return CoreOperation(lambda progress: write_dashboard_pdf(dashboard, path, progress),
                             on_success=lambda _: self._saved(path), parent=self).run()  # fmt: skip

    def export_xlsx(self, path: Path) -> int:
        """Write every figure table to one workbook."""
        dashboard = self.dashboard or build_dashboard(
            self.store, self.period(), self.place_filter()
        )
        count = export_dashboard(dashboard, path)
        self._saved(path)
        return count

    def _saved(self, path: Path) -> None:
        self.summary.setText(self.tr("Saved %1").replace("%1", path.name))

    def _export_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), "dashboard.pdf", "PDF (*.pdf)"
        )
        if name:
            self.export_pdf(Path(name))

    def _export_xlsx(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export XLSX"), "dashboard.xlsx", "Excel (*.xlsx)"
        )
        if name:
            self.export_xlsx(Path(name))
