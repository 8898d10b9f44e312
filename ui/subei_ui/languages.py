"""The two interface languages, switched at runtime with QTranslator and remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QSettings, QTranslator, Signal

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
        ok = self._install(QM_DIR / f"subei_{language}.qm")
        if language == CHINESE:
            # Qt's own dialogs (buttons of message boxes); Qt ships no Mongolian ones.
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(Path(qt_dir) / "qtbase_zh_CN.qm")
        self.current = language
        _active[0] = language
        if remember:
            settings().setValue(SETTINGS_KEY, language)
        self.language_changed.emit(language)
        return ok

    def _install(self, path: Path) -> bool:
        translator = QTranslator(self)
        if not path.exists() or not translator.load(str(path)):
            return False
        QCoreApplication.instance().installTranslator(translator)
        self._installed.append(translator)
        return True
