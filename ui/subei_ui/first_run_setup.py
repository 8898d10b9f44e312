"""The first start on a new data folder: set the laptop up for field work, or try a demo store.

Four short pages (language and choice, first user, county key, county server), each checked
before the next, so that nothing is written until Finish: closing the dialog leaves the folder
as new as it was. The work itself (the key derivation, or 500 demo households) runs off the
GUI thread with a progress bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import first_run
from subei_mobile.catalogue import places
from subei_mobile.errors import AuthError, SubeiError
from subei_mobile.security import accounts, county
from subei_mobile.security.roles import ROLES, Account, check_role
from subei_mobile.store import Store

from .issue_text import IssueText
from .languages import CHINESE, LANGUAGE_NAMES, MONGOLIAN, LanguageSwitcher, pick
from .operations import CoreOperation
from .signin import role_name
from .typefaces import mongolian_font

DEMO_HOUSEHOLDS = 500
MAX_SIZE = (1280, 700)  # fits a 1366x768 screen with the taskbar and window frame
CONTEXT = "FirstRunSetup"
MESSAGES = {
    "setup.name_required": QT_TRANSLATE_NOOP("FirstRunSetup", "Type your name."),
    "setup.passwords_differ": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "The two passwords are not the same."
    ),
    "auth.weak_password": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "The password needs at least 8 characters."
    ),
    "user.scope_required": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "A township office needs its township; a grid worker also the grid."
    ),
    "county_key.required": QT_TRANSLATE_NOOP(
        "FirstRunSetup",
        "The county key is needed: open its file or QR image, or paste it.",
    ),
    "county_key.invalid": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "This is not a county key. Ask the county for the printed key."
    ),
    "county_key.unreadable": QT_TRANSLATE_NOOP("FirstRunSetup", "The file cannot be read."),
    "county_key.no_qr": QT_TRANSLATE_NOOP("FirstRunSetup", "No QR code was found in the image."),
    "county_key.qr_unavailable": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "QR images cannot be read on this laptop; open the key file instead."
    ),
    "setup.server_and_code": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "Give both the server address and the registration code, or neither."
    ),
    "setup.already_done": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "This data folder has been set up already."
    ),
    "demo.real_store": QT_TRANSLATE_NOOP(
        "FirstRunSetup", "This data folder holds real work; demo data cannot go into it."
    ),
}


def setup_text(code: str) -> str:
    """Return a setup problem in the user's language (the shell's table for other codes)."""
    source = MESSAGES.get(code)
    if source is None:
        return IssueText().text(code)
    return QCoreApplication.translate(CONTEXT, source)


@dataclass
class SetupResult:
    """What Finish made: the open store, who signed in (None: a demo store), enrol details."""

    store: Store
    account: Account | None = None
    server: str = ""
    code: str = ""


class FirstRunSetup(QDialog):
    """Language, then either a demo store or: first user, county key, optional enrolment."""

    PAGES = ("welcome", "user", "key", "server")

    def __init__(
        self, data_dir: Path, switcher: LanguageSwitcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunSetup")
        self.data_dir = Path(data_dir)
        self.switcher = switcher
        self.result_: SetupResult | None = None
        self.county_public: bytes | None = None
        self.key_error = ""
        self.operation: CoreOperation | None = None
        self.title = QLabel(self)
        self.title.setObjectName("setupTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._welcome_page())
        self.pages.addWidget(self._user_page())
        self.pages.addWidget(self._key_page())
        self.pages.addWidget(self._server_page())
        self.message = QLabel(self)
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.back_button, self.next_button = QPushButton(self), QPushButton(self)
        self.next_button.setObjectName("setupNext")
        self.back_button.setObjectName("setupBack")
        self.cancel_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self._cancel)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.setMaximumSize(*MAX_SIZE)
        self.setMinimumWidth(640)
        self.retranslate()
        self._show_page(0)

    # -- pages ------------------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.language_label = QLabel(page)
        self.language_buttons: dict[str, QRadioButton] = {}
        languages = QHBoxLayout()
        group = QButtonGroup(page)
        for code, name in LANGUAGE_NAMES.items():
            button = QRadioButton(name, page)
            button.setObjectName(f"language_{code}")
            if code == MONGOLIAN:
                button.setFont(mongolian_font(12))
            button.setChecked(code == (self.switcher.current or CHINESE))
            button.toggled.connect(lambda on, c=code: on and self.choose_language(c))
            group.addButton(button)
            languages.addWidget(button)
            self.language_buttons[code] = button
        languages.addStretch(1)
        self.field_choice = QRadioButton(page)
        self.field_choice.setObjectName("choiceField")
        self.field_choice.setChecked(True)
        self.demo_choice = QRadioButton(page)
        self.demo_choice.setObjectName("choiceDemo")
        self.field_note, self.demo_note = QLabel(page), QLabel(page)
        for note in (self.field_note, self.demo_note):
            note.setWordWrap(True)
            note.setIndent(24)
        choices = QButtonGroup(page)
        choices.addButton(self.field_choice)
        choices.addButton(self.demo_choice)
        self.field_choice.toggled.connect(lambda _on: self._update_buttons())
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addWidget(self.language_label)
        layout.addLayout(languages)
        layout.addSpacing(8)
        for widget in (self.field_choice, self.field_note, self.demo_choice, self.demo_note):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _user_page(self) -> QWidget:
        page = QWidget(self)
        self.user_intro = QLabel(page)
        self.user_intro.setWordWrap(True)
        self.name = QLineEdit(page)
        self.name.setObjectName("setupName")
        self.role = QComboBox(page)
        self.role.setObjectName("setupRole")
        for role in ROLES:
            self.role.addItem(role, role)
        self.township = QComboBox(page)
        self.township.setObjectName("setupTownship")
        self.grid = QComboBox(page)
        self.grid.setObjectName("setupGrid")
        self.township.addItem("", "")
        for place in places().values():
            if place.level == "township":
                self.township.addItem(place.code, place.code)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.township.currentIndexChanged.connect(lambda _i: self._fill_grids())
        self.password = QLineEdit(page)
        self.password.setObjectName("setupPassword")
        self.password_again = QLineEdit(page)
        self.password_again.setObjectName("setupPasswordAgain")
        for box in (self.password, self.password_again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_form = QFormLayout()
        self.user_labels = [QLabel(page) for _ in range(6)]
        for label, field in zip(self.user_labels, (self.name, self.role, self.township, self.grid,
                                                   self.password, self.password_again),
                                strict=True):  # fmt: skip
            self.user_form.addRow(label, field)
        layout = QVBoxLayout(page)
        layout.addWidget(self.user_intro)
        layout.addLayout(self.user_form)
        layout.addStretch(1)
        self._fill_grids()
        self._role_changed()
        return page

    def _key_page(self) -> QWidget:
        page = QWidget(self)
        self.key_intro = QLabel(page)
        self.key_intro.setWordWrap(True)
        self.key_file_button, self.key_qr_button = QPushButton(page), QPushButton(page)
        self.key_file_button.clicked.connect(lambda: self._pick_key(qr=False))
        self.key_qr_button.clicked.connect(lambda: self._pick_key(qr=True))
        row = QHBoxLayout()
        row.addWidget(self.key_file_button)
        row.addWidget(self.key_qr_button)
        row.addStretch(1)
        self.paste_label = QLabel(page)
        self.key_text = QPlainTextEdit(page)
        self.key_text.setObjectName("countyKeyText")
        self.key_text.setMaximumHeight(70)
        self.key_text.textChanged.connect(self._key_typed)
        self.key_status = QLabel(page)
        self.key_status.setObjectName("countyKeyStatus")
        self.key_status.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_intro)
        layout.addLayout(row)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.key_text)
        layout.addWidget(self.key_status)
        layout.addStretch(1)
        return page

    def _server_page(self) -> QWidget:
        page = QWidget(self)
        self.server_intro = QLabel(page)
        self.server_intro.setWordWrap(True)
        self.server = QLineEdit(page)
        self.server.setObjectName("setupServer")
        self.server.setPlaceholderText("https://county.example/")
        self.code = QLineEdit(page)
        self.code.setObjectName("setupCode")
        self.server_label, self.code_label = QLabel(page), QLabel(page)
        form = QFormLayout()
        form.addRow(self.server_label, self.server)
        form.addRow(self.code_label, self.code)
        layout = QVBoxLayout(page)
        layout.addWidget(self.server_intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    # -- texts ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Set up this laptop"))
        titles = {"welcome": self.tr("Welcome"), "user": self.tr("Your account on this laptop"),
                  "key": self.tr("The county key"),
                  "server": self.tr("The county server (optional)")}  # fmt: skip
        self.title.setText(titles[self.PAGES[self.pages.currentIndex()]])
        self.intro.setText(self.tr(
            "This data folder is new. Choose the language, then set the laptop up for field "
            "work, or try the program with made-up households first."))  # fmt: skip
        self.language_label.setText(self.tr("Language"))
        self.field_choice.setText(self.tr("Set up this laptop for field work"))
        self.field_note.setText(self.tr(
            "You become its first user. Herders' ID numbers, phones and other sensitive "
            "details are encrypted with your password and the county key."))  # fmt: skip
        self.demo_choice.setText(self.tr("Try with demo data"))
        self.demo_note.setText(self.tr(
            "500 made-up households to look around. A demo store can never register, sync "
            "or write USB bundles; use a new data folder for real work."))  # fmt: skip
        self.user_intro.setText(self.tr(
            "Other users can be added later. Nobody can read the data without a password; "
            "if every password is lost, only the county can recover it."))  # fmt: skip
        for label, text in zip(self.user_labels, (
            self.tr("Name"), self.tr("Role"), self.tr("Township"), self.tr("Grid"),
            self.tr("Password"), self.tr("Password again"),
        ), strict=True):  # fmt: skip
            label.setText(text)
        self.name.setAccessibleName(self.tr("Name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password_again.setAccessibleName(self.tr("Password again"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_name(self, str(self.role.itemData(index))))
        self._name_places()
        self.key_intro.setText(self.tr(
            "The county office gives every laptop the county's recovery key: a file, a "
            "printed QR code, or a line of 64 letters and digits. It lets the county recover "
            "this laptop's data if every password is lost; it cannot read anything else."))  # fmt: skip
        self.key_file_button.setText(self.tr("Open key file…"))
        self.key_qr_button.setText(self.tr("Open QR image…"))
        self.paste_label.setText(self.tr("Or paste the key:"))
        self.key_text.setAccessibleName(self.tr("County key"))
        self._show_key_status()
        self.server_intro.setText(self.tr(
            "If the county gave you a registration code, register now. You can also leave "
            "this empty and register later on the Sync screen."))  # fmt: skip
        self.server_label.setText(self.tr("Server address"))
        self.code_label.setText(self.tr("Registration code"))
        self.server.setAccessibleName(self.tr("Server address"))
        self.code.setAccessibleName(self.tr("Registration code"))
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Quit setup"))
        self._update_buttons()

    def _name_places(self) -> None:
        for combo in (self.township, self.grid):
            for index in range(combo.count()):
                place = places().get(str(combo.itemData(index)))
                if place is not None:
                    combo.setItemText(index, pick(place.name.zh, place.name.mn))

    # -- behaviour --------------------------------------------------------------------------
    def choose_language(self, language: str) -> None:
        """Switch the interface language now (remembered for the next start)."""
        if language != self.switcher.current:
            self.switcher.switch(language)
        self.language_buttons[language].setChecked(True)

    def _role_changed(self) -> None:
        role = str(self.role.currentData())
        self.grid.setEnabled(role == "grid-worker")

    def _fill_grids(self) -> None:
        township = str(self.township.currentData() or "")
        villages = {p.code for p in places().values() if p.parent_code == township}
        self.grid.clear()
        self.grid.addItem("", "")
        for place in places().values():
            if place.level == "grid" and place.parent_code in villages:
                self.grid.addItem(place.code, place.code)
        self._name_places()

    def _pick_key(self, qr: bool) -> None:
        title = self.key_qr_button.text() if qr else self.key_file_button.text()
        pattern = "*.png *.jpg *.jpeg *.bmp *.gif *.webp" if qr else "*.pub *.txt *.key *"
        path, _ = QFileDialog.getOpenFileName(self, title, "", pattern)
        if path:
            self.load_county_key(path)

    def load_county_key(self, source: str | Path) -> bool:
        """Read the county key from a key file or a QR image; show the outcome."""
        try:
            self.county_public = county.read_public_key(Path(source))
            self.key_error = ""
        except SubeiError as exc:
            self.county_public, self.key_error = None, exc.code
        self._show_key_status()
        return self.county_public is not None

    def _key_typed(self) -> None:
        text = self.key_text.toPlainText().strip()
        self.county_public, self.key_error = None, ""
        if text:
            try:
                self.county_public = county.parse_public_key(text)
            except SubeiError as exc:
                self.key_error = exc.code
        self._show_key_status()

    def _show_key_status(self) -> None:
        if self.county_public is not None:
            self.key_status.setStyleSheet("color: #1b5e20;")
            self.key_status.setText(self.tr("County key recognised (%1).").replace(
                "%1", county.key_id(self.county_public)))  # fmt: skip
        elif self.key_error:
            self.key_status.setStyleSheet("color: #b00020;")
            self.key_status.setText(setup_text(self.key_error))
        else:
            self.key_status.setText("")

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.message.clear()
        self.retranslate()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        last = index == len(self.PAGES) - 1 or (index == 0 and self.demo_choice.isChecked())
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.back_button.setEnabled(index > 0)
        self.back_button.setVisible(index > 0)

    def back(self) -> None:
        """Go to the previous page (what was typed stays)."""
        if self.pages.currentIndex() > 0 and self.operation is None:
            self._show_page(self.pages.currentIndex() - 1)

    def next(self) -> None:
        """Check the page; go on, or on the last page make the store."""
        if self.operation is not None:
            return
        page = self.PAGES[self.pages.currentIndex()]
        if page == "welcome" and self.demo_choice.isChecked():
            self.finish()
            return
        problem = self.problem(page)
        if problem:
            self.message.setText(setup_text(problem))
            return
        if page == "server":
            self.finish()
        else:
            self._show_page(self.pages.currentIndex() + 1)

    def problem(self, page: str) -> str:
        """Return the code of what is wrong on a page, or ""."""
        if page == "user":
            if not self.name.text().strip():
                return "setup.name_required"
            if len(self.password.text()) < accounts.MIN_PASSWORD:
                return "auth.weak_password"
            if self.password.text() != self.password_again.text():
                return "setup.passwords_differ"
            try:
                check_role(str(self.role.currentData()), *self._scope())
            except AuthError as exc:
                return exc.code
        if page == "key" and self.county_public is None:
            return self.key_error or "county_key.required"
        if page == "server" and bool(self.server.text().strip()) != bool(self.code.text().strip()):
            return "setup.server_and_code"
        return ""

    def _scope(self) -> tuple[str, str]:
        role = str(self.role.currentData())
        township = str(self.township.currentData() or "")
        grid = str(self.grid.currentData() or "") if role == "grid-worker" else ""
        return township, grid

    # -- finishing --------------------------------------------------------------------------
    def finish(self) -> CoreOperation:
        """Make the store off the GUI thread; accept when it is ready."""
        demo = self.demo_choice.isChecked()
        language = self.switcher.current
        self.message.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        work = self._demo_work(language) if demo else self._field_work(language)
        self.operation = CoreOperation(work, on_success=self._made, on_failure=self._failed,
                                       on_progress=self._progressed, parent=self)  # fmt: skip
        return self.operation.run()

    def _demo_work(self, language: str) -> Any:
        data_dir = self.data_dir

        def work(progress: Any) -> SetupResult:
            store = first_run.make_demo_store(data_dir, DEMO_HOUSEHOLDS, progress=progress,
                                              as_office=True)  # fmt: skip
            first_run.remember_language(store, language)
            return SetupResult(store)

        return work

    def _field_work(self, language: str) -> Any:
        data_dir, name, role = self.data_dir, self.name.text().strip(), str(self.role.currentData())
        password, public = self.password.text(), self.county_public
        township, grid = self._scope()
        server, code = self.server.text().strip(), self.code.text().strip()
        assert public is not None

        def work(_progress: Any) -> SetupResult:
            store = first_run.setup_field_store(data_dir, name, role, password, public,
                                                township=township, grid=grid)  # fmt: skip
            first_run.remember_language(store, language)
            return SetupResult(store, accounts.account_of(data_dir, name), server, code)

        return work

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _made(self, result: SetupResult) -> None:
        self.operation = None
        self.result_ = result
        self.password.clear()
        self.password_again.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.hide()
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(self.pages.currentIndex() > 0)
        code = str(getattr(exc, "code", "")) if isinstance(exc, SubeiError) else ""
        self.message.setText(setup_text(code) if code else IssueText().error(exc))

    def _cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()  # a half-made demo store stays marked as a demo
            self.operation = None
        self.reject()


def run_setup(data_dir: Path, switcher: LanguageSwitcher) -> SetupResult | None:
    """Show the first-run setup; return what it made, or None when it was closed."""
    dialog = FirstRunSetup(data_dir, switcher)
    dialog.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_
