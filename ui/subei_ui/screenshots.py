"""Render the documentation screenshots on a throwaway demo store (`--out DIR`)."""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from subei_mobile.first_run import make_demo_store
from subei_mobile.store import Store

from .app import application
from .languages import CHINESE, MONGOLIAN, LanguageSwitcher
from .main_window import MainWindow

# The laptops staff carry are 1366x768: document what they see.
SIZE = (1366, 768)
SHORT = {CHINESE: "zh", MONGOLIAN: "mn"}


def settle(ms: int = 150) -> None:
    """Let queued events, layouts and background answers arrive before grabbing."""
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> Path:
    """Grab a widget into a PNG file."""
    settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def mongolian_household(window: MainWindow) -> str:
    """Return a household whose head has a Mongolian name (the detail then shows it vertically)."""
    row = window.store.conn.execute(
        "SELECT household_id FROM persons WHERE relation = 'head' AND name_mn != '' "
        "AND household_id IN (SELECT household_id FROM persons GROUP BY household_id "
        "HAVING COUNT(*) >= 3) ORDER BY id LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else ""


def render_all(out_dir: str | Path, households: int = 500) -> list[Path]:
    """Build a demo store in a temp folder and save each screen in Chinese and Mongolian."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="subei-shots-") as tmp:
        store = make_demo_store(Path(tmp), households, as_office=True)
        examples = _examples(store)
        switcher = LanguageSwitcher(QApplication.instance())
        switcher.switch(CHINESE, remember=False)
        window = MainWindow(store, switcher)
        window.resize(*SIZE)
        window.show()
        for language in (CHINESE, MONGOLIAN):
            switcher.switch(language, remember=False)
            written += _render_language(window, SHORT[language], out, examples)
        # Before the store closes: the window follows the setup's language switches too.
        written += render_setup(out, Path(tmp) / "new", switcher)
        window.close()
        store.close()
    return written


SETUP_SCREEN = (1366, 768)  # the smallest laptop screen in the field


def render_setup(out: Path, data_dir: Path, switcher: LanguageSwitcher) -> list[Path]:
    """Save the first-run setup's pages in both languages (nothing is written to data_dir)."""
    from .first_run_setup import FirstRunSetup

    written = []
    for language in (CHINESE, MONGOLIAN):
        switcher.switch(language, remember=False)
        dialog = FirstRunSetup(data_dir, switcher)
        dialog.show()
        dialog.adjustSize()
        settle()
        fits = dialog.width() <= SETUP_SCREEN[0] and dialog.height() <= SETUP_SCREEN[1]
        if not fits:
            raise RuntimeError(f"setup dialog {dialog.width()}x{dialog.height()} > {SETUP_SCREEN}")
        lang = SHORT[language]
        written.append(save(dialog, out / f"first-run-setup-{lang}.png"))
        dialog.name.setText("巴特尔" if lang == "zh" else "ᠪᠠᠲᠤ")
        dialog.role.setCurrentIndex(dialog.role.findData("grid-worker"))
        dialog.township.setCurrentIndex(1)
        dialog.grid.setCurrentIndex(1)
        dialog.pages.setCurrentIndex(1)
        dialog.retranslate()
        written.append(save(dialog, out / f"first-run-user-{lang}.png"))
        dialog.pages.setCurrentIndex(2)
        dialog.key_text.setPlainText("9f" * 32)
        dialog.retranslate()
        written.append(save(dialog, out / f"first-run-key-{lang}.png"))
        dialog.close()
        dialog.deleteLater()
    switcher.switch(CHINESE, remember=False)
    return written


def _examples(store: Store) -> dict[str, str]:
    """Add what the pictures should show: a signed agreement and a conflict to review."""
    import json

    from subei_mobile.ids import new_id

    from .documents.specimens import signed_agreement

    agreement_id = signed_agreement(store)
    case_id = store.conn.execute(
        "SELECT case_id FROM mediation_agreements WHERE id = ?", (agreement_id,)
    ).fetchone()[0]
    person = store.conn.execute(
        "SELECT id FROM persons WHERE relation = 'head' AND name_mn != '' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    for field, values in (("phone", ["13909370001", "13909370017"]),
                          ("name_zh", ["巴特尔", "巴特"])):  # fmt: skip
        candidates = [{"value": v, "hlc": f"2026-01-0{n + 5}T10:00", "device": f"laptop-{n + 1}"}
                      for n, v in enumerate(values)]  # fmt: skip
        store.conn.execute(
            "INSERT INTO conflicts (id, table_name, record_id, field, candidates, detected_at)"
            " VALUES (?, 'persons', ?, ?, ?, '2026-01-07T09:00:00')",
            (new_id(), person, field, json.dumps(candidates, ensure_ascii=False)),
        )
    return {"case": case_id}


def _render_language(
    window: MainWindow, lang: str, out: Path, examples: dict[str, str]
) -> list[Path]:
    written = []
    households = window.screen("households")
    window.nav.setCurrentRow(0)
    household_id = mongolian_household(window)
    if household_id:
        households.detail.show_household(household_id)  # type: ignore[attr-defined]
        households.pages.setCurrentWidget(households.detail)  # type: ignore[attr-defined]
    written.append(save(window, out / f"main-window-{lang}.png"))
    written.append(save(households.detail, out / f"household-detail-{lang}.png"))  # type: ignore[attr-defined]
    households.search_box.setText("巴特" if lang == "zh" else "ᠪᠠᠲᠤ")  # type: ignore[attr-defined]
    households.search.run_now()  # type: ignore[attr-defined]
    households.search.wait()  # type: ignore[attr-defined]
    written.append(save(window, out / f"household-search-{lang}.png"))
    households.search_box.clear()  # type: ignore[attr-defined]
    households.new_record()  # type: ignore[attr-defined]
    written.append(save(window, out / f"household-form-{lang}.png"))
    households.form.discard()  # type: ignore[attr-defined]
    for row in range(1, window.nav.count()):
        window.nav.setCurrentRow(row)
        key = window.nav.item(row).data(256)
        if key == "dashboard":  # the demo's field work lies in the past: show all of it
            from PySide6.QtCore import QDate

            dashboard = window.screen("dashboard")
            dashboard.start.setDate(QDate(2020, 1, 1))  # type: ignore[attr-defined]
            dashboard.refresh()  # type: ignore[attr-defined]
        written.append(save(window, out / f"{key}-{lang}.png"))
        if key == "mediation":
            mediation = window.screen("mediation")
            mediation.show_case(examples["case"])  # type: ignore[attr-defined]
            mediation.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
            written.append(save(window, out / f"mediation-agreement-{lang}.png"))
            mediation.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    window.nav.setCurrentRow(0)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Write the screenshots and say where they are."""
    parser = argparse.ArgumentParser(prog="python -m subei_ui.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--households", type=int, default=500)
    parser.add_argument("--setup-only", action="store_true", help="only the first-run setup")
    args = parser.parse_args(argv)
    if args.setup_only:
        application()
        args.out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="subei-shots-") as tmp:
            switcher = LanguageSwitcher(QApplication.instance())
            written = render_setup(args.out, Path(tmp) / "new", switcher)
    else:
        written = render_all(args.out, args.households)
    print(f"{len(written)} screenshots written to {args.out.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
