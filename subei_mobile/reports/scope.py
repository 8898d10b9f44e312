"""What a report covers: a period of local days and a place (township, village or grid)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from .. import catalogue

# Subei keeps Beijing time all year (no daylight saving): periods are local calendar days.
CHINA_TIME = dt.timezone(dt.timedelta(hours=8))
PlaceLevel = Literal["county", "township", "village", "grid"]
_SQL_STAMP = "%Y-%m-%d %H:%M:%S"  # what SQLite's datetime() returns, always in UTC


@dataclass(frozen=True)
class Period:
    """Local calendar days from start to end, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period.end_before_start")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """Return the period of one calendar month."""
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(first, following - dt.timedelta(days=1))

    def previous_month(self) -> Period:
        """Return the calendar month before the one this period starts in."""
        last = self.start.replace(day=1) - dt.timedelta(days=1)
        return Period.month(last.year, last.month)

    def utc_bounds(self) -> tuple[str, str]:
        """Return [from, to) as UTC stamps comparable with SQLite's datetime(column)."""
        begin = dt.datetime.combine(self.start, dt.time(), CHINA_TIME)
        stop = dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), CHINA_TIME)
        return begin.astimezone(dt.UTC).strftime(_SQL_STAMP), stop.astimezone(dt.UTC).strftime(
            _SQL_STAMP
        )

    def contains(self, moment: dt.datetime) -> bool:
        """Tell whether an aware moment falls on one of the period's local days."""
        day = moment.astimezone(CHINA_TIME).date()
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        """Return the period as ISO dates (the UI formats it for people)."""
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass(frozen=True)
class PlaceFilter:
    """A whole county (code empty) or one township, village or grid by its code."""

    level: PlaceLevel = "county"
    code: str = ""

    @classmethod
    def of(cls, code: str) -> PlaceFilter:
        """Return the filter for a place code from the seeded divisions ('' = everything)."""
        place = catalogue.places().get(code) if code else None
        if place is None or place.level == "county":
            return cls()
        return cls(place.level, code)

    def sql(self, alias: str = "") -> tuple[str, tuple[str, ...]]:
        """Return a WHERE fragment (always safe to AND) and its parameters."""
        if self.level == "county" or not self.code:
            return "1 = 1", ()
        prefix = f"{alias}." if alias else ""
        return f"{prefix}{self.level}_code = ?", (self.code,)

    def matches(self, township: str, village: str, grid: str) -> bool:
        """Tell whether a record's place codes fall inside this filter."""
        if self.level == "county" or not self.code:
            return True
        return {"township": township, "village": village, "grid": grid}[self.level] == self.code

    def names(self) -> tuple[str, str]:
        """Return the place's Chinese and Mongolian names (the county's when unfiltered)."""
        places = catalogue.places()
        place = places.get(self.code) if self.code else None
        if place is None:
            place = next((p for p in places.values() if p.level == "county"), None)
        return (place.name.zh, place.name.mn) if place else ("", "")
