"""One search box over people (any script, ID or phone) that picks a person and household."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from subei_mobile.security.masking import display_id
from subei_mobile.store import Store
from subei_mobile.store.search_index import search_people

DEBOUNCE_MS = 250  # wait for a pause in typing so search never blocks keystrokes
RESULTS = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole
HOUSEHOLD_ROLE = Qt.ItemDataRole.UserRole + 1


def person_label(store: Store, person_id: str) -> str:
    """Return 'Chinese name  Mongolian name' for a person, or '' if unknown."""
    row = store.get("persons", person_id)
    if row is None:
        return ""
    return "  ".join(n for n in (row.get("name_zh"), row.get("name_mn")) if n)


class PersonFinder(QWidget):
    """Type a name, ID or phone; pick one of the best matches."""

    picked = Signal(str, str)  # person id, household id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.person_id = ""
        self.household_id = ""
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Name (any script), ID number or phone"))
        self.query.setAccessibleName(self.tr("Find household"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching people"))
        self.results.setMaximumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.search_now)
        self.results.currentItemChanged.connect(self._pick)

    def search_now(self) -> None:
        """Run the search for what is in the box and list the matches."""
        self._timer.stop()
        self.results.clear()
        page = search_people(self.store.conn, self.query.text(), limit=RESULTS)
        for person_id in page.person_ids:
            row = self.store.get("persons", person_id)
            if row is None:
                continue
            names = "  ".join(n for n in (row.get("name_zh"), row.get("name_mn")) if n)
            # The mask keeps the address code and last four: enough to tell namesakes apart.
            masked = display_id(row.get("id_number"), opened=False)
            item = QListWidgetItem(f"{names}   {masked}".rstrip())
            item.setData(PERSON_ROLE, person_id)
            item.setData(HOUSEHOLD_ROLE, row["household_id"])
            self.results.addItem(item)

    def pick_row(self, row: int) -> None:
        """Choose the match in a given row (keyboard users and tests)."""
        self.results.setCurrentRow(row)

    def clear_pick(self) -> None:
        """Forget the chosen person after the form was saved."""
        self.person_id = self.household_id = ""
        self.results.clear()
        self.query.clear()

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.person_id = str(item.data(PERSON_ROLE))
        self.household_id = str(item.data(HOUSEHOLD_ROLE))
        self.picked.emit(self.person_id, self.household_id)
