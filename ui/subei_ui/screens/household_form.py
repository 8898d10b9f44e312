"""Create or edit a household and its head, with inline messages and a similar-household warning."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import catalogue
from subei_mobile.errors import Issue, SubeiError
from subei_mobile.households import members_of, similar_households
from subei_mobile.models import Household, Person
from subei_mobile.models.household import LIVESTOCK_KINDS
from subei_mobile.resident_id import phone_issues
from subei_mobile.store import Store
from subei_mobile.store.validation import issues_from

from ..issue_text import IssueText
from ..languages import pick
from ..vocabulary import Vocabulary
from ..widgets.drafts import DraftAutosave, DraftBox
from ..widgets.field_row import add_field_row
from ..widgets.mongolian_field import GuardedLineEdit, MongolianLineEdit
from ..widgets.mongolian_palette import MongolianPalette
from .household_members import MemberDialog, fill_combo, legacy_originals, person_payload

HOUSEHOLD_TEXT = ("code", "address_zh", "address_mn")
PLACE_FIELDS = ("township_code", "village_code", "grid_code")
COUNTY = "620923"
HEAD_TEXT = ("name_zh", "name_mn", "name_latin", "birth_date", "id_number", "phone")
MONGOLIAN_FIELDS = ("address_mn", "name_mn")
# Issues raised by whole-record checks name no field; show them at the field they are about.
ISSUE_FIELD = {"name.required": "name_zh", "birth_date.id_mismatch": "birth_date"}


class HouseholdForm(QWidget):
    """The household form; emits `saved(household_id)` or `closed()`."""

    saved = Signal(str)
    closed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.vocab, self.issue_text = Vocabulary(self), IssueText(self)
        self.household_id = ""  # empty while creating
        self.head_id = ""
        self.similar_confirmed = False
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.palette_bar = MongolianPalette(self)
        self.language = QComboBox()
        self.sex = QComboBox()
        self.livestock = {kind: QSpinBox() for kind in LIVESTOCK_KINDS}
        # Cascading place pickers: names in the reader's script, codes as item data.
        self.places = {key: QComboBox() for key in PLACE_FIELDS}
        self.township, self.village, self.grid = (self.places[k] for k in PLACE_FIELDS)
        # Members other than the head: kept here, written with the household on Save.
        self.members: list[dict[str, Any]] = []
        self.removed_members: list[str] = []
        self.member_table = QTableWidget(0, 3)
        self.member_table.setObjectName("memberTable")
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.verticalHeader().hide()
        self.member_table.horizontalHeader().setStretchLastSection(True)
        self.member_table.setMaximumHeight(150)
        self.member_table.doubleClicked.connect(lambda index: self.edit_member(index.row()))
        self.add_member_button, self.edit_member_button, self.remove_member_button = (
            QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        self.add_member_button.clicked.connect(lambda: self.edit_member(-1))
        self.edit_member_button.clicked.connect(lambda: self.edit_member(self._member_row()))
        self.remove_member_button.clicked.connect(lambda: self.remove_member(self._member_row()))
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.similar = QLabel()
        self.similar.setObjectName("similarWarning")
        self.similar.setWordWrap(True)
        self.similar.setStyleSheet("color: #8a5300; font-weight: bold")
        self.similar.hide()
        self.save_button, self.cancel_button = QPushButton(), QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.discard)
        self.drafts = DraftBox(store.data_dir, store.codec)
        self.autosave = DraftAutosave(self.drafts, "household-new", self.snapshot, self)
        self.household_box, self.head_box, self.livestock_box, self.members_box = (
            QGroupBox(), QGroupBox(), QGroupBox(), QGroupBox(),
        )  # fmt: skip
        self._build()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------
    def _field(self, form: QFormLayout, key: str, widget: QWidget | None = None) -> None:
        if widget is None:
            edit = MongolianLineEdit() if key in MONGOLIAN_FIELDS else GuardedLineEdit()
            edit.setObjectName(key)
            edit.textEdited.connect(self._edited)
            edit.refused.connect(lambda k=key: self._show_issue(k, "text.private_use"))
            edit.converted.connect(
                lambda _enc, k=key: self._show_issue(k, "text.legacy_converted", True)
            )
            self.fields[key] = edit
            widget = edit
        self.labels[key], self.errors[key] = add_field_row(form, widget, f"error_{key}")

    def _build(self) -> None:
        household_form, head_form = QFormLayout(self.household_box), QFormLayout(self.head_box)
        self._field(household_form, "code")
        for key, combo in self.places.items():
            combo.setObjectName(key)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            self._field(household_form, key, combo)
        self.township.currentIndexChanged.connect(lambda: self._township_changed())
        self.village.currentIndexChanged.connect(lambda: self._village_changed())
        self.grid.currentIndexChanged.connect(self._edited)
        for key in HOUSEHOLD_TEXT[1:]:
            self._field(household_form, key)
        self._field(household_form, "preferred_language", self.language)
        for key in HEAD_TEXT[:3]:
            self._field(head_form, key)
        self._field(head_form, "sex", self.sex)
        for key in HEAD_TEXT[3:]:
            self._field(head_form, key)
        grid = QGridLayout(self.livestock_box)
        self.livestock_labels = {kind: QLabel() for kind in LIVESTOCK_KINDS}
        for i, kind in enumerate(LIVESTOCK_KINDS):
            spin = self.livestock[kind]
            spin.setRange(0, 1_000_000)
            spin.setObjectName(f"livestock_{kind}")
            spin.valueChanged.connect(self._edited)
            self.livestock_labels[kind].setBuddy(spin)
            grid.addWidget(self.livestock_labels[kind], i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)
        self.language.currentIndexChanged.connect(self._edited)
        self.sex.currentIndexChanged.connect(self._edited)
        columns = QHBoxLayout()
        columns.addWidget(self.household_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.head_box)
        right.addWidget(self.livestock_box)
        columns.addLayout(right, 1)
        members = QVBoxLayout(self.members_box)
        members.addWidget(self.member_table)
        member_buttons = QHBoxLayout()
        for button in (self.add_member_button, self.edit_member_button, self.remove_member_button):
            member_buttons.addWidget(button)
        member_buttons.addStretch(1)
        members.addLayout(member_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        # Fields scroll (Mongolian text is taller); the banner and buttons stay in view.
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(columns)
        inner_layout.addWidget(self.members_box)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("householdFormScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.palette_bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.similar)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        names = {
            "code": self.tr("Household no."), "township_code": self.tr("Township"),
            "village_code": self.tr("Village"), "grid_code": self.tr("Grid"),
            "address_zh": self.tr("Address (Chinese)"), "address_mn": self.tr("Address (Mongolian)"),
            "preferred_language": self.tr("Preferred language"), "name_zh": self.tr("Name (Chinese)"),
            "name_mn": self.tr("Name (Mongolian)"), "name_latin": self.tr("Name (Latin letters)"),
            "sex": self.tr("Sex"), "birth_date": self.tr("Birth date (YYYY-MM-DD)"),
            "id_number": self.tr("ID number"), "phone": self.tr("Phone"),
        }  # fmt: skip
        for key, text in names.items():
            self.labels[key].setText(text)
            (self.fields.get(key) or self.labels[key].buddy()).setAccessibleName(text)
        self.household_box.setTitle(self.tr("Household"))
        self.head_box.setTitle(self.tr("Head of household"))
        self.livestock_box.setTitle(self.tr("Livestock"))
        self.members_box.setTitle(self.tr("Other members"))
        self.member_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation to the head"), self.tr("Birth date")]
        )
        self.member_table.setAccessibleName(self.tr("Other members"))
        self.add_member_button.setText(self.tr("Add member…"))
        self.edit_member_button.setText(self.tr("Edit member…"))
        self.remove_member_button.setText(self.tr("Remove member"))
        self._name_places()
        self._fill_members()
        for kind, text in self.vocab.livestock().items():
            self.livestock_labels[kind].setText(text)
        self._fill_combo(self.language, self.vocab.languages())
        self._fill_combo(self.sex, self.vocab.sexes())
        self.save_button.setText(
            self.tr("Save anyway") if self.similar.isVisible() else self.tr("Save")
        )
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: dict[str, str]) -> None:
        fill_combo(combo, items)

    # -- places -----------------------------------------------------------------------------
    def _place_items(self, key: str, parent: str, keep: str = "") -> None:
        """Fill one picker with the places below parent; keep a saved code even if unknown."""
        combo = self.places[key]
        empty = self.tr("(none)") if key == "grid_code" else self.tr("— choose —")
        items = {"": empty} if parent or key == "township_code" else {}
        try:
            below = catalogue.children(parent) if parent else []
        except (OSError, ValueError, KeyError):  # seeds missing: codes can still be kept
            below = []
        items.update({p.code: pick(p.name.zh, p.name.mn) or p.code for p in below})
        if keep and keep not in items:
            items[keep] = keep  # a code from an older register or another system
        if not items:
            items = {"": empty}
        combo.blockSignals(True)
        combo.clear()
        for code, text in items.items():
            combo.addItem(text, code)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def set_places(self, township: str, village: str = "", grid: str = "") -> None:
        """Choose a township, village and grid by code (the pickers below follow)."""
        self._place_items("township_code", COUNTY, township)
        self._place_items("village_code", township, village)
        self._place_items("grid_code", village, grid)

    def place_codes(self) -> dict[str, str]:
        """Return the chosen codes ("" where nothing is chosen)."""
        return {key: combo.currentData() or "" for key, combo in self.places.items()}

    def _name_places(self) -> None:
        codes = self.place_codes()
        self.set_places(codes["township_code"], codes["village_code"], codes["grid_code"])

    def _township_changed(self) -> None:
        self._place_items("village_code", self.township.currentData() or "")
        self._place_items("grid_code", "")
        self._edited()

    def _village_changed(self) -> None:
        self._place_items("grid_code", self.village.currentData() or "")
        self._edited()

    # -- members ----------------------------------------------------------------------------
    def _fill_members(self) -> None:
        relations = self.vocab.relations()
        self.member_table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            cells = (
                pick(member.get("name_zh", ""), member.get("name_mn", "")),
                relations.get(member.get("relation", ""), member.get("relation", "")),
                str(member.get("birth_date") or ""),
            )
            for column, text in enumerate(cells):
                self.member_table.setItem(row, column, QTableWidgetItem(text))
        has_rows = bool(self.members)
        self.edit_member_button.setEnabled(has_rows)
        self.remove_member_button.setEnabled(has_rows)

    def _member_row(self) -> int:
        row = self.member_table.currentRow()
        return row if 0 <= row < len(self.members) else (0 if len(self.members) == 1 else -2)

    def edit_member(self, row: int) -> MemberDialog | None:
        """Open the member dialog (row -1: a new member); it is kept in the form when accepted."""
        if row < -1 or row >= len(self.members):
            return None
        dialog = MemberDialog(self, self.household_id)
        if row >= 0:
            dialog.set_values(self.members[row])
        dialog.accepted.connect(lambda: self._member_accepted(row, dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _member_accepted(self, row: int, values: dict[str, Any]) -> None:
        if row < 0:
            self.members.append({"id": "", **values})
        else:
            # Originals pasted in an earlier edit of this member still count until it is saved.
            kept = {**self.members[row].get("legacy_originals", {}),
                    **values.get("legacy_originals", {})}  # fmt: skip
            self.members[row] = {"id": self.members[row].get("id", ""), **values}
            if kept:
                self.members[row]["legacy_originals"] = kept
        self._fill_members()
        self._edited()

    def remove_member(self, row: int) -> bool:
        """Take a member off the form; a saved one is deleted (a tombstone) on Save."""
        if not 0 <= row < len(self.members):
            return False
        member = self.members.pop(row)
        if member.get("id"):
            self.removed_members.append(member["id"])
        self._fill_members()
        self._edited()
        return True

    # -- opening ----------------------------------------------------------------------------
    def start_new(self) -> None:
        """Open an empty form (or the draft left by a crash or an unfinished entry)."""
        self._open("", "household-new", {})

    def start_edit(self, household_id: str) -> None:
        """Open the form on an existing household and its head."""
        household = self.store.load(Household, household_id)
        people = members_of(self.store, household_id)
        head = people[0] if people else None
        values: dict[str, Any] = {
            k: getattr(household, k) for k in (*HOUSEHOLD_TEXT, *PLACE_FIELDS)
        }
        values["preferred_language"] = household.preferred_language
        values["livestock"] = dict(household.livestock)
        if head is not None:
            values.update({k: getattr(head, k) or "" for k in HEAD_TEXT if k != "birth_date"})
            values["birth_date"] = head.birth_date.isoformat() if head.birth_date else ""
            values["sex"] = head.sex
        values["members"] = [
            {"id": p.id, **{k: getattr(p, k) or "" for k in HEAD_TEXT if k != "birth_date"},
             "birth_date": p.birth_date.isoformat() if p.birth_date else "",
             "sex": p.sex, "relation": p.relation}
            for p in people[1:] if head is not None
        ]  # fmt: skip
        self._open(household_id, f"household-{household_id}", values, head.id if head else "")

    def _open(
        self, household_id: str, draft_key: str, values: dict[str, Any], head_id: str = ""
    ) -> None:
        self.household_id, self.head_id, self.similar_confirmed = household_id, head_id, False
        self.autosave.key = draft_key
        draft = self.drafts.load(draft_key)
        self.restore(draft if draft is not None else values)
        self.autosave.dirty = draft is not None
        self.banner.setText(self.tr("An unsaved draft of this form was restored."))
        self.banner.setVisible(draft is not None)
        self._clear_issues()
        self.fields["code"].setFocus()

    def restore(self, values: dict[str, Any]) -> None:
        """Put values (a record's or a draft's) into the fields."""
        for key, edit in self.fields.items():
            edit.setText(str(values.get(key, "")))
        self._forget_originals()
        for combo, key, default in (
            (self.language, "preferred_language", "both"),
            (self.sex, "sex", ""),
        ):
            combo.setCurrentIndex(max(0, combo.findData(values.get(key, default))))
        counts = values.get("livestock", {})
        for kind, spin in self.livestock.items():
            spin.setValue(int(counts.get(kind, 0)))
        self.set_places(*(str(values.get(k) or "") for k in PLACE_FIELDS))
        self.members = [dict(m) for m in values.get("members", [])]
        self.removed_members = list(values.get("removed_members", []))
        self._fill_members()

    def snapshot(self) -> dict[str, Any]:
        """Return what the form holds, as a draft (exactly as typed)."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self.fields.items()}
        values["preferred_language"] = self.language.currentData()
        values["sex"] = self.sex.currentData()
        values["livestock"] = {k: s.value() for k, s in self.livestock.items() if s.value()}
        values.update(self.place_codes())
        values["members"] = [dict(m) for m in self.members]
        values["removed_members"] = list(self.removed_members)
        return values

    def has_unsaved_changes(self) -> bool:
        """Tell whether edits were made since opening or saving."""
        return self.autosave.dirty

    def _edited(self) -> None:
        self.autosave.touched()
        self.similar_confirmed = False

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate, warn about similar households, then save as one action; return success."""
        self._clear_issues()
        values = self.snapshot()
        household_values = {
            k: values[k]
            for k in (*HOUSEHOLD_TEXT, *PLACE_FIELDS, "preferred_language", "livestock")
        }
        head_values = {k: values[k] for k in (*HEAD_TEXT, "sex")}
        head_values["birth_date"] = head_values["birth_date"].strip() or None
        issues = self._validate(household_values, head_values)
        if any(not i.warning for i in issues):
            for issue in issues:
                self._show_issue(
                    ISSUE_FIELD.get(issue.code, issue.field), issue.code, issue.warning
                )
            return False
        if not self.similar_confirmed and self._warn_similar(values):
            return False
        try:
            self._write(household_values, head_values)
        except SubeiError as exc:
            for issue in getattr(exc, "issues", None) or [Issue(exc.code)]:
                self._show_issue(ISSUE_FIELD.get(issue.code, issue.field), issue.code)
            return False
        except ValidationError as exc:  # a member restored from an old draft
            for issue in issues_from(exc):
                self._show_issue("name_zh", issue.code)
            return False
        self.autosave.finished()
        self.banner.hide()
        self.saved.emit(self.household_id)
        return True

    def _validate(self, household: dict[str, Any], head: dict[str, Any]) -> list[Issue]:
        issues: list[Issue] = []
        placeholder = self.household_id or "0" * 36
        for model, values, prefix in ((Household, household, ""), (Person, head, "")):
            payload = {**values, "household_id": placeholder} if model is Person else values
            try:
                model.model_validate(payload)
            except ValidationError as exc:
                issues += [Issue(i.code, prefix + i.field) for i in issues_from(exc)]
        # pydantic skips whole-record checks when a field failed; show every problem at once.
        unnamed = not (head["name_zh"].strip() or head["name_mn"].strip())
        if unnamed and not any(i.code == "name.required" for i in issues):
            issues.append(Issue("name.required", "name_zh"))
        issues += phone_issues(head["phone"])
        return issues

    def _warn_similar(self, values: dict[str, Any]) -> bool:
        found = similar_households(self.store, values["village_code"], values["name_zh"],
                                   values["name_mn"], exclude_id=self.household_id)  # fmt: skip
        if not found:
            return False
        codes = [
            r[0]
            for r in self.store.conn.execute(
                f"SELECT code FROM households WHERE id IN ({','.join('?' * len(found))})", found
            )
        ]
        self.similar.setText(self.tr(
            "A household with the same head's name already exists in this village (%1). "
            "Check it is not the same family; press Save anyway to register a new one."
        ).replace("%1", ", ".join(codes[:5])))  # fmt: skip
        self.similar.show()
        self.similar_confirmed = True
        self.retranslate()
        return True

    def _write(self, household: dict[str, Any], head: dict[str, Any]) -> None:
        """Write the household, its head and its other members as one action."""
        with self.store.transaction() as tx:
            # Text pasted in a legacy encoding was converted in its field; the original is kept
            # with whichever record of this save holds the field's value.
            tx.legacy_originals = legacy_originals(self.fields.values())
            for member in self.members:
                tx.legacy_originals.update(member.get("legacy_originals") or {})
            if not self.household_id:
                record = Household.model_validate(household)
                tx.insert(record)
                household_id = record.id
            else:
                household_id = self.household_id
                tx.update("households", household_id, household)
            if self.head_id:
                tx.update("persons", self.head_id, head)
            else:
                tx.insert(Person.model_validate({**head, "household_id": household_id,
                                                 "relation": "head"}))  # fmt: skip
            for member in self.members:
                values = person_payload(member)
                if member.get("id"):
                    tx.update("persons", member["id"], values)
                else:
                    tx.insert(Person.model_validate({**values, "household_id": household_id}))
            for person_id in self.removed_members:
                tx.delete("persons", person_id)
        self.household_id = household_id
        self.members, self.removed_members = [], []
        self._forget_originals()

    def _forget_originals(self) -> None:
        for edit in self.fields.values():
            if isinstance(edit, GuardedLineEdit):
                edit.forget_original()

    def discard(self) -> None:
        """Throw away the edits (and their draft) and close the form."""
        self.autosave.finished()
        self.closed.emit()

    # -- messages ---------------------------------------------------------------------------
    def _show_issue(self, field: str, code: str, warning: bool = False) -> None:
        label = self.errors.get(field.split(".")[0]) or self.errors["code"]
        text = self.issue_text.text(code)
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.setStyleSheet("color: #8a5300" if warning else "color: #b00020")
        label.setProperty("issue_code", code)
        label.show()

    def _clear_issues(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.similar.hide()
        self.retranslate()
