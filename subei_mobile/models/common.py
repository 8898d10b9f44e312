"""Building blocks shared by every record: ids, bilingual text, coordinates."""

from __future__ import annotations

import unicodedata
from typing import Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from ..ids import new_id
from ..legacy_text import has_private_use
from .safe_text import MONGOLIAN_NAME_RULE, NAME_RULE, text_issue

FVS = "\u180b\u180c\u180d\u180f"


def clean_text(value: str) -> str:
    """Return text as typed in NFC; refuse legacy private-use shape codes.

    NFC only: NFKC would turn NNBSP into a space and change how Mongolian renders.
    """
    value = unicodedata.normalize("NFC", value)
    if has_private_use(value):  # every plane: U+E000-F8FF, U+F0000-FFFFD, U+100000-10FFFD
        raise ValueError("text.private_use")
    if value and value[0] in FVS:
        raise ValueError("text.leading_fvs")
    issue = text_issue(value, "free")  # NUL, ESC, U+202E ... in any text people read
    if issue:
        raise ValueError(issue)
    return value


def _strip_ends(value: str) -> str:
    # Only ASCII/CJK edge spaces; NNBSP and Mongolian controls inside are kept byte-exact.
    return clean_text(value).strip(" \t\r\n\u3000")


Text = Annotated[str, AfterValidator(_strip_ends)]
# Names compare and search as typed: no invisible characters except Mongolian joiners.
NameText = Annotated[Text, NAME_RULE]
MongolianNameText = Annotated[Text, MONGOLIAN_NAME_RULE]


class Record(BaseModel):
    """A synced record: a UUIDv7 id and the table it lives in."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_max_length=20000)
    table: ClassVar[str] = ""

    id: str = Field(default_factory=new_id, min_length=36, max_length=36)


class BilingualText(BaseModel):
    """Text people read, in Chinese and traditional Mongolian; at least one script."""

    model_config = ConfigDict(extra="forbid")

    zh: Text = ""
    mn: Text = ""

    @model_validator(mode="after")
    def _one_script(self) -> BilingualText:
        if not (self.zh or self.mn):
            raise ValueError("text.required")
        return self

    def both(self) -> bool:
        """Return True when both scripts are present (printed agreements need both)."""
        return bool(self.zh and self.mn)


class Coordinates(BaseModel):
    """A WGS-84 position from the laptop's GPS or a map pick."""

    model_config = ConfigDict(extra="forbid")

    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


def require_one_script(zh: str, mn: str, field: str) -> None:
    """Raise when neither the Chinese nor the Mongolian form of a name is given."""
    if not (zh or mn):
        raise ValueError(f"{field}.required")
