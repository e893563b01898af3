"""The list of stages with their progress: done, current, in progress, not started, problems."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from designer.model.progress import Progress, Stage, StageStatus
from designer.tui.widgets.steady import Steady

ICONS = {
    "done": "✓",
    "current": "▶",
    "in_progress": "◐",
    "not_started": "○",
    "problems": "!",
}
"""One glyph per state; the legend in the help screen explains them."""


def state(progress: Progress, stage: Stage, current: Stage, problem_stages: set[Stage]) -> str:
    """The state shown for `stage`: problems win over done; the current stage is marked."""
    if stage in problem_stages:
        return "problems"
    if stage is current:
        return "current"
    status = progress.status(stage)
    return {StageStatus.DONE: "done", StageStatus.IN_PROGRESS: "in_progress"}.get(
        status, "not_started")


class StageList(Steady, OptionList):
    """Every stage, in order; enter (or a click) goes to it."""

    HELP = (
        "**Stages.** ✓ done · ▶ current · ◐ started · ○ not started · ! has problems.  \n"
        "Stages can be visited in any order; press **enter** to go to one."
    )

    class Chosen(Message):
        """The user chose a stage."""

        def __init__(self, stage: Stage) -> None:
            super().__init__()
            self.stage = stage
            """The chosen stage."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(*[Option(s.title, id=s.value) for s in Stage], **kwargs)
        self.collapsed = False
        """Show only glyphs and numbers (for narrow terminals)."""
        self._labels: dict[Stage, str] = {}

    def show(self, progress: Progress, current: Stage, problem_stages: set[Stage]) -> None:
        """Redraw every stage's state."""
        for index, stage in enumerate(Stage):
            mark = ICONS[state(progress, stage, current, problem_stages)]
            label = f"{mark}{index + 1}" if self.collapsed else f"{mark} {index + 1} {stage.title}"
            if self._labels.get(stage) != label:
                self._labels[stage] = label
                self.replace_option_prompt_at_index(index, label)
        if self.highlighted != list(Stage).index(current):
            self.highlighted = list(Stage).index(current)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(Stage(str(event.option.id))))
