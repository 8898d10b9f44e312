"""The Sync screen lists refused changes with their reason, translated (issue 12.1)."""

from __future__ import annotations

import pytest
from subei_sync.client.refusals import note_refusals
from subei_sync.protocol.wire import Rejection

from subei_mobile.store import Store

pytestmark = pytest.mark.usefixtures("chinese")


def test_sync_screen_lists_refused_work(qtbot, store: Store) -> None:
    from subei_ui.screens.refused_list import RefusedList

    rows = store.conn.execute(
        "SELECT device_seq, record_id, op FROM changes ORDER BY device_seq LIMIT 2"
    ).fetchall()
    seqs = [r[0] for r in rows]
    listing = RefusedList(store)
    qtbot.addWidget(listing)
    assert listing.table.rowCount() == 0 and listing.isHidden()
    with store.conn:
        note_refusals(store.conn, [
            Rejection(seq=seqs[0], code="scope_denied"),
            Rejection(seq=seqs[1], code="invalid_value", field="birth_date", issue="date_format"),
        ])  # fmt: skip
    listing.reload()
    listing.show()
    assert listing.table.rowCount() == 2
    assert listing.title() == "被县服务器拒绝、保留在本机的更改：2"
    first = [listing.table.item(0, c).text() for c in range(3)]
    assert first[0].endswith(rows[0][1][-8:])
    assert first[1] == {"insert": "新建记录", "update": "修改", "delete": "删除"}[rows[0][2]]
    assert first[2] == "不在本机负责的网格内：需由乡镇办改派或放弃 [scope_denied]"
    reason = listing.table.item(1, 2).text()
    assert reason.startswith("有一项内容不符合规则（birth_date）：") and "[invalid_value]" in reason
    assert rows[1][1][-8:] in listing.table.item(1, 0).text()
