"""Dates as Chinese offices type them: 1985-05-05, 1985/5/5, 1985.5.5, 19850505, 1985年5月5日,
and Excel serial numbers (a date cell read without its style, or a CSV saved from one)."""

from __future__ import annotations

import datetime as dt
import re

from ..errors import Issue

EXCEL_EPOCH = dt.datetime(1899, 12, 30)  # serial 1 = 1900-01-01, past Excel's 1900 leap bug
# Five-digit serials only (1927-05-18 to 2100): a four-digit number is a year someone typed, and
# reading 1985 as the 1985th day after 1900 would change the value without a word.
SERIAL_RANGE = (10000, 73415)
_SEPARATED = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[T\s]+(\d{1,2})[:：时](\d{1,2})分?(?:[:：]?(\d{1,2}(?:\.\d+)?)秒?)?)?"
)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"\d{5}(\.\d+)?")


def parse_date_text(text: str, with_time: bool = False) -> str | None:
    """Return the ISO form of a date (or date-time) cell, "" for empty, None when unreadable.

    The ISO text goes on to the models, which check ranges and whether the day exists.
    """
    text = text.strip()
    if not text:
        return ""
    if _SERIAL.fullmatch(text):
        return _from_serial(float(text), with_time)
    if m := _COMPACT.fullmatch(text):
        return _iso(int(m[1]), int(m[2]), int(m[3]), None, with_time)
    if m := _SEPARATED.fullmatch(text):
        clock = (int(m[4]), int(m[5]), int(float(m[6] or 0))) if m[4] else None
        return _iso(int(m[1]), int(m[2]), int(m[3]), clock, with_time)
    try:  # ISO with seconds, offsets and the like
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.isoformat() if with_time else parsed.date().isoformat()


# Stands in for an unreadable date while the rest of the row is checked; the row is rejected
# with datetime_format already, so the model must not add a second, misleading issue.
PLACEHOLDER = "2000-01-01T00:00:00"


def datetime_cell(text: str, field: str) -> tuple[str | None, list[Issue]]:
    """Return a date-time cell as ISO text (None when empty) and its issue when unreadable."""
    iso = parse_date_text(text, with_time=True)
    if iso is None:
        return PLACEHOLDER, [Issue("datetime_format", field)]
    return iso or None, []


def _from_serial(serial: float, with_time: bool) -> str | None:
    if not SERIAL_RANGE[0] <= serial <= SERIAL_RANGE[1]:
        return None
    moment = EXCEL_EPOCH + dt.timedelta(days=serial)
    moment = moment.replace(microsecond=0)
    return moment.isoformat() if with_time else moment.date().isoformat()


def _iso(
    year: int, month: int, day: int, clock: tuple[int, int, int] | None, with_time: bool
) -> str | None:
    try:
        moment = dt.datetime(year, month, day, *(clock or (0, 0, 0)))
    except ValueError:
        return None
    return moment.isoformat() if with_time else moment.date().isoformat()
