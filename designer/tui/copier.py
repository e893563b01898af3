"""Plain copies of the open design for the autosave, the preview and the problem marks, made
without stalling the UI.

Each of them works in a thread on a copy (`model_dump(mode="json")`), never on the design the UI
keeps editing. The copy used to be made on the UI thread: at 300 entities that was about 100 ms
after every change, and the keys typed meanwhile waited. Now a thread worker makes it in steps
(designer.chunks: the interpreter lock changes hands between any two entities), and hands it to
the UI thread, which takes it only if no change was reported since the copy began (the version);
otherwise the copy is made again. One copy per version serves every consumer.

The preview and the problem marks read a `Design` rather than plain data: `request_design`
validates the copy once per version (in steps, in a worker) and hands the same read-only model
to both, where each used to validate a copy of its own after every change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable
from typing import Any

from textual.widget import Widget

from designer import chunks, collector, store
from designer.contract.numbers import settle
from designer.model.design import Design
from designer.tui import giveway

Consumer = Callable[[dict[str, Any]], None]
DesignConsumer = Callable[[Design], None]


class _Stale(Exception):
    """The design changed while it was being copied."""


class Copier:
    """Copies of `design` per version (`version()` changes with every change), made off the UI
    thread and delivered on it."""

    def __init__(self, owner: Widget, design: Design, version: Callable[[], Hashable]) -> None:
        self.owner = owner
        """Widget whose workers are used (the design screen)."""
        self.design = design
        self.version = version
        self._copy: tuple[Hashable, dict[str, Any]] | None = None
        self._waiting: list[Consumer] = []
        self._running = False
        self._model: tuple[Hashable, Design] | None = None
        self._model_waiting: list[DesignConsumer] = []
        self._validating = False

    def now(self) -> dict[str, Any]:
        """The copy of this version, made here when there is none (on the calling thread)."""
        version = self.version()
        if self._copy is None or self._copy[0] != version:
            with collector.paused():
                self._copy = (version, store.data_of(self.design))
        return self._copy[1]

    def request(self, consumer: Consumer) -> None:
        """Call `consumer` on the UI thread with the copy of the current version: at once when
        it is made already, else once a worker has made it."""
        version = self.version()
        if self._copy is not None and self._copy[0] == version:
            consumer(self._copy[1])
            return
        self._waiting.append(consumer)
        if not self._running:
            self._start()

    def _start(self) -> None:
        self._running = True
        # What is saved stores the proto field numbers first (`store.data_of`); they are
        # settled here, on the UI thread, so that the worker only reads the design.
        settle(self.design)
        version = self.version()
        self.owner.run_worker(lambda: self._make(version), thread=True, group="copy",
                              exit_on_error=False)

    def _make(self, version: Hashable) -> None:
        def between() -> None:
            if self.version() != version:
                raise _Stale
            giveway.pause()

        data: dict[str, Any] | None
        try:
            with collector.paused():
                data = chunks.dump(self.design, between)
        except _Stale:
            data = None
        except (RuntimeError, ValueError, AttributeError, IndexError):
            data = None  # a list resized mid-copy by an edit: that edit makes a new version
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            self.owner.app.call_from_thread(self._made, version, data)

    def _made(self, version: Hashable, data: dict[str, Any] | None) -> None:
        self._running = False
        if data is not None and version == self.version():
            self._copy = (version, data)
            waiting, self._waiting = self._waiting, []
            for consumer in waiting:
                consumer(data)
        elif self._waiting:
            self._start()  # changed meanwhile: copy the newer version

    def request_design(self, consumer: DesignConsumer) -> None:
        """Call `consumer` on the UI thread with a `Design` validated from the copy of the
        current version (made once per version; consumers only read it)."""
        version = self.version()
        if self._model is not None and self._model[0] == version:
            consumer(self._model[1])
            return
        self._model_waiting.append(consumer)
        if not self._validating:
            self._validating = True
            self.request(self._validate)

    def _validate(self, data: dict[str, Any]) -> None:
        # `request` delivers only a copy of the version current now.
        version = self.version()
        self.owner.run_worker(lambda: self._make_model(version, data), thread=True,
                              group="copy", exit_on_error=False)

    def _make_model(self, version: Hashable, data: dict[str, Any]) -> None:
        def between() -> None:
            if self.version() != version:
                raise _Stale
            giveway.pause()

        model: Design | None
        try:
            # In steps: a whole validation holds the interpreter lock (100 ms at 300 entities).
            with collector.paused():
                model = chunks.validate(Design, data, between)
        except _Stale:
            model = None
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile
            self.owner.app.call_from_thread(self._model_made, version, model)

    def _model_made(self, version: Hashable, model: Design | None) -> None:
        self._validating = False
        if model is not None and version == self.version():
            self._model = (version, model)
            waiting, self._model_waiting = self._model_waiting, []
            for consumer in waiting:
                consumer(model)
        elif self._model_waiting:
            self._validating = True
            self.request(self._validate)  # changed meanwhile: validate the newer copy
