"""`conflicts list` names the household, the person, the field and both values (issue 12.7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from loopback import loopback_server
from sync_harness import GRID_A, add_household, edit

from subei_mobile.resident_id import check_digit

pytestmark = pytest.mark.slow


def _id(first17: str) -> str:
    return first17 + check_digit(first17)


def test_conflicts_list_is_readable_and_masked(tmp_path: Path, db_url: str) -> None:
    with loopback_server(tmp_path, db_url) as server:
        a = server.laptop(tmp_path, "a", "field-staff", GRID_A)
        b = server.laptop(tmp_path, "b", "field-staff", GRID_A)
        household, person = add_household(a.store, GRID_A)
        code = a.store.get("households", household)["code"]
        a.sync()
        b.sync()
        first, second = _id("62092319800101001"), _id("62092319800101002")
        edit(a.store, "persons", person, id_number=first)
        edit(b.store, "persons", person, id_number=second)
        edit(a.store, "households", household, address_zh="马鬃山镇甲")
        edit(b.store, "households", household, address_zh="马鬃山镇乙")
        for laptop in (a, b, a):
            laptop.sync()
        a.store.close()
        b.store.close()
        done = subprocess.run([str(Path(sys.executable).parent / "subei-mobile"), "--data-dir",
                               str(tmp_path / "a"), "conflicts", "list"], capture_output=True,
                              text=True, timeout=60, env=dict(os.environ))  # fmt: skip
        assert done.returncode == 0, done.stderr
        lines = done.stdout.strip().splitlines()
        assert len(lines) == 2, done.stdout
        by_field = {line.split("\t")[4]: line for line in lines}
        address = by_field["address_zh"]
        assert (
            f"household {code}" in address and "马鬃山镇甲" in address and "马鬃山镇乙" in address
        )
        ident = by_field["id_number"]
        assert f"household {code}" in ident and "person 测试" in ident
        assert first not in done.stdout and second not in done.stdout  # masked
        assert first[:4] in ident and "*" in ident
