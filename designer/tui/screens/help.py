"""The help screen, generated from the active bindings and the focused widget's help."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Markdown


def focused_help(screen: Screen[Any]) -> str:
    """Help of the focused widget: a question's help, else the nearest widget's `HELP`."""
    node: Any = screen.focused
    while node is not None and node is not screen.app:
        text = getattr(node, "help_markdown", None) or getattr(type(node), "HELP", None)
        if text and node.__module__.startswith("designer"):
            return str(text)
        node = node.parent
    return str(getattr(type(screen), "HELP", "") or "")


def keys_table(screen: Screen[Any]) -> str:
    """A Markdown table of every key active on `screen`, with its description and tooltip."""
    rows: list[str] = []
    seen: set[str] = set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        # Only keys meant for people: shown in the footer or given an id (ours all are);
        # scrolling keys of every container would bury them.
        if not binding.description or binding.description in seen:
            continue
        if not (binding.show or binding.id):
            continue
        seen.add(binding.description)
        shown = screen.app.get_key_display(binding).replace("|", "\\|")
        tooltip = (active.tooltip or binding.tooltip or "").replace("|", "\\|")
        rows.append(f"| `{shown or key}` | {binding.description} | {tooltip} |")
    return "\n".join(["| Key | Does | Details |", "|---|---|---|", *rows])


class HelpScreen(ModalScreen[None]):
    """Keys of the screen below, then help for what has the focus."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss", "Close", id="help.close", tooltip="Close the help"),
    ]

    def __init__(self, screen: Screen[Any]) -> None:
        super().__init__()
        self.text = (
            f"# Help\n\n{focused_help(screen)}\n\n## Keys\n\n{keys_table(screen)}\n\n"
            "Press **ctrl+p** for the command palette: every command is named "
            "\"category: verb\" (`stage: go to Auth`, `export: all`, `help: keys and help`).\n\n"
            "Press **escape** to close this help."
        )
        """The Markdown shown."""

    def compose(self) -> ComposeResult:
        """The help as Markdown."""
        with VerticalScroll():
            yield Markdown(self.text)

    def on_mount(self) -> None:
        """Focus the scroller so the arrow keys scroll."""
        self.query_one(VerticalScroll).focus()

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help."""
        self.dismiss(result)
