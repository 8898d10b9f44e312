"""The screens of the main window, in navigation order: (key, factory(store, parent))."""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from subei_mobile.store import Store

log = logging.getLogger(__name__)
ScreenFactory = Callable[..., QWidget]  # (store, parent, **extras) -> screen
# Screens only the township office sees.
OFFICE_ONLY = frozenset({"review", "dashboard"})
OFFICE = "township-office"


def _lazy(module: str, name: str) -> ScreenFactory:
    """Return a factory importing its module on first use, so start-up loads only what it shows."""

    def make(store: Store, parent: QWidget | None = None, **extras: object) -> QWidget:
        try:
            cls = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        except (ImportError, AttributeError) as exc:
            # A screen under construction must not take the whole app down.
            log.error("screen %s unavailable: %s", module, exc)
            return _Unavailable(module, parent)
        # Extras (the signed-in account, the sync runner) go to the screens that take them.
        accepted = inspect.signature(cls.__init__).parameters
        given = {k: v for k, v in extras.items() if k in accepted}
        return cls(store, parent, **given)  # type: ignore[no-any-return]

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
    ("dashboard", _lazy("dashboard", "DashboardScreen")),
]


def normal_role(role: str) -> str:
    """Return a role in the security module's spelling ('township_office' -> 'township-office')."""
    return role.replace("_", "-")


def screens_for(role: str) -> list[tuple[str, ScreenFactory]]:
    """Return the screens a role sees; the township office also reviews and sees the dashboard."""
    return [(k, f) for k, f in SCREENS if k not in OFFICE_ONLY or normal_role(role) == OFFICE]
