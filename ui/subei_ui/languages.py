"""The two interface languages, switched at runtime with QTranslator and remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QSettings, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from .live_text import RecordingTranslator, retranslate_tree

QM_DIR = Path(__file__).with_name("i18n")
CHINESE, MONGOLIAN = "zh_CN", "mn_Mong_CN"
# Names shown in the Language menu, each in its own script so anyone can find theirs.
LANGUAGE_NAMES = {CHINESE: "中文", MONGOLIAN: "ᠮᠣᠩᠭᠣᠯ"}
SETTINGS_KEY = "ui/language"
_active = [CHINESE]


def prefer_mongolian() -> bool:
    """Tell whether names with both scripts should show their Mongolian form first."""
    return _active[0] == MONGOLIAN


def pick(zh: str, mn: str) -> str:
    """Return the form of a bilingual name to show in the current language."""
    return (mn or zh) if prefer_mongolian() else (zh or mn)


def settings() -> QSettings:
    """Return the app's settings store."""
    return QSettings("Subei", "subei-mobile")


class LanguageSwitcher(QObject):
    """Installs the translators of one language; Qt then sends LanguageChange to every widget."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = ""
        self._installed: list[QTranslator] = []

    def remembered(self) -> str:
        """Return the language chosen last time (Chinese on first start)."""
        value = str(settings().value(SETTINGS_KEY, CHINESE))
        return value if value in LANGUAGE_NAMES else CHINESE

    def switch(self, language: str, *, remember: bool = True) -> bool:
        """Load a language's translations; return False when its .qm file is missing."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        ok = self._install(QM_DIR / f"subei_{language}.qm", RecordingTranslator(self))
        if language == CHINESE:
            # Qt's own dialogs (buttons of message boxes); Qt ships no Mongolian ones.
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(Path(qt_dir) / "qtbase_zh_CN.qm")
        self.current = language
        _active[0] = language
        if isinstance(app, QApplication):
            # Texts set once when a widget was built follow now; screens redo the rest
            # (data names, filled-in numbers) in their changeEvent(LanguageChange).
            retranslate_tree(app.topLevelWidgets())
        if remember:
            settings().setValue(SETTINGS_KEY, language)
        self.language_changed.emit(language)
        return ok

    def _install(self, path: Path, translator: QTranslator | None = None) -> bool:
        translator = translator or QTranslator(self)
        if not path.exists() or not translator.load(str(path)):
            return False
        QCoreApplication.instance().installTranslator(translator)
        self._installed.append(translator)
        return True


def name_items(combo: object, names: dict[str, tuple[str, str]]) -> None:
    """Name a combo box's catalogue items (data = code) in the current script.

    names maps code -> (Chinese, Mongolian); call again after a language switch.
    """
    for index in range(combo.count()):  # type: ignore[attr-defined]
        pair = names.get(combo.itemData(index))  # type: ignore[attr-defined]
        if pair is not None:
            combo.setItemText(index, pick(*pair))  # type: ignore[attr-defined]


def catalogue_pairs(table: dict[str, object]) -> dict[str, tuple[str, str]]:
    """Return code -> (Chinese, Mongolian) of a catalogue table of BilingualText or places."""
    out = {}
    for code, value in table.items():
        name = getattr(value, "name", value)
        out[code] = (getattr(name, "zh", ""), getattr(name, "mn", ""))
    return out
