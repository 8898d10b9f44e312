"""Background operations deliver on the GUI thread; translation files pass their checks."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

from subei_ui.operations import CoreOperation

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "check_translations", REPO / "scripts" / "check_translations.py"
)
check_translations = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
spec.loader.exec_module(check_translations)  # type: ignore[union-attr]


def test_success_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress):  # type: ignore[no-untyped-def]
        seen["worker"] = threading.get_ident()
        progress(1, 2)
        return 42

    def done(result: object) -> None:
        seen["result"], seen["thread"] = result, threading.get_ident()

    op = CoreOperation(
        work, on_success=done, on_progress=lambda d, t: seen.setdefault("progress", (d, t))
    )
    with qtbot.waitSignal(op.finished, timeout=3000):
        op.run()
    assert seen["result"] == 42 and seen["thread"] == gui and seen["worker"] != gui
    assert seen["progress"] == (1, 2)


def test_failure_is_delivered_and_cancel_drops_results(qtbot) -> None:
    errors: list[BaseException] = []
    op = CoreOperation(lambda p: 1 / 0, on_failure=errors.append)
    with qtbot.waitSignal(op.finished, timeout=3000):
        op.run()
    assert isinstance(errors[0], ZeroDivisionError)
    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def slow(progress):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(3)
        return progress(1, 1)  # the core sees False after cancel and stops

    op = CoreOperation(slow, on_success=results.append)
    with qtbot.waitSignal(op.finished, timeout=3000):
        op.run()
        started.wait(3)
        op.cancel()
        release.set()
    assert results == []


def test_shipped_translations_pass_the_check() -> None:
    assert check_translations.main([]) == 0


def test_check_rejects_private_use_leading_fvs_and_placeholder_mismatch(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ts"
    bad.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="mn_CN"><context>
<name>X</name>
<message><source>Household %1</source><translation>\ue234\ue2a0 %1</translation></message>
<message><source>Name</source><translation>\u180bᠨᠡᠷ\u180eᠡ</translation></message>
<message><source>%1 of %2</source><translation>%1</translation></message>
<message numerus="yes"><source>%n households</source><translation>
<numerusform>ᠥᠷᠬᠡ</numerusform></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    problems = check_translations.check_file(bad)
    assert len(problems) == 4
    assert "private-use" in problems[0] and "variation selector" in problems[1]
    assert "placeholders differ" in problems[2] and "placeholders differ" in problems[3]
    assert check_translations.main([str(bad)]) == 1


def test_mongolian_translations_are_marked_unfinished() -> None:
    text = (REPO / "i18n" / "subei_mn_Mong_CN.ts").read_text(encoding="utf-8")
    assert "<translation>" not in text.replace('<translation type="unfinished">', "")
