"""What lists and printouts show of ID numbers and phones (GB/T 35273 7.2: mask on display)."""

from __future__ import annotations

from ..resident_id import mask_id_number, mask_phone


def display_id(value: str | None, opened: bool = False) -> str:
    """Return an ID number as shown: masked unless the user opened the record."""
    if not value:
        return ""
    return value if opened else mask_id_number(value)


def display_phone(value: str | None, opened: bool = False) -> str:
    """Return a phone number as shown: masked unless the user opened the record."""
    if not value:
        return ""
    return value if opened else mask_phone(value)
