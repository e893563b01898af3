"""Small modals the editors share: confirm a deletion, pick one name from a list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Label, OptionList

_DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 60; max-width: 100%; height: auto; max-height: 100%;
    border: round $accent; background: $surface; padding: 0 1;
}}
{name} .buttons {{ height: auto; align-horizontal: right; margin-top: 1; }}
{name} .buttons Button {{ margin-left: 1; width: auto; min-width: 8; }}
"""


class ConfirmScreen(ModalScreen[bool]):
    """Ask a yes/no question; dismisses True only on an explicit yes."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="ConfirmScreen")

    BINDINGS: ClassVar = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Confirm"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no", tooltip="Keep it"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question
        """The question shown."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.question))
            with Horizontal(classes="buttons"):
                yield Button("Yes, delete", variant="error", id="yes", compact=True)
                yield Button("No", id="no", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        """Focus "No" so that a stray Enter keeps the data."""
        self.query_one("#no", Button).focus()

    def action_answer(self, yes: bool) -> None:
        """Close with the answer."""
        self.dismiss(yes)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Yes / No buttons."""
        event.stop()
        self.dismiss(event.button.id == "yes")


class PickScreen(ModalScreen[str | None]):
    """Choose one of `names`; dismisses the name or None."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="PickScreen") + """
    PickScreen OptionList { height: auto; max-height: 14; }
    """

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel", id="pick.cancel", tooltip="Close without choosing"),
    ]

    def __init__(self, title: str, names: Sequence[str]) -> None:
        super().__init__()
        self.pick_title = title
        """Question shown above the list."""
        self.names = list(names)
        """The choices."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.pick_title)
            yield OptionList(*(Text(name) for name in self.names))
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or click chooses."""
        event.stop()
        self.dismiss(self.names[event.option_index])

    def action_cancel(self) -> None:
        """Close without a choice."""
        self.dismiss(None)
