"""GB 11643 check: valid numbers pass; every single-digit change and adjacent swap fails."""

import datetime as dt

import pytest

from subei_mobile.resident_id import (
    check_digit,
    id_number_issues,
    is_valid_id_number,
    mask_id_number,
    mask_phone,
    normalize_id_number,
    phone_issues,
)

VALID = ["11010519491231002X", "440524188001010014", "620923198503150017", "620923200101010021"]


def _with_check(first17: str) -> str:
    return first17 + check_digit(first17)


def test_published_examples_are_valid() -> None:
    for value in VALID[:2]:
        assert id_number_issues(value) == []


def test_generated_subei_numbers_are_valid() -> None:
    assert is_valid_id_number(_with_check("62092319850315001"))
    assert is_valid_id_number(_with_check("62092320010101002"))


@pytest.mark.parametrize("value", [_with_check("62092319850315001"), "11010519491231002X"])
def test_every_single_character_change_is_rejected(value: str) -> None:
    for pos in range(18):
        alphabet = "0123456789X" if pos == 17 else "0123456789"
        for ch in alphabet:
            if ch == value[pos]:
                continue
            changed = value[:pos] + ch + value[pos + 1 :]
            assert not is_valid_id_number(changed), (pos, ch)


@pytest.mark.parametrize("value", [_with_check("62092319850315001"), "440524188001010014"])
def test_every_adjacent_swap_is_rejected(value: str) -> None:
    for pos in range(17):
        if value[pos] == value[pos + 1]:
            continue
        swapped = value[:pos] + value[pos + 1] + value[pos] + value[pos + 2 :]
        assert not is_valid_id_number(swapped), pos


def test_error_codes_name_the_problem() -> None:
    assert id_number_issues("1234")[0].code == "id_number.format"
    assert id_number_issues(_with_check("99092319850315001"))[0].code == "id_number.address_code"
    assert id_number_issues(_with_check("62092319850230001"))[0].code == "id_number.birth_date"
    future = _with_check(f"620923{dt.date.today().year + 1}0101001")
    assert id_number_issues(future)[0].code == "id_number.birth_date"
    assert id_number_issues("11010519491231002Y")[0].code == "id_number.format"
    assert id_number_issues("110105194912310021")[0].code == "id_number.check_digit"


def test_issue_never_contains_the_number() -> None:
    issue = id_number_issues("110105194912310021")[0]
    assert "110105" not in repr(issue)


def test_normalization_of_typed_forms() -> None:
    assert normalize_id_number(" 11010519491231002x ") == "11010519491231002X"
    assert normalize_id_number("110105 19491231 002Ｘ") == "11010519491231002X"


def test_phone_warns_but_never_blocks() -> None:
    assert phone_issues("13912345678") == []
    assert phone_issues("+86 139 1234 5678") == []
    assert phone_issues("0937-6621234") == []
    warning = phone_issues("12345")
    assert warning and warning[0].warning and warning[0].code == "phone.format"


def test_masks() -> None:
    assert mask_id_number("62092319850315001X") == "620923********001X"
    assert mask_phone("13912345678") == "139****5678"
