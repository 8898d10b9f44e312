"""A mediation case signed on a laptop with drawn signatures (pad-like PNGs in blue ink)."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image, ImageDraw

from subei_mobile import mediation, signatures
from subei_mobile.models import (
    MediationAgreement,
    MediationCase,
    MediationParty,
    MediationSignature,
)
from subei_mobile.store import Store

AT = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
INK = (20, 40, 200)  # ballpoint blue: nothing else on the printed agreement is this colour


def signature_png(seed: int) -> bytes:
    """Return a pad-like PNG: blue strokes on white, different per signer."""
    image = Image.new("RGB", (320, 120), "white")
    pen = ImageDraw.Draw(image)
    pen.line([(20, 80 - seed), (90, 30 + seed), (160, 90), (230, 40), (300, 70 + seed)],
             fill=INK, width=8)  # fmt: skip
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def open_case(store: Store, township: str, grid: str) -> str:
    """Register a boundary dispute with two parties; return the case id."""
    case = MediationCase(category_code="grassland_boundary", township_code=township,
                         grid_code=grid, reported_at=AT, status="mediating",
                         mediators=["王明"], committee="党城湾镇人民调解委员会")  # fmt: skip
    parties = [
        MediationParty(case_id=case.id, side="applicant", name_zh="巴特尔", name_mn="ᠪᠠᠭᠠᠲᠤᠷ"),
        MediationParty(case_id=case.id, side="respondent", name_zh="李海"),
    ]
    return mediation.open_case(store, case, parties)


def draft(store: Store, case_id: str) -> str:
    """Add a draft agreement ready to sign; return its id."""
    agreement = MediationAgreement(
        case_id=case_id, content_zh="以原界桩为准。", content_mn="ᠬᠢᠯᠢ ᠶᠢᠨ ᠲᠡᠮᠳᠡᠭ",
        performance_zh="十五日内完成。",
    )  # fmt: skip
    return mediation.add(store, agreement)


def signers(
    store: Store, case_id: str, agreement_id: str, images: list[str]
) -> list[MediationSignature]:
    """Return the two parties' and the mediator's signatures naming these image hashes."""
    parties = store.conn.execute(
        "SELECT id FROM mediation_parties WHERE case_id = ? ORDER BY id", (case_id,)
    ).fetchall()
    out = [
        MediationSignature(agreement_id=agreement_id, signer_role="party", party_id=r[0],
                           signer_name=store.load(MediationParty, r[0]).name_zh,
                           image_sha256=images[i], signed_at=AT)
        for i, r in enumerate(parties)
    ]  # fmt: skip
    out.append(MediationSignature(agreement_id=agreement_id, signer_role="mediator",
                                  signer_name="王明", image_sha256=images[-1], signed_at=AT))  # fmt: skip
    return out


def sign_with_images(store: Store, case_id: str, seed: int = 0) -> tuple[str, list[bytes]]:
    """Draft and sign an agreement with three drawn signatures; return (id, the PNGs)."""
    pngs = [signature_png(seed + i * 7) for i in range(3)]
    images = [signatures.store_image(store, png) for png in pngs]
    agreement_id = draft(store, case_id)
    mediation.sign_agreement(store, agreement_id, signers(store, case_id, agreement_id, images),
                             at=AT)  # fmt: skip
    return agreement_id, pngs
