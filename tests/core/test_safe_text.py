"""The character rules every way in shares (import, forms, the county server): one place,
subei_mobile/models/safe_text.py, applied through the models."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from subei_mobile.models import Household, Person
from subei_mobile.models.mediation import MediationParty
from subei_mobile.models.safe_text import text_issue
from subei_mobile.store.validation import issues_from

HID = "0" * 36
MN_OK = "ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ᠬᠠᠭ\u180eᠠ ᠭ\u180bᠠ ᠪ\u200dᠠ ᠪ\u200cᠠ"


def codes(exc: ValidationError) -> set[str]:
    return {i.code for i in issues_from(exc)}


@pytest.mark.parametrize(
    "text,kind,code",
    [
        ("H1\u200b00", "code", "text.invisible_char"),
        ("H100\ufeff", "code", "text.invisible_char"),
        ("H 1\u202f00", "code", "text.invisible_char"),  # NNBSP is Mongolian-only
        ("巴\u202e特", "name", "text.bidi_control"),
        ("巴\u2066特", "name", "text.bidi_control"),
        ("巴\x00特", "name", "text.control_char"),
        ("巴\x1b[31m特", "name", "text.control_char"),
        ("巴\x07特", "name", "text.control_char"),
        ("巴\n特", "name", "text.control_char"),
        ("巴\u0085特", "name", "text.control_char"),
        ("巴\u200d特", "name", "text.invisible_char"),  # ZWJ only in Mongolian
        ("ᠪᠠ\u200bᠲᠤ", "name_mn", "text.invisible_char"),  # ZWSP never
        ("ᠪᠠ\u202eᠲᠤ", "name_mn", "text.bidi_control"),
        ("notes\x00", "free", "text.control_char"),
        ("notes\u202e", "free", "text.bidi_control"),
    ],
)
def test_refused(text: str, kind: str, code: str) -> None:
    assert text_issue(text, kind) == code


@pytest.mark.parametrize(
    "text,kind",
    [(MN_OK, "name_mn"), ("巴特尔", "name"), ("Batu Bilig", "name"), ("DCW-001", "code"),
     ("第一行\n第二行\t缩进", "free"), ("emoji 👨\u200d👩", "free")],
)  # fmt: skip
def test_allowed(text: str, kind: str) -> None:
    assert text_issue(text, kind) is None


def test_models_apply_the_rules_for_every_caller() -> None:
    with pytest.raises(ValidationError) as err:
        Household(code="H1\u200b00", township_code="620923100")
    assert codes(err.value) == {"text.invisible_char"}
    with pytest.raises(ValidationError) as err:
        Person(household_id=HID, name_zh="巴\u202e特")
    assert codes(err.value) == {"text.bidi_control"}
    with pytest.raises(ValidationError) as err:
        MediationParty(case_id=HID, name_zh="甲\x1b")
    assert codes(err.value) == {"text.control_char"}
    person = Person(household_id=HID, name_mn=MN_OK, relation="grandparent")
    assert person.name_mn.encode() == MN_OK.encode()
