"""designer.tui.copier: copies made off the UI thread are handed over only when current."""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Coroutine
from typing import Any

from textual.app import App

from designer.model.data import Entity
from designer.model.design import Design
from designer.tui.copier import Copier


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def _until(condition, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(500):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("timed out")


@sync
async def test_a_copy_begun_before_a_change_is_made_again() -> None:
    design = Design.new("copy")
    version = [0]
    got: list[dict[str, object]] = []
    app: App[None] = App()
    async with app.run_test() as pilot:
        copier = Copier(app.screen, design, lambda: version[0])
        copier.request(got.append)
        design.requirements.description = "changed after the copy began"
        version[0] += 1
        await _until(lambda: got, pilot)
        await asyncio.sleep(0.05)
        assert len(got) == 1
        requirements = got[0]["requirements"]
        assert isinstance(requirements, dict)
        assert requirements["description"] == "changed after the copy began"
        # The same version is served from the copy made, at once, without a worker.
        again: list[dict[str, object]] = []
        copier.request(again.append)
        assert again == got


@sync
async def test_the_copy_is_made_off_the_ui_thread() -> None:
    design = Design.new("thread")
    design.data.entities = [Entity(name=f"E{i}") for i in range(40)]  # copied item by item
    threads: list[threading.Thread] = []
    app: App[None] = App()

    def version() -> int:
        threads.append(threading.current_thread())
        return 0

    async with app.run_test() as pilot:
        copier = Copier(app.screen, design, version)
        got: list[dict[str, object]] = []
        copier.request(got.append)
        await _until(lambda: got, pilot)
        assert any(t is not threading.main_thread() for t in threads)
