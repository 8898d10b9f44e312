"""Which laptop programs a county server syncs with.

Every request a laptop sends carries its program version (X-Subei-App); laptops from before
0.2 sent none and count as 0.1.0. The server syncs with any laptop from its minimum version
on — by default one minor version behind its own — and answers an older one 426 with the
stable code `update_needed` and the versions, which the laptop shows as "update needed".
Answers carry the server's version (X-Subei-Server) so a laptop can say what it talks to.
"""

from __future__ import annotations

from subei_mobile.version import __version__, version_tuple

APP_HEADER = "X-Subei-App"
SERVER_HEADER = "X-Subei-Server"
UPDATE_NEEDED = "update_needed"
UPDATE_STATUS = 426  # Upgrade Required
LEGACY_VERSION = "0.1.0"  # laptops that send no version header


def one_minor_behind(version: str = __version__) -> str:
    """Return the oldest version a server of `version` syncs with by default."""
    major, minor, _ = version_tuple(version)
    return f"{major}.{max(minor - 1, 0)}.0"


def accepts(client: str, minimum: str) -> bool:
    """Tell whether a laptop of version `client` may sync with a server requiring `minimum`."""
    try:
        given = version_tuple(client)
    except ValueError:
        return False  # a version nobody released: certainly not a current program
    return given >= version_tuple(minimum)
