"""The lazy household table: model contract, batches, search mode."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from subei_ui.screens.household_table import (
    HOUSEHOLD_ID_ROLE,
    NAME_ZH,
    PERSON_ID_ROLE,
    HouseholdTableModel,
)


def test_model_passes_qtmodeltester_browsing(qtmodeltester, store) -> None:
    model = HouseholdTableModel(store)
    model.show_all()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 302


def test_model_passes_qtmodeltester_on_search_results(qtmodeltester, store) -> None:
    ids = [r[0] for r in store.conn.execute("SELECT id FROM persons ORDER BY id LIMIT 450")]
    model = HouseholdTableModel(store)
    model.show_people(ids)
    qtmodeltester.check(model, force_py=True)
    # The tester fetched some batches itself; rows follow the search's ranking.
    assert 0 < model.rowCount() <= len(ids)
    assert model.index(0, 0).data(PERSON_ID_ROLE) == ids[0]


def test_fetch_more_inserts_exactly_one_batch(qtbot, store) -> None:
    model = HouseholdTableModel(store)
    model.show_all()
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    # 302 rows in batches of 200: the last row index of each batch is first + n - 1.
    assert inserted == [(0, 199), (200, 301)]
    assert model.rowCount() == 302 and not model.canFetchMore(QModelIndex())


def test_rows_show_masked_id_and_phone(store) -> None:
    model = HouseholdTableModel(store)
    model.show_all()
    model.fetchMore(QModelIndex())
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    head = store.conn.execute(
        "SELECT id_number, phone FROM persons WHERE household_id = ? AND relation = 'head'",
        (model.index(0, 0).data(HOUSEHOLD_ID_ROLE),),
    ).fetchone()
    assert head["id_number"] not in cells
    assert cells[4].startswith(head["id_number"][:6]) and "*" in cells[4]
    assert model.index(0, NAME_ZH).data(Qt.ItemDataRole.DisplayRole)
