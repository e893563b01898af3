"""Modals of the welcome screen, each with a typed result."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.widgets import Input, Label

from designer.tui.screens.dialog import Dialog


class NewDesignDialog(Dialog[tuple[str, Path]]):
    """Ask for the name of a new design and the folder of its file."""

    TITLE_TEXT = "New design"
    OK_TEXT = "Create"

    def fields(self) -> ComposeResult:
        """Name and folder."""
        yield Label("Name of the system")
        yield Input(placeholder="e.g. Shop", id="name")
        yield Label("Folder for the design file")
        yield Input(value=".", id="folder")

    def result(self) -> tuple[str, Path] | None:
        """(name, folder) once both make sense."""
        name = self.query_one("#name", Input).value.strip()
        folder = Path(self.query_one("#folder", Input).value.strip() or ".").expanduser()
        if not name:
            self.show_error("Give the design a name.")
            return None
        if not folder.is_dir():
            self.show_error(f"{folder}: no such folder")
            return None
        return name, folder


class OpenFileDialog(Dialog[Path]):
    """Ask for the path of a design file."""

    TITLE_TEXT = "Open a design file"
    OK_TEXT = "Open"

    def fields(self) -> ComposeResult:
        """The path."""
        yield Label("Path of the .design.yaml file")
        yield Input(placeholder="e.g. shop.design.yaml", id="path")

    def result(self) -> Path | None:
        """The path, once it names an existing file."""
        text = self.query_one("#path", Input).value.strip()
        if not text:
            self.show_error("Type the path of a design file.")
            return None
        path = Path(text).expanduser()
        if not path.is_file():
            self.show_error(f"{path}: no such file")
            return None
        return path.resolve()
