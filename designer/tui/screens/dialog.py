"""The base of every modal: a title, fields, OK / Cancel, escape cancels; typed result."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Static

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType | None], Generic[ResultType]):
    """A small centred modal: a title, some fields, OK and Cancel; escape cancels."""

    DEFAULT_CSS = """
    Dialog { align: center middle; }
    Dialog > Vertical {
        width: 70; max-width: 95%; height: auto;
        border: thick $accent; background: $surface; padding: 1 2;
    }
    Dialog .title { text-style: bold; margin-bottom: 1; }
    Dialog .error { color: $error; height: auto; }
    Dialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    Dialog Button { margin-left: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close without changes"),
    ]
    TITLE_TEXT = ""
    """Shown at the top of the dialog."""
    OK_TEXT = "OK"
    """Label of the confirming button."""

    def compose(self) -> ComposeResult:
        """Title, the fields of the subclass, the error line and the buttons."""
        with Vertical():
            yield Static(self.TITLE_TEXT, classes="title")
            yield from self.fields()
            yield Static("", classes="error")
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button(self.OK_TEXT, id="ok", variant="primary")
        # The keys of the dialog, over the footer of the screen below: that one lists keys
        # (`n` New design…) which, typed here, go into the dialog's fields instead.
        yield Footer()

    def fields(self) -> ComposeResult:
        """The inputs of the dialog."""
        yield from ()

    def result(self) -> ResultType | None:
        """The typed result, or None after showing why the input is not acceptable."""
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        """Explain inside the dialog why it cannot be confirmed yet."""
        self.query_one(".error", Static).update(text)

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _confirm(self) -> None:
        value = self.result()
        if value is not None:
            self.dismiss(value)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close with no result."""
        self.dismiss(None)


class ConfirmDialog(Dialog[bool]):
    """Ask a yes / no question; the result is True, or None when cancelled."""

    def __init__(self, question: str, ok: str = "Yes") -> None:
        super().__init__()
        self.question = question
        """The question asked."""
        self.ok_text = ok

    def fields(self) -> ComposeResult:
        """The question itself."""
        yield Static(self.question, markup=False)  # locations hold [brackets]

    def on_mount(self) -> None:
        """Label the button and focus it: enter confirms."""
        button = self.query_one("#ok", Button)
        button.label = self.ok_text
        button.focus()

    def result(self) -> bool | None:
        """Confirmed."""
        return True
