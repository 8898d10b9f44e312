"""Fixtures: a county key pair and an encrypted store seeded with canaries."""

from __future__ import annotations

from pathlib import Path

import pytest
from seeding import PASSWORD, Seeded, seed

from subei_mobile.security import accounts, county
from subei_mobile.security.keyslots import FLOOR


@pytest.fixture
def county_pair() -> county.CountyKeyPair:
    return county.generate_county_keypair()


@pytest.fixture
def seeded(tmp_path: Path, county_pair: county.CountyKeyPair) -> Seeded:
    data_dir = tmp_path / "data"
    store = accounts.create_encrypted_store(
        data_dir, "wang", "field-staff", PASSWORD, county_pair.public, kdf=FLOOR
    )
    ids, case_id = seed(store)
    return Seeded(store, data_dir, county_pair, ids, case_id)
