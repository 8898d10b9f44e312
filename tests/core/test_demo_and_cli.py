"""Demo data is deterministic and valid; the CLI's commands work end to end."""

from pathlib import Path

from subei_mobile.cli import main as cli
from subei_mobile.demo import generate
from subei_mobile.resident_id import is_valid_id_number
from subei_mobile.store import open_store


def _snapshot(data_dir: Path) -> list[tuple]:
    store = open_store(data_dir)
    return store.conn.execute(
        "SELECT id, name_zh, name_mn, id_number, phone FROM persons ORDER BY id"
    ).fetchall()


def test_demo_is_deterministic_and_valid(tmp_path: Path) -> None:
    for name in ("a", "b"):
        generate(open_store(tmp_path / name), 60, seed=5)
    a, b = _snapshot(tmp_path / "a"), _snapshot(tmp_path / "b")
    assert [tuple(r) for r in a] == [tuple(r) for r in b]
    assert all(is_valid_id_number(r[3]) for r in a if r[3])
    assert len({r[3] for r in a if r[3]}) == len([r for r in a if r[3]])
    store = open_store(tmp_path / "a")
    mongol = store.conn.execute("SELECT COUNT(*) FROM persons WHERE name_mn != ''").fetchone()[0]
    assert 0 < mongol < len(a)
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_cli_demo_search_export_import_check(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "d")
    assert cli(["--data-dir", data, "demo", "--households", "40"]) == 0
    assert "households: 40" in capsys.readouterr().out
    assert cli(["--data-dir", data, "search", "ba"]) == 0
    out = capsys.readouterr()
    assert "found" in out.err
    assert "********" in out.out or out.out == ""  # IDs masked in lists
    for kind in ("households", "service-requests", "mediations"):
        target = tmp_path / f"{kind}.xlsx"
        assert cli(["--data-dir", data, "export", kind, str(target)]) == 0
        assert target.stat().st_size > 0
        assert cli(["--data-dir", data, "import", kind, str(target)]) == 0
        assert "new 0" in capsys.readouterr().out
    assert cli(["--data-dir", data, "check"]) == 0
    assert "integrity: ok" in capsys.readouterr().out


def test_cli_check_on_missing_store_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert cli(["--data-dir", str(tmp_path / "none"), "check"]) == 2
    assert "store_missing" in capsys.readouterr().err


def test_corrupt_database_is_reported_and_not_overwritten(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    data.mkdir()
    garbage = b"this is not a database" * 100
    (data / "subei.sqlite3").write_bytes(garbage)
    assert cli(["--data-dir", str(data), "search", "x"]) == 2
    assert "store_corrupt" in capsys.readouterr().err
    assert (data / "subei.sqlite3").read_bytes() == garbage
