"""A focus move shows the help of the question entered and hides the one left in one step: the
screen is laid out once per Tab, not once for the field left and again for the field entered
(issue 20: Tab on a large design's stage waited for two layouts of the whole screen)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widget import Widget

from designer.commands.new import create
from designer.tui.app import make_app
from designer.tui.widgets.question_field import QuestionField


def _help_shown(field: QuestionField) -> bool:
    return bool(field.query_one(".help").styles.display == "block")


def _field_of(widget: Widget | None) -> QuestionField:
    assert widget is not None
    return next(node for node in widget.ancestors_with_self if isinstance(node, QuestionField))


def test_a_focus_move_restyles_the_field_left_and_the_field_entered_at_once(
        tmp_path: Path) -> None:
    async def scenario() -> None:
        app = make_app(create("Shop", tmp_path), autosave_delay=60)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause(0.3)
            left = _field_of(app.focused)
            assert _help_shown(left)
            fields = list(app.screen.query(QuestionField))
            entered = fields[fields.index(left) + 1]
            target = next(w for w in entered.query("*") if w.focusable)
            # No message handled in between: both fields' styles follow the focus already.
            app.screen.set_focus(target)
            assert _help_shown(entered)
            assert not _help_shown(left)
            await pilot.pause()
            assert [f.id for f in fields if _help_shown(f)] == [entered.id]
            assert app.screen.design.progress.current_item == entered.question.id  # type: ignore[attr-defined]
            await pilot.press("tab")
            await pilot.pause()
            shown = [f for f in fields if _help_shown(f)]
            assert shown == [_field_of(app.focused)] and shown != [entered]

    asyncio.run(scenario())
