"""The township office's dashboard: period and place, bar charts, the tables, PDF and XLSX export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QRectF, Qt
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

from ..languages import pick, prefer_mongolian
from ..operations import CoreOperation
from ..vocabulary import Vocabulary

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
                self.place.addItem("", place.code)
        self._name_places()
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
        self.chart_titles: dict[str, QLabel] = {}
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end,
                       QLabel(self.tr("Place")), self.place, refresh):  # fmt: skip
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.xlsx_button)
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        titles = self.chart_texts()
        for key, chart in self.charts.items():
            title = QLabel(f"<b>{titles[key]}</b>")
            title.setObjectName(f"chart_title_{key}")
            self.chart_titles[key] = title
            chart_layout.addWidget(title)
            chart_layout.addWidget(chart)
        self.tabs.addTab(chart_page, self.tr("Charts"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def chart_texts(self) -> dict[str, str]:
        """Return the translated titles of the charts."""
        return {"requests": self.tr("Service requests by service"),
                "mediations": self.tr("Mediations by category"),
                "activities": self.tr("Activities by kind"),
                "hazards": self.tr("Open hazards by kind")}  # fmt: skip

    def table_texts(self) -> dict[str, str]:
        """Return the translated titles of the figure tables (tab titles)."""
        return {"requests_by_service": self.tr("Requests by service"),
                "mediations_by_category": self.tr("Mediations by category"),
                "activities_by_kind": self.tr("Activities by kind"),
                "classrooms": self.tr("Classrooms"), "hazards": self.tr("Hazards"),
                "care_visits": self.tr("Care visits")}  # fmt: skip

    def column_texts(self) -> dict[str, str]:
        """Return the translated titles of the figure tables' columns."""
        names = {
            "service_code": self.tr("Code"), "category_code": self.tr("Code"),
            "hazard_kind": self.tr("Code"), "activity_id": self.tr("Code"),
            "name_zh": self.tr("Name"), "name_mn": self.tr("Name"), "total": self.tr("Total"),
            "completed": self.tr("Completed"), "mean_days": self.tr("Mean days"),
            "median_days": self.tr("Median days"), "in_progress": self.tr("In progress"),
            "failed_or_referred": self.tr("Failed or referred"),
            "not_accepted_or_withdrawn": self.tr("Not accepted or withdrawn"),
            "kind": self.tr("Kind"), "activities": self.tr("Activities"),
            "people_present": self.tr("People present"), "date": self.tr("Date"),
            "title_zh": self.tr("Title (Chinese)"), "title_mn": self.tr("Title (Mongolian)"),
            "topic_zh": self.tr("Topic (Chinese)"), "place": self.tr("Place"),
            "present": self.tr("Present"), "absent": self.tr("Absent"), "open": self.tr("Open"),
            "closed": self.tr("Closed"), "open_high": self.tr("Open, high or critical"),
            "measure": self.tr("Measure"), "unit": self.tr("Unit"), "value": self.tr("Value"),
        }  # fmt: skip
        return {**Vocabulary(self).statuses(), **names}

    def cell_texts(self) -> dict[str, str]:
        """Return the translated fixed cells: activity kinds and care-visit measures."""
        return {
            "classroom": self.tr("Nomadic classroom"),
            "transhumance_point": self.tr("Transhumance service point"),
            "legal_education": self.tr("Legal education"),
            "hazard_check": self.tr("Hazard check"), "care_visit": self.tr("Care visit"),
            "visits": self.tr("Visits"), "recipients": self.tr("Recipients"),
            "money_yuan": self.tr("Money"), "元": self.tr("yuan"),
        }  # fmt: skip

    def _name_places(self) -> None:
        places = catalogue.places()
        indent = {"township": "", "village": "  ", "grid": "    "}
        for index in range(1, self.place.count()):
            place = places[self.place.itemData(index)]
            self.place.setItemText(index, indent[place.level] + pick(place.name.zh, place.name.mn))

    def changeEvent(self, event: QEvent) -> None:
        """Show catalogue names, tables and charts again in the new language."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self._name_places()
            for key, title in self.chart_texts().items():
                self.chart_titles[key].setText(f"<b>{title}</b>")
            if self.dashboard is not None:
                self.show_dashboard(self.dashboard)
        super().changeEvent(event)

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
        cells = self.cell_texts()
        req = dashboard.table("requests_by_service")
        self.charts["requests"].set_rows([(pick(str(r[1]), str(r[2])), float(r[3]))
                                          for r in req.rows])  # fmt: skip
        med = dashboard.table("mediations_by_category")
        self.charts["mediations"].set_rows([(pick(str(r[1]), str(r[2])), float(r[3]))
                                            for r in med.rows])  # fmt: skip
        kinds = dashboard.table("activities_by_kind")
        self.charts["activities"].set_rows([(cells.get(str(r[0]), str(r[0])), float(r[1]))
                                            for r in kinds.rows])  # fmt: skip
        haz = dashboard.table("hazards")
        self.charts["hazards"].set_rows([(pick(str(r[1]), str(r[2])), float(r[3]))
                                         for r in haz.rows])  # fmt: skip
        current = self.tabs.currentIndex()
        while self.tabs.count() > 1:
            widget = self.tabs.widget(1)
            self.tabs.removeTab(1)
            widget.deleteLater()
        titles = self.table_texts()
        for table in dashboard.tables.values():
            self.tabs.addTab(self._table_widget(table.columns, table.rows),
                             titles.get(table.key, table.key))  # fmt: skip
        self.tabs.setCurrentIndex(max(0, current))

    def _table_widget(
        self, columns: tuple[str, ...], rows: list[tuple[object, ...]]
    ) -> QTableWidget:
        widget = QTableWidget(len(rows), len(columns))
        names, cells = self.column_texts(), self.cell_texts()
        widget.setHorizontalHeaderLabels([names.get(c, c) for c in columns])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                text = str(value)
                if columns[c] in ("kind", "measure", "unit"):
                    text = cells.get(text, text.removeprefix("goods:"))
                widget.setItem(r, c, QTableWidgetItem(text))
        # Codes and ids are for the export; the name shows in the reader's script only.
        other = "name_zh" if prefer_mongolian() else "name_mn"
        for c, column in enumerate(columns):
            hidden = column in ("service_code", "category_code", "hazard_kind", "activity_id")
            widget.setColumnHidden(c, hidden or column == other)
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
