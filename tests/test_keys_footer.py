"""The footer's keys fit its width: at 80 columns a fields table's keys and the screen's keys
do not all fit, and then the keys of what has focus, Quit and Help stay on the row."""

from __future__ import annotations

import asyncio
from pathlib import Path

from dialogs import settle
from textual.widgets._footer import FooterKey

from designer import store
from designer.model.progress import Stage
from designer.tui.app import make_app
from designer.tui.widgets.keys_footer import KeysFooter

EXAMPLE = (
    Path(__file__).parent.parent / "examples/ecommerce-postgres/ecommerce-postgres.design.yaml"
)


def _footer_at(tmp_path: Path, size: tuple[int, int]) -> tuple[list[str], bool, int]:
    """Actions on the footer's row with a fields table focused, whether the row fits, compact."""
    design = store.load(EXAMPLE)
    design.progress.current_stage = Stage.DATA
    path = tmp_path / "shop.design.yaml"
    store.save(design, path)

    async def scenario() -> tuple[list[str], bool, int]:
        app = make_app(path, autosave_delay=0.05)
        async with app.run_test(size=size) as pilot:
            await settle(pilot, app)
            app.screen.query_one("#fields").focus()
            await settle(pilot, app)
            footer = app.screen.query_one(KeysFooter)
            keys = [key for key in footer.query(FooterKey) if "-command-palette" not in key.classes]
            palette = footer.query_one(".-command-palette", FooterKey)
            fits = all(key.region.right <= palette.region.x for key in keys)
            return [key.action for key in keys], fits, footer.compact

    return asyncio.run(scenario())


def test_at_80_columns_the_focused_table_keys_quit_and_help_fit(tmp_path: Path) -> None:
    actions, fits, compact = _footer_at(tmp_path, (80, 24))
    assert fits and compact
    assert actions == ["add", "edit", "delete", "move(-1)", "move(1)", "quit", "help"]
    assert "save" not in actions  # ctrl+s still saves; autosave does too; F1 lists it


def test_at_120_columns_every_key_shows_as_it_always_did(tmp_path: Path) -> None:
    actions, fits, compact = _footer_at(tmp_path, (140, 40))
    assert fits and not compact
    assert {"save", "next_stage", "previous_stage", "mark_done", "toggle_preview"} <= set(actions)
