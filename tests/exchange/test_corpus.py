"""Every file of the corpus (tests/exchange/corpus.py) imports with exactly its expected outcome:
all rows or none, each bad line numbered with its reasons, nothing written on a file error."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import EN_HEADER, FAMILY_HAN, Case, cases, csv_bytes

from subei_mobile.errors import SubeiError
from subei_mobile.exchange.households import HOUSEHOLDS
from subei_mobile.exchange.importer import ImportOptions, run_import
from subei_mobile.exchange.mediations import MEDIATIONS
from subei_mobile.exchange.requests import REQUESTS
from subei_mobile.store import Store, open_store

CASES = cases()


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "data")


TABLES = {"households": "persons", "service-requests": "service_requests",
          "mediations": "mediation_cases"}  # fmt: skip


def records(store: Store, kind: str = "households") -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {TABLES[kind]}").fetchone()[0])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_corpus_file(case: Case, store: Store, tmp_path: Path) -> None:
    path = tmp_path / case.name
    case.build(path)
    expect = case.expect
    options = ImportOptions(ignore_columns=expect.ignore)
    kind = {"households": HOUSEHOLDS, "service-requests": REQUESTS, "mediations": MEDIATIONS}[
        expect.kind
    ]
    if expect.kind == "service-requests":  # requests belong to a household already registered
        base = tmp_path / "base.csv"
        base.write_bytes(csv_bytes([EN_HEADER, FAMILY_HAN[0]]))
        assert run_import(store, HOUSEHOLDS, base).new == 1
    if expect.error:
        with pytest.raises(SubeiError) as err:
            run_import(store, kind, path, skip_bad=True, options=options)
        assert err.value.code == expect.error
        assert records(store, expect.kind) == 0
        return
    report = run_import(store, kind, path, skip_bad=expect.skip_bad, options=options)
    got = {line: sorted(i.code for i in issues) for line, issues in report.rejected}
    assert got == {line: sorted(codes) for line, codes in expect.rejected.items()}
    assert sorted(i.code for _, i in report.warnings) == sorted(expect.warnings)
    assert {f"{c.column}:{c.value}" for c in report.changes} == expect.changes
    if expect.encoding:
        assert report.encoding == expect.encoding
    if expect.rejected and not expect.skip_bad:
        assert not report.written and records(store, expect.kind) == 0  # all or nothing
    else:
        assert report.written and report.new == expect.new == records(store, expect.kind)
