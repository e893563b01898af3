"""Messages that flow up from widgets to the design screen (events up, state down)."""

from __future__ import annotations

from textual.message import Message


class DesignChanged(Message):
    """A widget changed the design in place; the screen autosaves and refreshes previews."""

    def __init__(self, where: str = "") -> None:
        super().__init__()
        self.where = where
        """Model path or item key that changed, e.g. `api.resources[orders]` (for resume)."""
