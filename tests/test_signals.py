"""SIGHUP, SIGTERM and SIGINT save pending edits: a real app process (headless), a real edit
still waiting for its autosave, a real signal from outside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from designer import store
from designer.model.design import Design

ROOT = Path(__file__).resolve().parent.parent

# The app with an autosave delay far longer than the test: the edit can only reach the disk
# through the signal handler. A marker file says when the edit is made.
DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from designer.tui.app import make_app

    path, ready = Path(sys.argv[1]), Path(sys.argv[2])

    async def edit(pilot) -> None:
        await pilot.pause(0.3)
        screen = pilot.app.screen
        screen.design.requirements.name = "edited before the signal"
        screen.autosave.changed()
        ready.write_text("ready")

    app = make_app(path, autosave_delay=600)
    app.run(headless=True, auto_pilot=edit)
    sys.exit(app.return_code or 0)
""")


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], Path]:
    path = tmp_path / "d.design.yaml"
    store.save(Design.new("before"), path)
    ready = tmp_path / "ready"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", DRIVER, str(path), str(ready)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 60
    while not ready.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            _, err = process.communicate()
            pytest.fail(f"the app did not start: {err[-2000:]}")
        time.sleep(0.05)
    return process, path


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT", "SIGHUP"])
def test_closing_signal_saves_pending_edits(tmp_path: Path, name: str) -> None:
    process, path = _start(tmp_path)
    assert store.load(path).name == "before"  # the edit is pending, not saved yet
    number = getattr(signal, name)
    process.send_signal(number)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail(f"{name} did not end the app")
    assert process.returncode == 128 + number, err[-2000:]
    assert store.load(path).name == "edited before the signal"
    assert store.load(store.backup_path(path)).name == "before"
