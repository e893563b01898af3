"""Scrolling widgets and answer boxes leave the screen's layout alone when nothing changed for
them: a layout pass elsewhere does not redraw a table, a typed character does not lay the
screen out, and a table that grows still gets its scrollbar."""

from __future__ import annotations

import asyncio

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from designer.tui.widgets.question_field import AnswerInput
from designer.tui.widgets.row_table import RowTable


class Host(App[None]):
    CSS = "#table { max-height: 5; }"

    def compose(self) -> ComposeResult:
        yield Static("line", id="line")
        yield RowTable(id="table")
        yield AnswerInput("ab", id="answer")


def test_a_layout_elsewhere_leaves_a_table_alone_and_rows_added_reach_its_scrollbar(
        monkeypatch: pytest.MonkeyPatch) -> None:
    updates: list[object] = []
    original = RowTable._scroll_update
    monkeypatch.setattr(RowTable, "_scroll_update",
                        lambda self, size: (updates.append(size), original(self, size))[1])

    async def scenario() -> None:
        app = Host()
        async with app.run_test(size=(60, 20)) as pilot:
            table = app.query_one(RowTable)
            table.set_columns(["name"])
            table.set_rows([(f"k{i}", (f"row {i}",)) for i in range(3)])
            await pilot.pause()
            updates.clear()
            for text in ("one", "two\nlines", "three"):
                app.query_one("#line", Static).update(text)  # a layout of the screen
                await pilot.pause()
            assert updates == []
            table.set_rows([(f"k{i}", (f"row {i}",)) for i in range(40)])
            await pilot.pause()
            assert updates, "the grown table's scrollbar was never updated"
            assert table.show_vertical_scrollbar

    asyncio.run(scenario())


def test_typing_into_an_answer_repaints_it_without_a_layout(
        monkeypatch: pytest.MonkeyPatch) -> None:
    layouts: list[object] = []

    async def scenario() -> None:
        app = Host()
        async with app.run_test(size=(60, 20)) as pilot:
            answer = app.query_one(AnswerInput)
            answer.focus()
            await pilot.pause()
            original = type(app.screen)._refresh_layout
            monkeypatch.setattr(type(app.screen), "_refresh_layout",
                                lambda screen, *a, **k: (layouts.append(1),
                                                         original(screen, *a, **k))[1])
            await pilot.press("end", "c", "d")
            await pilot.pause()
            assert answer.value == "abcd"

    asyncio.run(scenario())
    assert layouts == []
