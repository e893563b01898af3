"""Base class of every rich editor."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.widget import Widget

from designer.model.design import Design
from designer.tui.messages import DesignChanged


class Editor(Widget):
    """A widget that edits part of a `Design` in place.

    The screen owns the design; an editor changes it and posts `DesignChanged`, and re-reads
    it in `reload()` when something else changed it.
    """

    DEFAULT_CSS = """
    Editor { height: auto; }
    """

    HELP: ClassVar[str] = ""
    """Markdown the app's help screen (F1) shows while this editor has focus."""

    def __init__(self, design: Design, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.design = design
        """The design being edited (shared with the screen, never copied)."""

    def changed(self, where: str = "") -> None:
        """Tell the screen the design changed, and let the other editors on it re-read it."""
        self.post_message(DesignChanged(where))
        self.reload_others()

    def reload_others(self) -> None:
        """Reload the other editors of this screen: a new role is a new matrix row."""
        if not self.is_attached:
            return
        for other in self.screen.query(Editor):
            if other is not self:
                other.reload()

    def reload(self) -> None:
        """Re-read the design after an outside change; editors override this."""
        self.refresh(recompose=True)
