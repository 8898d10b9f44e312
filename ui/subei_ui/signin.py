"""Signing in on a shared laptop, the idle lock, and switching user without losing any work."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from subei_mobile.errors import AuthError, SubeiError
from subei_mobile.security import accounts
from subei_mobile.security.roles import Account
from subei_mobile.security.session import IDLE_LIMIT_S, Session
from subei_mobile.store import Store

Clock = Callable[[], float]
IDLE_SETTING = "security/idle_minutes"
CHECK_MS = 10_000
# Activity that keeps a session open; paint and timer events do not count.
ACTIVE_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                           QEvent.Type.Wheel, QEvent.Type.TouchBegin})  # fmt: skip


def role_name(widget: QObject, role: str) -> str:
    """Return a role in the user's language."""
    names = {
        "field-staff": QCoreApplication.translate("SignIn", "Field staff"),
        "grid-worker": QCoreApplication.translate("SignIn", "Grid worker"),
        "township-office": QCoreApplication.translate("SignIn", "Township office"),
    }
    return names.get(role, role)


def idle_limit_s() -> float:
    """Return the idle time before the lock, from the settings (minutes) or the default."""
    value = QSettings("Subei", "subei-mobile").value(IDLE_SETTING, IDLE_LIMIT_S / 60)
    try:
        return max(0.5, float(value)) * 60  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return IDLE_LIMIT_S


class _PasswordDialog(QDialog):
    """A user list, a password box, a message line; `attempt()` does the checking."""

    def __init__(self, data_dir: Path, clock: Clock, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.users = QComboBox(self)
        self.users.setObjectName("users")
        for account, _failures in accounts.list_accounts(self.data_dir):
            self.users.addItem(f"{account.name} · {role_name(self, account.role)}", account.name)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("signinMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.attempt)
        self.form = QFormLayout()
        self.user_label, self.password_label = QLabel(self), QLabel(self)
        self.form.addRow(self.user_label, self.users)
        self.form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.password.setFocus()

    def user(self) -> str:
        """Return the chosen user's name."""
        return str(self.users.currentData() or "")

    def refusal(self, exc: SubeiError) -> str:
        """Return why sign-in was refused, in the user's language."""
        if exc.code == "auth.locked_out":
            seconds = int(exc.params.get("retry_after", 0))
            return QCoreApplication.translate(
                "SignIn", "Too many wrong passwords. Try again in %1 seconds."
            ).replace("%1", str(seconds))
        if exc.code == "auth.no_keys":
            return QCoreApplication.translate("SignIn", "This laptop has no users yet.")
        return QCoreApplication.translate("SignIn", "Wrong user name or password.")

    def attempt(self) -> None:
        """Check the password; accept the dialog or show why not."""
        try:
            self.check(self.user(), self.password.text())
        except SubeiError as exc:
            self.password.clear()
            self.message.setText(self.refusal(exc))
            return
        self.accept()

    def check(self, name: str, password: str) -> None:
        """Check a password (subclasses open the store or unlock the session)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.user_label.setText(QCoreApplication.translate("SignIn", "User"))
        self.password_label.setText(QCoreApplication.translate("SignIn", "Password"))
        self.password.setAccessibleName(QCoreApplication.translate("SignIn", "Password"))


class LoginDialog(_PasswordDialog):
    """Sign in to an encrypted store; afterwards `store` and `account` are set."""

    def __init__(
        self, data_dir: Path, clock: Clock = time.time, parent: QWidget | None = None
    ) -> None:
        super().__init__(data_dir, clock, parent)
        self.store: Store | None = None
        self.account: Account | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        super().retranslate()
        self.setWindowTitle(self.tr("Sign in"))
        self.intro.setText(self.tr("Choose your name and type your password."))

    def check(self, name: str, password: str) -> None:
        """Open the store as this user."""
        self.store = accounts.login(self.data_dir, name, password, self.clock)
        self.account = accounts.account_of(self.data_dir, name)


class LockDialog(_PasswordDialog):
    """The screen is locked: the same or another user unlocks; open forms stay as they were."""

    def __init__(
        self, data_dir: Path, current: str, clock: Clock = time.time,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(data_dir, clock, parent)
        self.account: Account | None = None
        self.users.setCurrentIndex(max(0, self.users.findData(current)))
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        super().retranslate()
        self.setWindowTitle(self.tr("Locked"))
        self.intro.setText(
            self.tr(
                "The screen was locked. Type your password, or choose another user to "
                "switch; nobody's unsaved or unsynced work is lost."
            )
        )

    def check(self, name: str, password: str) -> None:
        """Check the password without reopening the store (every user shares the data key)."""
        _codec, self.account = accounts.unlock(self.data_dir, name, password, self.clock)


class IdleLock(QObject):
    """Watches user activity application-wide and asks for the password after the idle limit."""

    locked = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.showing = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count key presses and clicks as activity (never while the lock is showing)."""
        if event.type() in ACTIVE_EVENTS and not self.showing:
            self.session.touch()
        return False

    def check(self, now: float | None = None) -> bool:
        """Emit `locked` once the session has been idle too long; return whether it is locked."""
        if self.showing or not self.session.is_locked(now):
            return False
        self.showing = True
        self.locked.emit()
        return True

    def unlocked(self) -> None:
        """The user typed the password again."""
        self.session.unlocked()
        self.showing = False

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def sign_in(data_dir: Path, parent: QWidget | None = None) -> tuple[Store, Account] | None:
    """Show the login dialog of an encrypted store; return (store, account) or None."""
    dialog = LoginDialog(data_dir, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.store is None:
        return None
    assert dialog.account is not None
    return dialog.store, dialog.account


def is_encrypted(data_dir: Path) -> bool:
    """Tell whether the data folder needs a sign-in."""
    return accounts.is_encrypted(Path(data_dir))


__all__ = ["AuthError", "IdleLock", "LockDialog", "LoginDialog", "Session", "sign_in"]
