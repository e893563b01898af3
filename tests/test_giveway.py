"""designer.tui.giveway: a key stops background work that runs now, never an import, never
work that is not running; stepped work pauses while keys come."""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from designer.tui import giveway


@pytest.fixture(autouse=True)
def _keys_handled() -> Iterator[None]:
    yield
    giveway.handled()  # no key of a test left in flight for the next one


def _in_thread(job: giveway.Job, work: Callable[[], object],
               started: threading.Event) -> tuple[list[object], threading.Thread]:
    out: list[object] = []

    def run() -> None:
        out.append(job.run(work))
        out.append("after")  # the thread goes on normally once the job gave way

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(5)
    return out, thread


def test_a_key_stops_running_work_and_the_thread_goes_on() -> None:
    job, started = giveway.Job(), threading.Event()

    def spin() -> int:
        started.set()
        end = time.monotonic() + 10
        while time.monotonic() < end:
            pass
        return 1

    out, thread = _in_thread(job, spin, started)
    begun = time.monotonic()
    giveway.user_input()
    thread.join(5)
    assert out == [None, "after"]
    assert time.monotonic() - begun < 5
    assert not job.stop()  # nothing runs any more


def test_work_that_finishes_returns_its_result_and_later_keys_touch_nothing() -> None:
    job = giveway.Job()
    assert job.run(lambda: 42) == 42
    assert not job.stop()
    giveway.user_input()
    assert job.run(lambda: "again") == "again"


def test_an_import_in_progress_is_never_cut_short(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "slow_import_for_giveway.py").write_text(
        "import time\nend = time.monotonic() + 0.5\nwhile time.monotonic() < end:\n    pass\n"
        "DONE = True\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    job, started = giveway.Job(), threading.Event()

    def load() -> bool:
        started.set()
        return importlib.import_module("slow_import_for_giveway").DONE

    out, thread = _in_thread(job, load, started)
    time.sleep(0.1)
    assert not job.stop()
    thread.join(5)
    assert out == [True, "after"]
    sys.modules.pop("slow_import_for_giveway", None)


def test_stepped_work_pauses_while_keys_come() -> None:
    giveway.user_input()
    giveway.handled()
    begun = time.monotonic()
    giveway.pause()
    assert time.monotonic() - begun >= giveway.QUIET * 0.8
    begun = time.monotonic()
    giveway.pause()  # quiet now: no wait
    assert time.monotonic() - begun < giveway.QUIET


def test_stepped_work_waits_until_the_key_was_handled() -> None:
    """A key's handling (a stage's form built) may take longer than the quiet time: paused
    work goes on only a quiet time after the app says the key was handled."""
    giveway.user_input()
    assert giveway.quiet_for() == 0.0
    threading.Timer(giveway.QUIET * 2, giveway.handled).start()
    begun = time.monotonic()
    giveway.pause()
    assert time.monotonic() - begun >= giveway.QUIET * 2.8
    assert giveway.quiet_for() >= giveway.QUIET * 0.8


def test_a_key_never_handled_holds_paused_work_only_so_long(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(giveway, "HANDLING", 0.3)
    giveway.user_input()
    begun = time.monotonic()
    giveway.pause()
    assert 0.3 <= time.monotonic() - begun < 2
