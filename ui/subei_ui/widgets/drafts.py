"""Crash-safe drafts: what a form holds is written to disk while typing, and offered back."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from subei_mobile.errors import SubeiError
from subei_mobile.security.fields import PLAIN, PlainCodec

AUTOSAVE_DELAY_MS = 800
_SAFE_KEY = re.compile(r"[^A-Za-z0-9_.-]")


class DraftBox:
    """Drafts as small JSON files in the data folder; each write is atomic (temp, fsync, rename).

    A draft holds what was typed, ID numbers and phones included: in an encrypted store it is
    sealed under the data key like the database's sensitive columns (AAD names the draft).
    """

    def __init__(self, data_dir: Path, codec: PlainCodec = PLAIN) -> None:
        self.folder = Path(data_dir) / "drafts"
        self.codec = codec

    def path(self, key: str) -> Path:
        """Return the file of one draft."""
        return self.folder / f"{_SAFE_KEY.sub('_', key)}.json"

    def save(self, key: str, values: dict[str, Any]) -> None:
        """Write a draft so that a crash leaves either the old or the new file, never half of one."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(key)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".draft-", suffix=".tmp")
        try:
            plain = json.dumps(values, ensure_ascii=False).encode("utf-8")
            with os.fdopen(fd, "wb") as fh:
                fh.write(self.codec.seal_secret(_sealed_name(key), plain))
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)  # drafts hold personal data, like the database
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
            dir_fd = os.open(self.folder, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def load(self, key: str) -> dict[str, Any] | None:
        """Return a saved draft, or None (also for an unreadable file)."""
        try:
            stored = self.path(key).read_bytes()
            value = json.loads(self.codec.open_secret(_sealed_name(key), stored).decode("utf-8"))
        except (OSError, ValueError, SubeiError):
            return None
        return value if isinstance(value, dict) else None

    def discard(self, key: str) -> None:
        """Delete a draft once the record is saved or the user throws it away."""
        self.path(key).unlink(missing_ok=True)


def _sealed_name(key: str) -> str:
    return f"drafts/{_SAFE_KEY.sub('_', key)}"


class DraftAutosave(QObject):
    """Saves `snapshot()` into a DraftBox shortly after each edit (call `touched()` on edits)."""

    def __init__(
        self, box: DraftBox, key: str, snapshot: Callable[[], dict[str, Any]], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.box = box
        self.key = key
        self.snapshot = snapshot
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def touched(self) -> None:
        """Note an edit; the draft is written after a short pause in typing."""
        self.dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Write the draft now if there are unsaved edits."""
        self._timer.stop()
        if self.dirty:
            self.box.save(self.key, self.snapshot())

    def finished(self) -> None:
        """Forget the draft: the record was saved or the edits discarded."""
        self._timer.stop()
        self.dirty = False
        self.box.discard(self.key)


def ask_about_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Ask whether to save, discard or keep editing unsaved changes; return the button chosen."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Drafts", "Unsaved changes"),
        QCoreApplication.translate("Drafts", "Some changes are not saved yet. Save them first?"),
        buttons,
        QMessageBox.StandardButton.Save,
    )
