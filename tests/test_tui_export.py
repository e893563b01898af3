"""Export from the app: with open review errors it asks first and lists them."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static
from textual.worker import WorkerCancelled, WorkerError

from designer import store
from designer.model.design import Design
from designer.model.places import place
from designer.model.progress import Stage
from designer.tui.app import make_app
from designer.tui.screens.dialog import ConfirmDialog

pytestmark = pytest.mark.usefixtures("no_blink")


async def settle(pilot: Pilot[Any], app: Any) -> None:
    await pilot.pause(0.1)
    for worker in list(app.workers):
        if worker.group in {"autosave", "copy", "preview", "problems", "export", "recent"}:
            with contextlib.suppress(WorkerCancelled, WorkerError):  # replaced by a newer one
                await worker.wait()
    await pilot.pause()


def test_export_with_errors_asks_first_and_lists_them(tmp_path: Path) -> None:
    design = Design.new("Market")
    design.api.base_path = "api/v1"  # must start with '/': an error
    design.progress.current_stage = Stage.REVIEW
    path = tmp_path / "Market.design.yaml"
    store.save(design, path)
    out = tmp_path / "Market-docs"

    async def scenario() -> None:
        app = make_app(path, autosave_delay=0.05)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot, app)
            panel = app.screen.form
            errors = panel.open_errors()
            assert errors
            await pilot.press("ctrl+p", *"export: all", "enter")
            await settle(pilot, app)
            dialog = app.screen
            assert isinstance(dialog, ConfirmDialog)
            text = "\n".join(str(w.render()) for w in dialog.query(Static))
            count = len(errors)
            assert f"finds {count} error" in text
            assert all(place(e.location) in text for e in errors[:8])
            await pilot.press("escape")  # not now
            await settle(pilot, app)
            assert not out.exists()
            await pilot.press("ctrl+p", *"export: all", "enter")
            await settle(pilot, app)
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("enter")  # export anyway
            await settle(pilot, app)
            assert (out / "architecture.md").is_file()

    asyncio.run(scenario())


EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*/*.design.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.parent.name)
def test_the_palette_says_what_export_all_writes_for_this_design(path: Path) -> None:
    """The help of "export: all" names the kinds the exporter writes for the open design, by
    the same rule (one function): no openapi.yaml for a gRPC-only design, the schema and
    asyncapi.yaml only when there is something to write."""
    from types import SimpleNamespace

    from designer.export import KIND_FILES, KINDS, applicable_kinds, kind_of, render_all
    from designer.tui.commands import DesignCommands

    design = store.load(path)
    written = {kind_of(rel) for rel in render_all(design)}
    assert set(applicable_kinds(design)) == written
    screen = SimpleNamespace(design=design, stage=Stage.REVIEW,
                             importing=SimpleNamespace(can_undo=False, source=""), **{
        f"action_{name}": (lambda *a: None) for name in (
            "go_stage", "mark_done", "export", "save", "save_as", "close", "toggle_preview",
            "toggle_stages", "import", "undo_import")})
    commands = {name: help_text for name, _, help_text in DesignCommands(screen)._commands()}
    help_text = commands["export: all"]
    for kind in KINDS:
        assert (KIND_FILES[kind] in help_text) == (kind in written), (kind, help_text)
    assert ("export: OpenAPI only" in commands) == ("openapi" in written)
