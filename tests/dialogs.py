"""Driving the real app's dialogs from a pilot test, waiting for what a loaded machine does
slowly (opening and closing dialogs, background saves), never for a fixed time alone."""

from __future__ import annotations

import contextlib
from typing import Any

from textual.pilot import Pilot
from textual.widgets import SelectionList
from textual.worker import WorkerCancelled, WorkerError

BACKGROUND = {"autosave", "copy", "preview", "problems", "recent"}
"""Worker groups whose work must finish before the model or the file is checked."""


async def settle(pilot: Pilot[Any], app: Any) -> None:
    """Let the background work of the last change finish."""
    await pilot.pause(0.1)
    for worker in list(app.workers):
        if worker.group in BACKGROUND:
            with contextlib.suppress(WorkerCancelled, WorkerError):  # replaced by a newer one
                await worker.wait()
    await pilot.pause()


async def until(pilot: Pilot[Any], done: Any) -> None:
    """Pause until `done()` holds (a loaded machine opens and closes dialogs slowly)."""
    for _ in range(100):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never got there")


async def save(pilot: Pilot[Any]) -> None:
    """Save the open dialog and wait until it has closed."""
    dialog = pilot.app.screen
    await pilot.press("ctrl+s")
    await until(pilot, lambda: pilot.app.screen is not dialog)


async def open_with(pilot: Pilot[Any], *keys: str) -> None:
    """Press `keys` (the first opens a dialog, the rest type into it)."""
    before = pilot.app.screen
    await pilot.press(keys[0])
    await until(pilot, lambda: pilot.app.screen is not before)
    await pilot.pause()  # the dialog focuses its first field once mounted
    if keys[1:]:
        await pilot.press(*keys[1:])


async def fill(pilot: Pilot[Any], app: Any, **values: Any) -> None:
    """Fill the open dialog (Selects by value, SelectionLists by items, Inputs by text), save."""
    await until(pilot, lambda: app.screen.query(f"#f-{next(iter(values))}"))
    for name, value in values.items():
        widget = app.screen.query_one(f"#f-{name}")
        if isinstance(widget, SelectionList):
            for item in value:
                widget.select(item)
        else:
            widget.value = value
        await pilot.pause()
    await save(pilot)
