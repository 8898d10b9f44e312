"""10,000 mutated bundles are all refused with a specific code; ~200 through the full import
leave the server database byte-for-byte unchanged; the inner parser is fuzzed with hypothesis.

The genuine bundles carry every section: changes, audit entries, attachment chunks (a photo
and drawn signatures). Besides damage and forgery, the corpus holds bundles the device key
itself signed with an inconsistent section (a buggy or hostile laptop): chunk bytes, order or
count, the header's chunk and audit counts.

The 10,000 go through `open_device_bundle` (every check before the write transaction: size,
magic, version, kind, recipient, decryption, header, device, signature, payload hash, frames)
with the device table read once, which keeps the regular run to a few seconds. A sample of
~200 goes through `import_bundle` against the real database with a full SQL dump compared
before and after each.
"""

from __future__ import annotations

import json
import random
import struct
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from bundle_harness import County
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from subei_sync.bundle.format import (
    INNER_MAGIC,
    PREFIX_LEN,
    SIGNATURE_LEN,
    BundleError,
    build_inner,
    open_sealed,
    pack_frames,
    parse_inner,
    payload_hash,
    seal,
    x25519_public_bytes,
)
from subei_sync.bundle.models import BundleHeader
from subei_sync.client.bundle_commands import export_bundle
from subei_sync.protocol import frames
from subei_sync.protocol.blobs import BlobChunk
from subei_sync.protocol.signing import b64
from subei_sync.protocol.wire import SyncRequest
from subei_sync.server.bundle_import import import_bundle, open_device_bundle
from subei_sync.server.devices import Device, load_device
from sync_harness import GRID_A, add_household, edit, enrol_laptop
from test_attachments_in_bundles import field_work

Mutator = Callable[[random.Random], tuple[bytes, set[str]]]


class Corpus:
    """Two genuine bundles of one device and the means to forge variants of them."""

    def __init__(self, county: County, tmp_path: Path) -> None:
        a = enrol_laptop(county.service, tmp_path, "a", "field-staff", GRID_A)
        ids = [add_household(a.store, GRID_A)[0] for _ in range(4)]
        field_work(a, tmp_path)  # a photo and a signed agreement: chunk frames and audit
        self.signer = a.identity.key
        self.one = export_bundle(a.store, a.identity, tmp_path / "s1").path.read_bytes()
        edit(a.store, "households", ids[0], address_zh="第二根")
        self.two = export_bundle(a.store, a.identity, tmp_path / "s2").path.read_bytes()
        self.keys = county.keys
        self.public = x25519_public_bytes(county.keys.recipient)
        self.inner_one = open_sealed(self.one, "device", county.keys.recipient)
        self.inner_two = open_sealed(self.two, "device", county.keys.recipient)
        with county.db.transaction() as tx:
            device = load_device(tx, a.identity.device_id)
        assert device is not None
        self.devices: dict[str, Device] = {device.id: device}

    def split(self, inner: bytes) -> tuple[bytes, bytes, bytes]:
        """Return (length+header, signature, payload)."""
        (size,) = struct.unpack(">H", inner[4:6])
        return inner[4 : 6 + size], inner[6 + size : 6 + size + 64], inner[6 + size + 64 :]

    def mutators(self) -> dict[str, Mutator]:
        def bit_flip(rng: random.Random) -> tuple[bytes, set[str]]:
            data = bytearray(self.one)
            # A fifth in the clear prefix: the bundle (a photo inside) is ~10,000 times longer.
            at = rng.randrange(PREFIX_LEN if rng.random() < 0.2 else len(data))
            data[at] ^= 1 << rng.randrange(8)
            expect = ({"bundle.not_a_bundle"} if at < 8 else {"bundle.version_unsupported"}
                      if at == 8 else {"bundle.wrong_kind"} if at == 9 else
                      {"bundle.wrong_recipient"} if at < PREFIX_LEN else {"bundle.damaged"})  # fmt: skip
            return bytes(data), expect

        def truncate(rng: random.Random) -> tuple[bytes, set[str]]:
            cut = rng.randrange(len(self.one))
            return self.one[:cut], {"bundle.not_a_bundle", "bundle.damaged"}

        def extend(rng: random.Random) -> tuple[bytes, set[str]]:
            return self.one + rng.randbytes(rng.randint(1, 64)), {"bundle.damaged"}

        def swap_header(rng: random.Random) -> tuple[bytes, set[str]]:
            # A forger can seal to the public server key: security rests on the signature.
            h1, s1, p1 = self.split(self.inner_one)
            h2, s2, p2 = self.split(self.inner_two)
            inner, expect = rng.choice([
                (INNER_MAGIC + h1 + s1 + p2, "bundle.payload_hash_mismatch"),
                (INNER_MAGIC + h2 + s2 + p1, "bundle.payload_hash_mismatch"),
                (INNER_MAGIC + h1 + s2 + p1, "bundle.signature_invalid"),
                (INNER_MAGIC + h2 + s1 + p2, "bundle.signature_invalid"),
            ])  # fmt: skip
            return seal(inner, "device", self.public), {expect}

        def resealed_flip(rng: random.Random) -> tuple[bytes, set[str]]:
            data = bytearray(self.inner_one)
            at = rng.randrange(len(data))
            data[at] ^= 1 << rng.randrange(8)
            return seal(bytes(data), "device", self.public), {
                "bundle.header_invalid", "bundle.signature_invalid", "bundle.wrong_kind",
                "bundle.payload_hash_mismatch", "bundle.payload_invalid",
                "bundle.device_unknown", "bundle.schema_newer",
            }  # fmt: skip

        def wrong_recipient(rng: random.Random) -> tuple[bytes, set[str]]:
            other = x25519_public_bytes(X25519PrivateKey.generate())
            return seal(self.inner_one, "device", other), {"bundle.wrong_recipient"}

        def forged_signer(rng: random.Random) -> tuple[bytes, set[str]]:
            h1, _, p1 = self.split(self.inner_one)
            fake = Ed25519PrivateKey.generate().sign(rng.randbytes(32))
            return seal(INNER_MAGIC + h1 + fake + p1, "device", self.public), {
                "bundle.signature_invalid"}  # fmt: skip

        def resigned_section(rng: random.Random) -> tuple[bytes, set[str]]:
            # Signed by the device key itself: only the section checks can catch these.
            inner = parse_inner(self.inner_one, "device")
            header = inner.header.model_dump()
            parts = list(inner.frames)
            first = len(parts) - header["chunks"]
            at = rng.randrange(first, len(parts))
            chunk = frames.decode(parts[at], BlobChunk)
            kind = rng.choice(["bytes", "offset", "drop", "swap", "chunks", "audit"])
            if kind == "bytes":  # the bytes no longer match the chunk's own hash
                data = bytearray(chunk.content())
                data[rng.randrange(len(data))] ^= 1
                parts[at] = frames.encode(chunk.model_copy(update={"data": b64(bytes(data))}))
            elif kind == "offset":
                moved = chunk.offset + rng.choice([-1, 1, 65536])
                parts[at] = frames.encode(chunk.model_copy(update={"offset": max(moved, 0) or 1}))
            elif kind == "drop":  # a later chunk missing: the blob does not add up to its name
                # (dropping a whole blob is a valid bundle that carries one blob less)
                later = [i for i in range(first, len(parts))
                         if frames.decode(parts[i], BlobChunk).offset > 0]  # fmt: skip
                del parts[rng.choice(later)]
                header["frames"] -= 1
                header["chunks"] -= 1
            elif kind == "swap":  # a change frame read as a chunk or the other way round
                parts[0], parts[at] = parts[at], parts[0]
            elif kind == "chunks":
                header["chunks"] += rng.choice([-1, 1])
            else:
                header["audit"] += rng.choice([-1, 1, 1000])
            payload = pack_frames(parts)
            header["payload_sha256"] = payload_hash(payload)
            expect = {"bundle.payload_invalid"} | (
                {"bundle.header_invalid"} if kind in ("chunks", "audit") else set()
            )
            try:
                forged = build_inner(BundleHeader.model_validate(header), payload, self.signer)
            except ValueError:  # the header model itself refuses the counts
                return self.one[:PREFIX_LEN], {"bundle.damaged"}
            return seal(forged, "device", self.public), expect

        return {"bit_flip": bit_flip, "truncate": truncate, "extend": extend,
                "swap_header": swap_header, "resealed_flip": resealed_flip,
                "wrong_recipient": wrong_recipient, "forged_signer": forged_signer,
                "resigned_section": resigned_section}  # fmt: skip

    def cases(self, n: int, seed: int) -> list[tuple[str, bytes, set[str]]]:
        rng = random.Random(seed)
        mutators = self.mutators()
        weights = {"bit_flip": 45, "truncate": 15, "extend": 10, "swap_header": 8,
                   "resealed_flip": 12, "wrong_recipient": 3, "forged_signer": 2,
                   "resigned_section": 5}  # fmt: skip
        names = rng.choices(list(weights), weights=list(weights.values()), k=n)
        return [(name, *mutators[name](rng)) for name in names]


@pytest.fixture
def corpus(county: County, tmp_path: Path) -> Corpus:
    return Corpus(county, tmp_path)


def test_genuine_bundles_open(corpus: Corpus) -> None:
    for data in (corpus.one, corpus.two):
        opened = open_device_bundle(data, corpus.keys, corpus.devices)
        assert opened.requests[0].changes


def test_ten_thousand_mutations_all_refused_with_a_specific_code(corpus: Corpus) -> None:
    codes: Counter[str] = Counter()
    for name, data, expect in corpus.cases(10_000, seed=620923):
        assert data not in (corpus.one, corpus.two)
        with pytest.raises(BundleError) as err:
            open_device_bundle(data, corpus.keys, corpus.devices)
        assert err.value.code in expect, (name, err.value.code)
        codes[err.value.code] += 1
    # Every step of the import order was exercised by some mutation.
    for code in ("bundle.not_a_bundle", "bundle.version_unsupported", "bundle.wrong_kind",
                 "bundle.wrong_recipient", "bundle.damaged", "bundle.header_invalid",
                 "bundle.signature_invalid", "bundle.payload_hash_mismatch",
                 "bundle.payload_invalid"):  # fmt: skip
        assert codes[code] > 0, codes


def test_mutations_through_the_full_import_leave_the_database_unchanged(
    county: County, corpus: Corpus
) -> None:
    import_bundle(county.db, county.keys, corpus.one)  # a non-empty database to protect
    before = county.dump()
    for name, data, expect in corpus.cases(200, seed=2024):
        with pytest.raises(BundleError) as err:
            import_bundle(county.db, county.keys, data)
        assert err.value.code in expect, (name, err.value.code)
        assert county.dump() == before, name


# -------------------------------------------------------------------- parser fuzzing


def _check(data: bytes) -> None:
    started = time.perf_counter()
    try:
        inner = parse_inner(data, "device")
        inner.verify_payload()
        last = len(inner.frames) - inner.header.chunks
        for i in range(len(inner.frames)):
            inner.decode(i, SyncRequest if i < last else BlobChunk)
        inner.verify_signature(b"\x00" * 32)
    except BundleError:
        pass
    assert time.perf_counter() - started < 1.0


_HEADER = {
    "format": 2, "kind": "device", "bundle_id": "0" * 32, "device_id": "d", "seq": 1,
    "created_at": "2025-01-01T00:00:00+00:00", "schema_version": 1, "frames": 2, "changes": 0,
    "payload_sha256": "0" * 64, "recipient_key_id": "0" * 16, "return_key": "", "chunks": 1,
    "audit": 0,
}  # fmt: skip
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def _structured(draw: st.DrawFn) -> bytes:
    header = dict(_HEADER)
    for key in draw(st.lists(st.sampled_from(sorted(_HEADER)), max_size=3)):
        header[key] = draw(_json_values)
    if draw(st.booleans()):
        header[draw(st.text(max_size=8))] = draw(_json_values)
    raw = json.dumps(header).encode()
    frames = draw(st.lists(st.binary(max_size=200), max_size=4))
    payload = b"".join(struct.pack(">I", len(f)) + f for f in frames) + draw(st.binary(max_size=8))
    return INNER_MAGIC + struct.pack(">H", len(raw)) + raw + b"\x00" * SIGNATURE_LEN + payload


@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_parser_fuzz_random_bytes(data: bytes) -> None:
    _check(data)
    _check(INNER_MAGIC + data)


@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(_structured())
def test_parser_fuzz_structured(data: bytes) -> None:
    _check(data)
