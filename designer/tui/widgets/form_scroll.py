"""A scrolling column of many widgets that can hold the focus itself (to scroll by keys)."""

from __future__ import annotations

from textual.containers import VerticalScroll


class FormScroll(VerticalScroll):
    """A `VerticalScroll` whose gaining or losing the focus restyles itself alone.

    Textual answers a focus change by restyling the widget and its whole subtree, since a
    descendant could be styled by its ancestor's `:focus`. No rule does that for these columns
    (tests/test_tui_focus_style.py checks the stylesheet in force): their focus changes their own
    border and scrollbars only. A stage's form holds a hundred fields, labels and helps, so the
    Tab onto it and the Tab off it each restyled them all, the slowest steps of moving through a
    stage (40–60 ms on an idle machine, several times that on a busy one).
    """

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Restyle this widget (its scrollbars come with it), not its descendants."""
        self.app.stylesheet.update_nodes([self], animate=True)
