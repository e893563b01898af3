"""Ask which CRUD operations to generate for an entity and which need no sign-in."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, SelectionList, Static

from designer.tui.editors.crud import OPERATIONS, CrudPlan, collection_path

Choice = tuple[list[str], list[str]]
"""The operations chosen, and those of them that are public."""

_LABELS = {"list": "list  GET {base}", "create": "create  POST {base}",
           "get": "get  GET {base}/{{id}}", "update": "update  PUT {base}/{{id}}",
           "delete": "delete  DELETE {base}/{{id}}"}


class CrudScreen(ModalScreen[Choice | None]):
    """Two lists, pre-set from `propose`: the operations, and which of them are public."""

    DEFAULT_CSS = """
    CrudScreen { align: center middle; }
    CrudScreen > Vertical {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    CrudScreen SelectionList { height: auto; margin-bottom: 1; }
    CrudScreen .why { color: $text-muted; margin-bottom: 1; }
    CrudScreen .title { text-style: bold; }
    """

    BINDINGS: ClassVar = [
        Binding("ctrl+s", "save", "Generate", id="crud.save",
                tooltip="Add the endpoints checked"),
        Binding("escape", "cancel", "Cancel", id="crud.cancel", tooltip="Add nothing"),
    ]

    def __init__(self, entity: str, plan: CrudPlan) -> None:
        super().__init__()
        self.entity = entity
        """The entity the endpoints expose."""
        self.plan = plan
        """The proposal the lists start from."""

    def compose(self) -> ComposeResult:
        base = collection_path(self.entity)
        labels = {op: _LABELS[op].format(base=base) for op in OPERATIONS}
        with Vertical():
            yield Label(Text(f"CRUD endpoints for {self.entity}"), classes="title")
            yield Label("Generate (space toggles):")
            yield SelectionList[str](
                *[(Text(labels[op]), op, op in self.plan.operations) for op in OPERATIONS],
                id="operations", compact=True)
            yield Label("Public — no sign-in needed:")
            yield SelectionList[str](
                *[(Text(op), op, op in self.plan.public) for op in OPERATIONS],
                id="public", compact=True)
            yield Static(Text("\n".join(self.plan.reasons)), classes="why")
        yield Footer()

    def action_save(self) -> None:
        """Generate the operations checked."""
        chosen = self.query_one("#operations", SelectionList).selected
        public = self.query_one("#public", SelectionList).selected
        operations = [op for op in OPERATIONS if op in chosen]
        self.dismiss((operations, [op for op in operations if op in public]))

    def action_cancel(self) -> None:
        """Generate nothing."""
        self.dismiss(None)
