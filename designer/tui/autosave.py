"""Autosave: every change reaches the disk shortly after it is made, without blocking the UI.

Changes restart a short timer (debounce); when it fires, a copy of the design is written by a
thread worker through `store.save_data` (atomic, with a `.bak`). Writes are serialised and a
write never replaces a newer one. A failure keeps the design in memory, shows why, and the next
change or ctrl+s tries again.

Only changes save: moving the focus or the stage (`moved`) is remembered and written with the
next change, or when the design is closed. The copy saved is made off the UI thread when the
screen gives a `request` (designer.tui.copier: one copy per change, shared with the preview and
the problem marks); the worker turns into YAML only the parts of the design that changed since
the last save (designer.yamlparts), so a save costs what changed, not the size of the design.

Every save first checks that the file is still what designer last read or wrote (its stamp):
when another program, another designer or a git checkout changed or deleted it, nothing is
overwritten and `on_conflict` lets the screen ask the user what to do.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from textual.timer import Timer
from textual.widget import Widget

from designer import paths, store
from designer.errors import ConflictError, DesignerError
from designer.model.design import Design
from designer.tui import giveway
from designer.tui.widgets.save_status import SaveStatus
from designer.yamlparts import Parts


class Autosave:
    """Debounced, atomic, off-thread saves of one design with a visible state."""

    def __init__(self, owner: Widget, design: Design, path: Path, status: SaveStatus,
                 delay: float = 0.5, stamp: store.Stamp | None = None,
                 snapshot: Callable[[], dict[str, object]] | None = None,
                 request: Callable[[Callable[[dict[str, object]], None]], None] | None = None,
                 ) -> None:
        self.owner = owner
        """Widget whose timers and workers are used (the design screen)."""
        self.design = design
        """The design saved (shared with the screen)."""
        self.path = path
        """The file written; save-as changes it."""
        self.status = status
        """Where the state is shown."""
        self.delay = delay
        """Seconds of quiet before a save."""
        self.error = ""
        """Why the last save failed, or empty."""
        self.stamp = stamp
        """What is on disk as far as designer knows (None: do not check before saving)."""
        self.on_conflict: Callable[[str], None] | None = None
        """Called on the UI thread when the file changed underneath (with the message)."""
        self.conflict = ""
        """The unresolved conflict's message; saves to this path wait until it is resolved."""
        self.snapshot = snapshot or (lambda: store.data_of(self.design))
        """A plain copy of the design as it is now (`model_dump(mode="json")`), taken on the
        UI thread; the worker never reads the design the UI keeps editing."""
        self.request = request
        """Asks for that copy without waiting for it: the copy is handed over on the UI thread
        once made (designer.tui.copier makes it off the UI thread). None: `snapshot` is used."""
        self.moved_since_save = False
        """The position (stage, question) changed since the last write."""
        self._parts = Parts()
        self._changes = 0
        self._saved = 0
        self._timer: Timer | None = None
        self._lock = threading.Lock()

    @property
    def changes(self) -> int:
        """How many changes were reported so far."""
        return self._changes

    @property
    def dirty(self) -> bool:
        """Some change is not on disk yet."""
        return self._saved < self._changes

    def changed(self) -> None:
        """The design changed: save after `delay` seconds without further changes."""
        self._changes += 1
        if self.status.state != "failed":
            self.status.state = "unsaved"
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.owner.set_timer(self.delay, self.save_now)

    def moved(self) -> None:
        """The user moved (focus, stage): nothing to save now; written with the next change or
        when the design is closed, so reopening still puts them back where they were."""
        self.moved_since_save = True

    def save_now(self) -> None:
        """Start writing the current design in a thread worker."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty and self.status.state != "failed":
            return
        if self.conflict:
            return  # the user decides first (reload, or keep this version as a copy)
        self.status.state = "saving"
        if self.request is not None:
            self.request(self._write_copy)
            return
        # A copy taken on the UI thread, so the worker never sees a half-made edit.
        self._write_copy(self.snapshot())

    def _write_copy(self, snapshot: dict[str, object]) -> None:
        """Write `snapshot`, a copy of the design as of the latest change, in a thread worker."""
        if self.conflict:
            return
        self.moved_since_save = False
        change, path = self._changes, self.path
        self.owner.run_worker(lambda: self._write(snapshot, change, path), thread=True,
                              group="autosave", exit_on_error=False)

    def _write(self, snapshot: dict[str, object], change: int, path: Path) -> None:
        with self._lock:
            if change <= self._saved and path == self.path and not self.error:
                return  # a newer copy is already on disk
            try:
                stamp = store.save_data(snapshot, path, expect=self._expect(path),
                                        dump=self._dump_giving_way)
            except ConflictError as error:
                self.owner.app.call_from_thread(self._conflicted, str(error), path)
                return
            except DesignerError as error:
                self.owner.app.call_from_thread(self._failed, str(error), path)
                return
            if path == self.path:
                self.stamp = stamp
            self._saved = max(self._saved, change)
        self.owner.app.call_from_thread(self._succeeded)

    def _dump_giving_way(self, data: dict[str, object]) -> str:
        """The YAML of a save in the worker: a key pressed meanwhile goes first (each entity's
        YAML is a step, see designer.tui.giveway)."""
        return self._parts.dump(data, giveway.pause)

    def _expect(self, path: Path) -> store.Stamp | None:
        return self.stamp if path == self.path else None

    def _conflicted(self, message: str, path: Path, ask: bool = True) -> None:
        """The file changed underneath: nothing was written; show it and let the user choose."""
        reason = message.removeprefix(f"{path}: ")
        self.error = reason
        self.status.reason = reason
        self.status.state = "failed"
        first = not self.conflict
        self.conflict = message
        if ask and first and self.on_conflict is not None:
            self.on_conflict(message)

    def resolved(self, path: Path, stamp: store.Stamp | None) -> None:
        """The conflict is settled: saves go to `path`, which now holds `stamp`."""
        self.path, self.stamp, self.conflict, self.error = path, stamp, "", ""
        self._saved = self._changes
        self._succeeded()

    def _succeeded(self) -> None:
        self.error = ""
        self.status.state = "unsaved" if self.dirty else "saved"

    def _failed(self, message: str, path: Path) -> None:
        reason = message.removeprefix(f"{path}: ")
        first = not self.error
        self.error = reason
        self.status.reason = reason
        self.status.state = "failed"
        if first:
            self.owner.notify(
                f"{path.name}: {reason}\nYour design is kept in memory; ctrl+s retries, or use "
                "'design: save as' (ctrl+p) to save elsewhere.",
                title="Save failed", severity="error", timeout=12,
            )

    def flush(self) -> bool:
        """Write any pending change now, on this thread (used when quitting); True when safe."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty and not self.error and not self.moved_since_save:
            return True
        with self._lock:
            try:
                self.stamp = store.save_data(store.data_of(self.design), self.path,
                                             expect=self._expect(self.path),
                                             dump=self._parts.dump)
            except ConflictError as error:
                self._conflicted(str(error), self.path, ask=False)
                return False
            except DesignerError as error:
                self._failed(str(error), self.path)
                return False
            self._saved = self._changes
            self.moved_since_save = False
        self._succeeded()
        return True

    def rescue(self) -> Path | None:
        """Write the design to designer's recovery folder; its path, or None if even that fails."""
        folder = paths.data_home() / "recovery"
        target = folder / self.path.name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            store.save(self.design, target)
        except (OSError, DesignerError):
            return None
        return target
