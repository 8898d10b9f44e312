"""Every file of the corpus (tests/exchange/corpus.py) imports with exactly its expected outcome:
all rows or none, each bad line numbered with its reasons, nothing written on a file error."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import Case, cases

from subei_mobile.errors import SubeiError
from subei_mobile.exchange.households import HOUSEHOLDS
from subei_mobile.exchange.importer import ImportOptions, run_import
from subei_mobile.store import Store, open_store

CASES = cases()


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "data")


def persons(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM persons").fetchone()[0])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_file(case: Case, store: Store, tmp_path: Path) -> None:
    path = tmp_path / case.name
    case.build(path)
    expect = case.expect
    options = ImportOptions(ignore_columns=expect.ignore)
    if expect.error:
        with pytest.raises(SubeiError) as err:
            run_import(store, HOUSEHOLDS, path, skip_bad=True, options=options)
        assert err.value.code == expect.error
        assert persons(store) == 0
        return
    report = run_import(store, HOUSEHOLDS, path, skip_bad=expect.skip_bad, options=options)
    got = {line: sorted(i.code for i in issues) for line, issues in report.rejected}
    assert got == {line: sorted(codes) for line, codes in expect.rejected.items()}
    assert sorted(i.code for _, i in report.warnings) == sorted(expect.warnings)
    assert {f"{c.column}:{c.value}" for c in report.changes} == expect.changes
    if expect.encoding:
        assert report.encoding == expect.encoding
    if expect.rejected and not expect.skip_bad:
        assert not report.written and persons(store) == 0  # all or nothing
    else:
        assert report.written and report.new == expect.new == persons(store)
