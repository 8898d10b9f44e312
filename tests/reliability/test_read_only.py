"""A read-only data folder or file, and a full disk, are never reported as a corrupt store.

Regression for issue 10 finding 8: a read-only folder came out as `store_corrupt`, whose
message sends people to restore a backup over a sound store. (A new store on a full disk:
test_disk_full.) Real files throughout: a
read-only bind mount (root ignores mode bits, not a read-only mount), and mode bits checked
in a child process that has dropped to an unprivileged user.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from subei_mobile.cli import main
from subei_mobile.errors import DiskFull, StoreCorrupt, StoreReadOnly
from subei_mobile.store import open_store

NOBODY = 65534


def _make_store(data: Path) -> bytes:
    assert main(["--data-dir", str(data), "demo", "--households", "3"]) == 0
    return (data / "subei.sqlite3").read_bytes()


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a store, then bind-mounted read-only onto itself."""
    root = tmp_path / "ro"
    (root / "data").mkdir(parents=True)
    _make_store(root / "data")
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root; the mode-bit tests cover other users")
    done = subprocess.run(["mount", "--bind", str(root), str(root)], capture_output=True,
                          check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount: {done.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(root)], check=True)
        yield root
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)


def test_read_only_mount_is_its_own_error(read_only_mount: Path, capsys) -> None:
    data = read_only_mount / "data"
    before = (data / "subei.sqlite3").read_bytes()
    with pytest.raises(StoreReadOnly):
        open_store(data)
    assert main(["--data-dir", str(data), "check"]) == 2
    err = capsys.readouterr().err
    assert "[store_read_only" in err and "store_corrupt" not in err and "备份" not in err.split(
        "不要恢复备份")[0]  # fmt: skip
    with pytest.raises(StoreReadOnly):  # a new store inside a read-only folder
        open_store(read_only_mount / "new")
    assert (data / "subei.sqlite3").read_bytes() == before


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A folder every user can reach (pytest's own tmp folders are owner-only)."""
    import shutil
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="subei-ro-"))
    os.chmod(root, 0o755)
    try:
        yield root
    finally:
        for path in (root, *root.rglob("*")):
            if path.is_dir():
                os.chmod(path, 0o755)
        shutil.rmtree(root)


def _as_nobody(data: Path) -> str:
    """Run one opening attempt in a child that has dropped root; return the error code seen."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: everything it needs is imported already
        os.close(read)
        code = "none"
        try:
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            open_store(data).close()
        except (StoreReadOnly, StoreCorrupt, DiskFull) as exc:
            code = exc.code
        except BaseException as exc:
            code = type(exc).__name__
        finally:
            os.write(write, code.encode())
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        return pipe.read()


@pytest.mark.parametrize("what", ["folder", "file"])
def test_mode_bits_read_only_is_its_own_error(open_tmp: Path, what: str) -> None:
    root = open_tmp / "owned"
    data = root / "data"
    root.mkdir()
    before = _make_store(data)
    for path in (root, data, *data.iterdir()):
        os.chown(path, NOBODY, NOBODY) if os.geteuid() == 0 else None
    if what == "folder":
        os.chmod(data, 0o555)
    else:
        os.chmod(data / "subei.sqlite3", 0o444)
    try:
        assert _as_nobody(data) == "store_read_only"
    finally:
        os.chmod(data, 0o755)
    assert (data / "subei.sqlite3").read_bytes() == before
    os.chmod(data / "subei.sqlite3", 0o644)
    assert _as_nobody(data) == "none"  # writable again: opens


def test_new_store_in_a_read_only_parent(open_tmp: Path) -> None:
    parent = open_tmp / "locked"
    parent.mkdir()
    if os.geteuid() == 0:
        os.chown(parent, NOBODY, NOBODY)
    os.chmod(parent, 0o555)
    try:
        assert _as_nobody(parent / "data") == "store_read_only"
    finally:
        os.chmod(parent, 0o755)
