"""The "safe to remove" message says how many attachments went and how many wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from subei_sync.client.bundle_commands import Exported
from subei_ui.usb_bundle import safe_text


@pytest.mark.usefixtures("chinese")
def test_safe_text_counts_carried_and_left_attachments(tmp_path: Path) -> None:
    text = safe_text(Exported(tmp_path / "b.subei", 7, 12, attachments=4, left=2))
    assert "数据包 7" in text and "12" in text
    assert "4 个附件" in text
    assert "2 个附件未能放入" in text
    plain = safe_text(Exported(tmp_path / "b.subei", 8, 3))
    assert "附件" not in plain
