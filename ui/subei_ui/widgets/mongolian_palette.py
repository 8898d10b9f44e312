"""Buttons that insert Mongolian format controls into the focused field, and a way to see them."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..typefaces import mongolian_font

NNBSP, MVS = "\u202f", "\u180e"
FVS1, FVS2, FVS3, FVS4 = "\u180b", "\u180c", "\u180d", "\u180f"
CONTROLS = (("NNBSP", NNBSP), ("MVS", MVS), ("FVS1", FVS1), ("FVS2", FVS2),
            ("FVS3", FVS3), ("FVS4", FVS4))  # fmt: skip
_MARKERS = {ch: f"⟨{name}⟩" for name, ch in CONTROLS} | {"\u200d": "⟨ZWJ⟩", "\u200c": "⟨ZWNJ⟩"}


def reveal_controls(text: str) -> str:
    """Return text with every invisible Mongolian control replaced by a visible marker."""
    return "".join(_MARKERS.get(ch, ch) for ch in text)


class MongolianPalette(QWidget):
    """Inserts NNBSP, MVS and FVS1-4 into the last focused line edit without taking focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: QLineEdit | None = None
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for name, ch in CONTROLS:
            button = QPushButton(name, self)
            # NoFocus: a click must leave the cursor where the user was typing.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, c=ch: self.insert(c))
            self.buttons[name] = button
            row.addWidget(button)
        self.show_controls = QCheckBox(self)
        self.show_controls.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_controls.toggled.connect(self._refresh)
        row.addWidget(self.show_controls)
        row.addStretch(1)
        self.revealed = QLabel(self)
        self.revealed.setFont(mongolian_font(12))
        self.revealed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revealed.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.revealed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.show_controls.setText(self.tr("Show invisible controls"))
        tips = {
            "NNBSP": self.tr("Narrow no-break space: joins a suffix to its word"),
            "MVS": self.tr("Mongolian vowel separator: final a/e written apart"),
            "FVS1": self.tr("Free variation selector 1"),
            "FVS2": self.tr("Free variation selector 2"),
            "FVS3": self.tr("Free variation selector 3"),
            "FVS4": self.tr("Free variation selector 4"),
        }
        for name, tip in tips.items():
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def insert(self, control: str) -> None:
        """Insert a control at the cursor of the target field."""
        if self.target is None:
            return
        self.target.insert(control)
        self.target.setFocus()
        self._refresh()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, QLineEdit)
            and new is not self.target
            and self.isAncestorOf(new) is False
        ):
            if self.target is not None:
                # The old field may already be deleted.
                with contextlib.suppress(RuntimeError, TypeError):
                    self.target.textChanged.disconnect(self._refresh)
            self.target = new
            new.textChanged.connect(self._refresh)
            self._refresh()

    def _refresh(self) -> None:
        shown = self.show_controls.isChecked() and self.target is not None
        self.revealed.setVisible(shown)
        if shown and self.target is not None:
            self.revealed.setText(reveal_controls(self.target.text()))
