"""Field-workflow error codes as translated text, and the inline banner the field screens use."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from subei_mobile.errors import Issue, SubeiError, ValidationFailed
from subei_mobile.store.validation import issues_from

from .issue_text import IssueText

CONTEXT = "ErrorText"
# Codes of requests, mediation and activities (the shell's IssueText has the rest). English
# source texts; lupdate collects them under CONTEXT, translate() looks them up at runtime.
MESSAGES: dict[str, str] = {
    "title.required": QT_TRANSLATE_NOOP("ErrorText", "Give a title in Chinese or Mongolian"),
    "service.unknown": QT_TRANSLATE_NOOP("ErrorText", "Pick a service from the catalogue"),
    "material.unknown": QT_TRANSLATE_NOOP("ErrorText", "This material is not on the checklist"),
    "materials.incomplete": QT_TRANSLATE_NOOP("ErrorText", "Required materials are still missing"),
    "status.transition": QT_TRANSLATE_NOOP(
        "ErrorText", "The request cannot move directly to that status"
    ),
    "household.required": QT_TRANSLATE_NOOP("ErrorText", "Find and pick the household first"),
    "request.required": QT_TRANSLATE_NOOP("ErrorText", "Pick a request first"),
    "case.required": QT_TRANSLATE_NOOP("ErrorText", "Pick or save a case first"),
    "parties.at_least_two": QT_TRANSLATE_NOOP("ErrorText", "A case needs at least two parties"),
    "agreement.content_both_scripts": QT_TRANSLATE_NOOP(
        "ErrorText", "The agreement needs its content in both Chinese and Mongolian"
    ),
    "agreement.performance_required": QT_TRANSLATE_NOOP(
        "ErrorText", "Say how and by when the agreement is to be performed"
    ),
    "agreement.not_signed": QT_TRANSLATE_NOOP("ErrorText", "The agreement is not signed yet"),
    "agreement.required": QT_TRANSLATE_NOOP("ErrorText", "Save a draft agreement first"),
    "amendment.target_not_signed": QT_TRANSLATE_NOOP(
        "ErrorText", "Only a signed agreement can be amended"
    ),
    "signature.mediator_required": QT_TRANSLATE_NOOP("ErrorText", "The mediator must sign"),
    "signature.parties_required": QT_TRANSLATE_NOOP("ErrorText", "Both parties must sign"),
    "signature.empty": QT_TRANSLATE_NOOP("ErrorText", "Sign on the pad before saving"),
    "signature.image_invalid": QT_TRANSLATE_NOOP(
        "ErrorText", "The signature image could not be kept; clear the pad and sign again"
    ),
    "signature.image_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "A signature image is missing; clear the pad and sign again"
    ),
    "record_immutable": QT_TRANSLATE_NOOP(
        "ErrorText", "A signed record cannot change; add an amendment instead"
    ),
    "hazard.severity_required": QT_TRANSLATE_NOOP("ErrorText", "A hazard check needs a severity"),
    "details.unknown_key": QT_TRANSLATE_NOOP("ErrorText", "Unknown detail for this activity"),
    "ended_at.before_start": QT_TRANSLATE_NOOP("ErrorText", "The end is before the start"),
    "participant.required": QT_TRANSLATE_NOOP("ErrorText", "Say who took part"),
    "file.not_found": QT_TRANSLATE_NOOP("ErrorText", "The file cannot be read"),
    "conflict.device_role": QT_TRANSLATE_NOOP(
        "ErrorText", "Only a township-office laptop can resolve conflicts (the server refuses)"
    ),
    # Spreadsheet import (subei_mobile/exchange)
    "file.empty": QT_TRANSLATE_NOOP("ErrorText", "The file is empty"),
    "file.unsupported_format": QT_TRANSLATE_NOOP("ErrorText", "Only .csv and .xlsx files"),
    "file.not_xlsx": QT_TRANSLATE_NOOP("ErrorText", "This is not a readable XLSX file"),
    "file.unknown_encoding": QT_TRANSLATE_NOOP(
        "ErrorText", "Unknown text encoding: save the file as CSV UTF-8 or XLSX"
    ),
    "file.bad_bytes": QT_TRANSLATE_NOOP(
        "ErrorText", "The file has bytes its encoding does not allow"
    ),
    "file.bad_csv": QT_TRANSLATE_NOOP("ErrorText", "The CSV file is malformed (unclosed quote)"),
    "file.too_big": QT_TRANSLATE_NOOP("ErrorText", "The file is too large to import"),
    "file.too_big_unpacked": QT_TRANSLATE_NOOP(
        "ErrorText", "The XLSX file unpacks to too much data and was refused"
    ),
    "file.too_many_rows": QT_TRANSLATE_NOOP(
        "ErrorText", "Too many rows for one import; split the file"
    ),
    "file.too_many_columns": QT_TRANSLATE_NOOP("ErrorText", "Too many columns"),
    "file.xlsx_dtd": QT_TRANSLATE_NOOP(
        "ErrorText", "The XLSX file contains entity declarations and was refused"
    ),
    "file.unknown_columns": QT_TRANSLATE_NOOP(
        "ErrorText", "Some columns are not known: map them or leave them out"
    ),
    "file.duplicate_columns": QT_TRANSLATE_NOOP("ErrorText", "Two columns hold the same field"),
    "file.missing_columns": QT_TRANSLATE_NOOP("ErrorText", "Required columns are missing"),
    "mapping.length": QT_TRANSLATE_NOOP("ErrorText", "The mapping does not fit this file"),
    "cell.too_long": QT_TRANSLATE_NOOP("ErrorText", "A cell is longer than 32,767 characters"),
    "cell.unnamed_column": QT_TRANSLATE_NOOP("ErrorText", "A column without a header has data"),
    "row.too_many_cells": QT_TRANSLATE_NOOP("ErrorText", "The row has more cells than headers"),
    "row.duplicate": QT_TRANSLATE_NOOP("ErrorText", "The same record appears twice in the file"),
    "text.control_char": QT_TRANSLATE_NOOP(
        "ErrorText", "Contains a control character (NUL, ESC, line break); remove it"
    ),
    "text.bidi_control": QT_TRANSLATE_NOOP(
        "ErrorText", "Contains a text-direction control (such as U+202E); remove it"
    ),
    "text.invisible_char": QT_TRANSLATE_NOOP(
        "ErrorText", "Contains an invisible character (such as a zero-width space); remove it"
    ),
    "relation.needs_sex": QT_TRANSLATE_NOOP(
        "ErrorText", "子女 needs the sex column to tell son from daughter"
    ),
    "sex.unknown": QT_TRANSLATE_NOOP("ErrorText", "Not a known sex (男/女 or code 1/2)"),
    "ethnicity.unknown": QT_TRANSLATE_NOOP("ErrorText", "Not a known ethnic group or GB 3304 code"),
    "ethnicity.generalised": QT_TRANSLATE_NOOP("ErrorText", 'Recorded as "other" ethnic group'),
    "phone.not_a_number": QT_TRANSLATE_NOOP("ErrorText", "Not a phone number"),
    "name_mn.lost_characters": QT_TRANSLATE_NOOP(
        "ErrorText", "The Mongolian name was lost when the file was saved (? marks)"
    ),
    "datetime_format": QT_TRANSLATE_NOOP("ErrorText", "The date or time cannot be read"),
    "date_format": QT_TRANSLATE_NOOP(
        "ErrorText", "The date cannot be read (1985-05-05, 1985/5/5, 19850505, 1985年5月5日)"
    ),
    "household_code.required": QT_TRANSLATE_NOOP("ErrorText", "The household code is empty"),
    "party_member.format": QT_TRANSLATE_NOOP("ErrorText", "Party member: write 是 or 否"),
    "village.not_in_township": QT_TRANSLATE_NOOP(
        "ErrorText", "The village is not in this township"
    ),
    "grid.unknown": QT_TRANSLATE_NOOP("ErrorText", "Unknown grid"),
    "disk_full": QT_TRANSLATE_NOOP("ErrorText", "The disk is full"),
    "reject_file.unwritable": QT_TRANSLATE_NOOP("ErrorText", "The file cannot be written"),
}


def issues_of(exc: BaseException) -> list[Issue]:
    """Return the issues an exception stands for, whatever layer raised it."""
    if isinstance(exc, ValidationFailed):
        return list(exc.issues)
    if isinstance(exc, SubeiError):
        return [Issue(exc.code)]
    if isinstance(exc, ValidationError):
        return issues_from(exc)
    if isinstance(exc, OSError):
        return [Issue("file.not_found")]
    return [Issue(type(exc).__name__)]


def text_for(code: str) -> str:
    """Return the translated sentence for a stable code (the code itself stays visible)."""
    source = MESSAGES.get(code)
    if source is None:
        return IssueText().text(code)  # the shell's table: household, ID and generic codes
    return QCoreApplication.translate(CONTEXT, source)


def messages_for(exc: BaseException) -> list[str]:
    """Return one translated line per issue, without ever echoing what was typed."""
    return [text_for(issue.code) for issue in issues_of(exc)]


class IssueBanner(QLabel):
    """A red inline line under a form that lists what is wrong; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setAccessibleName(self.tr("Problems"))
        self.codes: list[str] = []
        self.hide()

    def show_error(self, exc: BaseException) -> None:
        """Show every issue of an error below the form."""
        self.codes = [issue.code for issue in issues_of(exc)]
        self.setText("\n".join(messages_for(exc)))
        self.show()

    def show_code(self, code: str) -> None:
        """Show one problem found by the screen itself."""
        self.show_error(ValidationFailed([Issue(code)]))

    def clear_issues(self) -> None:
        """Hide the banner after a successful action."""
        self.codes = []
        self.clear()
        self.hide()
