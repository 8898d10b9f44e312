"""The bundled Noto Sans Mongolian font and the font chains every widget uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONT_DIR = Path(__file__).with_name("fonts")
MONGOLIAN_FILE = FONT_DIR / "NotoSansMongolian-Regular.ttf"
MONGOLIAN_FAMILY = "Noto Sans Mongolian"
# Han text needs a CJK font (fonts-noto-cjk on Linux, the system ones on Windows); the first
# installed one wins. Latin letters and digits also come from it: the Mongolian subset lacks them.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei")

_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Register the bundled Mongolian font once; return its family names (empty if missing)."""
    if not _loaded and MONGOLIAN_FILE.exists():
        font_id = QFontDatabase.addApplicationFont(str(MONGOLIAN_FILE))
        if font_id >= 0:
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_loaded)


def _cjk_family() -> str:
    installed = set(QFontDatabase.families())
    return next((f for f in CJK_FAMILIES if f in installed), "")


def ui_font(point_size: float = 10.0) -> QFont:
    """Return the application font: CJK first (compact lines), bundled Mongolian as fallback."""
    families = [f for f in (_cjk_family(), MONGOLIAN_FAMILY) if f]
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font


def mongolian_font(point_size: float = 14.0) -> QFont:
    """Return the explicit Mongolian font (bundled 3.002) with the CJK font for Han and digits."""
    font = QFont()
    font.setFamilies([f for f in (MONGOLIAN_FAMILY, _cjk_family()) if f])
    font.setPointSizeF(point_size)
    # Never let Qt substitute another Mongolian font: the two Noto generations shape differently.
    font.setStyleStrategy(QFont.StyleStrategy.PreferMatch)
    return font
