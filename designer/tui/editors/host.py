"""A tiny App that shows editors on their own: for tests, snapshots and trying an editor out.

    python -m designer.tui.editors.host design.yaml api
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer

from designer.model.design import Design
from designer.tui.editors.base import Editor
from designer.tui.messages import DesignChanged

EditorFactory = Callable[[Design], Editor]
"""Builds one editor over the design (an editor class fits)."""


class EditorHost(App[None]):
    """Mounts `editors` over `design` in a scrolling column with a footer; records changes."""

    CSS = """
    #editors { height: 1fr; padding: 0 1; }
    """

    def __init__(self, design: Design, editors: Sequence[EditorFactory]) -> None:
        super().__init__()
        self.design = design
        """The design every editor shares."""
        self.factories = list(editors)
        """What to mount."""
        self.changes: list[str] = []
        """`DesignChanged.where` of every change, in order."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="editors"):
            for factory in self.factories:
                yield factory(self.design)
        yield Footer()

    def on_design_changed(self, event: DesignChanged) -> None:
        """Record the change (the real screen autosaves here)."""
        self.changes.append(event.where)


def main(argv: Sequence[str]) -> None:
    """Open `FILE` and show the editors of `STAGE`; changes are not saved."""
    from designer.model.progress import Stage
    from designer.store import load
    from designer.tui.editors.registry import editors_for

    path, stage = argv
    EditorHost(load(Path(path)), editors_for(Stage(stage))).run()


if __name__ == "__main__":
    main(sys.argv[1:])
