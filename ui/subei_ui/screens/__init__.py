"""The screens of the main window, in navigation order: (key, factory(store, parent))."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from subei_mobile.store import Store

log = logging.getLogger(__name__)
ScreenFactory = Callable[[Store, QWidget | None], QWidget]
# Screens only the township office sees (the role lives in the store's meta table).
OFFICE_ONLY = frozenset({"review"})


def _lazy(module: str, name: str) -> ScreenFactory:
    """Return a factory importing its module on first use, so start-up loads only what it shows."""

    def make(store: Store, parent: QWidget | None = None) -> QWidget:
        try:
            cls = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        except (ImportError, AttributeError) as exc:
            # A screen under construction must not take the whole app down.
            log.error("screen %s unavailable: %s", module, exc)
            return _Unavailable(module, parent)
        return cls(store, parent)  # type: ignore[no-any-return]

    return make


class _Unavailable(QLabel):
    def __init__(self, key: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(self.tr("This screen is not available in this build (%1).").replace("%1", key))


SCREENS: list[tuple[str, ScreenFactory]] = [
    ("households", _lazy("households", "HouseholdsScreen")),
    ("requests", _lazy("requests", "RequestsScreen")),
    ("mediation", _lazy("mediation", "MediationScreen")),
    ("activities", _lazy("activities", "ActivitiesScreen")),
    ("sync", _lazy("sync_status", "SyncScreen")),
    ("review", _lazy("review", "ReviewScreen")),
]


def screens_for(role: str) -> list[tuple[str, ScreenFactory]]:
    """Return the screens a role sees; 'township_office' also reviews conflicts."""
    return [(k, f) for k, f in SCREENS if k not in OFFICE_ONLY or role == "township_office"]
