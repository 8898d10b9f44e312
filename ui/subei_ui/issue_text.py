"""Translated messages for the core's stable issue and error codes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from subei_mobile.errors import Issue, SubeiError


class IssueText(QObject):
    """Maps error codes to text in the current language (the core never formats prose)."""

    def messages(self) -> dict[str, str]:
        """Return the message of every known code, translated now."""
        return {
            "required": self.tr("This field is required"),
            "too_long": self.tr("Too long"),
            "format": self.tr("Wrong format"),
            "unknown_value": self.tr("Not one of the allowed values"),
            "date_format": self.tr("Write the date as YYYY-MM-DD"),
            "number_format": self.tr("Not a number"),
            "out_of_range": self.tr("Out of range"),
            "id_number.format": self.tr("An ID number has 18 characters (the last may be X)"),
            "id_number.address_code": self.tr("The ID number's address code does not exist"),
            "id_number.birth_date": self.tr("The birth date inside the ID number is not valid"),
            "id_number.check_digit": self.tr(
                "The ID number's check digit is wrong (a digit mistyped or two swapped)"
            ),
            "phone.format": self.tr("The phone number looks wrong (it can still be saved)"),
            "name.required": self.tr("Give the name in Chinese or in Mongolian (or both)"),
            "birth_date.range": self.tr("The birth date is not plausible"),
            "birth_date.id_mismatch": self.tr("The birth date does not match the ID number"),
            "relation.unknown": self.tr("Not a known relation to the head of household"),
            "text.private_use": self.tr(
                "This text uses an old private encoding (e.g. Menksoft). Convert it to standard "
                "Unicode Mongolian first."
            ),
            "text.legacy_converted": self.tr(
                "Converted from a legacy encoding (Menksoft) to standard Unicode Mongolian: "
                "check the text before saving."
            ),
            "text.leading_fvs": self.tr("Text cannot start with a variation selector (FVS)"),
            "livestock.count": self.tr("Livestock counts must be between 0 and 1,000,000"),
            "township.unknown": self.tr("Unknown township"),
            "village.unknown": self.tr("Unknown village"),
            "record_immutable": self.tr("Signed records cannot change; add an amendment"),
            "store_corrupt": self.tr("The database file is damaged; restore the latest backup"),
            "store_read_only": self.tr(
                "The data folder is read-only (permissions or a read-only disk). Nothing is "
                "damaged: do not restore a backup. Use a writable folder or fix its permissions."
            ),
            "disk_full": self.tr(
                "The disk is full; nothing was saved. Free some space and try again."
            ),
            "store.demo": self.tr(
                "This is demo data: it cannot be registered, synced or written to a USB bundle."
            ),
            "schema_too_new": self.tr("The database was made by a newer version of this program"),
            "not_found": self.tr("The record no longer exists"),
            "cancelled": self.tr("Cancelled"),
        }

    def text(self, code: str) -> str:
        """Return the message for a code, or a generic one that still shows the code."""
        known = self.messages().get(code)
        return known if known else self.tr("Invalid value (%1)").replace("%1", code)

    def issue(self, issue: Issue) -> str:
        """Return the message for one issue."""
        return self.text(issue.code)

    def error(self, exc: BaseException) -> str:
        """Return the message for any exception, never its (possibly personal) text."""
        if isinstance(exc, SubeiError):
            return self.text(exc.code)
        return self.tr("Unexpected error: %1").replace("%1", type(exc).__name__)
