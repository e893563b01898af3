"""One key at a time: a key is handed to the focused widget only after the previous one is done.

Textual hands each key to the widget focused *when the key is read*, straight into that
widget's queue, while a binding such as Tab, F5 or `a` (open a dialog) runs only once the key has
bubbled back up to the app. Keys typed quickly after Tab therefore landed in the previous field,
after F5 in the hidden form of the stage just left, after `a` in the table under the new dialog.

The gate holds each further key until the one before it has been handled all the way: behind
every key it sends a `KeyDone` marker the same way (to the same widget, bubbling through the same
parents), and a marker reaches the app only after its key did. Then it waits for the screen on
top (a dialog just opened sets its focus first) before the next key goes out.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from textual import events
from textual.message import Message
from textual.timer import Timer

if TYPE_CHECKING:
    from textual.app import App

STALL = 1.0
"""Seconds after which a key whose marker never came back (its widget was removed meanwhile)
stops holding the others."""


class KeyDone(Message):
    """Marker sent behind a key; bubbles to the app once the key before it was handled."""


class ScreenReady(Message):
    """Marker sent to the screen on top; reaches the app after whatever that screen had queued
    (a dialog's first focus)."""


class KeyGate:
    """Holds keys while one is in flight; the app calls `admit`, `sent` and `done`."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._held: deque[events.Key] = deque()
        self._busy = False
        self._released: set[int] = set()
        self._timer: Timer | None = None

    def admit(self, event: events.Key) -> bool:
        """True when the app may handle `event` now; False when it was held for later."""
        if id(event) in self._released:
            self._released.discard(id(event))
            return True
        if self._busy:
            self._held.append(event)
            return False
        return True

    def sent(self) -> None:
        """A key was handed on: send its marker behind it and hold the keys after it."""
        self._busy = True
        target = self.app.focused or self.app.screen
        target.post_message(KeyDone())
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_timer(STALL, self._release)

    def done(self) -> None:
        """The marker came back: once the screen on top has settled, let the next key go."""
        self.app.screen.post_message(ScreenReady())

    def ready(self) -> None:
        """The screen on top settled (its focus is set)."""
        self._release()

    def _release(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._busy = False
        if self._held:
            event = self._held.popleft()
            self._busy = True  # keys arriving before this one is handled wait behind it
            self._released.add(id(event))
            self.app.post_message(event)
