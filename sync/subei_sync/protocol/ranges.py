"""Range repair on the wire: checksums of record-id ranges, and the records of small ranges.

A per-scope checksum mismatch is narrowed down without re-reading the scope: the laptop asks
the server to split a range of record ids (the whole scope first) into up to FANOUT parts of
about equal record count, each with its count and additive checksum, compares them with its
own sums over the same bounds, recurses into the parts that differ, and fetches the records
of differing parts once the server holds at most LEAF_SIZE records in them. The server picks
the bounds (quantiles of its ids), so time-ordered UUIDv7 ids that share long prefixes still
split evenly, and a scope of N records is narrowed down in about log_16(N / LEAF_SIZE) round
trips of a few hundred bytes each.

Bounds are record-id text: a range is lo <= id < hi, with hi "" meaning no upper bound.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from .wire import NO_NUL, Name, PulledChange, Wire

RANGES_PATH = "/v1/checksums/ranges"
FANOUT = 16
LEAF_SIZE = 16  # records per leaf fetched whole: bytes per repaired record vs round trips
MAX_RANGES = 256  # ranges split or fetched per request
MAX_FETCH_RECORDS = 2000  # records answered per request; the laptop asks for the rest next
Bound = Annotated[str, StringConstraints(max_length=64, pattern=NO_NUL)]


class IdRange(Wire):
    """Records of one scope whose id lies in [lo, hi) ('' as hi: no upper bound)."""

    scope: Name
    lo: Bound = ""
    hi: Bound = ""


class RangeRequest(Wire):
    """Split these ranges into parts with checksums; send the records of those."""

    split: Annotated[list[IdRange], Field(max_length=MAX_RANGES)] = Field(default_factory=list)
    fetch: Annotated[list[IdRange], Field(max_length=MAX_RANGES)] = Field(default_factory=list)


class RangePart(Wire):
    """One part of a split range: its bounds, record count and additive checksum."""

    lo: str
    hi: str
    count: int
    sum: int


class RangeSplit(Wire):
    """The parts of one asked range, covering it without gaps, in id order."""

    range: IdRange
    parts: list[RangePart] = Field(default_factory=list)


class RangeRecords(Wire):
    """Every server record of one fetched range ('snapshot' changes)."""

    range: IdRange
    changes: list[PulledChange] = Field(default_factory=list)


class RangeResponse(Wire):
    """Answers in the order asked; fetches past the per-request budget are left out."""

    head: int
    splits: list[RangeSplit] = Field(default_factory=list)
    records: list[RangeRecords] = Field(default_factory=list)


def in_range(record_id: str, lo: str, hi: str) -> bool:
    """Return True when lo <= record_id < hi ('' as hi: no upper bound)."""
    return record_id >= lo and (not hi or record_id < hi)
