"""The laptop's side of the signed county notice: verify, keep the highest version, and
decide whether a revocation answer is really the county's.

A laptop enrolled with the server's signing key only trusts signed data: a notice must carry
a good signature, must not be expired and must not be older than the highest version this
laptop accepted. A "device revoked" answer wipes the laptop only when it carries such a notice
listing this device, so a forged 401 (a man in the middle) cannot wipe it. A laptop enrolled
before servers had a signing key keeps the pinned-TLS behaviour.
"""

from __future__ import annotations

import time
from typing import Any

from pydantic import ValidationError

from subei_mobile.store import Store

from ..protocol.notice import NoticeError, open_notice
from ..protocol.wire import CountyNotice, SignedNotice
from .identity import server_signing_key

NOTICE_KEY = "sync.notice"  # the highest version accepted: version, reference, expiry, revoked


def accepted_notice(store: Store) -> CountyNotice | None:
    """Return the notice this laptop last accepted, or None."""
    text = store.meta(NOTICE_KEY)
    return CountyNotice.model_validate_json(text) if text else None


def accept_notice(store: Store, signed: SignedNotice, now: float | None = None) -> CountyNotice:
    """Verify a notice and keep it as the newest; raise NoticeError (nothing kept) otherwise."""
    key = server_signing_key(store)
    if not key:
        raise NoticeError("notice_no_server_key")
    current = accepted_notice(store)
    notice = open_notice(signed, key, now=time.time() if now is None else now,
                         min_version=current.version if current else 0)  # fmt: skip
    store.conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (NOTICE_KEY, notice.model_dump_json()),
    )
    return notice


def confirm_revocation(
    store: Store, device_id: str, body: dict[str, Any], now: float | None = None
) -> str | None:
    """Return None when a device_revoked answer is the county's, else the reason it is not."""
    if not server_signing_key(store):
        return None  # enrolled without a server key: the pinned TLS endpoint is all there is
    raw = body.get("notice")
    if not isinstance(raw, dict):
        return "revocation_unsigned"
    try:
        signed = SignedNotice.model_validate(raw)
        notice = accept_notice(store, signed, now)
    except ValidationError:
        return "notice_malformed"
    except NoticeError as exc:
        return exc.code
    return None if device_id in notice.revoked else "revocation_not_listed"


def is_listed(notice: CountyNotice, device_id: str) -> bool:
    """Return True when the notice revokes this device."""
    return device_id in notice.revoked
