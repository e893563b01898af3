"""The footer of keys, rebuilt only when the keys it shows change.

Textual's footer rebuilds all its key widgets after every change of bindings, and a Tab from one
field to the next changes them (the focused widget's bindings) even when the keys shown stay the
same: a rebuild mounts a dozen widgets and lays out the whole screen again, several times per
Tab while a large design's form is on the screen. This footer compares what it would show with
what it shows, and rebuilds once per refresh at most, only when they differ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.screen import Screen


class KeysFooter(Footer):
    """`Footer` without rebuilds that change nothing."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[Any, ...] | None = None
        self._pending = False

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Bindings changed: look once after the refresh whether the keys shown did."""
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._rebuild)

    def _keys(self) -> tuple[Any, ...]:
        """What `compose` shows: every shown binding with its state, and the palette key."""
        active = self.screen.active_bindings
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return (
            tuple((b.key, b.description, b.action, enabled, tooltip,
                   b.group.description if b.group else None)
                  for _, b, enabled, tooltip in active.values() if b.show),
            (palette[2], palette[3]) if palette else None,
            self.show_command_palette, self.compact,
        )

    async def _rebuild(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        keys = self._keys()
        if keys == self._shown:
            return
        self._shown = keys
        await self.recompose()
