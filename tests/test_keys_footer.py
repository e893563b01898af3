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
            keys = [key for key in footer.query(FooterKey)
                    if key.display and "-command-palette" not in key.classes]
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


def _drawn(footer: KeysFooter) -> list[tuple[object, ...]]:
    """What a footer draws: each key shown, in order, as the user sees and uses it."""
    return [(key.key, key.key_display, key.description, key.action, key.has_class("-disabled"),
             key.has_class("-compact"), key.has_class("-command-palette"), str(key.tooltip),
             key.region.x, key.region.width)
            for key in footer.query(FooterKey) if key.display] + [footer.compact]


def _focus_moves(tmp_path: Path, size: tuple[int, int]) -> list[tuple[object, object, int]]:
    """Tab through the Data stage; after each move the long-lived footer's keys beside those a
    footer mounted just then shows, and how many key widgets the long-lived one has made."""
    design = store.load(EXAMPLE)
    design.progress.current_stage = Stage.DATA
    path = tmp_path / "shop.design.yaml"
    store.save(design, path)

    async def scenario() -> list[tuple[object, object, int]]:
        app = make_app(path, autosave_delay=0.05)
        seen = []
        async with app.run_test(size=size) as pilot:
            await settle(pilot, app)
            footer = app.screen.query_one(KeysFooter)
            for _ in range(16):
                await pilot.press("tab")
                await settle(pilot, app)
                fresh = KeysFooter()
                await app.screen.mount(fresh)
                app.screen.refresh_bindings()
                await settle(pilot, app)
                seen.append((_drawn(footer), _drawn(fresh), len(footer.query(FooterKey))))
                await fresh.remove()
        return seen

    return asyncio.run(scenario())


def test_after_each_focus_move_the_footer_shows_what_a_fresh_one_would(tmp_path: Path) -> None:
    for size in ((140, 40), (80, 24)):
        seen = _focus_moves(tmp_path, size)
        for kept, fresh, _ in seen:
            assert kept == fresh
        # The walk went from questions to tables and back: keys came, changed and went …
        assert len({len(kept) for kept, _, _ in seen}) > 1
        # … and the key widgets were reused: made once, never once per focus move.
        made = [count for _, _, count in seen]
        assert made == sorted(made) and made[-1] < 2 * max(len(kept) for kept, _, _ in seen)
