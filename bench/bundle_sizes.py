"""USB bundle sizes with and without attachments: .venv/bin/python bench/bundle_sizes.py.

A field laptop records one mediation (case, two parties, agreement signed by three people on
the pad) and one household whose head has a phone photo (re-encoded to the stored limits,
1600 px, JPEG q80). Its bundle is written twice from the same outbox: once with the attachment
blobs (format 2 as shipped) and once with a zero attachment budget (the records and audit
entries only, what a bundle carried before). Sizes are bytes on the stick.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "sync", ROOT / "tests" / "sync"):
    sys.path.insert(0, str(extra))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from signed_case import open_case, sign_with_images  # noqa: E402
from subei_sync.bundle.format import MAX_BUNDLE_BYTES  # noqa: E402
from subei_sync.client.bundle_commands import export_bundle  # noqa: E402
from subei_sync.server.bundle_keys import ensure_server_keys  # noqa: E402
from subei_sync.server.database import SqliteDatabase  # noqa: E402
from sync_harness import GRID_A, TOWNSHIP, add_household, enrol_laptop, service_over  # noqa: E402

from subei_mobile.attachments import attach_file  # noqa: E402


def phone_photo(path: Path) -> Path:
    """A 4000x3000 picture with smooth regions and texture, like a photo of a yurt and herd."""
    rng = random.Random(3)
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    for _ in range(300):
        x, y = rng.randrange(400), rng.randrange(300)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(5, 60), y + rng.randrange(5, 40)), fill=colour)
    image = small.resize((4000, 3000)).filter(ImageFilter.GaussianBlur(2))
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")
    out = io.BytesIO()
    Image.blend(image, noise, 0.15).save(out, "JPEG", quality=92)
    path.write_bytes(out.getvalue())
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "server").mkdir()
        db = SqliteDatabase(root / "server" / "server.sqlite3")
        service = service_over(db)
        ensure_server_keys(root / "server", db)
        laptop = enrol_laptop(service, root, "a", "field-staff", GRID_A)
        _, person = add_household(laptop.store, GRID_A)
        photo = phone_photo(root / "photo.jpg")
        stored = attach_file(laptop.store, "persons", person, photo, "image/jpeg")
        sign_with_images(laptop.store, open_case(laptop.store, TOWNSHIP, GRID_A))
        pads = laptop.store.conn.execute(
            "SELECT SUM(size) FROM attachments WHERE owner_table = 'mediation_signatures'"
        ).fetchone()[0]
        without = export_bundle(laptop.store, laptop.identity, root / "s0", blob_budget=0)
        with_blobs = export_bundle(laptop.store, laptop.identity, root / "s1")
        size_without = without.path.stat().st_size
        size_with = with_blobs.path.stat().st_size
        print(f"changes in the outbox: {with_blobs.changes}")
        print(f"photo: {photo.stat().st_size} B from the camera, {stored.size} B stored")
        print(f"three pad signatures: {pads} B")
        print(f"bundle without attachments: {size_without} B")
        print(f"bundle with {with_blobs.attachments} attachments: {size_with} B"
              f" (+{size_with - size_without} B for {stored.size + pads} B of blobs,"
              f" {100 * (size_with - size_without) / (stored.size + pads) - 100:+.1f} %)")  # fmt: skip
        print(f"size cap: {MAX_BUNDLE_BYTES} B")
        laptop.store.close()
        db.close()


if __name__ == "__main__":
    main()
