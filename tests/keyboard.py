"""Keyboard-only helpers for journey tests: every move is a key a person would press."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Select, SelectionList, TextArea
from textual.worker import WorkerCancelled, WorkerError

from designer.tui.widgets.question_field import QuestionField
from designer.tui.widgets.row_table import RowTable

BACKGROUND = {"autosave", "copy", "preview", "problems", "export", "recent", "detection"}


async def settle(pilot: Pilot[Any]) -> None:
    """Let timers fire and background workers finish."""
    app = pilot.app
    await pilot.pause(0.1)
    for _ in range(200):  # keys still held or in flight (a stage's first form builds slowly)
        if getattr(app, "_keys", None) is None or app._keys.idle:
            break
        await pilot.pause(0.05)
    for worker in list(app.workers):
        if worker.group in BACKGROUND and worker.state.name != "PENDING":
            with contextlib.suppress(WorkerCancelled, WorkerError):  # replaced by a newer one
                await worker.wait()
    await pilot.pause()


@dataclass(frozen=True)
class Pasted:
    """Text that arrives as one bracketed paste, as a path pasted into a terminal does."""

    text: str


async def press(pilot: Pilot[Any], *steps: str | Pasted) -> None:
    """Press the keys of `steps` and paste each `Pasted` into the focused widget.

    A pilot key press waits for the app to go idle (about 0.1 s), so a 130-character path typed
    key by key costs 12 s of a test that is about the dialog, not about Textual's Input."""
    keys: list[str] = []
    for step in steps:
        if isinstance(step, str):
            keys.append(step)
            continue
        if keys:
            await pilot.press(*keys)
            keys = []
        target = pilot.app.focused
        assert isinstance(target, Input), f"nothing to paste into (focus: {target!r})"
        before = target.value
        pilot.app.post_message(events.Paste(step.text))
        for _ in range(200):
            await pilot.pause()
            if target.value != before or not step.text:
                break
        else:
            raise AssertionError(f"the paste never reached {target!r}")
    if keys:
        await pilot.press(*keys)


async def tab_to(pilot: Pilot[Any], target: Widget, limit: int = 120) -> None:
    """Press tab until `target` has the focus."""
    for _ in range(limit):
        if pilot.app.focused is target:
            return
        await pilot.press("tab")
    raise AssertionError(f"tab never reached {target!r} (focus: {pilot.app.focused!r})")


async def tab_to_id(pilot: Pilot[Any], wid: str, limit: int = 60) -> Widget:
    """Press tab until the widget with id `wid` (in the screen on top) has the focus."""
    for _ in range(limit):
        focused = pilot.app.focused
        if focused is not None and focused.id == wid:
            return focused
        await pilot.press("tab")
    raise AssertionError(f"tab never reached #{wid} (focus: {pilot.app.focused!r})")


async def put(pilot: Pilot[Any], widget: Widget, value: Any, options: list[str]) -> None:
    """Give the focused `widget` the value `value` with keys (text, choice, ticks, yes/no)."""
    if isinstance(widget, Input):
        await pilot.press("end", "ctrl+u", *str(value))
    elif isinstance(widget, TextArea):
        await pilot.press("f7", *str(value))  # select all, then type over it
    elif isinstance(widget, Select):
        values = [v for _, v in widget._options]  # as listed, the blank one included
        here = values.index(widget.value) if widget.value in values else 0
        target = values.index(value)
        moves = ["down"] * (target - here) if target >= here else ["up"] * (here - target)
        await pilot.press("enter", *moves, "enter")
    elif isinstance(widget, SelectionList):
        wanted = set(value)
        await pilot.press("home")
        for index, option in enumerate(options):
            if index:
                await pilot.press("down")
            if (option in wanted) != (option in widget.selected):
                await pilot.press("space")
    elif isinstance(widget, Checkbox):
        if widget.value != bool(value):
            await pilot.press("space")
    else:
        raise AssertionError(f"cannot type into {widget!r}")


async def answer(pilot: Pilot[Any], question_id: str, value: Any) -> None:
    """Tab to a question of the stage shown and answer it."""
    field = pilot.app.screen.form.field(question_id)
    assert field is not None and field.display, question_id
    widget = field.query_one(".answer")
    await tab_to(pilot, widget)
    await put(pilot, widget, value, [o.value for o in field.question.options])
    await settle(pilot)


async def fill_form(pilot: Pilot[Any], values: dict[str, Any]) -> None:
    """In an open record dialog, tab to each field (`#f-NAME`) and give it its value."""
    for name, value in values.items():
        widget = await tab_to_id(pilot, f"f-{name}")
        options = ([str(v) for _, v in widget._options if isinstance(v, str)]
                   if isinstance(widget, Select) else
                   [str(widget.get_option_at_index(i).value) for i in range(widget.option_count)]
                   if isinstance(widget, SelectionList) else [])
        await put(pilot, widget, value, options)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def table_of(pilot: Pilot[Any], editor: type) -> RowTable:
    """Tab into the (first) table of `editor` on the stage shown."""
    table = pilot.app.screen.form.query_one(editor).query(RowTable).first()
    await tab_to(pilot, table)
    return table


async def add_record(pilot: Pilot[Any], editor: type, values: dict[str, Any]) -> None:
    """Tab into `editor`'s table, press a, fill the dialog and save it."""
    await table_of(pilot, editor)
    await pilot.press("a")
    await fill_form(pilot, values)


def field_of(widget: Widget | None) -> QuestionField | None:
    """The question a focused widget belongs to."""
    return next((a for a in widget.ancestors if isinstance(a, QuestionField)), None) \
        if widget is not None else None
