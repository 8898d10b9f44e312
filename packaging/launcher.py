"""Entry point of the frozen app: one program, two commands, chosen by the name it runs as.

The installers give the same executable two names (`subei-mobile`, `subei-server`; links on
Linux, copies on Windows) so both commands share one copy of Python, Qt and the libraries.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    """Run the command this program was started as."""
    name = Path(sys.argv[0]).stem.lower()
    if name.endswith("server"):
        from subei_sync.server.cli import main as server_main

        return server_main()
    from subei_mobile.cli import main as mobile_main

    return mobile_main()


if __name__ == "__main__":
    raise SystemExit(main())
