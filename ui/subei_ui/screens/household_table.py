"""A lazy table of households (or of found people): ids first, row contents on demand."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from subei_mobile import catalogue
from subei_mobile.security.masking import display_id, display_phone
from subei_mobile.store import Store

from ..languages import pick
from ..typefaces import mongolian_font

Index = QModelIndex | QPersistentModelIndex
RowKey = tuple[str, str]  # (household id, person id shown on the row; "" if none)
HOUSEHOLD_ID_ROLE = Qt.ItemDataRole.UserRole
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODE, NAME_ZH, NAME_MN, VILLAGE, ID_NUMBER, PHONE, MEMBERS = range(7)

_BROWSE_SQL = (
    "SELECT h.id, h.code, (SELECT p.id FROM persons p WHERE p.household_id = h.id "
    "AND p._deleted = 0 ORDER BY p.relation != 'head', p.birth_date LIMIT 1) "
    "FROM households h WHERE h._deleted = 0 AND (h.code, h.id) > (?, ?) "
    "ORDER BY h.code, h.id LIMIT ?"
)


@cache
def place_names() -> dict[str, tuple[str, str]]:
    """Return (Chinese, Mongolian) names of places by code; empty when seeds are missing."""
    try:
        return {code: (p.name.zh, p.name.mn) for code, p in catalogue.places().items()}
    except (OSError, ValueError, KeyError):
        return {}


class HouseholdTableModel(QAbstractTableModel):
    """Rows are fetched in batches as the view scrolls; contents are read in blocks when shown."""

    BATCH = 200
    BLOCK = 100

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self._keys: list[RowKey] = []
        self._rows: dict[int, tuple[str, ...]] = {}
        self._cursor = ("", "")
        self._found: list[str] | None = None  # person ids of a search, or None when browsing
        self._exhausted = False
        self._mn_font = mongolian_font(12)

    # -- what is listed -------------------------------------------------------------------
    def show_all(self) -> None:
        """List every household by code (the head of household on each row)."""
        self.beginResetModel()
        self._reset(None)
        self.endResetModel()

    def show_people(self, person_ids: list[str]) -> None:
        """List the people a search found, best first, each with their household."""
        self.beginResetModel()
        self._reset(list(person_ids))
        self.endResetModel()

    def _reset(self, found: list[str] | None) -> None:
        self._keys, self._rows, self._found = [], {}, found
        self._cursor, self._exhausted = ("", ""), False

    def refresh(self) -> None:
        """Forget cached contents (after an edit) without losing the listed rows."""
        self._rows.clear()
        if self._keys:
            last = self.index(len(self._keys) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def retranslate(self) -> None:
        """Show headers and place names in the current language."""
        self.refresh()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def key(self, row: int) -> RowKey:
        """Return (household id, person id) of a row."""
        return self._keys[row]

    # -- lazy fetching ----------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """Tell whether more rows can be listed."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """List the next batch of rows."""
        if parent.isValid() or self._exhausted:
            return
        keys = self._next_keys()
        if len(keys) < self.BATCH:
            self._exhausted = True
        if not keys:
            return
        first = len(self._keys)
        # last = first + n - 1: the official example passes first + n, one row too many.
        self.beginInsertRows(QModelIndex(), first, first + len(keys) - 1)
        self._keys.extend(keys)
        self.endInsertRows()

    def _next_keys(self) -> list[RowKey]:
        if self._found is not None:
            start = len(self._keys)
            people = self._found[start : start + self.BATCH]
            if not people:
                return []
            marks = ",".join("?" * len(people))
            homes = dict(self.store.conn.execute(
                f"SELECT id, household_id FROM persons WHERE id IN ({marks})", people
            ).fetchall())  # fmt: skip
            return [(homes.get(p, ""), p) for p in people]
        rows = self.store.conn.execute(_BROWSE_SQL, (*self._cursor, self.BATCH)).fetchall()
        if rows:
            self._cursor = (rows[-1][1], rows[-1][0])
        return [(r[0], r[2] or "") for r in rows]

    # -- contents ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of listed rows."""
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Household no."), self.tr("Name (Chinese)"), self.tr("Name (Mongolian)"),
            self.tr("Village"), self.tr("ID number"), self.tr("Phone"), self.tr("Members"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = 0) -> Any:
        """Return a cell's text, its font, or the ids behind the row."""
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        row, col = index.row(), index.column()
        if role == HOUSEHOLD_ID_ROLE:
            return self._keys[row][0]
        if role == PERSON_ID_ROLE:
            return self._keys[row][1]
        if role == Qt.ItemDataRole.FontRole and col == NAME_MN:
            return self._mn_font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._row(row)[col]
        return None

    def _row(self, row: int) -> tuple[str, ...]:
        if row not in self._rows:
            self._load_block(row - row % self.BLOCK)
        return self._rows.get(row, ("",) * 7)

    def _load_block(self, start: int) -> None:
        keys = self._keys[start : start + self.BLOCK]
        homes = sorted({h for h, _ in keys if h})
        people = sorted({p for _, p in keys if p})
        conn = self.store.conn
        hm, pm = ",".join("?" * len(homes)), ",".join("?" * len(people))
        households = {
            r[0]: r
            for r in conn.execute(
                f"SELECT id, code, village_code FROM households WHERE id IN ({hm})", homes
            )
        }
        persons = {
            r[0]: r
            for r in conn.execute(
                f"SELECT id, name_zh, name_mn, id_number, phone FROM persons WHERE id IN ({pm})",
                people,
            )
        }
        counts = dict(conn.execute(
            f"SELECT household_id, COUNT(*) FROM persons WHERE household_id IN ({hm}) "
            "AND _deleted = 0 GROUP BY household_id", homes).fetchall())  # fmt: skip
        places = place_names()
        codec = self.store.codec  # ID numbers and phones are sealed in an encrypted store
        for offset, (hid, pid) in enumerate(keys):
            h, p = households.get(hid), persons.get(pid)
            id_number = codec.open_value("persons", "id_number", pid, p[3]) if p else ""
            phone = codec.open_value("persons", "phone", pid, p[4]) if p else ""
            village = ""
            if h is not None:
                village = pick(*places.get(h[2], (h[2], "")))
            self._rows[start + offset] = (
                h[1] if h else "", (p[1] or "") if p else "", (p[2] or "") if p else "", village,
                display_id(id_number, opened=False), display_phone(phone, opened=False),
                str(counts.get(hid, 0)),
            )  # fmt: skip
