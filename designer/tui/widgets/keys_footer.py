"""The footer of keys, updated in place only when the keys it shows change.

Textual's footer removes and mounts all its key widgets after every change of bindings, and a
Tab from one field to the next changes them (the focused widget's bindings) even when the keys
shown stay the same: mounting a dozen widgets styles each of them and lays out the whole screen
again (70-300 ms on a loaded machine with a large design's form on the screen). This footer
compares what it would show with what it shows and, when they differ, rewrites the key widgets
it has (text, state, tooltip), shows or hides them, and mounts only the keys it never had. It
does so as the focus moves, so the footer changes in the same refresh as the focus.

It also fits the keys to its width: at 80 columns a list's keys and the screen's keys do not
fit, and Textual's footer cuts the row at the edge, hiding Quit and Help. When they do not fit,
the keys are drawn compact, and then the screen's keys that every stage has (and F1 lists)
are left out one by one until the row fits; the keys of what has focus, Help and Quit stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import Reactive
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


class Key(FooterKey):
    """A footer key whose new width lays the screen out once, not twice.

    A widget's virtual size is a layout reactive: the compositor measuring a key whose text
    changed would set it and ask for a second layout of the whole screen. A key never scrolls,
    so the layout that measured it is all it needs (as `AnswerInput`).
    """

    virtual_size = Reactive(Size(0, 0), layout=False)

    def show(self, binding: Binding, display: str, enabled: bool, tooltip: str,
             compact: bool) -> None:
        """Draw `binding` from now on (what `FooterKey.__init__` sets, for a key reused)."""
        if (self.key_display, self.description) != (display, binding.description):
            self.refresh(layout=True)  # another width
        self.key, self.key_display = binding.key, display
        self.description, self.action = binding.description, binding.action
        self._disabled = not enabled
        self.set_class(not enabled, "-disabled")
        self.tooltip = tooltip or None
        self.compact = compact
        self.set_class(compact, "-compact")  # as its watcher does (not called for a new key)
        self.display = True


class KeysFooter(Footer):
    """`Footer` that updates its keys in place, only when they change, fitted to its width."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._shown: tuple[Any, ...] | None = None
        self._keys_made: list[Key] = []
        """The key widgets made so far, in their order on the row (the palette's apart)."""
        self._palette: Key | None = None

    def bindings_changed(self, screen: Screen[Any]) -> None:
        """Bindings changed (the focus moved …): show the keys now if they did."""
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self._update()

    def on_resize(self) -> None:
        """A new width may fit more keys, or fewer."""
        if self.is_attached:
            self._update()

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

    def _palette_shown(self) -> Shown | None:
        """The command palette's key when the footer shows it."""
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is None or not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        _, binding, enabled, _ = palette
        return binding, enabled, binding.tooltip or binding.description

    def _update(self) -> None:
        """Bring the key widgets to the keys to show, when those changed."""
        keys, compact = self._fit()
        palette = self._palette_shown()
        shown = (tuple((b.key, b.description, b.action, enabled, tooltip)
                       for b, enabled, tooltip in keys),
                 palette and (palette[0].key, palette[1], palette[2]), compact)
        if shown == self._shown:
            return
        self._shown = shown
        self.compact = compact
        made = self._keys_made
        new: list[Key] = []
        for index, (binding, enabled, tooltip) in enumerate(keys):
            if index == len(made):
                made.append(Key(binding.key, "", "", binding.action))
                new.append(made[-1])
            made[index].show(binding, self.app.get_key_display(binding), enabled, tooltip,
                             compact)
        for spare in made[len(keys):]:
            spare.display = False  # kept for the next widget with more keys
        if new:
            # Before the palette's key, in the order `Footer.compose` yields them.
            self.mount(*new, before=self._palette)
        if palette is not None:
            binding, enabled, tooltip = palette
            if self._palette is None:
                self._palette = Key(binding.key, "", "", binding.action,
                                    classes="-command-palette")
                self.mount(self._palette)
            self._palette.show(binding, self.app.get_key_display(binding), enabled, tooltip,
                               True)
        elif self._palette is not None:
            self._palette.display = False

    def compose(self) -> ComposeResult:
        """Nothing yet: `_update` makes the keys once the bindings are known."""
        return iter(())
