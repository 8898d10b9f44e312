"""Reviewer workflow: export machine-made Mongolian, import what a native speaker checked."""

import csv
import importlib.util
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "translation_review", REPO / "scripts" / "translation_review.py"
)
review = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
spec.loader.exec_module(review)  # type: ignore[union-attr]
TS = REPO / "i18n" / "subei_mn_Mong_CN.ts"


def test_export_then_import_marks_only_reviewed_rows_finished(tmp_path: Path) -> None:
    ts = tmp_path / "mn.ts"
    shutil.copy(TS, ts)
    sheet = tmp_path / "review.csv"
    count = review.export_review(ts, sheet)
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    assert count == len(rows) > 100
    rows[0]["ok"] = "yes"  # accepted as shipped
    rows[1]["reviewed"] = rows[1]["translation"] + "\u202fᠶᠢᠨ"  # corrected
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, review.FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    done, missing = review.import_review(ts, sheet)
    assert (done, missing) == (2, [])
    left = {(r["context"], r["source"]) for r in review.unfinished(ts)}
    assert (rows[0]["context"], rows[0]["source"]) not in left
    assert (rows[1]["context"], rows[1]["source"]) not in left
    assert len(left) == count - 2  # everything else stays machine-made
    assert "&#x202f;ᠶᠢᠨ</translation>" in ts.read_text(encoding="utf-8")
    # The shipped file's other messages are untouched.
    before, after = TS.read_text(encoding="utf-8"), ts.read_text(encoding="utf-8")
    assert len(before.splitlines()) == len(after.splitlines())


def test_rows_whose_source_changed_are_reported(tmp_path: Path) -> None:
    ts = tmp_path / "mn.ts"
    shutil.copy(TS, ts)
    sheet = tmp_path / "review.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, review.FIELDS)
        writer.writeheader()
        writer.writerow(
            {"context": "Nowhere", "source": "Gone", "translation": "ᠠ", "reviewed": "ᠠ", "ok": ""}
        )
    assert review.import_review(ts, sheet) == (0, ["Nowhere: Gone"])
    assert ts.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8")
