"""The reject file `--skip-bad` leaves: which lines were skipped and why, without personal data.

It sits next to the input where the person will look for it, so it must not become one more
plaintext copy of the register: ID numbers and phones are masked as on screen, free texts
(request details, mediation facts) are left out, overlong cells are cut, and the file is
readable by its owner only (mode 600). The line numbers lead back to the original file, which
is where corrections are made.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import Issue
from ..resident_id import mask_id_number, mask_phone
from .sheets import SheetRow, safe_csv_cell

MASKED = {"id_number": mask_id_number, "phone": mask_phone}
LEFT_OUT = ("details", "facts_zh", "facts_mn", "disputed_matters_zh", "disputed_matters_mn")
MAX_CELL = 200


def reject_cell(column: str, value: str) -> str:
    """Return what the reject file shows of one cell."""
    if column in MASKED:
        return MASKED[column](value.strip())
    if column in LEFT_OUT and value:
        return "…"
    return value if len(value) <= MAX_CELL else value[:MAX_CELL] + "…"


def write_rejects(
    path: Path, columns: Sequence[str], rows: Sequence[SheetRow],
    rejected: Sequence[tuple[int, list[Issue]]],
) -> None:  # fmt: skip
    """Write the rejected rows (masked) as UTF-8 CSV with mode 600; raise OSError on failure.

    Written to a temporary name first, so a full disk leaves no half file behind.
    """
    reasons = {line: "; ".join(f"{i.field}:{i.code}" for i in issues) for line, issues in rejected}
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["line", "reason", *columns])
            for row in rows:
                if row.line in reasons:
                    cells = [reject_cell(c, row.values.get(c, "")) for c in columns]
                    writer.writerow([row.line, reasons[row.line],
                                     *[safe_csv_cell(c) for c in cells]])  # fmt: skip
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)  # O_CREAT's mode is cut by the umask only, never widened
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
