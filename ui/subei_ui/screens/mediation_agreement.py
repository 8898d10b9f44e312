"""The agreement tab of a mediation case: draft in both scripts, sign, then only amend."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from subei_mobile import mediation, signatures
from subei_mobile.models import (
    MediationAgreement,
    MediationCase,
    MediationParty,
    MediationSignature,
)
from subei_mobile.store import Store

from .. import document_actions
from ..error_text import IssueBanner
from ..operations import CoreOperation
from ..typefaces import mongolian_font
from ..widgets.agreement_preview import AgreementPreview
from ..widgets.signature_pad import SignaturePad

TEXT_FIELDS = ("content_zh", "content_mn", "performance_zh", "performance_mn")


def parties_of(store: Store, case_id: str) -> list[MediationParty]:
    """Return the parties of a case in the order they were added."""
    rows = store.conn.execute(
        "SELECT id FROM mediation_parties WHERE case_id = ? AND _deleted = 0 ORDER BY id",
        (case_id,),
    ).fetchall()
    return [store.load(MediationParty, r[0]) for r in rows]


class SignatureSlot(QWidget):
    """One signer: name, pad, and the choice of a fingerprint on paper instead."""

    def __init__(self, role: str, name: str, party_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.role, self.party_id = role, party_id
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(self.tr("Signer"))
        self.pad = SignaturePad(self)
        self.fingerprint = QCheckBox(self.tr("Fingerprint on paper"), self)
        clear = QPushButton(self.tr("Clear"), self)
        clear.clicked.connect(self.pad.clear)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.fingerprint, 0, 1)
        grid.addWidget(clear, 0, 2)
        grid.addWidget(self.pad, 1, 0, 1, 3)

    def ready(self) -> bool:
        """Return True when there is a drawn signature or a fingerprint."""
        return self.fingerprint.isChecked() or not self.pad.is_empty()


class AgreementPanel(QWidget):
    """Draft, preview, signatures, and after signing: the locked text and amendments."""

    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = ""
        self.agreement_id = ""
        self.slots: list[SignatureSlot] = []
        self.versions = QComboBox(self)
        self.versions.setAccessibleName(self.tr("Agreement and amendments"))
        self.versions.activated.connect(lambda i: self.show_agreement(self.versions.itemData(i)))
        self.edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        labels = {
            "content_zh": self.tr("Agreed content (Chinese)"),
            "content_mn": self.tr("Agreed content (Mongolian)"),
            "performance_zh": self.tr("How it is performed (Chinese)"),
            "performance_mn": self.tr("How it is performed (Mongolian)"),
        }
        for name, label in labels.items():
            edit = self.edits[name] = QPlainTextEdit(self)
            edit.setAccessibleName(label)
            edit.setMaximumHeight(70)
            if name.endswith("_mn"):
                edit.setFont(mongolian_font(13))
            form.addRow(label, edit)
        self.deadline = QDateEdit(QDate.currentDate().addDays(30), self)
        self.deadline.setCalendarPopup(True)
        form.addRow(self.tr("Deadline"), self.deadline)
        self.state = QLabel(self)
        self.save_button = QPushButton(self.tr("Save draft"), self)
        self.save_button.clicked.connect(self.save_draft)
        self.amend_button = QPushButton(self.tr("Add amendment"), self)
        self.amend_button.clicked.connect(self.add_amendment)
        self.pdf_button = QPushButton(self.tr("Agreement PDF…"), self)
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.print_button = QPushButton(self.tr("Print agreement…"), self)
        self.print_button.clicked.connect(self.print_agreement)
        buttons = QHBoxLayout()
        for widget in (self.save_button, self.amend_button, self.pdf_button, self.print_button):
            buttons.addWidget(widget)
        self.signing = QGroupBox(self.tr("Signatures"), self)
        self.signing_layout = QVBoxLayout(self.signing)
        self.sign_button = QPushButton(self.tr("Sign agreement"), self.signing)
        self.sign_button.clicked.connect(self.sign)
        self.slots_layout = QVBoxLayout()
        self.signing_layout.addLayout(self.slots_layout)
        self.signing_layout.addWidget(self.sign_button)
        self.preview = AgreementPreview(self)
        self.banner = IssueBanner(self)
        column = QVBoxLayout(self)
        column.addWidget(self.versions)
        column.addLayout(form)
        column.addWidget(self.state)
        column.addLayout(buttons)
        column.addWidget(self.banner)
        column.addWidget(self.signing)
        column.addWidget(self.preview)

    # -- printing ---------------------------------------------------------------------------
    def export_pdf(self, target: Path) -> CoreOperation | None:
        """Write the shown agreement (legal layout, both scripts) as PDF off the GUI thread."""
        from subei_mobile.reports.printables import agreement_data

        from ..documents.agreement import write_agreement_pdf

        try:
            data = agreement_data(self.store, self.agreement_id)
        except Exception as exc:
            self.banner.show_error(exc)
            return None
        return document_actions.write_pdf(
            data, write_agreement_pdf, target, self,
            on_done=lambda path: document_actions.saved_message(self, path),
            on_failed=self.banner.show_error,
        )  # fmt: skip

    def _choose_pdf(self) -> None:
        if not self.agreement_id:
            self.banner.show_code("agreement.required")
            return
        target = document_actions.ask_pdf_path(self, self.tr("Save agreement"), "agreement.pdf")
        if target is not None:
            self.export_pdf(target)

    def print_agreement(self) -> None:
        """Print the shown agreement."""
        from subei_mobile.reports.printables import agreement_data

        from ..documents.agreement import draw_agreement

        if not self.agreement_id:
            self.banner.show_code("agreement.required")
            return
        try:
            data = agreement_data(self.store, self.agreement_id)
        except Exception as exc:
            self.banner.show_error(exc)
            return
        document_actions.print_pages(lambda device: draw_agreement(device, data), self)

    # -- showing ----------------------------------------------------------------------------
    def set_case(self, case_id: str) -> None:
        """Show the latest agreement of a case (or an empty draft form)."""
        self.case_id = case_id
        ids = self._agreement_ids()
        self._fill_versions(ids)
        self.show_agreement(ids[-1] if ids else "")

    def _agreement_ids(self) -> list[str]:
        rows = self.store.conn.execute(
            "SELECT id FROM mediation_agreements WHERE case_id = ? AND _deleted = 0 ORDER BY id",
            (self.case_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def _fill_versions(self, ids: list[str]) -> None:
        self.versions.clear()
        for number, agreement_id in enumerate(ids):
            agreement = self.store.load(MediationAgreement, agreement_id)
            name = (
                self.tr("Amendment %1").replace("%1", str(number))
                if number
                else self.tr("Agreement")
            )
            state = self.tr("signed") if agreement.status == "signed" else self.tr("draft")
            self.versions.addItem(f"{name} ({state})", agreement_id)
        self.versions.setVisible(len(ids) > 1)

    def retranslate(self) -> None:
        """Name the versions and the state in the new language; drawn signatures stay."""
        if self.case_id:
            shown = self.agreement_id
            self._fill_versions(self._agreement_ids())
            self.versions.setCurrentIndex(max(0, self.versions.findData(shown)))
        agreement = (
            self.store.load(MediationAgreement, self.agreement_id) if self.agreement_id else None
        )
        self.state.setText(self._state_text(agreement))

    def _state_text(self, agreement: MediationAgreement | None) -> str:
        if agreement is None:
            return self.tr("No agreement yet")
        if agreement.status != "signed":
            return self.tr("Draft")
        when = (
            agreement.signed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if agreement.signed_at
            else ""
        )
        return self.tr("Signed %1 - locked; changes go into an amendment").replace("%1", when)

    def show_agreement(self, agreement_id: str) -> None:
        """Show one agreement: editable while a draft, locked once signed."""
        self.agreement_id = agreement_id
        agreement = self.store.load(MediationAgreement, agreement_id) if agreement_id else None
        for name, edit in self.edits.items():
            edit.setPlainText(getattr(agreement, name) if agreement else "")
        if agreement and agreement.deadline:
            self.deadline.setDate(QDate(agreement.deadline))
        self.versions.setCurrentIndex(max(0, self.versions.findData(agreement_id)))
        self._set_locked(bool(agreement and agreement.status == "signed"))
        self.state.setText(self._state_text(agreement))
        if agreement:
            self.preview.show_agreement(agreement, self._party_names())
        self._build_slots()

    def is_locked(self) -> bool:
        """Return True when the shown agreement is signed and cannot be edited."""
        return self.edits["content_zh"].isReadOnly()

    def _set_locked(self, locked: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(locked)
        self.deadline.setReadOnly(locked)
        self.save_button.setVisible(not locked)
        self.signing.setVisible(not locked)
        self.amend_button.setVisible(locked)

    def _party_names(self) -> list[str]:
        return [p.name_zh or p.name_mn for p in parties_of(self.store, self.case_id)]

    def _build_slots(self) -> None:
        for slot in self.slots:
            slot.deleteLater()
        self.slots = []
        if not self.case_id:
            return
        case = self.store.load(MediationCase, self.case_id)
        box = self.signing
        for party in parties_of(self.store, self.case_id):
            self.slots.append(SignatureSlot("party", party.name_zh or party.name_mn, party.id, box))
        mediator = case.mediators[0] if case.mediators else ""
        self.slots.append(SignatureSlot("mediator", mediator, "", box))
        for slot in self.slots:
            self.slots_layout.addWidget(slot)

    # -- actions ------------------------------------------------------------------------------
    def _values(self) -> dict[str, object]:
        values: dict[str, object] = {n: e.toPlainText() for n, e in self.edits.items()}
        values["deadline"] = self.deadline.date().toPython()
        return values

    def _store_draft(self) -> None:
        if self.agreement_id:
            # A draft may still change; the store refuses this once it is signed.
            with self.store.transaction() as tx:
                tx.update("mediation_agreements", self.agreement_id, self._values())
        else:
            draft = MediationAgreement.model_validate({"case_id": self.case_id, **self._values()})
            self.agreement_id = mediation.add(self.store, draft)

    def save_draft(self) -> bool:
        """Save the typed text as the draft (new or existing); keep it on screen if it fails."""
        try:
            self._store_draft()
        except Exception as exc:  # shown inline, typed text stays
            self.banner.show_error(exc)
            return False
        self._done()
        return True

    def _done(self) -> None:
        self.banner.clear_issues()
        self._fill_versions(self._agreement_ids())
        self.show_agreement(self.agreement_id)
        self.saved.emit()

    def _stored_png(self, slot: SignatureSlot) -> str:
        # Sealed like any attachment; signing links it so it syncs with the signature.
        return "" if slot.pad.is_empty() else signatures.store_image(self.store, slot.pad.to_png())

    def _signatures(self, at: dt.datetime) -> list[MediationSignature]:
        return [
            MediationSignature(
                agreement_id=self.agreement_id,
                signer_role=slot.role,
                party_id=slot.party_id,  # type: ignore[arg-type]
                signer_name=slot.name.text(),
                fingerprint=slot.fingerprint.isChecked(),
                image_sha256=self._stored_png(slot),
                signed_at=at,
            )
            for slot in self.slots
        ]

    def sign(self) -> None:
        """Save the draft as typed, then seal it with every signer's signature."""
        if not all(slot.ready() for slot in self.slots):
            self.banner.show_code("signature.empty")
            return
        now = dt.datetime.now(dt.UTC)
        try:
            self._store_draft()
            mediation.sign_agreement(self.store, self.agreement_id, self._signatures(now), at=now)
        except Exception as exc:  # the pads and the text stay as they are
            self.banner.show_error(exc)
            return
        self._done()

    def add_amendment(self) -> None:
        """Start a draft amendment to the shown signed agreement."""
        signed = self.store.load(MediationAgreement, self.agreement_id)
        draft = MediationAgreement(case_id=signed.case_id, deadline=signed.deadline)
        try:
            amendment_id = mediation.amend(self.store, self.agreement_id, draft)
        except Exception as exc:
            self.banner.show_error(exc)
            return
        self.agreement_id = amendment_id
        self._done()
