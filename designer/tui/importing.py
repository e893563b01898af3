"""Importing into the open design, and undoing it.

The file is read (ImportDialog), the merge is previewed with `importers.merge.preview` — the
same walk `designer import --into` does — and only once the user has chosen how conflicts are
resolved is it applied with `importers.merge.merge`, as one step. The design as it was just
before is kept, so "undo import" puts it back exactly (the autosave then writes the same file
as before the import). Undo stays possible until the next change the user makes: undoing after
that would take their later work with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from designer.model.design import Design

if TYPE_CHECKING:
    from designer.tui.screens.design import DesignScreen


class Importing:
    """The import flow of one design screen and its one-step undo."""

    def __init__(self, screen: DesignScreen) -> None:
        self.screen = screen
        """The design screen imported into."""
        self.before: dict[str, Any] | None = None
        """The design as it was before the last import, while undo is possible."""
        self.source = ""
        """The file of the last import (named by the undo)."""

    @property
    def can_undo(self) -> bool:
        """An import was applied and nothing changed since."""
        return self.before is not None

    async def run(self, kind: str) -> None:
        """Read a file of `kind`, preview the merge, apply it when the user says how."""
        from designer.importers.merge import Policy, merge, preview
        from designer.tui.screens.import_dialogs import ImportDialog, PreviewDialog

        screen = self.screen
        got = await screen.app.push_screen_wait(ImportDialog(kind))
        if got is None:
            return
        changes = preview(screen.design, got.design)
        choice = await screen.app.push_screen_wait(PreviewDialog(
            f"Import {got.what} {got.source.name} into {screen.design.name or 'this design'}",
            changes, got.report))
        if choice is None:
            screen.notify("Nothing was imported.", title="Import cancelled")
            return
        before = screen.design.model_dump(mode="json")
        policy = Policy.REPLACE if choice == "replace" else Policy.KEEP
        done = merge(screen.design, got.design, policy, source=str(got.source))
        self.before, self.source = before, got.source.name
        await screen.design_replaced()
        screen.notify(f"{len(done.added)} added, {len(done.replaced)} replaced, "
                      f"{len(done.kept)} left as they were. Undo: ctrl+z or 'edit: undo "
                      "import'.", title=f"Imported {got.source.name}")

    async def undo(self) -> None:
        """Put the design back as it was before the import (the user stays where they are)."""
        if self.before is None:
            return
        screen = self.screen
        restored = Design.model_validate(self.before)
        here = screen.design.progress
        restored.progress.current_stage = here.current_stage
        restored.progress.current_item = here.current_item
        for name in type(screen.design).model_fields:
            setattr(screen.design, name, getattr(restored, name))
        self.before = None
        await screen.design_replaced()
        screen.notify(f"The design is as it was before importing {self.source}.",
                      title="Import undone")

    def forget(self) -> None:
        """The user changed the design: the import can no longer be undone on its own."""
        if self.before is not None:
            self.before = None
            self.screen.refresh_bindings()
