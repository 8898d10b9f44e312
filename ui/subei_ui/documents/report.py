"""The monthly report and the dashboard as PDF: headline figures, bar charts, then the tables."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPagedPaintDevice, QPageSize

from subei_mobile.reports.dashboard import Dashboard, MonthlyReport
from subei_mobile.reports.figures import FigureTable

from . import vertical
from .bilingual import LABEL_INK
from .charts import bar_chart, chart_height
from .sheet import INK, MUTED, Progress, Sheet, write_pdf

TITLES = {"monthly": ("流动服务中心月度工作报告", "ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠠᠵᠢᠯ ᠤᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯ"),
          "dashboard": ("流动服务中心工作数据", "ᠠᠵᠢᠯ ᠤᠨ ᠲᠣᠭ᠎ᠠ ᠪᠠᠷᠢᠮᠲᠠ")}  # fmt: skip
HEADLINE = {
    "requests_received": "受理服务事项", "requests_delivered": "办结送达",
    "mediations_reported": "受理纠纷", "agreements_signed": "签订调解协议",
    "classrooms": "游牧课堂（场）", "classroom_attendance": "课堂到场人次",
    "hazards_open": "隐患未整改", "hazards_closed": "隐患已整改",
    "care_visits": "走访慰问（次）", "care_recipients": "慰问对象（人）",
    "care_money_yuan": "慰问金（元）",
}  # fmt: skip
KINDS = {"classroom": "游牧课堂", "transhumance_point": "转场服务点", "legal_education": "普法宣传",
         "hazard_check": "隐患排查", "care_visit": "走访慰问"}  # fmt: skip
OUTCOMES = ("调解中", "已签协议", "已履行", "失败或移交", "不受理或撤回")


def draw_report(
    device: QPagedPaintDevice, dashboard: Dashboard, previous: dict[str, float] | None = None,
    progress: Progress | None = None,
) -> int:  # fmt: skip
    """Draw the report (monthly when previous figures are given) and return the page count."""
    sheet = Sheet(device, margin_mm=15.0, progress=progress)
    sheet.on_new_page = lambda s: _footer(s, dashboard)
    sheet.step(0, 4)
    _header(sheet, dashboard, "monthly" if previous is not None else "dashboard")
    _headline(sheet, dashboard.headline(), previous)
    sheet.step(1, 4)
    _charts(sheet, dashboard)
    sheet.step(2, 4)
    _tables(sheet, dashboard)
    sheet.step(3, 4)
    sheet.finish()
    return sheet.page


def _header(sheet: Sheet, dashboard: Dashboard, kind: str) -> None:
    title_zh, title_mn = TITLES[kind]
    font = sheet.mn_font(14.0)
    laid = vertical.layout(sheet, title_mn, font, 36.0)
    vertical.draw(sheet, laid, sheet.left, sheet.y, font, LABEL_INK)
    x = sheet.left + laid.width + 5
    height = sheet.text(x, sheet.y + 2, sheet.right - x, title_zh, sheet.zh_font(18, True))
    place_zh, _ = dashboard.place.names()
    period = (
        f"{place_zh}　{dashboard.period.start:%Y年%m月%d日} 至 {dashboard.period.end:%Y年%m月%d日}"
    )
    sheet.text(x, sheet.y + height + 4, sheet.right - x, period, sheet.zh_font(10), color=MUTED)
    sheet.y += max(laid.length, height + 12) + 3
    sheet.rule(sheet.y - 1.5, INK, 0.5)


def _headline(sheet: Sheet, figures: dict[str, float], previous: dict[str, float] | None) -> None:
    per_row, height = 4, 17.0
    width = sheet.body_width / per_row
    for index, (key, label) in enumerate(HEADLINE.items()):
        x = sheet.left + (index % per_row) * width
        y = sheet.y + (index // per_row) * (height + 2)
        sheet.painter.fillRect(sheet.rect(x, y, width - 2, height), Qt.GlobalColor.white)
        sheet.painter.setPen(MUTED)
        sheet.painter.drawRect(sheet.rect(x, y, width - 2, height))
        value = figures.get(key, 0.0)
        sheet.text(x + 2, y + 1.5, width - 6, f"{value:,.0f}", sheet.zh_font(16, True))
        sheet.text(x + 2, y + 10, width - 6, label, sheet.zh_font(8), color=MUTED)
        if previous is not None:
            change = value - previous.get(key, 0.0)
            sign = "+" if change > 0 else ""
            sheet.text(x + 2, y + 3, width - 6, f"较上月 {sign}{change:,.0f}", sheet.zh_font(7.5),
                       Qt.AlignmentFlag.AlignRight, MUTED)  # fmt: skip
    rows = (len(HEADLINE) + per_row - 1) // per_row
    sheet.y += rows * (height + 2) + 4


def _charts(sheet: Sheet, dashboard: Dashboard) -> None:
    req = dashboard.table("requests_by_service")
    done = req.column("completed")
    totals = req.column("total")
    rows = [(str(n), (float(d), float(t) - float(d)))
            for n, d, t in zip(req.column("name_zh"), done, totals, strict=True)]  # fmt: skip
    _chart(sheet, "服务事项受理与办结", rows, ("已办结送达", "办理中"))
    med = dashboard.table("mediations_by_category")
    outcome_columns = med.columns[4:]
    rows = [(str(r[1]), tuple(float(r[med.columns.index(c)]) for c in outcome_columns))
            for r in med.rows]  # fmt: skip
    _chart(sheet, "矛盾纠纷调解（按类型和结果）", rows, OUTCOMES)
    kinds = dashboard.table("activities_by_kind")
    rows = [(KINDS.get(str(r[0]), str(r[0])), (float(r[1]),)) for r in kinds.rows]
    _chart(sheet, "各类活动场次", rows)
    haz = dashboard.table("hazards")
    rows = [(str(r[1]), (float(r[4]), float(r[3]))) for r in haz.rows]
    _chart(sheet, "隐患排查（已整改 / 未整改）", rows, ("已整改", "未整改"))


def _chart(
    sheet: Sheet,
    title: str,
    rows: Sequence[tuple[str, Sequence[float]]],
    series: Sequence[str] = (),
) -> None:
    if not rows:
        rows = [("（本期无记录）", (0.0,))]
    sheet.ensure(chart_height(len(rows), bool(series)))
    sheet.y += bar_chart(sheet, sheet.left, sheet.y, sheet.body_width, title, rows, series) + 4


def _tables(sheet: Sheet, dashboard: Dashboard) -> None:
    req = dashboard.table("requests_by_service")
    _table(sheet, "服务事项明细", ("事项", "受理", "已送达", "平均天数"),
           [(r[1], r[3], r[10], r[11]) for r in req.rows], (0.55, 0.15, 0.15, 0.15))  # fmt: skip
    rooms = dashboard.table("classrooms")
    _table(sheet, "游牧课堂", ("日期", "主题", "地点", "到场", "缺席"),
           [(r[1], r[4] or r[2], r[5], r[6], r[7]) for r in rooms.rows],
           (0.15, 0.45, 0.2, 0.1, 0.1))  # fmt: skip
    care = dashboard.table("care_visits")
    names = {"visits": "走访慰问次数", "recipients": "慰问对象人数", "money_yuan": "慰问金"}
    rows = [(names.get(str(r[0]), str(r[0]).removeprefix("goods:")), r[2], r[1]) for r in care.rows]
    _table(sheet, "走访慰问", ("项目", "数量", "单位"), rows, (0.6, 0.25, 0.15))


def _table(
    sheet: Sheet, title: str, header: Sequence[str], rows: Sequence[Sequence[object]],
    shares: Sequence[float],
) -> None:  # fmt: skip
    line = 5.6
    sheet.ensure(8 + line * min(len(rows) + 1, 4))
    sheet.text(sheet.left, sheet.y, sheet.body_width, title, sheet.zh_font(10, True))
    sheet.y += 7
    for index, row in enumerate([tuple(header), *rows]):
        if sheet.room() < line:
            sheet.new_page()
        x = sheet.left
        font = sheet.zh_font(8.5, bold=index == 0)
        for share, cell in zip(shares, row, strict=True):
            text = f"{cell:g}" if isinstance(cell, float) else str(cell)
            sheet.text(x + 1, sheet.y + 0.8, sheet.body_width * share - 2, text, font)
            x += sheet.body_width * share
        sheet.y += line
        sheet.rule(sheet.y, MUTED, 0.1)
    if not rows:
        sheet.text(
            sheet.left,
            sheet.y + 1,
            sheet.body_width,
            "（本期无记录）",
            sheet.zh_font(8.5),
            color=MUTED,
        )
        sheet.y += line
    sheet.y += 5


def _footer(sheet: Sheet, dashboard: Dashboard) -> None:
    sheet.footer(f"{dashboard.period.label}　第 {sheet.page} 页")


def write_monthly_pdf(report: MonthlyReport, path: Path, progress: Progress | None = None) -> Path:
    """Write the monthly report as an A4 PDF; callable off the GUI thread."""
    return write_pdf(path, QPageSize.PageSizeId.A4, "Monthly report",
                     lambda w: draw_report(w, report.dashboard, report.previous, progress))  # fmt: skip


def write_dashboard_pdf(dashboard: Dashboard, path: Path, progress: Progress | None = None) -> Path:
    """Write the dashboard as an A4 PDF; callable off the GUI thread."""
    return write_pdf(path, QPageSize.PageSizeId.A4, "Dashboard",
                     lambda w: draw_report(w, dashboard, None, progress))  # fmt: skip


def table_rows(table: FigureTable) -> list[tuple[object, ...]]:
    """Return a figure table's rows (for callers that print one table)."""
    return list(table.rows)
