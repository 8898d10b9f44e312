"""Live language switch for texts set once at construction time.

Every ``self.tr()`` goes through a :class:`RecordingTranslator`, which remembers which
(context, source) produced each shown text. On a switch, :func:`retranslate_tree` walks the widgets
and replaces every text it knows (labels, buttons, group boxes, tab titles, table headers,
placeholders, combo items, accessible names) with the same source in the new language. Texts built
from data or with ``%1`` filled in are unknown here: the screens redo those in their own
``changeEvent(LanguageChange)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QTreeWidget,
    QWidget,
)

Origin = tuple[str, str, str | None]  # (context, source, disambiguation)
_ORIGINS: dict[str, list[Origin]] = {}


def remember(text: str, context: str, source: str, disambiguation: str | None) -> None:
    """Note that text was shown for source in context."""
    if not text or "%" in source:
        return  # plural and filled-in texts change with their numbers: screens redo those
    origins = _ORIGINS.setdefault(text, [])
    origin = (context, source, disambiguation or None)
    if origin not in origins:
        origins.append(origin)


class RecordingTranslator(QTranslator):
    """A .qm translator that remembers where each text it returned came from."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Translate like QTranslator; untranslated sources are remembered as themselves."""
        text = super().translate(context, source, disambiguation, n)
        if n < 0:
            remember(text or source, str(context), source, disambiguation)
        # None, not "": an empty Python string reaches Qt as a found (empty) translation.
        return text or None


def _contexts(widget: QWidget) -> list[str]:
    names: list[str] = []
    node: object = widget
    while node is not None:
        names.extend(cls.__name__ for cls in type(node).__mro__)
        node = node.parent() if hasattr(node, "parent") else None  # type: ignore[attr-defined]
    return names


def translated(text: str, widget: QWidget) -> str | None:
    """Return text in the current language when it is a known UI text, else None."""
    origins = _ORIGINS.get(text)
    if not origins:
        return None
    origin = origins[0]
    if len(origins) > 1:
        # Same words from different classes: take the one nearest the widget.
        rank = {name: i for i, name in reversed(list(enumerate(_contexts(widget))))}
        origin = min(origins, key=lambda o: rank.get(o[0], 1 << 30))
    new = QCoreApplication.translate(origin[0], origin[1], origin[2])
    return new if new != text else None


def _swap(get: Callable[[], str], put: Callable[[str], object], widget: QWidget) -> None:
    new = translated(get(), widget)
    if new is not None:
        put(new)


def retranslate_widget(w: QWidget) -> None:
    """Replace the known UI texts of one widget (not its children)."""
    for get, put in ((w.toolTip, w.setToolTip), (w.accessibleName, w.setAccessibleName),
                     (w.windowTitle, w.setWindowTitle), (w.statusTip, w.setStatusTip)):  # fmt: skip
        _swap(get, put, w)
    for action in w.actions():
        _swap(action.text, action.setText, w)
    if isinstance(w, (QLabel, QAbstractButton)):
        _swap(w.text, w.setText, w)
    if isinstance(w, QGroupBox):
        _swap(w.title, w.setTitle, w)
    elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
        _swap(w.placeholderText, w.setPlaceholderText, w)
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            _swap(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t), w)
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            _swap(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t), w)
            _swap(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t), w)
    elif isinstance(w, QToolBox):
        for i in range(w.count()):
            _swap(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t), w)
    elif isinstance(w, QTableWidget):
        _retranslate_table(w)
    elif isinstance(w, QTreeWidget):
        header = w.headerItem()
        for c in range(w.columnCount()):
            _swap(lambda c=c: header.text(c), lambda t, c=c: header.setText(c, t), w)
    elif isinstance(w, QListWidget):
        for i in range(w.count()):
            item = w.item(i)
            _swap(item.text, item.setText, w)


def _retranslate_table(w: QTableWidget) -> None:
    items = [w.horizontalHeaderItem(c) for c in range(w.columnCount())]
    items += [w.verticalHeaderItem(r) for r in range(w.rowCount())]
    # Cells too: fixed choices ("Yes", "Partly") come from tr; data rarely equals a UI text.
    items += [w.item(r, c) for r in range(w.rowCount()) for c in range(w.columnCount())]
    for item in items:
        if item is not None:
            _swap(item.text, item.setText, w)


def retranslate_tree(roots: Iterable[QWidget]) -> None:
    """Retranslate every known UI text under the given widgets (the roots included)."""
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            retranslate_widget(widget)
