"""What a device signs on each request, and the headers that carry it."""

from __future__ import annotations

import base64
import hashlib
import math
import time

DEVICE_HEADER = "X-Subei-Device"
TIME_HEADER = "X-Subei-Time"
SIGNATURE_HEADER = "X-Subei-Signature"
MAX_CLOCK_SKEW_S = 300  # the client corrects its offset from the server's answer and retries


def signing_payload(method: str, path: str, timestamp: str, body: bytes) -> bytes:
    """Return the bytes a device signs: method, path, time and the body's SHA-256."""
    digest = hashlib.sha256(body).hexdigest()
    return f"subei-v1\n{method.upper()}\n{path}\n{timestamp}\n{digest}".encode()


def b64(data: bytes) -> str:
    """Return standard base64 text."""
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    """Return bytes from base64 text or raise ValueError."""
    return base64.b64decode(text.encode(), validate=True)


def stamp_skew(stamp: str) -> float | None:
    """Return how far a signed time stamp is from now, or None when it is not a finite number.

    float() accepts "nan" and "inf"; abs(nan - now) compares False with every bound, so a NaN
    stamp would pass a plain `skew > MAX` check.
    """
    try:
        value = float(stamp)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return abs(value - time.time())
