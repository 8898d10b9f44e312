"""Enrolling a laptop with the county server: the one path the command line and the app take.

Only an encrypted store with a county recovery slot enrols:

- encrypted, because the device key is sealed under the data key (no password, no signature)
  and the township's ID numbers and phones it is about to receive are sealed at rest;
- with the county recovery slot, because a lost laptop's unsent work is recovered by the
  county from a backup, and the audit chain's starting key is sealed to the same county key.

The request always carries where the laptop's audit chain stands (entry count, head hash,
current MAC key), so the server verifies every entry this laptop sends from then on, however
it was enrolled.
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from subei_mobile.errors import AuthError, SubeiError
from subei_mobile.first_run import refuse_demo
from subei_mobile.security import accounts
from subei_mobile.store import Store

from ..protocol.wire import EnrolResponse
from .engine import SyncFailed
from .identity import Identity, enrolment_request, new_key, save_identity
from .transport import Transport

ENROL_PATH = "/v1/enrol"


def check_can_enrol(store: Store) -> None:
    """Raise a clear error unless this store may be enrolled (see the module comment)."""
    refuse_demo(store, "enroll")  # before the one-time code is spent
    if not accounts.is_encrypted(store.data_dir):
        raise SubeiError("enrol.needs_user")
    if not store.codec.sealed:
        raise AuthError("auth.required")
    if not accounts.has_recovery_slot(store.data_dir):
        raise SubeiError("enrol.needs_county_key")


def enrol_device(
    store: Store, transport: Transport, server: str, code: str, ca_file: str = "", label: str = ""
) -> Identity:
    """Register this laptop with a one-time code; return its identity (key sealed on disk).

    Raises SubeiError (store not ready), SyncFailed (code refused by the server, or not even
    shaped like a code) or Unreachable.
    """
    check_can_enrol(store)
    key = new_key()
    try:
        request = enrolment_request(store, code.strip(), key, label)
    except ValidationError:
        raise SyncFailed("enrolment_code_invalid", 0) from None  # not even the code's shape
    answer = transport.post(ENROL_PATH, request.model_dump_json().encode(),
                            {"Content-Type": "application/json"})  # fmt: skip
    if answer.status != 200:
        raise SyncFailed(_refusal(answer.body), answer.status)
    return save_identity(
        store, server, key, EnrolResponse.model_validate_json(answer.body), ca_file
    )


def _refusal(body: bytes) -> str:
    try:
        return str(json.loads(body).get("code", "error"))
    except (ValueError, AttributeError):
        return "error"
