"""The first screen: recent designs, a new design, or a file to open."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static

from designer.tui.widgets.row_table import RowTable

INTRO = (
    "Design a backend the way a senior backend architect would interview you, stage by "
    "stage. Every answer is saved as you type; export a document, diagrams and OpenAPI."
)


COLUMNS = ("Name", "File", "Last change", "Done")
"""Columns of the recent-designs table."""


def shown_path(path: Path) -> str:
    """`path` as short as it can be said: relative to the current folder, or with `~`."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        pass
    home = Path.home()
    try:
        return "~" + os.sep + str(path.relative_to(home))
    except ValueError:
        return str(path)


class WelcomeScreen(Screen[None]):
    """Recent designs (name, file, last change, stages done), New design, Open file."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New design", id="welcome.new",
                tooltip="Create a design file and start the interview"),
        Binding("i", "new_from", "New from…", id="welcome.new_from",
                tooltip="Start a design from an OpenAPI file, a SQL schema or a SPEC"),
        Binding("o", "open_file", "Open file", id="welcome.open",
                tooltip="Open a .design.yaml file by its path"),
        Binding("delete,x", "forget", "Remove from list", id="welcome.forget",
                tooltip="Remove the highlighted design from the recent list (the file stays)"),
    ]
    HELP = (
        "Choose a recent design with the arrow keys and press **enter** to continue where you "
        "left off. A design whose file is gone or unreadable says why; remove it from the list "
        "with **delete**."
    )
    listed = False
    """True once the recent list has been read and shown (it is read in a worker)."""

    def compose(self) -> ComposeResult:
        """Intro, the recent list and the two buttons."""
        yield Header()
        with Vertical(id="welcome"):
            yield Static(INTRO, id="intro")
            yield Static("Recent designs", classes="heading")
            yield RowTable(id="recent", zebra_stripes=True)
            yield Static("", id="empty")
            with Horizontal(id="actions"):
                yield Button("New design", id="new", variant="primary",
                             tooltip="Create a design file (n)")
                yield Button("New from…", id="new-from",
                             tooltip="Start from an OpenAPI file, a SQL schema or a SPEC (i)")
                yield Button("Open file…", id="open", tooltip="Open a design file (o)")
        yield Footer()

    def on_mount(self) -> None:
        """Fill the recent list once the screen has been painted."""
        self.sub_title = "welcome"
        # The list is read in a thread that shares the interpreter lock (importing PyYAML,
        # reading the index and any design changed since it was listed): started at mount, it
        # slowed the first frame down; started after it, the list shows as soon as before.
        self.call_after_refresh(self.reload)

    def reload(self) -> None:
        """Read the recent designs from disk again, off the UI thread.

        Reading them needs the design model (pydantic), which is slow to import: the first
        frame is painted without waiting for it.
        """
        self._load_entries()

    @work(thread=True, exclusive=True, group="recent")
    def _load_entries(self) -> None:
        from designer import recent

        entries = recent.entries()
        self.app.call_from_thread(self._show_entries, entries)

    def _show_entries(self, entries: list[Any]) -> None:
        self.listed = True
        rows: list[tuple[str, str, str, str, str]] = []
        for entry in entries:
            if entry.problem:
                name = f"⚠ {entry.problem}"
                changed = ""
                done = ""
            else:
                name = entry.name or "(unnamed)"
                # Stored in UTC; shown in the local time the user reads clocks in.
                changed = (entry.modified.astimezone().strftime("%Y-%m-%d %H:%M")
                           if entry.modified else "")
                done = f"{entry.stages_done}/{entry.stages_total}"
            rows.append((name, shown_path(entry.path), changed, done, str(entry.path)))
        table = self.query_one(RowTable)
        table.set_columns(COLUMNS)
        table.set_rows([(key, cells) for *cells, key in rows])
        empty = table.row_count == 0
        table.display = not empty
        self.query_one("#empty", Static).update(
            "No recent designs yet. Press [b]n[/] to start one or [b]o[/] to open a file."
            if empty else ""
        )
        if not empty:
            table.focus()
        else:
            self.query_one("#new", Button).focus()

    def _highlighted(self) -> Path | None:
        table = self.query_one(RowTable)
        if not table.row_count:
            return None
        return Path(table.row_key(table.cursor_row))

    @on(RowTable.RowSelected)
    def _open_selected(self, event: RowTable.RowSelected) -> None:
        self.app.open_design(Path(event.key))  # type: ignore[attr-defined]

    def action_forget(self) -> None:
        """Remove the highlighted entry from the recent list."""
        from designer import recent

        path = self._highlighted()
        if path is None:
            return
        recent.forget(path)
        self.notify(f"Removed {path.name} from the recent list (the file is untouched)")
        self.reload()

    @on(Button.Pressed, "#new")
    def _new_pressed(self) -> None:
        self.action_new()

    @on(Button.Pressed, "#new-from")
    def _new_from_pressed(self) -> None:
        self.action_new_from()

    @on(Button.Pressed, "#open")
    def _open_pressed(self) -> None:
        self.action_open_file()

    @work
    async def action_new(self) -> None:
        """Ask for a name and folder, create the file, open it."""
        from designer.commands.new import create
        from designer.errors import DesignerError
        from designer.tui.screens.welcome_dialogs import NewDesignDialog

        answer = await self.app.push_screen_wait(NewDesignDialog())
        if answer is None:
            return
        name, folder = answer
        try:
            path = create(name, folder)
        except DesignerError as error:
            self.notify(str(error), title="Cannot create", severity="error", timeout=8)
            return
        self.app.open_design(path)  # type: ignore[attr-defined]

    @work
    async def action_open_file(self) -> None:
        """Ask for a path and open it."""
        from designer.tui.screens.welcome_dialogs import OpenFileDialog

        path = await self.app.push_screen_wait(OpenFileDialog())
        if path is not None:
            self.app.open_design(path)  # type: ignore[attr-defined]

    @work
    async def action_new_from(self) -> None:
        """Read an OpenAPI file, SQL schema or SPEC, show what the design will hold, create
        its file and open it."""
        from designer import recent, store
        from designer.errors import DesignerError
        from designer.importers.merge import preview
        from designer.model.design import Design
        from designer.tui.screens.import_dialogs import NewFromDialog, PreviewDialog

        typed: dict[str, str] = {}
        while True:
            got = await self.app.push_screen_wait(NewFromDialog(typed))
            if got is None or got.target is None:
                return
            # Against an empty design every part of the import is an addition: the same walk
            # `designer import` uses, so the preview lists what the new design will hold.
            changes = preview(Design(), got.design)
            create = await self.app.push_screen_wait(PreviewDialog(
                f"New design {got.design.name} from {got.what} {got.source.name}",
                changes, got.report, ok="Create", cancel="Back"))
            if create is not None:
                break
            # Back: the dialog again, as the user left it (another name, dialect or file).
            typed = got.typed
        try:
            store.create(got.design, got.target)
        except DesignerError as error:
            self.notify(str(error), title="Cannot create", severity="error", timeout=8)
            return
        recent.remember(got.target)
        self.app.open_design(got.target)  # type: ignore[attr-defined]
