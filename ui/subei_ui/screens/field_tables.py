"""A lazy table model over record ids, shared by the request, case and activity lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
BATCH = 200  # rows handed to the view per fetchMore: enough to fill a tall window twice
CACHE_LIMIT = 2000  # decoded rows kept; the view only ever shows a few dozen


class LazyIdModel(QAbstractTableModel):
    """Holds only ids; a row's cells are loaded the first time the view asks for them."""

    def __init__(
        self,
        headers: Sequence[str],
        list_ids: Callable[[], list[str]],
        load_row: Callable[[str], list[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._list_ids = list_ids
        self._load_row = load_row
        self._ids: list[str] = []
        self._shown = 0
        self._rows: dict[str, list[str]] = {}
        self.reload()

    def set_headers(self, headers: Sequence[str]) -> None:
        """Replace the column titles (after a language switch)."""
        self._headers = list(headers)
        if self._headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def retranslate(self, headers: Sequence[str]) -> None:
        """Take new column titles and re-ask the view for cells, without touching the store."""
        self.set_headers(headers)
        self._rows.clear()  # cells are re-read lazily, only when a visible view paints them
        if self._shown and self._headers:
            last = self.index(self._shown - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def reload(self) -> None:
        """Re-read the ids (after a save) and forget cached rows."""
        self.beginResetModel()
        self._ids = self._list_ids()
        self._shown = min(BATCH, len(self._ids))
        self._rows.clear()
        self.endResetModel()

    def id_at(self, row: int) -> str:
        """Return the record id shown in a row."""
        return self._ids[row]

    def row_of(self, record_id: str) -> int:
        """Return the row of an id, fetching further batches if needed; -1 when absent."""
        if record_id not in self._ids:
            return -1
        row = self._ids.index(record_id)
        while row >= self._shown and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return row

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        extra = min(BATCH, len(self._ids) - self._shown)
        if extra <= 0:
            return
        # Last row inserted is first + extra - 1 (the Qt example's off-by-one is not copied).
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + extra - 1)
        self._shown += extra
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        record_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return record_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cells = self._cells(record_id)
        return cells[index.column()] if index.column() < len(cells) else None

    def _cells(self, record_id: str) -> list[str]:
        cells = self._rows.get(record_id)
        if cells is None:
            if len(self._rows) >= CACHE_LIMIT:
                self._rows.clear()
            cells = self._rows[record_id] = self._load_row(record_id)
        return cells


def ids_query(conn: Any, sql: str, params: Sequence[object] = ()) -> Callable[[], list[str]]:
    """Return a callable that lists the ids a query selects, in its order."""
    return lambda: [str(r[0]) for r in conn.execute(sql, tuple(params)).fetchall()]


def store_open(store: Any) -> bool:
    """Tell whether a store's connection is still open (a leftover widget may outlive it)."""
    import sqlite3

    try:
        store.conn.total_changes  # noqa: B018 - raises once the connection is closed
    except sqlite3.ProgrammingError:
        return False
    return True
