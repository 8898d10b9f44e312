"""Check one synced change against the same models the laptop validates a save with.

The laptop validates a whole record before it writes (`Transaction.insert/update`); a change
that reaches the county server from elsewhere (another build, a damaged outbox, a crafted
request) must meet the same rules, or every other laptop pulls a value it then cannot export.
The server calls `change_issues` on every pushed insert and update; the rules are the models'.

Values arrive in their stored (SQLite) form: JSON columns as JSON text, booleans as 0/1.

Sealed values: a sensitive column may carry `enc1:<schema>:<base64>` (sealed under the county
data key, which the server does not hold). Its plaintext cannot be checked here; only its
shape is (prefix, schema number, base64, at least a nonce and a tag, a size bound), and the
record is validated with that column at its default. The laptop that sealed it validated it.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from pydantic import ValidationError

from ..errors import Issue
from ..security.fields import NONCE, PREFIX
from .schema import TABLES, TableSpec
from .validation import issues_from

GCM_TAG = 16
MAX_SEALED_CHARS = 300_000  # a sealed 200,000-character text, base64 of its UTF-8 JSON


def is_sealed(value: Any) -> bool:
    """Return True for a value written in the sealed form."""
    return isinstance(value, str) and value.startswith(PREFIX)


def sealed_shape_ok(value: str) -> bool:
    """Return True when sealed text is well formed (its content is not checked)."""
    if len(value) > MAX_SEALED_CHARS:
        return False
    schema, _, body = value[len(PREFIX) :].partition(":")
    if not (schema.isascii() and schema.isdigit() and len(schema) <= 4):
        return False
    try:
        raw = base64.b64decode(body.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        return False
    return len(raw) >= NONCE + GCM_TAG


def change_issues(
    table: str, op: str, fields: dict[str, Any], current: dict[str, Any] | None
) -> list[Issue]:
    """Return what is wrong with an insert or update of `fields` on `current` (stored form).

    Only the fields the change sets are judged: a record written before a rule existed can
    still take an edit of another field. Rules over several fields are judged when the
    record without this change passes them. An empty list: the change is acceptable.
    """
    spec = TABLES.get(table)
    if spec is None:
        return [Issue("unknown_table")]
    if op == "delete":
        return []  # a tombstone sets no values
    unknown = sorted(set(fields) - set(spec.column_names))
    if unknown:
        return [Issue("unknown_field", name) for name in unknown]
    issues: list[Issue] = []
    sealed = {n for n, v in fields.items() if is_sealed(v) and spec.column(n).sensitive}
    issues += [
        Issue("sealed_malformed", n) for n in sorted(sealed) if not sealed_shape_ok(fields[n])
    ]
    values, bad_json = _model_values(spec, {**(current or {}), **fields})
    issues += [Issue("format", n) for n in sorted(bad_json & set(fields))]
    touched = set(fields)
    found = [i for i in _validate(spec, values) if _judged(i, touched, op)]
    if op == "update" and any(not i.field for i in found):
        before = {i.code for i in _validate(spec, _model_values(spec, current or {})[0])}
        found = [i for i in found if i.field or i.code not in before]
    issues += [i for i in found if i.field.split(".", 1)[0] not in sealed]
    if not issues:
        issues += _not_canonical(spec, values, {n: v for n, v in fields.items() if n not in sealed})
    return issues


def _model_values(spec: TableSpec, stored: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Return model-ready values of stored ones (sealed ones left to their default) and the
    names of JSON columns whose text does not parse."""
    values: dict[str, Any] = {}
    bad: set[str] = set()
    for name in spec.column_names:
        if name not in stored or (is_sealed(stored[name]) and spec.column(name).sensitive):
            continue  # absent from an insert: the model's default or a "required" issue
        value = stored[name]
        if spec.column(name).kind == "json" and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                bad.add(name)
                continue
        values[name] = value
    return values, bad


def _validate(spec: TableSpec, values: dict[str, Any]) -> list[Issue]:
    try:
        spec.model.model_validate({"id": "0" * 36, **values})
    except ValidationError as exc:
        return issues_from(exc)
    return []


def _judged(issue: Issue, touched: set[str], op: str) -> bool:
    """Return True for an issue this change is answerable for."""
    head = issue.field.split(".", 1)[0]
    if op == "insert":
        return True
    return head in touched or not head


def _not_canonical(spec: TableSpec, values: dict[str, Any], pushed: dict[str, Any]) -> list[Issue]:
    """Return issues for pushed values the laptop's model would have stored differently.

    A value the model accepts but normalises (text not in NFC, an ID number with a small x,
    JSON text in another key order) would differ from what every laptop stores for the same
    record, and the replicas' checksums would never agree.
    """
    stored = spec.encode(spec.model.model_validate({"id": "0" * 36, **values}))
    return [Issue("not_canonical", n) for n in sorted(pushed) if pushed[n] != stored[n]]
