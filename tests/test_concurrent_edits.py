"""A design changed on disk while the app has it open is never overwritten.

Driven three ways: the store (stamps), the app in this process (the dialog and its choices),
and real app processes against a second app and a `git checkout` in a temporary repository.
"""

from __future__ import annotations

import asyncio
import functools
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest

from designer import lock, store
from designer.commands.new import create
from designer.errors import ConflictError, SaveError
from designer.model.design import Design
from designer.tui.app import make_app
from designer.tui.screens.conflict import ConflictDialog
from designer.tui.screens.design import DesignScreen

ROOT = Path(__file__).resolve().parent.parent
WIDE = (120, 40)


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def _named(name: str) -> Design:
    return Design.new(name)


# --- the store --------------------------------------------------------------------------------


def test_save_refuses_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "d.design.yaml"
    store.save(_named("first"), path)
    _, stamp = store.load_stamped(path)
    store.save(_named("theirs"), path)  # another program
    with pytest.raises(ConflictError, match="changed on disk"):
        store.save(_named("mine"), path, expect=stamp)
    assert store.load(path).name == "theirs"


def test_a_touch_without_a_change_is_no_conflict(tmp_path: Path) -> None:
    path = tmp_path / "d.design.yaml"
    stamp = store.save(_named("first"), path)
    os.utime(path, ns=(1, 1))  # same bytes, new mtime (a checkout of the same content)
    stamp = store.save(_named("second"), path, expect=stamp)
    store.save(_named("third"), path, expect=stamp)  # the stamp follows our own writes
    assert store.load(path).name == "third"


def test_a_deleted_file_is_a_conflict_but_a_missing_folder_a_plain_failure(
    tmp_path: Path
) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    path = folder / "d.design.yaml"
    stamp = store.save(_named("first"), path)
    path.unlink()
    with pytest.raises(ConflictError, match="deleted or moved"):
        store.save(_named("mine"), path, expect=stamp)
    assert not path.exists()
    shutil.rmtree(folder)  # an unmounted drive: retried once it is back
    with pytest.raises(SaveError) as caught:
        store.save(_named("mine"), path, expect=stamp)
    assert not isinstance(caught.value, ConflictError)


# --- the app ----------------------------------------------------------------------------------


async def _settle(pilot: Any, app: Any) -> None:
    await pilot.pause(0.15)
    for worker in list(app.workers):
        if worker.group == "autosave":
            await worker.wait()
    await pilot.pause(0.1)


async def _edit_under_a_change(pilot: Any, app: Any, path: Path) -> DesignScreen:
    await _settle(pilot, app)
    screen = app.screen
    assert isinstance(screen, DesignScreen)
    theirs = store.load(path)
    theirs.requirements.name = "Theirs"
    store.save(theirs, path)  # another program writes the file
    screen.design.requirements.name = "Mine"
    assert screen.autosave is not None
    screen.autosave.changed()
    await _settle(pilot, app)
    assert isinstance(app.screen, ConflictDialog)
    assert store.load(path).name == "Theirs"  # nothing overwritten
    return screen


@sync
async def test_keep_mine_as_a_copy(tmp_path: Path) -> None:
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        screen = await _edit_under_a_change(pilot, app, path)
        await pilot.click("#copy")
        await _settle(pilot, app)
        copy = tmp_path / "Shop.mine.design.yaml"
        assert store.load(copy).name == "Mine" and screen.path == copy
        screen.design.requirements.domain = "retail"
        assert screen.autosave is not None
        screen.autosave.changed()
        await _settle(pilot, app)
        assert store.load(copy).requirements.domain == "retail"
    assert store.load(path).name == "Theirs"


@sync
async def test_reload_keeps_mine_in_the_recovery_folder(tmp_path: Path,
                                                        designer_home: Path) -> None:
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await _edit_under_a_change(pilot, app, path)
        await pilot.click("#reload")
        await _settle(pilot, app)
        assert isinstance(app.screen, DesignScreen) and app.screen.design.name == "Theirs"
    assert store.load(designer_home / "recovery" / path.name).name == "Mine"
    assert store.load(path).name == "Theirs"


@sync
async def test_later_saves_nothing_until_decided(tmp_path: Path) -> None:
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        screen = await _edit_under_a_change(pilot, app, path)
        await pilot.press("escape")
        await _settle(pilot, app)
        assert isinstance(app.screen, DesignScreen)
        assert store.load(path).name == "Theirs"
        assert screen.autosave is not None
        screen.autosave.save_now()  # ctrl+s: asks again
        await _settle(pilot, app)
        assert isinstance(app.screen, ConflictDialog)
        assert store.load(path).name == "Theirs"


# --- real processes ---------------------------------------------------------------------------

DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from designer.tui.app import make_app

    path, ready, name, delay = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]

    async def edit(pilot) -> None:
        await pilot.pause(0.3)
        screen = pilot.app.screen
        screen.design.requirements.name = name
        screen.autosave.changed()
        await pilot.pause(0.7)  # a short autosave has happened by then; a long one not
        ready.write_text("\\n".join(n.message for n in pilot.app._notifications))

    app = make_app(path, autosave_delay=float(delay))
    app.run(headless=True, auto_pilot=edit)
    sys.exit(app.return_code or 0)
""")


def _app_process(path: Path, ready: Path, name: str, delay: float,
                 home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DESIGNER_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(path), str(ready), name,
                             str(delay)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def _wait_for(ready: Path, process: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + 60
    while not ready.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the app did not get ready: {process.communicate()[1][-2000:]}")
        time.sleep(0.05)
    time.sleep(0.1)
    return ready.read_text(encoding="utf-8")


def _stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the app did not end on SIGTERM")
    return process.returncode


def test_two_apps_on_one_design(tmp_path: Path, designer_home: Path) -> None:
    path = tmp_path / "d.design.yaml"
    store.save(_named("start"), path)
    first = _app_process(path, tmp_path / "a.ready", "from A", 0.05, designer_home)
    _wait_for(tmp_path / "a.ready", first)  # A saved its edit
    assert store.load(path).name == "from A"
    assert lock.holder(path) == lock.Holder(first.pid, lock.socket.gethostname())
    # B opened the file before A's save would be the race; here B opens after and edits with a
    # long delay, then A writes again underneath B.
    second = _app_process(path, tmp_path / "b.ready", "from B", 600, designer_home)
    notes = _wait_for(tmp_path / "b.ready", second)
    assert "open in another designer" in notes  # B was told
    theirs = store.load(path)
    theirs.requirements.domain = "changed by A"
    store.save(theirs, path)
    assert _stop(second) == 128 + signal.SIGTERM
    assert store.load(path).requirements.domain == "changed by A"  # B overwrote nothing
    assert store.load(designer_home / "recovery" / path.name).name == "from B"  # B's work kept
    _stop(first)
    assert lock.holder(path) is None  # released on exit


def test_git_checkout_underneath_the_app(tmp_path: Path, designer_home: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    path = repo / "d.design.yaml"
    store.save(_named("version one"), path)
    subprocess.run([*git, "add", "d.design.yaml"], check=True)
    subprocess.run([*git, "commit", "-qm", "one"], check=True)
    store.save(_named("version two"), path)
    subprocess.run([*git, "commit", "-qam", "two"], check=True)
    app = _app_process(path, tmp_path / "ready", "my edit", 600, designer_home)
    _wait_for(tmp_path / "ready", app)
    subprocess.run([*git, "checkout", "-q", "HEAD~1", "--", "d.design.yaml"], check=True)
    assert _stop(app) == 128 + signal.SIGTERM
    assert store.load(path).name == "version one"  # git's version stays
    assert store.load(designer_home / "recovery" / path.name).name == "my edit"
