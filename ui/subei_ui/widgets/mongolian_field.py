"""Line edits that accept what Mongolian keyboards produce, convert Menksoft, refuse other PUA."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from subei_mobile.legacy_text import convert_legacy, has_private_use

from ..typefaces import mongolian_font


class PrivateUseGuard(QValidator):
    """Converts Menksoft text on entry and rejects any other private-use character.

    Menksoft shape codes (typed with the Menksoft IME or pasted from old documents) become
    standard Unicode Mongolian in the field, and `converted` tells the form to say so: the
    person sees the converted text before saving, never a silent change. Private-use text no
    chart covers (Delehi, other fonts' codes) is refused as a whole edit.
    """

    refused = Signal()
    converted = Signal(str)  # the legacy encoding, e.g. "menksoft"
    original = Signal(str)  # the text as it arrived, before conversion (kept on save)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, pos: int) -> QValidator.State | tuple[QValidator.State, str, int]:
        """Convert Menksoft, refuse any other private-use character (every plane)."""
        if not has_private_use(text):
            return QValidator.State.Acceptable
        result = convert_legacy(text)
        if not (result.converted and result.complete):
            self.refused.emit()
            return QValidator.State.Invalid
        self.original.emit(text)
        self.converted.emit(result.encoding)
        moved = max(0, min(len(result.text), pos + len(result.text) - len(text)))
        return QValidator.State.Acceptable, result.text, moved


class GuardedLineEdit(QLineEdit):
    """A line edit that converts Menksoft and refuses other private-use text; `converted` and
    `refused` tell the form what to say."""

    refused = Signal()
    converted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        guard = PrivateUseGuard(self)
        guard.refused.connect(self.refused)
        guard.converted.connect(self.converted)
        guard.original.connect(self._keep_original)
        self.setValidator(guard)
        # The last legacy text converted in this field since it was filled: the form saves it
        # with the record (subei_mobile.store.legacy_originals). Cleared by forget_original().
        self.legacy_original = ""

    def _keep_original(self, text: str) -> None:
        self.legacy_original = text

    def forget_original(self) -> None:
        """Drop the kept legacy original (the field was refilled or its value saved)."""
        self.legacy_original = ""


class MongolianLineEdit(GuardedLineEdit):
    """A guarded line edit for traditional Mongolian, edited sideways in the bundled font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(mongolian_font(13))
        self.setProperty("mongolian", True)  # the input palette prefers these fields
