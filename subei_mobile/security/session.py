"""The signed-in user of the app and the idle lock; the UI asks ``is_locked(now)``."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .roles import Account

IDLE_LIMIT_S = 5 * 60.0


@dataclass
class Session:
    """Who is signed in and when they last did something; locking keeps all their work."""

    account: Account
    idle_limit: float = IDLE_LIMIT_S
    last_activity: float = field(default_factory=time.monotonic)
    locked: bool = False

    def touch(self, now: float | None = None) -> None:
        """Record user activity (a key press, a click) unless already locked."""
        if not self.is_locked(now):
            self.last_activity = time.monotonic() if now is None else now

    def is_locked(self, now: float | None = None) -> bool:
        """Return True once locked by hand or idle longer than the limit."""
        now = time.monotonic() if now is None else now
        if now - self.last_activity >= self.idle_limit:
            self.locked = True
        return self.locked

    def lock(self) -> None:
        """Lock now (the user stepped away); unlocking needs the password again."""
        self.locked = True

    def unlocked(self, now: float | None = None) -> None:
        """Mark the session open again after the password was checked."""
        self.locked = False
        self.last_activity = time.monotonic() if now is None else now
