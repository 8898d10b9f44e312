"""Frames: compact JSON compressed with zstd and a dictionary trained on our change shapes."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar

import zstandard
from pydantic import BaseModel

CONTENT_TYPE = "application/vnd.subei.frame+zstd"
DICTIONARY_FILE = "changes.zdict"
MAX_FRAME_BYTES = 8_000_000  # compressed body cap
MAX_DECODED_BYTES = 64_000_000  # a zip bomb stops here
# A few KB of zstd can decode to 60 MB of "{},{},...": 20 million Python dicts (1.5 GB). The
# largest honest frame (5,000 pulled changes of 64 fields) has about 700,000 commas and
# 30,000 objects/arrays; past these counts the frame is refused before json.loads.
MAX_JSON_ITEMS = 1_000_000
MAX_JSON_CONTAINERS = 100_000
LEVEL = 9

M = TypeVar("M", bound=BaseModel)


class FrameError(ValueError):
    """A frame that cannot be decoded; `code` is stable and safe to show."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@cache
def dictionary() -> zstandard.ZstdCompressionDict:
    """Return the shipped compression dictionary."""
    data = files(__package__).joinpath(DICTIONARY_FILE).read_bytes()
    return zstandard.ZstdCompressionDict(data)


def dictionary_id() -> int:
    """Return the id of the shipped dictionary (frames name it in their header)."""
    return int(dictionary().dict_id())


def encode(model: BaseModel) -> bytes:
    """Return a model as a compressed frame with a content checksum."""
    return encode_json(model.model_dump(mode="json", exclude_defaults=True))


def encode_json(data: Any) -> bytes:
    """Return JSON data as a compressed frame."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    cctx = zstandard.ZstdCompressor(level=LEVEL, dict_data=dictionary(), write_checksum=True)
    return cctx.compress(raw)


def decode_json(frame: bytes) -> Any:
    """Return the JSON data of a frame or raise FrameError."""
    if len(frame) > MAX_FRAME_BYTES:
        raise FrameError("frame_too_large")
    try:
        params = zstandard.get_frame_parameters(frame)
    except zstandard.ZstdError:
        raise FrameError("frame_malformed") from None
    if params.dict_id not in (0, dictionary_id()):
        raise FrameError("dictionary_mismatch")
    if params.content_size > MAX_DECODED_BYTES:
        raise FrameError("frame_too_large")
    dctx = zstandard.ZstdDecompressor(dict_data=dictionary())
    try:
        raw = dctx.decompress(frame, max_output_size=MAX_DECODED_BYTES)
    except zstandard.ZstdError:
        raise FrameError("frame_corrupt") from None
    if raw.count(b",") > MAX_JSON_ITEMS or raw.count(b"{") + raw.count(b"[") > MAX_JSON_CONTAINERS:
        raise FrameError("json_too_complex")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        raise FrameError("json_malformed") from None


def decode(frame: bytes, model: type[M]) -> M:
    """Return a validated model from a frame; raises FrameError or pydantic.ValidationError."""
    return model.model_validate(decode_json(frame))
