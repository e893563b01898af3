"""The garbage collector in headless commands: out of the way of a design's load and work.

A loaded design is hundreds of thousands of long-lived objects, and every full collection walks
them all: at 1,000 entities the collector doubled the time of a load and of an export. A
headless command is one short process that keeps its design to the end, so it collects nothing
while the design is read, then freezes what it read (out of every later collection's walk) and
collects the rest as usual. `main` puts everything back when the command returns, so that
running commands in-process (tests, scripts) leaves the collector as it was.
"""

from __future__ import annotations

import _thread
import contextlib
import gc
from collections.abc import Iterator

THRESHOLD = 50_000
"""First-generation threshold once the design is frozen (the default, 700, runs a young
collection every few hundred allocations: a large export makes millions)."""


@contextlib.contextmanager
def headless() -> Iterator[None]:
    """Around a headless command: no collection until `loaded()`, the collector restored after."""
    enabled, threshold = gc.isenabled(), gc.get_threshold()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()


def exiting() -> None:
    """The process ends after this (the `designer` command returned): freeze every object left.

    Python's shutdown runs full collections that walk every object still alive: the model's
    classes, pydantic's schemas and validators, the design; for `designer check` that was a
    sixth of the command. Frozen objects are left out of those walks; the operating system
    takes the memory back with the process. Files are written and closed before commands
    return, and standard output is flushed by the shutdown as before; what is skipped is
    finding garbage cycles no one will see again. Only for a process's last step, never for
    an in-process caller.
    """
    gc.freeze()


def loaded() -> None:
    """The design is read: freeze it out of the collector's walks and collect again."""
    if gc.isenabled():
        return  # not inside `headless()` (an in-process caller): leave its collector alone
    gc.freeze()
    gc.set_threshold(THRESHOLD, *gc.get_threshold()[1:])
    gc.enable()


_starting = False


def starting() -> None:
    """The app is starting: no collection until its first frame (`started`).

    Importing Textual and designer's screens and parsing their styles makes some hundred
    thousand objects that live as long as the app (modules, classes, CSS rules), and the
    collector walked them again and again while they were made: 4% of the instructions up to
    the welcome screen's first frame. `started` then freezes them out of every later walk, as a
    headless command freezes the design it loaded. Only for the process's own app (`designer`,
    `designer open`), never for an in-process caller.
    """
    global _starting
    if gc.isenabled():
        gc.disable()
        _starting = True


def started() -> None:
    """The app painted its first frame: freeze what its start made and collect again (nothing
    when `starting` did not turn the collector off)."""
    global _starting
    if _starting:
        _starting = False
        gc.freeze()
        gc.enable()


_pauses = 0
_was_enabled = False
_pause_lock = _thread.allocate_lock()
"""`threading.Lock` itself, without importing `threading` (a millisecond of every command)."""
_steady = False


def steady(on: bool) -> None:
    """While on, `paused` leaves the collector running. The app turns it on while a design is
    open (designer.tui.idle_gc): there the young generation is collected every few thousand
    allocations in a few milliseconds, and a pause only piled the young objects up into one
    collection when it ended (200 ms at 300 entities, landing on a key)."""
    global _steady
    _steady = on


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No collection within (a design's YAML read or written, its model built or dumped).

    Turning a large design into objects makes hundreds of thousands of long-lived ones and
    nothing to collect; the collector, triggered every few hundred allocations, walked them
    over and over (a 1,000-entity design loaded four times slower). Pauses from several
    threads nest: the collector comes back when the last one ends, if it was on before.
    """
    global _pauses, _was_enabled
    if _steady:
        yield
        return
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
