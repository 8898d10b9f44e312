"""The main window: navigation, menus with shortcuts, language switch and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from subei_mobile.first_run import is_demo
from subei_mobile.security.fields import PLAIN, StoreConnection
from subei_mobile.security.roles import Account, allowed
from subei_mobile.security.session import Session
from subei_mobile.store import Store

from . import document_actions
from .bridge import StoreEvents
from .languages import LANGUAGE_NAMES, MONGOLIAN, LanguageSwitcher
from .screens import OFFICE, ScreenFactory, normal_role, screens_for
from .screens.sync_status import pending_changes
from .signin import IdleLock, LockDialog, role_name
from .sync_runner import SyncRunner, sync_text
from .typefaces import mongolian_font, ui_font
from .widgets.drafts import ask_about_unsaved

STATUS_REFRESH_MS = 5000
_ROLES = ("field-staff", "grid-worker", "township-office")


def bundle_available() -> bool:
    """Tell whether USB bundle export is part of this build."""
    import importlib.util

    try:
        return importlib.util.find_spec("subei_sync.bundle") is not None
    except ImportError:
        return False


class MainWindow(QMainWindow):
    """Navigation list on the left, the chosen screen on the right; screens are built on first use."""

    def __init__(
        self, store: Store, languages: LanguageSwitcher, parent: QWidget | None = None, *,
        account: Account | None = None, session: Session | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.languages = languages
        self.events = StoreEvents(self)
        self.online = False  # set by the sync runner; the field laptop is offline by default
        # A development store has no users: it acts as the role written in its meta table.
        role = normal_role(store.meta("role", "field-staff"))
        self.account = account or Account(store.user_id, role if role in _ROLES else "field-staff")  # type: ignore[arg-type]
        self.session = session
        self.sync_runner = SyncRunner(store, self, signed_in=self.signed_in)
        self.sync_runner.online_changed.connect(self._online_changed)
        self.sync_runner.succeeded.connect(lambda _r: self._after_sync())
        self.sync_runner.failed.connect(self._sync_failed)
        self.factories: dict[str, ScreenFactory] = {}
        self.screens: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        self._fill_navigation()
        self.nav.currentRowChanged.connect(self.show_screen)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_menus()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh_status)
        self.timer.start(STATUS_REFRESH_MS)
        self.idle_lock: IdleLock | None = None
        if session is not None:
            self.idle_lock = IdleLock(session, self)
            self.idle_lock.locked.connect(self.show_lock)
        # Counting the change log takes a while on a big store: the first paint comes first.
        self._counts_ready = False
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)
        QTimer.singleShot(0, self._first_counts)

    def _first_counts(self) -> None:
        self._counts_ready = True
        self.refresh_status()

    def _fill_navigation(self) -> None:
        self.factories = dict(screens_for(self.account.role))
        for key in self.factories:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real screen when first shown

    # -- building ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.status_labels = {k: QLabel() for k in ("network", "last_sync", "pending", "user")}
        for key, label in self.status_labels.items():
            label.setObjectName(f"status_{key}")
            self.statusBar().addPermanentWidget(label)
        # A demo store says so all the time: nobody should take its households for real ones.
        self.demo_label = QLabel()
        self.demo_label.setObjectName("status_demo")
        self.demo_label.setStyleSheet(
            "color: white; background: #b35c00; padding: 1px 8px; font-weight: bold;"
        )
        self.demo_label.setVisible(is_demo(self.store))
        self.statusBar().insertPermanentWidget(0, self.demo_label)

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.actions_by_key: dict[str, QAction] = {}
        for key, shortcut, slot in (
            ("new", QKeySequence.StandardKey.New, self.new_record),
            ("save", QKeySequence.StandardKey.Save, self.save),
            ("search", QKeySequence.StandardKey.Find, self.focus_search),
            ("quit", QKeySequence.StandardKey.Quit, self.close),
        ):
            action = QAction(self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.file_menu.addAction(action)
            self.actions_by_key[key] = action
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            if code == MONGOLIAN:
                action.setFont(mongolian_font(11))
            action.setChecked(code == self.languages.current)
            action.triggered.connect(lambda _=False, c=code: self.languages.switch(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.tools_menu = self.menuBar().addMenu("")
        office = normal_role(self.account.role) == OFFICE
        for key, slot, shown in (
            ("dashboard", self.open_dashboard, office),
            ("import_register", self.import_register, allowed(self.account, "data.import")),
            ("monthly_report", self.monthly_report, office),
            ("usb_bundle", self.write_usb_bundle, bundle_available()),
            ("backup", self.back_up, True),
            ("restore", self.restore_backup, True),
            ("lock", self.lock_now, self.session is not None),
            ("switch_user", self.lock_now, self.session is not None),
        ):
            action = QAction(self)
            action.triggered.connect(slot)
            action.setVisible(shown)
            self.tools_menu.addAction(action)
            self.actions_by_key[key] = action
        self.actions_by_key["lock"].setShortcut(QKeySequence("Ctrl+L"))

    def retranslate(self) -> None:
        """Set the visible texts in the current language (called on every LanguageChange)."""
        # Mongolian glyphs are small at the size that suits Han; a herder must read them easily.
        size = 12.0 if self.languages.current == MONGOLIAN else 10.0
        if QApplication.font().pointSizeF() != size:
            QApplication.setFont(ui_font(size))
        self.setWindowTitle(self.tr("Subei mobile service centre"))
        titles = self.screen_titles()
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(titles[item.data(Qt.ItemDataRole.UserRole)])
        self.nav.setAccessibleName(self.tr("Screens"))
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        for key, text in (("new", self.tr("&New")), ("save", self.tr("&Save")),
                          ("search", self.tr("Search")), ("quit", self.tr("&Quit"))):  # fmt: skip
            self.actions_by_key[key].setText(text)
        self.tools_menu.setTitle(self.tr("&Tools"))
        for key, text in (
            ("dashboard", self.tr("Dashboard")),
            ("import_register", self.tr("Import household register…")),
            ("monthly_report", self.tr("Monthly report…")),
            ("usb_bundle", self.tr("Write to USB stick…")),
            ("backup", self.tr("Back up to USB stick…")),
            ("restore", self.tr("Restore from backup…")),
            ("lock", self.tr("Lock screen")),
            ("switch_user", self.tr("Switch user…")),
        ):
            self.actions_by_key[key].setText(text)
        for code, action in self.language_actions.items():
            action.setChecked(code == self.languages.current)
        self.refresh_status()

    def screen_titles(self) -> dict[str, str]:
        """Return the navigation titles by screen key."""
        return {"households": self.tr("Households"), "requests": self.tr("Service requests"),
                "mediation": self.tr("Mediations"), "activities": self.tr("Activities"),
                "sync": self.tr("Sync"), "review": self.tr("Review"),
                "dashboard": self.tr("Dashboard")}  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when a translator is installed or removed."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- screens ----------------------------------------------------------------------------
    def show_screen(self, row: int) -> None:
        """Show the screen of a navigation row, building it the first time."""
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        if key not in self.screens:
            screen = self.factories[key](self.store, None, account=self.account,
                                         sync_runner=self.sync_runner)  # fmt: skip
            screen.setObjectName(f"screen_{key}")
            old = self.stack.widget(row)
            # Held in a scroll area: taller Mongolian text scrolls instead of growing the window.
            holder = QScrollArea()
            holder.setObjectName(f"holder_{key}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setWidget(screen)
            self.stack.insertWidget(row, holder)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.screens[key] = screen
        self.stack.setCurrentIndex(row)
        self.refresh_status()

    def screen(self, key: str) -> QWidget:
        """Return a screen by key, building (not showing) it if needed."""
        if key not in self.screens:
            current = self.nav.currentRow()
            self.show_screen(list(self.factories).index(key))
            self.show_screen(current)
        return self.screens[key]

    def current_screen(self) -> QWidget:
        """Return the screen on display."""
        current = self.stack.currentWidget()
        return current.widget() if isinstance(current, QScrollArea) else current

    def _call(self, name: str) -> object:
        method = getattr(self.current_screen(), name, None)
        return method() if callable(method) else None

    def new_record(self) -> None:
        """Start a new record on the current screen (Ctrl+N)."""
        self._call("new_record")

    def save(self) -> None:
        """Save the current screen's form (Ctrl+S)."""
        self._call("save")
        self.refresh_status()

    def focus_search(self) -> None:
        """Put the cursor in the current screen's search box (Ctrl+F)."""
        self._call("focus_search")

    # -- status bar -------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Update network state, last sync, pending changes, user and device."""
        labels = self.status_labels
        self.demo_label.setText(self.tr("Demo data"))
        labels["network"].setText(self.tr("Online") if self.online else self.tr("Offline"))
        last = self.store.meta("last_sync_at") or self.tr("never")
        labels["last_sync"].setText(self.tr("Last sync: %1").replace("%1", last))
        if self._counts_ready:
            labels["pending"].setText(
                self.tr("Pending changes: %1").replace("%1", str(pending_changes(self.store)))
            )
        who = f"{self.account.name} ({role_name(self, self.account.role)})"
        labels["user"].setText(
            self.tr("User: %1 · Device: %2")
            .replace("%1", who)
            .replace("%2", self.store.device_id[:8])
        )

    def _sync_failed(self, code: str) -> None:
        self.refresh_status()
        if code == "device_revoked" and getattr(self.sync_runner.lost, "erased", False):
            self.end_after_wipe()

    def end_after_wipe(self) -> None:
        """The county revoked this laptop and its keys are shredded: drop the open screens (they
        hold opened records) and the data key held in memory; say what was lost."""
        self.sync_runner.stop_background()
        self.store.codec = PLAIN
        if isinstance(self.store.conn, StoreConnection):
            self.store.conn.codec = PLAIN
        self._drop_screens()
        self.factories.clear()
        notice = QLabel(sync_text("device_revoked", self.sync_runner.lost))
        notice.setObjectName("wiped")
        notice.setWordWrap(True)
        self.stack.addWidget(notice)
        self.stack.setCurrentWidget(notice)
        for key, action in self.actions_by_key.items():
            action.setEnabled(key == "quit")

    def _drop_screens(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.screens.clear()
        self.nav.blockSignals(False)

    def _online_changed(self, online: bool) -> None:
        self.online = online
        self.refresh_status()

    def _after_sync(self) -> None:
        self.refresh_status()
        self.events.sync_finished()
        for screen in self.screens.values():
            reload = getattr(screen, "reload", None) or getattr(screen, "refresh", None)
            if callable(reload) and screen is not self.screens.get("sync"):
                reload()

    # -- users --------------------------------------------------------------------------------
    def signed_in(self) -> bool:
        """Tell whether a user is signed in and the screen is not locked."""
        return self.session is None or not self.session.is_locked()

    def lock_now(self) -> None:
        """Lock the screen now (Ctrl+L); the same or another user unlocks it."""
        if self.session is not None and self.idle_lock is not None:
            self.session.lock()
            self.idle_lock.check()

    def make_lock_dialog(self) -> LockDialog:
        """Return the lock dialog (a method so tests can drive it)."""
        return LockDialog(self.store.data_dir, self.account.name, parent=self)

    def show_lock(self) -> None:
        """Cover the window until a password is typed; forms keep what they hold."""
        dialog = self.make_lock_dialog()
        dialog.setModal(True)
        self.lock_dialog = dialog
        dialog.accepted.connect(lambda: self.unlock_as(dialog.account))
        dialog.rejected.connect(lambda: QTimer.singleShot(0, self.show_lock))  # cannot skip it
        dialog.open()

    def unlock_as(self, account: Account | None) -> None:
        """Reopen the session; a different user switches without losing anyone's work."""
        if account is None:
            return
        if self.idle_lock is not None:
            self.idle_lock.unlocked()
        if account.name != self.account.name:
            self.switch_account(account)
        self.refresh_status()

    def switch_account(self, account: Account) -> None:
        """Act as another user: drafts are flushed, screens rebuilt, nothing deleted."""
        for screen in self.screens.values():
            flush = getattr(screen, "flush_drafts", None)
            if callable(flush):
                flush()
        self.account = account
        self.store.user_id = account.name
        if self.session is not None:
            self.session.account = account
        self._drop_screens()
        self.nav.blockSignals(True)
        self._fill_navigation()
        self.nav.blockSignals(False)
        for key in ("dashboard", "monthly_report"):
            self.actions_by_key[key].setVisible(normal_role(account.role) == OFFICE)
        self.actions_by_key["import_register"].setVisible(allowed(account, "data.import"))
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.show_screen(0)

    def open_screen(self, key: str) -> None:
        """Show a screen by key, when this user has it."""
        if key in self.factories:
            self.nav.setCurrentRow(list(self.factories).index(key))

    # -- township office ------------------------------------------------------------------------
    def open_dashboard(self) -> None:
        """Show the dashboard screen."""
        if "dashboard" in self.factories:
            self.nav.setCurrentRow(list(self.factories).index("dashboard"))

    def import_register(self) -> QDialog:
        """Open the household-register import (column mapping, preview, then write)."""
        from .screens.register_import import RegisterImportDialog

        dialog = RegisterImportDialog(self.store, self)
        dialog.finished.connect(lambda _r: self._after_import())
        dialog.open()
        return dialog

    def _after_import(self) -> None:
        households = self.screens.get("households")
        if households is not None:
            getattr(households, "show_all", lambda: None)()
        self.refresh_status()

    def monthly_report(self) -> None:
        """Ask for a month and a file; write the monthly report PDF."""
        from PySide6.QtWidgets import QInputDialog

        today = QDate.currentDate().addMonths(-1)
        month, ok = QInputDialog.getText(
            self, self.tr("Monthly report"), self.tr("Month (YYYY-MM):"),
            text=f"{today.year()}-{today.month():02d}",
        )  # fmt: skip
        if not ok:
            return
        try:
            year, number = (int(x) for x in month.strip().split("-"))
        except ValueError:
            return
        target = document_actions.ask_pdf_path(
            self, self.tr("Save monthly report"), f"monthly-{year}-{number:02d}.pdf"
        )
        if target is not None:
            self.write_monthly_report(year, number, target)

    def write_monthly_report(self, year: int, month: int, target: Path) -> object:
        """Compute the month's figures here and write the PDF in a pool thread."""
        from subei_mobile.reports.dashboard import monthly_report

        from .documents.report import write_monthly_pdf

        report = monthly_report(self.store, year, month)
        return document_actions.write_pdf(
            report, write_monthly_pdf, target, self,
            on_done=lambda path: document_actions.saved_message(self, path),
            on_failed=lambda exc: document_actions.report_failure(self, exc),
        )  # fmt: skip

    def write_usb_bundle(self) -> None:
        """Export a bundle to a chosen folder (USB stick), verify it, then say it is safe."""
        from .usb_bundle import write_to_usb

        write_to_usb(self)

    def back_up(self) -> object:
        """Write an encrypted, verified backup to a chosen folder (a USB stick)."""
        from .backup_actions import back_up

        return back_up(self)

    def restore_backup(self) -> object:
        """Put this laptop's data back from a backup file (the current data is kept aside)."""
        from .backup_actions import restore

        return restore(self)

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep drafts safe and ask before dropping unsaved edits."""
        self.sync_runner.stop_background()
        for screen in self.screens.values():
            flush = getattr(screen, "flush_drafts", None)
            if callable(flush):
                flush()
        unsaved = [
            s for s in self.screens.values() if getattr(s, "has_unsaved_changes", lambda: False)()
        ]
        for screen in unsaved:
            answer = self.ask_about_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if (
                answer == QMessageBox.StandardButton.Save
                and not getattr(screen, "save", lambda: True)()
            ):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                getattr(screen, "discard_changes", lambda: None)()
        event.accept()

    def ask_about_unsaved(self) -> QMessageBox.StandardButton:
        """Ask the user (a method so tests can answer instead)."""
        return ask_about_unsaved(self)
