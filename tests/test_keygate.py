"""The key gate lets exactly one key go per key handled, however many markers come back.

The pilot tests of `test_tui_wysiwyg` type at full speed through a real app; these drive the gate
alone, with the markers arriving in the orders a loaded machine produces, which the real app
shows only now and then.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from textual import events
from textual.binding import Binding, BindingsMap

from designer.tui import giveway
from designer.tui.keygate import KeyDone, KeyGate, ScreenReady


@pytest.fixture(autouse=True)
def _keys_handled() -> Iterator[None]:
    yield
    giveway.handled()  # no key of a test left in flight for the next one


class _Node:
    """A widget or screen: records what is posted to it."""

    def __init__(self, name: str, *, attached: bool = True) -> None:
        self.name = name
        self.posted: list[Any] = []
        self.is_attached = attached
        self.focused: _Node | None = None
        self._message_queue = None
        self._parent = None
        self.app: object = None

    def post_message(self, message: Any) -> bool:
        self.posted.append(message)
        return True

    def call_after_refresh(self, callback: Any, *args: Any) -> None:
        callback(*args)


class _Timer:
    def stop(self) -> None:
        pass


class _App:
    """What the gate uses of the app: screen, focus, bindings, posting, timers."""

    def __init__(self, bound: set[str]) -> None:
        self.screen = _Node("editor")
        self.focused: _Node | None = _Node("table")
        self.screen.focused = self.focused
        self.posted: list[Any] = []
        self.later: list[tuple[Any, tuple[Any, ...]]] = []
        self._binding_chain = [(None, BindingsMap([Binding(key, "x") for key in bound]))]

    def post_message(self, message: Any) -> bool:
        self.posted.append(message)
        return True

    def set_interval(self, *_args: Any) -> _Timer:
        return _Timer()

    def call_after_refresh(self, callback: Any, *args: Any) -> None:
        self.later.append((callback, args))


def _key(name: str) -> events.Key:
    return events.Key(name, name if len(name) == 1 else None)


def _type(gate: KeyGate, app: _App, keys: list[events.Key]) -> None:
    """Keys arriving at the app: the first goes, the rest are held behind it."""
    for key in keys:
        if gate.admit(key):
            gate.sent(key)


def _released(app: _App) -> list[str]:
    return [m.key for m in app.posted if isinstance(m, events.Key)]


def test_a_dialog_seen_ready_twice_lets_one_key_go() -> None:
    """`a` opens a dialog; its marker and the look at the screen both report it ready: the
    letters behind `a` go one at a time, in order, none twice."""
    app = _App({"a", "ctrl+s"})
    gate = KeyGate(app)  # type: ignore[arg-type]
    table = app.focused
    assert table is not None
    keys = [_key("a"), _key("W"), _key("i")]
    _type(gate, app, keys)
    marker = table.posted[-1]
    assert isinstance(marker, KeyDone)
    dialog = _Node("dialog")
    dialog.focused = _Node("name")
    app.screen, app.focused = dialog, dialog.focused  # the dialog opened and took the focus
    gate.done(marker.key)
    gate.done(marker.key)  # the same key reported twice (its marker and a look at the screen)
    readies = [m for m in dialog.posted if isinstance(m, ScreenReady)]
    assert len(readies) == 2
    for ready in readies:
        gate.ready(ready.key)
    assert _released(app) == ["W"]  # not W and i: i waits until W was handled


def test_a_marker_of_a_key_let_go_changes_nothing() -> None:
    """A marker going round again arrives after its key was let go: the next key stays held."""
    app = _App({"tab"})
    gate = KeyGate(app)  # type: ignore[arg-type]
    field = app.focused
    assert field is not None
    _type(gate, app, [_key("tab"), _key("x"), _key("y")])
    first = field.posted[-1]
    gate.done(first.key)  # tab handled: x goes
    assert _released(app) == ["x"]
    gate.done(first.key)  # the same marker again (it went round behind a message)
    assert _released(app) == ["x"]
    assert not gate.idle


def test_every_key_goes_in_order_when_markers_come_back_once() -> None:
    app = _App({"tab"})
    gate = KeyGate(app)  # type: ignore[arg-type]
    field = app.focused
    assert field is not None
    _type(gate, app, [_key(k) for k in ("tab", "a", "tab", "b")])
    handled = ["tab"]
    for _ in range(20):
        if app.posted:  # a key let go comes back to the app, which hands it on
            event = app.posted.pop(0)
            assert gate.admit(event)
            gate.sent(event)
            handled.append(event.key)
        elif not gate.idle:  # the marker of the last bound key comes back
            gate.done(field.posted[-1].key)
    assert handled == ["tab", "a", "tab", "b"]
    assert gate.idle


def _refresh(app: _App) -> None:
    """The app's next refresh: what was asked for after it runs."""
    later, app.later = app.later, []
    for callback, args in later:
        callback(*args)


def _handling() -> bool:
    """Whether stepped background work still waits for the last key (see giveway.pause)."""
    time.sleep(0.002)
    return giveway.quiet_for() == 0.0


def _stage_key_let_go() -> tuple[_App, KeyGate]:
    """ctrl+n pressed (the next stage) and its marker back: the gate lets it go."""
    app = _App({"ctrl+n"})
    gate = KeyGate(app)  # type: ignore[arg-type]
    field = app.focused
    assert field is not None
    giveway.user_input()
    _type(gate, app, [_key("ctrl+n")])
    gate.done(field.posted[-1].key)
    return app, gate


def test_background_work_waits_for_the_refresh_after_the_last_key() -> None:
    """A stage's first visit mounts its form before its key is let go and paints it in the
    refresh after: background work resumed before that paint took the interpreter from it."""
    app, gate = _stage_key_let_go()
    assert gate.idle
    assert _handling()  # let go, not yet painted
    _refresh(app)
    assert not _handling()


def test_a_key_before_that_refresh_keeps_background_work_waiting() -> None:
    """A letter typed between a key's release and its refresh is handled next: the first
    key's refresh says nothing, the letter's own does."""
    app, gate = _stage_key_let_go()
    giveway.user_input()
    _type(gate, app, [_key("x")])  # no binding: let go at once, its refresh asked for too
    first, second = app.later
    first[0](*first[1])
    assert _handling()
    second[0](*second[1])
    assert not _handling()
