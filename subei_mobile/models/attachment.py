"""Photos and scans, stored once by content hash and linked to any record."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from .common import Record, Text


class Attachment(Record):
    """A link from a record to a content-addressed file in the data directory."""

    table: ClassVar[str] = "attachments"

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    owner_table: str
    owner_id: str = Field(min_length=36, max_length=36)
    filename: Text = ""
    media_type: str = "application/octet-stream"
    size: int = Field(ge=0)
    caption: Text = ""
