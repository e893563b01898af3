"""The stage form and the review panel restyle themselves alone when the focus moves onto or
off them (designer/tui/widgets/form_scroll.py): this is only right while no rule styles one of
their descendants by the column's own focus. These tests restyle the whole subtree as Textual
would and compare, so a rule like `StageForm:focus Label { … }` fails them."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.widget import Widget

from designer.commands.new import create
from designer.tui.app import make_app
from designer.tui.widgets.form_scroll import FormScroll
from designer.tui.widgets.review_panel import ReviewPanel
from designer.tui.widgets.stage_form import StageForm

pytestmark = pytest.mark.usefixtures("no_blink")


def _styles(column: Widget) -> dict[int, tuple[str, ...]]:
    """Every descendant's stylesheet-applied rules, by node."""
    return {id(node): tuple(node.styles.base.css_lines) for node in column.walk_children()}


async def _tab_onto(pilot: Any, app: Any, stages: int, kind: type[FormScroll]) -> FormScroll:
    """Go `stages` stages on, then Tab until a `kind` column has the focus."""
    await pilot.pause(0.3)
    for _ in range(stages):
        await pilot.press("ctrl+n")
        await pilot.pause(0.3)
    for _ in range(120):
        if isinstance(app.focused, kind):
            return app.focused
        await pilot.press("tab")
    raise AssertionError(f"tab never reached the {kind.__name__}")


async def _check(path: Path, stages: int, kind: type[FormScroll]) -> None:
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        column = await _tab_onto(pilot, app, stages, kind)
        await pilot.pause(0.1)
        ours = _styles(column)
        assert len(ours) > 5  # a column of questions or findings, not an empty one
        # What Textual itself does on a focus change: restyle the subtree.
        app.update_styles(column)
        assert _styles(column) == ours
        restyled: list[int] = []
        update_nodes = app.stylesheet.update_nodes

        def recording(nodes: Any, animate: bool = False) -> None:
            nodes = list(nodes)
            if column in nodes:
                restyled.append(len(nodes))
            update_nodes(nodes, animate=animate)

        app.stylesheet.update_nodes = recording  # type: ignore[method-assign]
        await pilot.press("tab")  # and off it again
        await pilot.pause(0.1)
        app.stylesheet.update_nodes = update_nodes  # type: ignore[method-assign]
        assert app.focused is not column
        assert restyled == [1]  # the column alone, not its subtree
        ours = _styles(column)
        app.update_styles(column)
        assert _styles(column) == ours


@pytest.mark.parametrize(("stages", "kind"), [(3, StageForm), (7, ReviewPanel)],
                         ids=["data-stage-form", "review-panel"])
def test_a_focus_change_of_the_column_styles_no_descendant(
        tmp_path: Path, stages: int, kind: type[FormScroll]) -> None:
    asyncio.run(_check(create("Shop", tmp_path), stages, kind))


def test_a_rule_styling_descendants_by_the_columns_focus_is_caught(tmp_path: Path) -> None:
    """The comparison above sees such a rule (the check is not vacuous)."""

    async def run() -> None:
        app = make_app(create("Shop", tmp_path))
        async with app.run_test(size=(120, 40)) as pilot:
            app.stylesheet.add_source("StageForm:focus Static { color: red; }",
                                      read_from=("test", "focus rule"))
            app.stylesheet.reparse()
            app.stylesheet.update(app.screen)
            column = await _tab_onto(pilot, app, 3, StageForm)
            await pilot.pause(0.1)
            ours = _styles(column)
            app.update_styles(column)
            assert _styles(column) != ours

    asyncio.run(run())
