"""The package recipe's own pieces: metadata from pyproject, one program under two names.

The whole recipe (freeze, .deb, install in a clean Debian 12 root) runs in CI's "package"
phase (`make package-check`); these checks catch a broken piece in seconds.
"""

from __future__ import annotations

import configparser
import subprocess
import sys
import tomllib
from pathlib import Path

from subei_mobile.version import __version__

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import package_files  # noqa: E402 - packaging/ is not a package


def test_metadata_names_this_tree_version_and_every_command_plugin(tmp_path: Path) -> None:
    info = package_files.write_metadata(tmp_path)
    assert info.name == f"subei_mobile-{__version__}.dist-info"
    assert f"Version: {__version__}" in (info / "METADATA").read_text()
    points = configparser.ConfigParser(delimiters=("=",))
    points.optionxform = str  # type: ignore[assignment,method-assign]
    points.read(info / "entry_points.txt")
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert dict(points["subei_mobile.commands"]) == project["entry-points"]["subei_mobile.commands"]
    assert dict(points["console_scripts"]) == project["scripts"]
    assert (tmp_path / "VERSION").read_text().strip() == __version__


def test_icons_are_written(tmp_path: Path) -> None:
    from PIL import Image

    package_files.write_icons(tmp_path)
    with Image.open(tmp_path / "subei-mobile.png") as png:
        assert png.size == (256, 256)
    with Image.open(tmp_path / "subei-mobile.ico") as ico:
        assert (48, 48) in ico.info["sizes"]


def test_the_launcher_runs_the_command_it_is_named_after(tmp_path: Path) -> None:
    for name, prog in (("subei-mobile", "subei-mobile"), ("subei-server", "subei-server"),
                       ("subei-server.exe", "subei-server")):  # fmt: skip
        link = tmp_path / name
        link.symlink_to(REPO / "packaging" / "launcher.py")
        done = subprocess.run([sys.executable, str(link), "--version"], capture_output=True,
                              text=True, timeout=60, check=True)  # fmt: skip
        assert done.stdout.strip() == f"{prog} {__version__}"
