"""Guard against the PySide6 release that aborts after many signal emissions on Python 3.11."""

import subprocess
import sys
import textwrap


def test_many_signal_emissions_do_not_abort() -> None:
    script = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Source(QObject):
            number = Signal(int)
            bare = Signal()
        got = []
        src = Source()
        src.number.connect(lambda n: got.append(n))
        src.bare.connect(lambda: got.append(0))
        for _ in range(30000):
            src.number.emit(1)
            src.bare.emit()
            QCoreApplication.processEvents()
        print(len(got))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "60000"
