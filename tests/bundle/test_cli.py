"""The commands as a carrier uses them: export to a stick, import at the county, import back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bundle_harness import County
from subei_sync.server.devices import revoke_device
from sync_harness import GRID_A, add_household, enrol_laptop

from subei_mobile.attachments import attach_file

BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*args], capture_output=True, text=True, timeout=120, check=False)


def test_cli_export_import_and_return(county: County, tmp_path: Path) -> None:
    a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
    _, person = add_household(a.store, GRID_A)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a scanned land certificate\n" * 100)
    sha = attach_file(a.store, "persons", person, scan, "application/pdf").sha256
    a.store.close()
    mobile = [str(BIN / "subei-mobile"), "--data-dir", str(tmp_path / "a")]
    server = [str(BIN / "subei-server"), "--data-dir", str(county.data_dir)]

    done = _run(*mobile, "bundle", "export", "--to", str(tmp_path / "stick"))
    assert done.returncode == 0, done.stderr
    assert "safe to remove" in done.stdout
    assert "3 changes, 1 attachments" in done.stdout
    (bundle,) = (tmp_path / "stick").glob("*.subei")
    assert not list((tmp_path / "stick").glob("*.tmp"))

    done = _run(*server, "bundle", "import", str(bundle), "--return-to", str(tmp_path / "back"))
    assert done.returncode == 0, done.stderr
    assert "imported 3 changes" in done.stdout and "1 attachments held" in done.stdout
    assert (county.data_dir / "blobs" / sha[:2] / sha[2:]).exists()  # where `serve` looks
    again = _run(*server, "bundle", "import", str(bundle), "--return-to", str(tmp_path / "back2"))
    assert again.returncode == 0 and "already imported on" in again.stdout

    (back,) = (tmp_path / "back").glob("return-*.subei")
    done = _run(*mobile, "bundle", "import", str(back))
    assert done.returncode == 0, done.stderr
    assert "receipt: 3 changes delivered" in done.stdout
    assert "attachments: 1 confirmed at the county" in done.stdout
    done = _run(*mobile, "bundle", "import", str(back))
    assert done.returncode == 0 and "already imported on" in done.stdout

    damaged = tmp_path / "damaged.subei"
    damaged.write_bytes(bundle.read_bytes()[:-1])
    done = _run(*server, "bundle", "import", str(damaged))
    assert done.returncode == 2 and "bundle.damaged" in done.stderr

    revoke_device(county.db, a.identity.device_id)
    done = _run(*server, "bundle", "import", str(bundle))
    assert done.returncode == 2 and "bundle.device_revoked" in done.stderr
