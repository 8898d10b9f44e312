"""The members of a household other than its head: a dialog to add or edit one, with checks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from subei_mobile.errors import Issue
from subei_mobile.models import Person
from subei_mobile.resident_id import phone_issues
from subei_mobile.store.validation import issues_from

from ..issue_text import IssueText
from ..vocabulary import Vocabulary
from ..widgets.field_row import add_field_row
from ..widgets.mongolian_field import GuardedLineEdit, MongolianLineEdit

MEMBER_TEXT = ("name_zh", "name_mn", "name_latin", "birth_date", "id_number", "phone")
# Issues raised by whole-record checks name no field; show them at the field they are about.
ISSUE_FIELD = {"name.required": "name_zh", "birth_date.id_mismatch": "birth_date"}
PLACEHOLDER_ID = "0" * 36


def legacy_originals(edits: Iterable[QLineEdit]) -> dict[str, str]:
    """Return {text now in the field: legacy original} of the fields that converted legacy text."""
    return {
        edit.text(): edit.legacy_original
        for edit in edits
        if isinstance(edit, GuardedLineEdit) and edit.legacy_original
    }


def person_payload(values: dict[str, Any]) -> dict[str, Any]:
    """Return a person's form values as the model takes them (empty birth date -> None)."""
    out = {k: values.get(k, "") for k in (*MEMBER_TEXT, "sex", "relation") if k in values}
    out["birth_date"] = str(values.get("birth_date") or "").strip() or None
    return out


def person_issues(values: dict[str, Any], household_id: str = "") -> list[Issue]:
    """Return every problem with a person's values at once (errors and warnings)."""
    issues: list[Issue] = []
    payload = {**person_payload(values), "household_id": household_id or PLACEHOLDER_ID}
    try:
        Person.model_validate(payload)
    except ValidationError as exc:
        issues += issues_from(exc)
    # pydantic skips whole-record checks when a field failed; show every problem at once.
    unnamed = not (str(values.get("name_zh", "")).strip() or str(values.get("name_mn", "")).strip())
    if unnamed and not any(i.code == "name.required" for i in issues):
        issues.append(Issue("name.required", "name_zh"))
    issues += phone_issues(str(values.get("phone", "")))
    return issues


class MemberDialog(QDialog):
    """Add or edit one member (not the head); `values()` holds what was typed once accepted."""

    def __init__(self, parent: QWidget | None = None, household_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.household_id = household_id
        self.vocab, self.issue_text = Vocabulary(self), IssueText(self)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.relation, self.sex = QComboBox(), QComboBox()
        form = QFormLayout()
        for key in ("name_zh", "name_mn", "name_latin", "relation", "sex", *MEMBER_TEXT[3:]):
            self._field(form, key)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _field(self, form: QFormLayout, key: str) -> None:
        widget: QWidget
        if key in ("relation", "sex"):
            widget = self.relation if key == "relation" else self.sex
        else:
            edit = MongolianLineEdit() if key == "name_mn" else GuardedLineEdit()
            edit.refused.connect(lambda k=key: self.show_issue(k, "text.private_use"))
            edit.converted.connect(
                lambda _enc, k=key: self.show_issue(k, "text.legacy_converted", True)
            )
            self.fields[key] = edit
            widget = edit
        widget.setObjectName(f"member_{key}")
        self.labels[key], self.errors[key] = add_field_row(form, widget, f"member_error_{key}")

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.setWindowTitle(self.tr("Household member"))
        names = {
            "name_zh": self.tr("Name (Chinese)"), "name_mn": self.tr("Name (Mongolian)"),
            "name_latin": self.tr("Name (Latin letters)"),
            "relation": self.tr("Relation to the head"), "sex": self.tr("Sex"),
            "birth_date": self.tr("Birth date (YYYY-MM-DD)"), "id_number": self.tr("ID number"),
            "phone": self.tr("Phone"),
        }  # fmt: skip
        for key, text in names.items():
            self.labels[key].setText(text)
            self.labels[key].buddy().setAccessibleName(text)
        relations = {k: v for k, v in self.vocab.relations().items() if k != "head"}
        fill_combo(self.relation, relations)
        fill_combo(self.sex, self.vocab.sexes())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_values(self, values: dict[str, Any]) -> None:
        """Put a member's values into the fields."""
        for key, edit in self.fields.items():
            edit.setText(str(values.get(key) or ""))
        self.relation.setCurrentIndex(max(0, self.relation.findData(values.get("relation", ""))))
        self.sex.setCurrentIndex(max(0, self.sex.findData(values.get("sex", ""))))

    def values(self) -> dict[str, Any]:
        """Return what the dialog holds, exactly as typed."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self.fields.items()}
        values["relation"] = self.relation.currentData() or "other"
        values["sex"] = self.sex.currentData() or ""
        # Legacy text converted in a field: its original goes with the member to the save.
        originals = legacy_originals(self.fields.values())
        if originals:
            values["legacy_originals"] = originals
        return values

    def validate(self) -> bool:
        """Show every problem inline; return True when the member can be kept."""
        self.clear_issues()
        issues = person_issues(self.values(), self.household_id)
        for issue in issues:
            self.show_issue(ISSUE_FIELD.get(issue.code, issue.field), issue.code, issue.warning)
        return not any(not i.warning for i in issues)

    def accept(self) -> None:
        """Close only when the values are valid."""
        if self.validate():
            super().accept()

    def show_issue(self, field: str, code: str, warning: bool = False) -> None:
        """Show one message under the field it is about."""
        label = self.errors.get(field.split(".")[0]) or self.errors["name_zh"]
        text = self.issue_text.text(code)
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.setStyleSheet("color: #8a5300" if warning else "color: #b00020")
        label.setProperty("issue_code", code)
        label.show()

    def clear_issues(self) -> None:
        """Hide every message."""
        for label in self.errors.values():
            label.clear()
            label.setProperty("issue_code", None)
            label.hide()


def fill_combo(combo: QComboBox, items: dict[str, str]) -> None:
    """Replace a combo's items (code as data), keeping the chosen code."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code, text in items.items():
        combo.addItem(text, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
