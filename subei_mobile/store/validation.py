"""Turn pydantic validation errors into our stable issue codes."""

from __future__ import annotations

from pydantic import ValidationError

from ..errors import Issue

# pydantic's own error types mapped to our codes; our validators raise ValueError("code").
_PYDANTIC_CODES = {
    "missing": "required",
    "string_too_short": "required",
    "string_too_long": "too_long",
    "string_pattern_mismatch": "format",
    "literal_error": "unknown_value",
    "date_from_datetime_parsing": "date_format",
    "date_parsing": "date_format",
    "datetime_parsing": "datetime_format",
    "datetime_from_date_parsing": "datetime_format",
    "extra_forbidden": "unknown_field",
    "bool_parsing": "bool_format",
    "int_parsing": "number_format",
    "float_parsing": "number_format",
    "greater_than_equal": "out_of_range",
    "greater_than": "out_of_range",
    "less_than_equal": "out_of_range",
}


def issues_from(exc: BaseException) -> list[Issue]:
    """Return issue codes for a validation exception (never echoing the input value)."""
    if not isinstance(exc, ValidationError):
        return [Issue(str(exc) or "invalid")]
    issues = []
    for err in exc.errors(include_input=False, include_url=False):
        path = ".".join(str(p) for p in err["loc"])
        if err["type"] == "value_error":
            message = str(err.get("ctx", {}).get("error", "invalid"))
            code = message
        else:
            code = _PYDANTIC_CODES.get(err["type"], err["type"])
        issues.append(Issue(code, path))
    return issues


def validate(model: type, values: dict[str, object]) -> object:
    """Return model(values) or raise ValidationFailed with stable codes."""
    from ..errors import ValidationFailed

    try:
        return model.model_validate(values)  # type: ignore[attr-defined]
    except ValidationError as exc:
        raise ValidationFailed(issues_from(exc)) from None
