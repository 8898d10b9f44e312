"""Places: county > township > village/community > grid."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .common import BilingualText

PlaceLevel = Literal["county", "township", "village", "grid"]


class Place(BaseModel):
    """An administrative division or grid, keyed by its official code where one exists."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    parent_code: str = ""
    level: PlaceLevel
    name: BilingualText
    name_latin: str = ""
