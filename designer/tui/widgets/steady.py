"""Scrolling widgets that let a screen layout pass by when it changes nothing for them.

Textual's `ScrollView` (tables, option lists, text inputs and areas, the preview) keeps its own
virtual size, yet compares it on every layout with the one the compositor measured, which is
never the same: so every layout pass updated every such widget's scrollbars, refreshed it, and
made the compositor arrange the whole screen again to find where each one is (a third of every
Tab on a large design's Data stage). `Steady` updates them only when their size, their
container's size or their own virtual size changed since the last time.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Size


class Steady:
    """Mixin for a `ScrollView` subclass (put it first among the bases)."""

    _steady_virtual: Size | None = None

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        widget: Any = self
        own = widget.virtual_size
        if (widget._size == size and container_size == widget.container_size
                and own == self._steady_virtual):
            return False
        self._steady_virtual = own
        return super()._size_updated(  # type: ignore[misc]
            size, virtual_size, container_size, layout)
