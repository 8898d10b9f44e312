"""Line edits that accept what Mongolian keyboards produce and refuse legacy private-use text."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from subei_mobile.search_keys import has_private_use

from ..typefaces import mongolian_font


class PrivateUseGuard(QValidator):
    """Rejects any edit (typed, pasted or dropped) that would add private-use characters."""

    refused = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, pos: int) -> QValidator.State:
        """Refuse Menksoft shape codes (U+E234-U+E71D) and any other private-use character."""
        if has_private_use(text):
            self.refused.emit()
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


class GuardedLineEdit(QLineEdit):
    """A line edit that refuses private-use text; `refused` tells the form to explain why."""

    refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard = PrivateUseGuard(self)
        guard.refused.connect(self.refused)
        self.setValidator(guard)


class MongolianLineEdit(GuardedLineEdit):
    """A guarded line edit for traditional Mongolian, edited sideways in the bundled font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(mongolian_font(13))
        self.setProperty("mongolian", True)  # the input palette prefers these fields
