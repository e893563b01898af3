"""One key at a time: a key is handed to the focused widget only after the previous one is done.

Textual hands each key to the widget focused *when the key is read*, straight into that
widget's queue, while a binding such as Tab, F5 or `a` (open a dialog) runs only once the key has
bubbled back up to the app. Keys typed quickly after Tab therefore landed in the previous field,
after F5 in the hidden form of the stage just left, after `a` in the table under the new dialog.

The gate holds each further key until the one before it has been handled all the way: behind
every key it sends a `KeyDone` marker the same way (to the same widget, bubbling through the same
parents), and a marker reaches the app only after its key did. A key's binding may act through a
message of its own (Enter on a table posts "row selected", and the editor opens its dialog when
that arrives): while such a message still waits in a queue on the marker's way, the marker goes
round again behind it. Then the gate waits for the screen on top (a dialog just opened sets its
focus first) before the next key goes out.

Each marker carries the number of the key it follows. Several can be on their way at once (a
marker going round again, a look at a closed dialog, a dialog's own readiness marker): only one
that belongs to the key in flight lets the next key go, so no key ever overtakes the one before
(under load, a second release let the letters typed after `a` reach the table under the dialog,
and the letters after ctrl+s the dialog it was closing).
"""

from __future__ import annotations

from collections import deque
from time import monotonic
from typing import TYPE_CHECKING

from textual import events
from textual.message import Message
from textual.timer import Timer

from designer.tui import giveway

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.widget import Widget

STALL = 5.0
"""Seconds after which a key whose marker never came back stops holding the others (a safety
net: a marker whose widget was removed is noticed within `CHECK`)."""
SETTLE_WAITS = 10
"""Refreshes a newly shown screen gets to set its focus before the next key goes anyway."""
CHECK = 0.05
"""Seconds between looks at whether the widget a marker was sent to is still there."""
ROUNDS = 8
"""Further trips a marker makes while messages the key caused still wait on its way back."""


class KeyDone(Message):
    """Marker sent behind a key; bubbles to the app once the key before it was handled."""

    def __init__(self, key: int) -> None:
        super().__init__()
        self.key = key
        """Number of the key it follows (`KeyGate`'s count)."""


class ScreenReady(Message):
    """Marker sent to the screen on top; reaches the app after whatever that screen had queued
    (a dialog's first focus)."""

    def __init__(self, key: int) -> None:
        super().__init__()
        self.key = key
        """Number of the key in flight when it was sent."""


class KeyGate:
    """Holds keys while one is in flight; the app calls `admit`, `sent` and `done`."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._held: deque[events.Key] = deque()
        self._busy = False
        self._released: set[int] = set()
        self._timer: Timer | None = None
        self._screen: object = None
        self._target: Widget | Screen[object] | None = None
        self._since = 0.0
        self._waits = 0
        self._rounds = 0
        self._key = 0
        """Number of the key in flight; markers of any other are stale and change nothing."""

    def admit(self, event: events.Key) -> bool:
        """True when the app may handle `event` now; False when it was held for later."""
        if id(event) in self._released:
            self._released.discard(id(event))
            return True
        if self._busy:
            self._held.append(event)
            return False
        return True

    def sent(self, event: events.Key) -> None:
        """A key was handed on. When a binding may act on it (Tab, F5, `a`, Enter …), send its
        marker behind it and hold the keys after it; a key no binding takes (a letter typed
        into a field) moves no focus, so the next one may follow at once."""
        if not self._bound(event):
            self._release()
            return
        self._busy = True
        self._key += 1
        self._screen = self.app.screen
        target = self.app.focused or self.app.screen
        target.post_message(KeyDone(self._key))
        self._target = target
        self._since = monotonic()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.app.set_interval(CHECK, self._check)

    @property
    def idle(self) -> bool:
        """No key in flight and none held (tests wait for this)."""
        return not self._busy and not self._held

    def _check(self) -> None:
        """Release when the marker cannot come back: its widget is gone (a dialog closed)."""
        target = self._target
        if target is not None and not target.is_attached:
            # Its dialog closed: once the screen below has its focus back, the next key goes.
            self._target = None
            if self._timer is not None:
                self._timer.stop()
                self._timer = None
            self.app.call_after_refresh(self.done, self._key)
        elif monotonic() - self._since > STALL:
            self._release()

    def done(self, key: int) -> None:
        """The marker of key number `key` came back: let the next key go, once what the key set
        off has been handled and a dialog that opened or closed meanwhile has settled (set its
        focus)."""
        if key != self._key or not self._busy:
            return  # a marker of a key already let go
        if self.app.screen is self._screen:
            target = self._target
            if target is not None and self._rounds < ROUNDS and _waiting(target):
                # A message the key's binding posted (a row selected) is still on its way:
                # round again behind it, so the dialog it opens gets the keys after it.
                self._rounds += 1
                target.post_message(KeyDone(key))
                return
            self._release()
        else:
            self.app.screen.post_message(ScreenReady(key))

    def _bound(self, event: events.Key) -> bool:
        """Whether a binding of the focused widget, its parents, the screen or the app has
        `event`'s key."""
        names = {event.key, *getattr(event, "aliases", ())}
        try:
            chain = self.app._binding_chain
        except Exception:  # no screen yet: hold to be safe
            return True
        return any(names & bindings.key_to_bindings.keys() for _, bindings in chain)

    def ready(self, key: int) -> None:
        """The screen on top settled after key number `key`: its focus is set (a dialog focuses
        its first field once it is mounted; wait a few refreshes for that)."""
        if key != self._key or not self._busy:
            return  # stale: that key was let go already
        screen = self.app.screen
        if screen.focused is None and self._waits < SETTLE_WAITS:
            self._waits += 1
            screen.call_after_refresh(screen.post_message, ScreenReady(key))
            return
        self._release()

    def _release(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._target = None
        self._waits = 0
        self._rounds = 0
        self._busy = False
        self._key += 1  # every marker still on its way is stale now
        if self._held:
            event = self._held.popleft()
            self._busy = True  # keys arriving before this one is handled wait behind it
            self._released.add(id(event))
            self.app.post_message(event)
        else:
            # Background work may go on once the user pauses, counted from when what the key
            # set off is on the screen: a stage's first visit mounts its form before the key
            # is let go, and lays it out and paints it in the refresh after. Work resumed
            # during that paint (a save of 300 entities, a copy for the preview) took the
            # interpreter lock from it at every switch.
            self.app.call_after_refresh(self._handled, self._key)

    def _handled(self, key: int) -> None:
        """The refresh after key number `key` was let go is done: tell the background work,
        unless a further key came meanwhile (its own release tells it)."""
        if key == self._key and not self._busy:
            giveway.handled()


def _waiting(widget: Widget | Screen[object]) -> bool:
    """Whether a message waits in the queue of `widget` or of a parent up to its screen."""
    node: object = widget
    while node is not None and node is not widget.app:
        queue = getattr(node, "_message_queue", None)
        if queue is not None and not queue.empty():
            return True
        node = getattr(node, "_parent", None)
    return False
