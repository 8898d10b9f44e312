"""Photos re-encoded before they are stored or queued: bounded size, no EXIF, stable bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass

PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/heic", "image/bmp"})


@dataclass(frozen=True)
class PhotoLimits:
    """How large a stored photo may be: longest side in pixels and JPEG quality."""

    max_side: int = 1600
    quality: int = 80


DEFAULT_LIMITS = PhotoLimits()


def is_photo(media_type: str) -> bool:
    """Return True for media types that are re-encoded before storing."""
    return media_type.lower() in PHOTO_TYPES


def reencode_photo(content: bytes, limits: PhotoLimits = DEFAULT_LIMITS) -> tuple[bytes, str]:
    """Return (JPEG bytes, media type) scaled to the limits; undecodable input is kept as is.

    Re-encoding also drops EXIF: a phone photo's GPS fix would locate a family's winter camp.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError  # late: only photos need Pillow

    try:
        with Image.open(io.BytesIO(content)) as opened:
            image = ImageOps.exif_transpose(opened)
            image.thumbnail((limits.max_side, limits.max_side))
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError):
        return content, ""
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=limits.quality, optimize=True)
    encoded = out.getvalue()
    # A small JPEG can grow when re-encoded; keep the original then (still EXIF-free is not
    # guaranteed, so only when it carries no EXIF block).
    if len(encoded) >= len(content) and b"Exif" not in content[:65536]:
        return content, ""
    return encoded, "image/jpeg"
