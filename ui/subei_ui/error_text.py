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
