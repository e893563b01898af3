"""The footer of keys, rebuilt only when the keys it shows change.

Textual's footer rebuilds all its key widgets after every change of bindings, and a Tab from one
field to the next changes them (the focused widget's bindings) even when the keys shown stay the
same: a rebuild mounts a dozen widgets and lays out the whole screen again, several times per
Tab while a large design's form is on the screen. This footer compares what it would show with
what it shows, and rebuilds once per refresh at most, only when they differ.

It also fits the keys to its width: at 80 columns a list's keys and the screen's keys do not
fit, and Textual's footer cuts the row at the edge, hiding Quit and Help. When they do not fit,
the keys are drawn compact, and then the screen's keys that every stage has (and F1 lists)
are left out one by one until the row fits; the keys of what has focus, Help and Quit stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.screen import Screen


LEFT_OUT_WHEN_NARROW = ("save", "previous_stage", "next_stage", "mark_done", "toggle_preview")
"""Screen actions whose keys are left out, in this order, when the row does not fit: each still
works and F1 lists it (autosave saves; the stage list moves between stages)."""

PALETTE_WIDTH = 14
"""Columns of the command palette's key, docked at the right edge (border and padding)."""

Shown = tuple[Binding, bool, str]
"""A key as the footer draws it: the binding, whether it is enabled, its tooltip."""


def _width(keys: list[tuple[str, str]], compact: bool) -> int:
    """Columns the keys take: ` key desc ` each, or `key desc` and one space when compact."""
    pad = 2 if compact else 3
    return sum(len(key) + len(description) + pad for key, description in keys)


class KeysFooter(Footer):
    """`Footer` without rebuilds that change nothing, and whose keys fit its width."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[Any, ...] | None = None
        self._pending = False
        self._plan: list[Shown] = []
        """The keys `compose` draws, as the last rebuild fitted them."""

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Bindings changed: look once after the refresh whether the keys shown did."""
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._rebuild)

    def on_resize(self) -> None:
        """A new width may fit more keys, or fewer."""
        if not self._pending and self.is_attached:
            self._pending = True
            self.call_after_refresh(self._rebuild)

    def _fit(self) -> tuple[list[Shown], bool]:
        """The keys to draw and whether compact: all of them when they fit the width."""
        seen: dict[str, Shown] = {}
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show:
                seen.setdefault(binding.action, (binding, enabled, tooltip))
        keys = list(seen.values())
        room = self.size.width - (PALETTE_WIDTH if self.show_command_palette else 0)

        def width(shown: list[Shown], compact: bool) -> int:
            return _width([(self.app.get_key_display(b), b.description) for b, _, _ in shown],
                          compact)

        if not self.size.width or width(keys, compact=False) <= room:
            return keys, False
        for action in LEFT_OUT_WHEN_NARROW:
            if width(keys, compact=True) <= room:
                break
            keys = [key for key in keys if key[0].action != action]
        return keys, True

    def _keys(self) -> tuple[Any, ...]:
        """What `compose` shows: the fitted bindings with their state, and the palette key."""
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        keys, compact = self._fit()
        self._plan = keys
        return (
            tuple((b.key, b.description, b.action, enabled, tooltip)
                  for b, enabled, tooltip in keys),
            (palette[2], palette[3]) if palette else None,
            self.show_command_palette, compact,
        )

    async def _rebuild(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        keys = self._keys()
        if keys == self._shown:
            return
        self._shown = keys
        self.compact = keys[-1]
        await self.recompose()

    def compose(self) -> ComposeResult:
        """The fitted keys (designer's bindings use no groups), then the palette's key."""
        if not self._bindings_ready:
            return
        if self._shown is None:
            self._keys()
        self.styles.grid_size_columns = len(self._plan)
        for binding, enabled, tooltip in self._plan:
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description,
                            binding.action, disabled=not enabled, tooltip=tooltip,
                            ).data_bind(compact=Footer.compact)
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if palette and self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            _, binding, enabled, tooltip = palette
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description,
                            binding.action, classes="-command-palette", disabled=not enabled,
                            tooltip=binding.tooltip or binding.description)
