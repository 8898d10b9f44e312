"""Resident identity numbers (GB 11643-1999) and phone numbers.

Error codes are stable; the UI translates them. Values never appear in errors.
"""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers

from .errors import Issue

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
# Province-level prefixes of GB/T 2260; a full six-digit list would date quickly and
# old IDs keep their historical codes, so only the province part is checked.
PROVINCES = frozenset(
    [
        "11",
        "12",
        "13",
        "14",
        "15",
        "21",
        "22",
        "23",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "37",
        "41",
        "42",
        "43",
        "44",
        "45",
        "46",
        "50",
        "51",
        "52",
        "53",
        "54",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "81",
        "82",
    ]
)
_SHAPE = re.compile(r"^\d{17}[\dX]$")


def check_digit(first17: str) -> str:
    """Return the GB 11643 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def normalize_id_number(raw: str) -> str:
    """Return the canonical form of a typed ID number: no spaces, upper-case X."""
    return re.sub(r"[\s\u3000-]", "", raw).upper().replace("Ｘ", "X")


def id_number_issues(
    raw: str, today: dt.date | None = None, field: str = "id_number"
) -> list[Issue]:
    """Return the problems with a resident ID number (empty list when valid)."""
    value = normalize_id_number(raw)
    if not _SHAPE.match(value):
        return [Issue("id_number.format", field, {"length": len(value)})]
    if value[:2] not in PROVINCES:
        return [Issue("id_number.address_code", field)]
    birth = birth_date_of(value)
    today = today or dt.date.today()
    if birth is None or birth > today or birth.year < 1880:
        return [Issue("id_number.birth_date", field)]
    if check_digit(value[:17]) != value[17]:
        return [Issue("id_number.check_digit", field)]
    return []


def is_valid_id_number(raw: str) -> bool:
    """Return True when the ID number passes every GB 11643 check."""
    return not id_number_issues(raw)


def birth_date_of(value: str) -> dt.date | None:
    """Return the birth date encoded in an 18-character ID number, if it is a real date."""
    try:
        return dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return None


def sex_of(value: str) -> str:
    """Return 'male' or 'female' from the sequence digit (odd = male)."""
    return "male" if int(value[16]) % 2 else "female"


def normalize_phone(raw: str) -> str:
    """Return digits only, with a leading +86 / 0086 removed."""
    digits = re.sub(r"\D", "", raw)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) == 11:
            digits = digits[len(prefix) :]
    return digits


def phone_issues(raw: str, field: str = "phone") -> list[Issue]:
    """Return warnings for a phone number; phones never block a save (herders share phones)."""
    digits = normalize_phone(raw)
    if not digits:
        return []
    try:
        parsed = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:
        return [Issue("phone.format", field, warning=True)]
    if not phonenumbers.is_valid_number(parsed):
        return [Issue("phone.format", field, warning=True)]
    return []


def mask_id_number(value: str) -> str:
    """Return the display mask of an ID number: address code and last four kept."""
    if len(value) < 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str) -> str:
    """Return the display mask of a phone number: first three and last four kept."""
    if len(value) < 8:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]
