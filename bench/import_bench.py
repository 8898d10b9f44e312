"""Hostile and large spreadsheets against the importer: time and peak memory of each.

    .venv/bin/python bench/import_bench.py [--keep DIR]

Each file is imported (with --skip-bad, into a fresh store) in its own child process, so the
peak RSS printed (VmHWM) is that of a whole import run, interpreter and imports included.
Targets from issue 11: a hostile file is refused in under 5 s and under 200 MB RSS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "exchange")]

from corpus import (  # noqa: E402
    BILLION_LAUGHS,
    EN_HEADER,
    FAMILY_HAN,
    big_cell_xlsx,
    csv_bytes,
    inline_rows,
    many_rows_xlsx,
    minimal_parts,
    row,
    xlsx_parts,
)

CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from subei_mobile.errors import SubeiError
from subei_mobile.exchange.households import HOUSEHOLDS
from subei_mobile.exchange.importer import run_import
from subei_mobile.store import open_store
store = open_store(Path(sys.argv[2]))
t0, c0 = time.perf_counter(), time.process_time()
try:
    r = run_import(store, HOUSEHOLDS, Path(sys.argv[1]), skip_bad=True)
    outcome = f"imported {{r.new}}, rejected {{len(r.rejected)}}"
except SubeiError as exc:
    outcome = f"refused: {{exc}}"
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the parent that built the file
status = Path("/proc/self/status").read_text()
rss = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:"))) / 1024
print(json.dumps({{"outcome": outcome, "wall": wall, "cpu": cpu, "rss_mb": rss}}))
"""


def register_rows(n: int) -> list[list[str]]:
    return [row(household_code=f"R-{i // 3}", name_zh=f"甲{i}", id_number="", phone="")
            for i in range(n)]  # fmt: skip


def files() -> list[tuple[str, Callable[[Path], None]]]:
    def write(data: bytes) -> Callable[[Path], None]:
        return lambda p: p.write_bytes(data)

    return [
        ("dimension A1:XFD1048576 (1.8 KB xlsx)", write(xlsx_parts(minimal_parts(
            inline_rows([EN_HEADER, FAMILY_HAN[0]]), dimension="A1:XFD1048576")))),
        ("1 GB cell (xlsx)", lambda p: big_cell_xlsx(p, 1 << 30)),
        ("1,000,000 rows (xlsx)", lambda p: many_rows_xlsx(p, 1_000_000)),
        ("200,000 rows, 95 MB unpacked (xlsx)", lambda p: many_rows_xlsx(p, 200_000)),
        ("18,000 rows of long cells, 30 MB unpacked (xlsx)", _long_cells),
        ("50,000 bad rows (csv)", write(csv_bytes([EN_HEADER, *[
            row(household_code=f"B-{i}", township="不存在乡", phone="abc") for i in range(50_000)]]))),
        ("billion laughs in sharedStrings (xlsx)", write(xlsx_parts(minimal_parts(
            '<row r="1"><c r="A1" t="s"><v>0</v></c></row>', shared=BILLION_LAUGHS)))),
        ("200,000-character name (csv)", write(csv_bytes([EN_HEADER,
                                                          row(name_zh="长" * 200_000)]))),
        ("5,000-character household code (csv)", write(csv_bytes([EN_HEADER,
                                                                   row(household_code="H" * 5000)]))),
        ("register of 15,000 rows (csv, for scale)", write(csv_bytes([EN_HEADER,
                                                                      *register_rows(15_000)]))),
        ("register of 15,000 rows (xlsx, for scale)", lambda p: _xlsx(p, register_rows(15_000))),
    ]  # fmt: skip


def _long_cells(path: Path) -> None:
    import zipfile

    cells = "".join(f'<c t="inlineStr"><is><t>{"长" * 40}</t></is></c>' for _ in range(11))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in minimal_parts("").items():
            if not name.endswith("sheet1.xml"):
                zf.writestr(name, data)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><sheetData>'
            )
            fh.write(inline_rows([EN_HEADER]).encode())
            fh.write(f"<row>{cells}</row>".encode() * 18_000)
            fh.write(b"</sheetData></worksheet>")


def _xlsx(path: Path, rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for r in [EN_HEADER, *rows]:
        sheet.append(r)
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print("| file | size | outcome | wall | CPU | peak RSS |\n|---|---|---|---|---|---|")
    for n, (name, build) in enumerate(files()):
        suffix = ".xlsx" if "xlsx" in name else ".csv"
        path = work / f"f{n}{suffix}"
        build(path)
        done = subprocess.run(
            [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(path), str(work / f"s{n}")],
            capture_output=True, text=True, check=False, timeout=600,
        )  # fmt: skip
        if done.returncode != 0:
            print(f"| {name} | child failed: {done.stderr.strip().splitlines()[-1:]} |")
            continue
        m = json.loads(done.stdout.strip().splitlines()[-1])
        size = path.stat().st_size
        print(f"| {name} | {size / 1024:,.1f} KB | {m['outcome']} | {m['wall']:.2f} s | "
              f"{m['cpu']:.2f} s | {m['rss_mb']:.0f} MB |")  # fmt: skip


if __name__ == "__main__":
    main()
