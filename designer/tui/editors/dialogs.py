"""Small modals the editors share: confirm a deletion, pick one or several from a list, ask a
name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, OptionList, SelectionList

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


class NameScreen(ModalScreen[str | None]):
    """Ask for one name (a new service from a database's dialog); dismisses it or None."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="NameScreen")

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel", id="name.cancel", tooltip="Close without a name"),
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.name_title = title
        """Question shown above the box."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.name_title)
            yield Input(id="name", compact=True)
        yield Footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter keeps the name (an empty one is no name)."""
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Close without a name."""
        self.dismiss(None)


class ChooseManyScreen(ModalScreen[list[int] | None]):
    """Tick any of `labels` (all ticked at first); dismisses the indexes ticked, or None."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="ChooseManyScreen") + """
    ChooseManyScreen > Vertical { width: 76; }
    ChooseManyScreen SelectionList { height: auto; max-height: 14; }
    """

    BINDINGS: ClassVar = [
        Binding("ctrl+s", "done", "Add", id="many.done", tooltip="Add the ones ticked"),
        Binding("escape", "cancel", "Cancel", id="many.cancel", tooltip="Add nothing"),
    ]

    def __init__(self, title: str, labels: Sequence[str]) -> None:
        super().__init__()
        self.choose_title = title
        """What is asked."""
        self.labels = list(labels)
        """The choices."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.choose_title))
            yield SelectionList[int](*[(Text(label), i, True)
                                       for i, label in enumerate(self.labels)], compact=True)
        yield Footer()

    def action_done(self) -> None:
        """Keep the ones ticked."""
        self.dismiss(sorted(self.query_one(SelectionList).selected))

    def action_cancel(self) -> None:
        """Nothing."""
        self.dismiss(None)
