"""Base class of every rich editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual.widget import Widget

from designer.model.design import Design
from designer.tui.messages import DesignChanged

if TYPE_CHECKING:
    from designer.model.checks import Problem


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
    PROBLEMS: ClassVar[tuple[str, ...]] = ()
    """Location prefixes of the cross-field problems this editor lists (none: it lists none)."""

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

    def problems(self) -> list[Problem]:
        """The design's cross-field problems under `PROBLEMS`.

        The design screen checks the design in a worker after each change and keeps the latest
        list (`known_problems`); an editor shows that one rather than checking a large design
        again on the UI thread. Before the screen's first check lands there is none yet: the
        editor shows no problem until then (`problems_changed` follows with the list). Every
        editor of a stage checking the whole design on its first visit held the UI thread for
        a fifth of a second at 300 entities. Outside a design screen it checks now.
        """
        known = getattr(self.screen, "known_problems", None) if self.is_attached else None
        if callable(known):
            found = known() or []
        else:
            from designer.model.checks import problems

            found = problems(self.design)
        return [p for p in found if p.location.startswith(self.PROBLEMS)]

    def focus_item(self, item: str) -> bool:
        """Focus what `item` (a design location such as `data.caching[User]`) names, when this
        editor shows it: reopening a design resumes there. True when it did."""
        return False

    def question_answered(self, question_id: str) -> None:
        """A question of the same stage was answered; editors showing what it sets re-read it."""

    def problems_changed(self) -> None:
        """The screen has a newer problem list; editors that list problems show it."""
