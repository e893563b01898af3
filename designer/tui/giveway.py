"""Background work that gives way to the user: a key pressed while it runs stops it.

The preview and the problem check read a copy of the design in a thread, and with 300 entities
each is a few hundred milliseconds of Python that shares the interpreter lock with the UI: keys
typed meanwhile waited for it (the lock changes hands every few milliseconds, a key needs it
dozens of times). Their result is only wanted once the user pauses, and a key usually makes it
stale anyway, so a key stops them (an exception raised inside the worker's thread, which
unwinds it) and their owner starts them again after the next quiet moment. Saves are never
stopped: they must reach the disk. Work done in small steps (the copy of the design, the YAML of
a save) pauses instead between two steps (`pause`) until the keys stop for a moment.
"""

from __future__ import annotations

import functools
import sys
import threading
import time
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


@functools.cache
def _set_async_exc() -> tuple[Any, Any]:
    """(raise in, drop in): `PyThreadState_SetAsyncExc` twice. With an exception it is raised in
    the thread at its next step; with NULL a pending one is dropped.

    Made with the first job, on the UI thread (never an import inside a job's thread): ctypes
    was 10 of the 73 million instructions of the app's own imports, and the welcome screen
    runs no job.
    """
    import ctypes

    api = ctypes.pythonapi
    return (ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(
                ("PyThreadState_SetAsyncExc", api)),
            ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(
                ("PyThreadState_SetAsyncExc", api)))


QUIET = 0.15
"""Seconds after the last key was handled after which paused work goes on."""
HANDLING = 2.0
"""Seconds after a key for which its handling counts as going on until the app says it is
done (`handled`); a safety net, so that saves go on even if it never says so."""
_last_key = 0.0
_handling = False
_jobs: weakref.WeakSet[Job] = weakref.WeakSet()


class GaveWay(BaseException):  # not an error: the work stepped aside
    """Raised inside a job's thread when the user pressed a key (a BaseException, so that no
    `except Exception` in the work swallows it)."""


class Job:
    """One kind of background work (the preview, the problem check) that a key may stop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: int | None = None
        self._raise_in, self._drop_in = _set_async_exc()
        _jobs.add(self)

    def run(self, work: Callable[[], T]) -> T | None:
        """`work()` in this (worker) thread; None when a key stopped it. Import what `work`
        needs before: an import cut short is best avoided."""
        me = threading.get_ident()
        result: T | None = None
        try:
            with self._lock:
                self._thread = me
            result = work()
        except GaveWay:
            result = None
        # No stop can be sent once the thread is forgotten; one sent before may still arrive
        # at the thread's next step, here: catch it, or drop it when it has not arrived yet.
        while True:
            try:
                with self._lock:
                    self._thread = None
                self._drop_in(me, None)
                return result
            except GaveWay:
                result = None

    def stop(self) -> bool:
        """Stop the work if it runs now; True when it did. Never inside an import: a module
        cut short half-way would be imported again later, and one that registers something
        (the review rules) would then register it twice."""
        with self._lock:
            if self._thread is None or _importing(self._thread):
                return False
            return self._raise_in(self._thread, GaveWay) == 1


def _importing(thread: int) -> bool:
    """Whether `thread` is inside an import now."""
    frame = sys._current_frames().get(thread)
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def pause() -> None:
    """Between two steps of background work: wait while the user is pressing keys and while
    the app handles the last one (each key then has the interpreter to itself: a stage's first
    visit builds its form for half a second after the key), then go on."""
    while (left := QUIET - quiet_for()) > 0:
        time.sleep(min(left, 0.05))
    time.sleep(0)  # let a thread waiting for the interpreter lock (the UI) have it now


def quiet_for() -> float:
    """Seconds since the app finished handling the user's last key (0 while it handles one)."""
    now = time.monotonic()
    if _handling and now - _last_key < HANDLING:
        return 0.0
    return now - _last_key


def user_input() -> None:
    """The user pressed a key: every running job gives way, stepped work pauses until the key
    was handled (`handled`)."""
    global _last_key, _handling
    _last_key = time.monotonic()
    _handling = True
    for job in list(_jobs):
        job.stop()


def handled() -> None:
    """The app finished handling the keys pressed so far (what they set off is shown)."""
    global _last_key, _handling
    _last_key = time.monotonic()
    _handling = False
