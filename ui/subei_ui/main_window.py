"""The main window: navigation, menus with shortcuts, language switch and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from subei_mobile.store import Store

from .bridge import StoreEvents
from .languages import LANGUAGE_NAMES, MONGOLIAN, LanguageSwitcher
from .screens import ScreenFactory, screens_for
from .screens.sync_status import pending_changes
from .typefaces import mongolian_font, ui_font
from .widgets.drafts import ask_about_unsaved

STATUS_REFRESH_MS = 5000


class MainWindow(QMainWindow):
    """Navigation list on the left, the chosen screen on the right; screens are built on first use."""

    def __init__(self, store: Store, languages: LanguageSwitcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.languages = languages
        self.events = StoreEvents(self)
        self.online = False  # set by the sync layer; the field laptop is offline by default
        self.role = store.meta("role", "field")
        self.factories: dict[str, ScreenFactory] = dict(screens_for(self.role))
        self.screens: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        for key in self.factories:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real screen when first shown
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
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)

    # -- building ---------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.status_labels = {k: QLabel() for k in ("network", "last_sync", "pending", "user")}
        for key, label in self.status_labels.items():
            label.setObjectName(f"status_{key}")
            self.statusBar().addPermanentWidget(label)

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
        for code, action in self.language_actions.items():
            action.setChecked(code == self.languages.current)
        self.refresh_status()

    def screen_titles(self) -> dict[str, str]:
        """Return the navigation titles by screen key."""
        return {"households": self.tr("Households"), "requests": self.tr("Service requests"),
                "mediation": self.tr("Mediations"), "activities": self.tr("Activities"),
                "sync": self.tr("Sync"), "review": self.tr("Review")}  # fmt: skip

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
            screen = self.factories[key](self.store, None)
            screen.setObjectName(f"screen_{key}")
            old = self.stack.widget(row)
            self.stack.insertWidget(row, screen)
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
        return self.stack.currentWidget()

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
        labels["network"].setText(self.tr("Online") if self.online else self.tr("Offline"))
        last = self.store.meta("last_sync_at") or self.tr("never")
        labels["last_sync"].setText(self.tr("Last sync: %1").replace("%1", last))
        labels["pending"].setText(
            self.tr("Pending changes: %1").replace("%1", str(pending_changes(self.store)))
        )
        labels["user"].setText(
            self.tr("User: %1 · Device: %2")
            .replace("%1", self.store.user_id)
            .replace("%2", self.store.device_id[:8])
        )

    # -- closing ----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep drafts safe and ask before dropping unsaved edits."""
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
