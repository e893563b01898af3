"""The permission matrix: roles × resources, each cell the actions a role may take."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.coordinate import Coordinate
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Footer,
    Label,
    SelectionList,
    Static,
)

from designer.model.auth import Action, Permission
from designer.tui.editors.base import Editor
from designer.tui.editors.records import EDITOR_CSS, plain, problem_text, say

LETTERS = {
    Action.LIST: "L",
    Action.READ: "R",
    Action.CREATE: "C",
    Action.UPDATE: "U",
    Action.DELETE: "D",
}
"""One letter per action, in the order cells show them."""


def cell_text(permission: Permission | None) -> str:
    """`LR·U·` for list, read and update; a trailing `*` when limited to own items."""
    actions = set(permission.actions) if permission else set()
    letters = "".join(LETTERS[a] if a in actions else "·" for a in LETTERS)
    return letters + ("*" if permission is not None and permission.own_only else " ")


def set_cell(permissions: list[Permission], role: str, resource: str,
             actions: list[Action], own_only: bool) -> None:
    """Create, update or (when `actions` is empty) remove the permission of role on resource."""
    ordered = [a for a in LETTERS if a in set(actions)]
    current = next((p for p in permissions if p.role == role and p.resource == resource), None)
    if not ordered:
        permissions[:] = [p for p in permissions if p is not current]
    elif current is None:
        permissions.append(Permission(role=role, resource=resource, actions=ordered,
                                      own_only=own_only))
    else:
        current.actions = ordered
        current.own_only = own_only


class CellScreen(ModalScreen[Permission | None]):
    """Choose the actions of one role on one resource; dismisses the new cell or None."""

    DEFAULT_CSS = """
    CellScreen { align: center middle; }
    CellScreen > Vertical {
        width: 44; height: auto; border: round $accent; background: $surface; padding: 0 1;
    }
    CellScreen SelectionList { height: auto; }
    CellScreen .buttons { height: auto; align-horizontal: right; }
    CellScreen .buttons Button { margin-left: 1; width: auto; min-width: 8; }
    """

    BINDINGS: ClassVar = [
        Binding("escape", "cancel", "Cancel", id="cell.cancel", tooltip="Keep the cell as it was"),
        Binding("ctrl+s", "save", "Save", id="cell.save", tooltip="Save the cell"),
    ]

    def __init__(self, role: str, resource: str, current: Permission | None) -> None:
        super().__init__()
        self.role = role
        """Row."""
        self.resource = resource
        """Column."""
        self.current = current
        """The cell as it is."""

    def compose(self) -> ComposeResult:
        chosen = set(self.current.actions) if self.current else set()
        with Vertical():
            yield Label(Text.assemble((self.role, "bold"), " on ", (self.resource, "bold")))
            yield SelectionList[str](
                *[(f"{LETTERS[a]}  {a.value}", a.value, a in chosen) for a in LETTERS],
                compact=True,
            )
            yield Checkbox("own only (items the caller owns)",
                           bool(self.current and self.current.own_only), compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield Footer()

    def action_save(self) -> None:
        """Dismiss with the chosen actions (possibly none)."""
        actions = [Action(v) for v in self.query_one(SelectionList).selected]
        own = self.query_one(Checkbox).value
        self.dismiss(Permission(role=self.role, resource=self.resource, actions=actions,
                                own_only=own))

    def action_cancel(self) -> None:
        """Dismiss without a change."""
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save / Cancel."""
        event.stop()
        self.action_save() if event.button.id == "save" else self.action_cancel()


class PermissionMatrixEditor(Editor):
    """Roles × resources; Enter or space on a cell edits that role's actions on the resource."""

    DEFAULT_CSS = EDITOR_CSS + """
    PermissionMatrixEditor { height: auto; margin-bottom: 1; }
    PermissionMatrixEditor > DataTable { height: auto; max-height: 12; }
    """

    PROBLEMS: ClassVar[tuple[str, ...]] = ("auth.permissions",)

    BINDINGS: ClassVar = [
        Binding("space", "edit", "Edit cell", id="matrix.edit",
                tooltip="Choose the actions of this role on this resource"),
        Binding("f", "fill", "All", id="matrix.all",
                tooltip="Allow every action of this role on this resource"),
        Binding("x", "clear", "Clear", id="matrix.clear",
                tooltip="Remove this role's permission on this resource"),
    ]

    HELP: ClassVar[str] = """\
## Permission matrix
Rows are roles (see *Roles*), columns are API resources. A cell shows the allowed actions as
letters — **L**ist, **R**ead, **C**reate, **U**pdate, **D**elete — and `*` when the role may
act only on items it owns.

- **Enter** / **space** edit the cell, **f** allows everything, **x** clears it.
- With many resources the table scrolls sideways; the role column stays in place.
"""

    def compose(self) -> ComposeResult:
        with Horizontal(classes="editor-header"):
            yield Label("Permission matrix", classes="editor-title")
        yield DataTable(cursor_type="cell", fixed_columns=1)
        yield Static("", classes="editor-hint")
        yield Static("", classes="editor-problems")

    def on_mount(self) -> None:
        """Build the table from the design."""
        self.fill()

    def roles(self) -> list[str]:
        """Row names."""
        return [r.name for r in self.design.auth.roles if r.name]

    def resources(self) -> list[str]:
        """Column names."""
        return [r.name for r in self.design.api.resources if r.name]

    def fill(self) -> None:
        """Rebuild rows and columns (roles and resources change in other editors)."""
        table = self.query_one(DataTable)
        at = table.cursor_coordinate
        table.clear(columns=True)
        roles, resources = self.roles(), self.resources()
        auth = self.design.auth
        table.add_column("Role")
        for name in resources:
            table.add_column(plain(name))
        for role in roles:
            table.add_row(plain(role),
                          *(plain(cell_text(auth.permission(role, r))) for r in resources))
        if roles and resources:
            table.cursor_coordinate = Coordinate(min(at.row, len(roles) - 1),
                                                 min(max(at.column, 1), len(resources)))
        hint = ""
        if not roles:
            hint = "No roles yet — add roles above to fill the matrix."
        elif not resources:
            hint = "No resources yet — add them in the API stage."
        else:
            hint = "L list · R read · C create · U update · D delete · * own only"
        say(self.query_one(".editor-hint", Static), hint)
        self.problems_changed()

    def problems_changed(self) -> None:
        """List the permission matrix's problems under it."""
        say(self.query_one(".editor-problems", Static), problem_text(self.problems()))

    def reload(self) -> None:
        """Re-read the design."""
        if not self.is_mounted:
            return
        self.fill()

    def cell(self) -> tuple[str, str] | None:
        """(role, resource) under the cursor, None on the role column or an empty table."""
        table = self.query_one(DataTable)
        roles, resources = self.roles(), self.resources()
        at = table.cursor_coordinate
        if not roles or not resources or at.column < 1:
            return None
        return roles[at.row], resources[at.column - 1]

    def write(self, role: str, resource: str, actions: list[Action], own_only: bool) -> None:
        """Store a cell, redraw, tell the screen."""
        set_cell(self.design.auth.permissions, role, resource, actions, own_only)
        self.fill()
        self.changed(f"auth.permissions[{role}/{resource}]")

    def action_edit(self) -> None:
        """Open the cell under the cursor."""
        at = self.cell()
        if at is None:
            return
        role, resource = at

        def done(cell: Permission | None) -> None:
            if cell is not None:
                self.write(role, resource, list(cell.actions), cell.own_only)

        current = self.design.auth.permission(role, resource)
        self.app.push_screen(CellScreen(role, resource, current), done)

    def action_fill(self) -> None:
        """Allow every action."""
        if (at := self.cell()) is not None:
            current = self.design.auth.permission(*at)
            self.write(*at, list(Action), bool(current and current.own_only))

    def action_clear(self) -> None:
        """Remove the cell's permission."""
        if (at := self.cell()) is not None:
            self.write(*at, [], False)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        """Enter or a click on the highlighted cell edits it."""
        event.stop()
        self.action_edit()
