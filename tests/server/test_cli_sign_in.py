"""`--user` signs in for every command on an encrypted laptop (one mechanism: open_for), with a
real password, against a real county server on loopback; without it every command refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from live_server import PASSWORD, county_key, enrol, first_user, mobile, serve, server_cli

from subei_mobile.ids import new_id
from subei_mobile.security import accounts

pytestmark = pytest.mark.slow


def _add_conflict(laptop: Path) -> str:
    store = accounts.login(laptop, "li", PASSWORD)
    try:
        person = store.conn.execute("SELECT id FROM persons ORDER BY id LIMIT 1").fetchone()[0]
        conflict_id = new_id()
        candidates = [{"value": "王甲", "hlc": "2026-01-05T10:00", "device": "laptop-a"},
                      {"value": "王乙", "hlc": "2026-01-05T11:00", "device": "laptop-b"}]  # fmt: skip
        store.conn.execute(
            "INSERT INTO conflicts (id, table_name, record_id, field, candidates, detected_at)"
            " VALUES (?, 'persons', ?, 'name_zh', ?, '2026-01-05T12:00:00')",
            (conflict_id, person, json.dumps(candidates, ensure_ascii=False)),
        )
    finally:
        store.close()
    return conflict_id


def test_user_signs_in_for_every_command(tmp_path: Path) -> None:
    with serve(tmp_path) as (url, server, db_url):
        laptop = tmp_path / "office"
        first_user(laptop, county_key(tmp_path), "li", "township-office")
        sheet = tmp_path / "h.csv"
        sheet.write_text("户编号,姓名,乡镇,与户主关系\nU-1,巴图,620923100,head\n", "utf-8")
        stick, back = tmp_path / "stick", tmp_path / "back"

        # Without --user every command is refused with the same clear message, nothing opened.
        for args in (("enroll", "--server", url, "--code", "AAAA-BBBB-CCCC-DDDD"), ("sync",),
                     ("conflicts", "list"), ("bundle", "export", "--to", str(stick)),
                     ("import", "households", str(sheet)), ("export", "households",
                     str(tmp_path / "out.csv")), ("search", "巴图"), ("check",),
                     ("user", "passwd", "li")):  # fmt: skip
            done = mobile(laptop, *args)
            assert done.returncode == 2 and "auth.required" in done.stderr, (args, done.stderr)
            assert "Traceback" not in done.stderr
        done = mobile(laptop, "check", user="li", password="wrong-password")
        assert done.returncode == 2 and "auth.failed" in done.stderr

        def ok(*args: str) -> str:
            run = mobile(laptop, *args, user="li", password=PASSWORD)
            assert run.returncode == 0, (args, run.stderr)
            return run.stdout

        done = enrol(url, server, db_url, laptop, "li", "township-office")
        assert done.returncode == 0, done.stderr
        assert "new 1" in ok("import", "households", str(sheet))
        assert "1 rows" in ok("export", "households", str(tmp_path / "out.csv"))
        assert "U-1" in ok("search", "巴图")
        assert "integrity: ok" in ok("check")
        assert "sent 2" in ok("sync")
        conflict_id = _add_conflict(laptop)
        assert conflict_id in ok("conflicts", "list")
        assert f"resolved {conflict_id}" in ok("conflicts", "resolve", conflict_id, "1")
        assert "safe to remove" in ok("bundle", "export", "--to", str(stick))
        (bundle,) = stick.glob("*.subei")
        server_cli(server, db_url, "bundle", "import", str(bundle), "--return-to", str(back))
        (returned,) = back.glob("return-*.subei")
        assert "receipt:" in ok("bundle", "import", str(returned))
        added = mobile(laptop, "user", "add", "wang", "--role", "field-staff", user="li",
                       password=PASSWORD, new_password=PASSWORD)  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert "wang" in ok("user", "list")
        by_wang = mobile(laptop, "sync", user="wang", password=PASSWORD)  # any user signs
        assert by_wang.returncode == 0 and "sent 0" in by_wang.stdout  # the bundle delivered all
