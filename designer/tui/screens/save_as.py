"""Save-as: ask for a new file for the design."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.widgets import Input, Label

from designer.paths import DESIGN_SUFFIX
from designer.tui.screens.dialog import Dialog


class SaveAsDialog(Dialog[Path]):
    """Ask for the path of the new design file; the caller confirms replacing a file."""

    TITLE_TEXT = "Save the design as"
    OK_TEXT = "Save"

    def __init__(self, current: Path) -> None:
        super().__init__()
        self.current = current
        """The file the design is saved in now."""

    def fields(self) -> ComposeResult:
        """The new path, starting from the current one."""
        yield Label(f"New file (now {self.current.name})")
        yield Input(str(self.current), id="path")

    def result(self) -> Path | None:
        """An absolute path in an existing folder, ending in .yaml."""
        text = self.query_one("#path", Input).value.strip()
        if not text:
            self.show_error("Type a file name.")
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self.current.parent / path
        if not path.name.endswith((".yaml", ".yml")):
            path = path.with_name(path.name + DESIGN_SUFFIX)
        if path.is_dir():
            self.show_error(f"{path}: is a folder")
            return None
        if not path.parent.is_dir():
            self.show_error(f"{path.parent}: no such folder")
            return None
        if path == self.current:
            self.show_error("That is the file the design is already saved in.")
            return None
        return path
