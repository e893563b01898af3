"""The visible save state: saved, unsaved, saving…, or save failed with the reason."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

_SHOWN = {
    "saved": "[$success]✓ saved[/]",
    "unsaved": "[$warning]● unsaved[/]",
    "saving": "[$warning]… saving[/]",
}


class SaveStatus(Widget):
    """One line: whether the last change is on disk, or why it is not."""

    DEFAULT_CSS = """
    SaveStatus { width: 1fr; height: 1; padding: 0 1; content-align-horizontal: right; }
    """

    state: reactive[str] = reactive("saved")
    """saved, unsaved, saving or failed."""
    reason: reactive[str] = reactive("")
    """Why the last save failed."""

    def render(self) -> Content:
        """The status text, coloured by state (no CSS class change: typing stays cheap)."""
        if self.state == "failed":
            return Content.from_markup("[b $error]✗ save failed:[/] $reason — ctrl+s retries",
                                       reason=self.reason)
        return Content.from_markup(_SHOWN.get(self.state, self.state))

    @property
    def text(self) -> str:
        """The status as plain text."""
        return self.render().plain
