"""The garbage collector while a design is open: its long pauses land where the user pauses.

A large design is hundreds of thousands of long-lived objects, and every full collection walked
them all: 200-300 ms pauses landing on stage switches with 300 entities. What exists when the
design screen opens (the design, the app) is frozen out of the collector's walks. What is made
afterwards still passes through the older generations: the copies of the design for the
preview, the problem marks and the autosave (some 45,000 objects each at 300 entities, one per
change), a stage's new widgets, the preview's garbage. A collection of the middle generation
then took around 100 ms, holding the interpreter lock, and Python starts one after every ten
young ones, so they landed on the keys: a stage's first visit, a dialog opening, Tab.

While a design is open Python therefore collects only the young generation by itself (every
`YOUNG` allocations: a few milliseconds each). The older ones are collected by a timer once no
key came for `IDLE` seconds, when Python would have collected them (after `OLDER` collections
of the generation below), or, for someone who never stops typing, after `MOST` young
collections at the next gap between two keys, so memory stays bounded. Work that pauses the
collector elsewhere (designer.collector: a load, a save, a copy of the design) leaves it
running meanwhile: a pause piled the young objects up into one long collection when it ended.
Closing the screen gives the collector back as it was.
"""

from __future__ import annotations

import gc

from textual.timer import Timer
from textual.widget import Widget

from designer import collector
from designer.tui import giveway

YOUNG = 10_000
"""Allocations (less deallocations) between two young collections (Python: 700)."""
NEVER = 1_000_000
"""Threshold of the older generations meanwhile: Python never gets to them by itself."""
OLDER = 10
"""Collections of a generation before the next older one is due (Python's default)."""
MOST = 100
"""Young collections after which the older generation is collected even while keys come."""
IDLE = 1.0
"""Seconds without a key before an older generation is collected."""
EVERY = 0.25
"""Seconds between looks at whether a collection is due."""


class IdleCollector:
    """Freezes what exists, then collects the older generations while the user pauses."""

    def __init__(self) -> None:
        self._threshold = gc.get_threshold()
        self._timer: Timer | None = None

    def start(self, owner: Widget) -> None:
        """Freeze what exists now and look for quiet moments with `owner`'s timer."""
        self._threshold = gc.get_threshold()
        gc.collect()
        gc.freeze()
        gc.set_threshold(YOUNG, NEVER, NEVER)
        collector.steady(True)
        giveway.handled()  # the user just opened the design: keys come next, not a pause
        self._timer = owner.set_interval(EVERY, self.collect_if_idle)

    def stop(self) -> None:
        """Let the collector see everything again, with its thresholds as they were."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        collector.steady(False)
        gc.unfreeze()
        gc.set_threshold(*self._threshold)

    def collect_if_idle(self) -> int | None:
        """Collect an older generation when it is due and no key came for `IDLE` seconds (or
        when it is long overdue); the generation collected, or None."""
        _, middle, old = gc.get_count()  # collections of the generation below since the last
        quiet = giveway.quiet_for()
        if middle < OLDER or quiet < giveway.QUIET or (quiet < IDLE and middle < MOST):
            return None  # not due, a key being handled, or not quiet long enough
        generation = 2 if old >= OLDER else 1  # each collection counts one for the next
        gc.collect(generation)
        return generation
