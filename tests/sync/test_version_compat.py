"""Version compatibility: the previous release keeps syncing; a too-old laptop is told to update.

The previous release is the first-wave build (commit d30156d, version 0.1.0, which sends no
version header), taken from this repository's history and run as a client, unchanged,
against the server of this tree over real HTTP on loopback.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from subei_sync.protocol.compat import APP_HEADER, SERVER_HEADER, accepts, one_minor_behind
from subei_sync.server.app import create_app
from subei_sync.server.database import open_database

from subei_mobile.version import __version__

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "server"))
from live_server import PASSWORD, county_key, first_user, free_port  # noqa: E402

PREVIOUS_RELEASE = "d30156d"
pytestmark = pytest.mark.slow


def test_version_rules() -> None:
    assert one_minor_behind("0.2.0") == "0.1.0" and one_minor_behind("1.0.3") == "1.0.0"
    assert one_minor_behind("2.5.1") == "2.4.0"
    assert accepts("0.1.0", "0.1.0") and accepts("0.2.7", "0.1.0") and accepts("1.0", "0.2.0")
    assert not accepts("0.0.9", "0.1.0") and not accepts("junk", "0.1.0")
    assert not accepts("1.2.3.4", "0.1.0") and not accepts("", "0.1.0")


def test_gate_answers_update_needed_on_every_device_route_only(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "server.sqlite3"))
    app = create_app(db, blob_dir=tmp_path / "blobs")

    async def calls() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://county.test") as c:
            old = {APP_HEADER: "0.0.9"}
            return [
                await c.post("/v1/sync", content=b"x", headers=old),
                await c.post("/v1/enrol", content=b"{}", headers=old),
                await c.get("/v1/blobs/" + "ab" * 32, headers=old),
                await c.get("/health", headers=old),  # never gated
                await c.post("/v1/sync", content=b"x"),  # no header: a 0.1 laptop, let through
                await c.post("/v1/sync", content=b"x", headers={APP_HEADER: __version__}),
            ]

    answers = asyncio.run(calls())
    db.close()
    for refused in answers[:3]:
        assert refused.status_code == 426
        assert refused.json() == {
            "code": "update_needed", "min_version": one_minor_behind(),
            "server_version": __version__,
            "detail": f"update needed: this laptop runs 0.0.9, the county server needs "
                      f"{one_minor_behind()} or newer",
        }  # fmt: skip
    assert answers[3].status_code == 200
    assert [a.status_code for a in answers[4:]] == [401, 401]  # past the gate: unsigned
    assert all(a.headers[SERVER_HEADER] == __version__ for a in answers)


class Server:
    """`subei-server serve` of this tree over plain HTTP on loopback."""

    def __init__(self, data: Path, log: Path) -> None:
        self.data, self.log, self.port = data, log, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [str(BIN / "subei-server"), "--data-dir", str(self.data), "serve", "--port",
             str(self.port), *extra], stderr=open(self.log, "ab"),  # noqa: SIM115
        )  # fmt: skip
        for _ in range(150):
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        pytest.fail("server did not start: " + self.log.read_text()[-800:])

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
            self.proc = None

    def enrolment_code(self) -> str:
        out = subprocess.run(
            [str(BIN / "subei-server"), "--data-dir", str(self.data), "device", "add",
             "--township", "党城湾镇", "--role", "township-office"],
            capture_output=True, text=True, timeout=60, check=True,
        ).stdout  # fmt: skip
        found = re.search(r"enrolment code[^:]*: (\S+)", out)
        assert found, out
        return found.group(1)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[Server]:
    server = Server(tmp_path / "server", tmp_path / "server.log")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def previous_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder holding the previous release's source tree."""
    target = tmp_path_factory.mktemp("previous-release")
    archive = target / "release.tar"
    done = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", "-o", str(archive),
                           PREVIOUS_RELEASE], capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"needs the git history with the previous release {PREVIOUS_RELEASE}: "
                    f"{done.stderr.strip()[:200]}")  # fmt: skip
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target


Program = tuple[list[str], dict[str, str], Path]


def _laptop(tree: Path | None, data: Path) -> Program:
    """Return the command and environment of a laptop program (this tree's, or an old one).

    A current laptop enrols only with users (its data sealed to the county recovery key): it
    gets its first user here and signs in for every command. The previous release had none.
    """
    env = dict(os.environ)
    sign_in: list[str] = []
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join(str(tree / p) for p in ("", "ui", "sync"))
    else:
        first_user(data, county_key(data.parent), "wang", "township-office")
        env["SUBEI_PASSWORD"] = PASSWORD
        sign_in = ["--user", "wang"]
    # `python -c` puts the working folder first on sys.path: run in the program's own tree.
    return [sys.executable, "-c", "import sys; from subei_mobile.cli import main; "
            "sys.exit(main())", "--data-dir", str(data), *sign_in], env, tree or REPO  # fmt: skip


def _run(laptop: Program, *args: str) -> subprocess.CompletedProcess[str]:
    cmd, env, cwd = laptop
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=180,
                          cwd=cwd, check=False)  # fmt: skip


def _unsent(laptop: Program) -> int:
    out = _run(laptop, "check").stdout
    found = re.search(r"unsent changes: (\d+)", out)
    assert found, out
    return int(found.group(1))


def test_previous_release_laptop_keeps_syncing(county: Server, previous_release: Path,
                                               tmp_path: Path) -> None:  # fmt: skip
    old = _laptop(previous_release, tmp_path / "old-laptop")
    assert not (previous_release / "subei_mobile" / "version.py").exists()  # really the old one
    assert "--version" not in _run(old, "--help").stdout  # and runs as the old program
    done = _run(old, "enroll", "--server", county.url, "--code", county.enrolment_code())
    assert done.returncode == 0, done.stderr
    assert _run(old, "demo", "--households", "5").returncode == 0
    assert _unsent(old) > 0
    done = _run(old, "sync")
    assert done.returncode == 0, done.stderr
    assert _unsent(old) == 0
    # A current laptop in the same township receives what the old one sent.
    new = _laptop(None, tmp_path / "new-laptop")
    assert _run(new, "enroll", "--server", county.url, "--code",
                county.enrolment_code()).returncode == 0  # fmt: skip
    done = _run(new, "sync")
    assert done.returncode == 0, done.stderr
    assert re.search(r"received [1-9]\d*", done.stdout), done.stdout


def test_too_old_laptop_is_told_to_update_and_keeps_its_work(county: Server, previous_release: Path,
                                                             tmp_path: Path) -> None:  # fmt: skip
    old = _laptop(previous_release, tmp_path / "old-laptop")
    new = _laptop(None, tmp_path / "new-laptop")
    register = tmp_path / "register.csv"
    register.write_text("household_code,name_zh,relation,township\n"
                        "VER-001,巴特尔,户主,党城湾镇\nVER-002,王芳,户主,党城湾镇\n", "utf-8")  # fmt: skip
    for laptop in (old, new):
        done = _run(laptop, "enroll", "--server", county.url, "--code", county.enrolment_code())
        assert done.returncode == 0, done.stderr
        done = _run(laptop, "import", "households", str(register))
        assert done.returncode == 0, done.stderr
    # The county moves on: only laptops from the next minor version may sync.
    county.stop()
    major, minor, _ = (int(x) for x in __version__.split("."))
    county.start("--min-app-version", f"{major}.{minor + 1}.0")
    before = _unsent(new)
    assert before > 0
    done = _run(new, "sync")
    assert done.returncode == 5, done.stderr
    assert "update needed" in done.stderr and f"{major}.{minor + 1}.0" in done.stderr
    assert "Traceback" not in done.stderr
    assert _unsent(new) == before  # nothing lost: it goes out after the update
    # The previous release knows no such code, yet says it plainly and does not crash.
    done = _run(old, "sync")
    assert done.returncode == 2 and "update_needed" in done.stderr
    assert "Traceback" not in done.stderr
