"""When the design file changed on disk underneath the app: what happened and the choices.

Nothing has been overwritten when this dialog shows. The user reloads the file (their own
version is first written to the recovery folder) or keeps their version as a copy beside it
and goes on editing there; escape leaves both alone until the next save asks again.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from designer import store
from designer.model.design import Design
from designer.paths import DESIGN_SUFFIX


class ConflictDialog(ModalScreen[str | None]):
    """Reload from disk, or keep mine as a copy; the result is "reload", "copy" or None."""

    DEFAULT_CSS = """
    ConflictDialog { align: center middle; }
    ConflictDialog > Vertical {
        width: 76; max-width: 95%; height: auto;
        border: thick $warning; background: $surface; padding: 1 2;
    }
    ConflictDialog .title { text-style: bold; margin-bottom: 1; }
    ConflictDialog Horizontal { height: auto; margin-top: 1; align-horizontal: right; }
    ConflictDialog Button { margin-left: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "later", "Later", id="conflict.later",
                tooltip="Decide later; nothing is saved to the file meanwhile"),
    ]

    def __init__(self, message: str, gone: bool) -> None:
        super().__init__()
        self.message = message
        """What happened to the file (one line)."""
        self.gone = gone
        """The file is not there any more (nothing to reload)."""

    def compose(self) -> ComposeResult:
        """The message, what each choice does, and the buttons."""
        with Vertical():
            yield Static("The design file changed on disk", classes="title")
            yield Static(self.message, markup=False)
            yield Static("Nothing was overwritten. Reload the file (your version is kept in "
                         "the recovery folder), or keep your version as a copy beside it and "
                         "go on editing the copy.")
            with Horizontal():
                yield Button("Later", id="later")
                if not self.gone:
                    yield Button("Reload from disk", id="reload")
                yield Button("Keep mine as a copy", id="copy", variant="primary")

    @on(Button.Pressed, "#reload")
    def _reload(self) -> None:
        self.dismiss("reload")

    @on(Button.Pressed, "#copy")
    def _copy(self) -> None:
        self.dismiss("copy")

    @on(Button.Pressed, "#later")
    def action_later(self) -> None:
        """Close without choosing."""
        self.dismiss(None)


def copy_path(path: Path) -> Path:
    """A free name beside `path` for the user's version: `shop.mine.design.yaml`, then
    `shop.mine-2.design.yaml` …"""
    stem = path.name.removesuffix(DESIGN_SUFFIX) if path.name.endswith(DESIGN_SUFFIX) \
        else path.stem
    suffix = DESIGN_SUFFIX if path.name.endswith(DESIGN_SUFFIX) else path.suffix
    candidate, n = path.with_name(f"{stem}.mine{suffix}"), 2
    while candidate.exists() or candidate.is_symlink():
        candidate, n = path.with_name(f"{stem}.mine-{n}{suffix}"), n + 1
    return candidate


def keep_as_copy(design: Design, path: Path) -> tuple[Path, store.Stamp]:
    """Save `design` under a free name beside `path`; the new path and its stamp."""
    target = copy_path(store.real_target(path) if path.is_symlink() else path)
    return target, store.create(design, target)
