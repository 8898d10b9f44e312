"""Files the package recipe writes before PyInstaller runs: the program's metadata and icons.

The metadata (version, command entry points) is written from pyproject.toml, so the frozen
program reports the version and loads the command plug-ins of the tree it was built from.
Usage: package_files.py OUT_DIR  -> OUT_DIR/subei_mobile-V.dist-info, icon PNG/ICO, VERSION
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent


def program_version() -> str:
    """Return __version__ of subei_mobile/version.py (pyproject reads it from there too)."""
    scope: dict[str, object] = {}
    exec((ROOT / "subei_mobile" / "version.py").read_text("utf-8"), scope)
    return str(scope["__version__"])


def write_metadata(out: Path) -> Path:
    """Write a minimal dist-info (METADATA, entry_points.txt) for importlib.metadata."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    name, version = project["name"], program_version()
    info = out / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", "utf-8"
    )
    lines = []
    groups = {"console_scripts": project.get("scripts", {}), **project.get("entry-points", {})}
    for group, entries in groups.items():
        lines.append(f"[{group}]")
        lines += [f"{key} = {value}" for key, value in entries.items()]
        lines.append("")
    (info / "entry_points.txt").write_text("\n".join(lines), "utf-8")
    (out / "VERSION").write_text(version + "\n", "ascii")
    return info


def write_icons(out: Path) -> None:
    """Draw the app icon (a white ger on the grassland green) as PNG and Windows ICO."""
    size = 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, size - 8, size - 8), radius=48, fill=(46, 125, 50, 255))
    white = (250, 250, 245, 255)
    draw.rectangle((52, 128, 204, 196), fill=white)  # the ger's lattice wall
    draw.chord((36, 64, 220, 192), start=180, end=360, fill=white)  # its low domed roof
    draw.ellipse((114, 58, 142, 76), fill=(198, 40, 40, 255))  # the crown ring (toono)
    draw.line((52, 130, 204, 130), fill=(198, 40, 40, 255), width=6)  # the roof band
    draw.rectangle((112, 150, 144, 196), fill=(198, 40, 40, 255))  # the door
    draw.rectangle((8, 196, size - 8, 214), fill=(27, 94, 32, 255))
    image.save(out / "subei-mobile.png")
    image.save(out / "subei-mobile.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    print(write_metadata(target))
    write_icons(target)
