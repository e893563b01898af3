"""RowTable on its own: cursor keys, mouse, messages, cutting wide text, sizes, a snapshot."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.pilot import Pilot

from designer.tui.widgets.row_table import Cell, RowTable, fit

SnapCompare = Callable[..., bool]


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test without an async pytest plugin."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def _rows(count: int) -> list[tuple[str, Sequence[Cell]]]:
    return [(f"k{i}", (f"row {i}", f"/things/{i}", "x" * (i % 7))) for i in range(count)]


class TableApp(App[None]):
    """One RowTable (max 10 lines high) that records every message it posts."""

    CSS = "#table { max-height: 10; }"

    def __init__(self, rows: list[tuple[str, Sequence[Cell]]],
                 labels: Sequence[Cell] = ("Name", "Path", "Note"),
                 max_widths: Sequence[int | None] | None = None) -> None:
        super().__init__()
        self.rows, self.labels, self.max_widths = rows, labels, max_widths
        self.events: list[tuple[str, int, str]] = []

    def compose(self) -> ComposeResult:
        yield RowTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(RowTable)
        table.set_columns(self.labels, self.max_widths)
        table.set_rows(self.rows)
        table.focus()

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        self.events.append(("highlighted", event.row, event.key))

    @on(RowTable.RowSelected, "#table")  # `control` lets the selector match
    def selected(self, event: RowTable.RowSelected) -> None:
        self.events.append(("selected", event.row, event.key))


def _lines(table: RowTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.size.height)]


@sync
async def test_keys_move_the_cursor_and_post_messages() -> None:
    app = TableApp(_rows(30))
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(RowTable)
        await pilot.press("up")  # already on the first row: nothing happens
        await pilot.press("down", "down")
        await pilot.pause()
        assert table.cursor_row == 2
        assert app.events == [("highlighted", 1, "k1"), ("highlighted", 2, "k2")]
        await pilot.press("pagedown")  # 9 rows fit under the header
        assert table.cursor_row == 11
        await pilot.press("end")
        assert table.cursor_row == 29
        await pilot.press("pageup", "home")
        assert table.cursor_row == 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.events[-2:] == [("highlighted", 0, "k0"), ("selected", 0, "k0")]


@sync
async def test_click_highlights_then_selects() -> None:
    app = TableApp(_rows(5))
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(RowTable)
        await pilot.click(RowTable, offset=(3, 0))  # the header: nothing
        await pilot.click(RowTable, offset=(3, 3))  # the third row
        await pilot.pause()
        assert table.cursor_row == 2
        await pilot.click(RowTable, offset=(3, 3))
        await pilot.click(RowTable, offset=(3, 8))  # below the rows: nothing
        await pilot.pause()
    assert app.events == [("highlighted", 2, "k2"), ("selected", 2, "k2")]


@sync
async def test_header_stays_while_the_rows_scroll_under_it() -> None:
    app = TableApp(_rows(30))
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(RowTable)
        await pilot.press("end")
        await pilot.pause()
        lines = _lines(table)
        assert table.scroll_offset.y == 21
        assert lines[0].split() == ["Name", "Path", "Note"]
        assert lines[1].startswith(" row 21 ") and lines[-1].startswith(" row 29 ")
        await pilot.press("home")
        await pilot.pause()
        assert table.scroll_offset.y == 0 and _lines(table)[1].startswith(" row 0 ")


@sync
async def test_markup_is_shown_literally_and_text_styles_are_kept() -> None:
    rows: list[tuple[str, Sequence[Cell]]] = [
        ("cursor", ("", "", "")), ("a", ("[Order]", "[bold]x[/bold]", Text("bold", style="bold")))]
    app = TableApp(rows)
    async with app.run_test(size=(60, 20)):
        table = app.query_one(RowTable)
        strip = table.render_line(2)  # not the cursor row, which is bold when focused
        assert strip.text.split() == ["[Order]", "[bold]x[/bold]", "bold"]
        bold = [s.text for s in strip if s.style and s.style.bold and s.text.strip()]
        assert bold == ["bold"]


def test_fit_cuts_wide_characters_by_cells() -> None:
    assert fit("주문내역조회", 7).plain == "주문내…"
    assert fit("주문내역조회", 6).plain == "주문… "  # a half character is not drawn
    assert fit("🎉🎉🎉🎉", 6).plain == "🎉🎉… "
    assert fit("abc", 5).plain == "abc  "
    assert fit("a\nb\tc", 5).plain == "a b c"
    styled = fit(Text("Order line", style="italic"), 6)
    assert styled.plain == "Order…" and styled.style == "italic"
    for text in ("주문내역조회", "🎉🎉🎉🎉", "[x]", ""):
        for width in range(8):
            assert cell_len(fit(text, width).plain) == width


@sync
async def test_wide_characters_keep_the_columns_aligned() -> None:
    rows: list[tuple[str, Sequence[Cell]]] = [
        ("a", ("주문내역조회", "x")), ("b", ("🎉🎉🎉🎉", "y")), ("c", ("plain", "z"))]
    app = TableApp(rows, labels=("Name", "Next"), max_widths=(7, None))
    async with app.run_test(size=(40, 10)):
        table = app.query_one(RowTable)
        lines = _lines(table)
        assert [cell_len(line) for line in lines] == [40] * 4
        assert lines[1].startswith(" 주문내…  x ") and lines[2].startswith(" 🎉🎉🎉…  y ")
        assert lines[3].startswith(" plain    z ")


@sync
async def test_an_empty_table_is_just_its_header() -> None:
    app = TableApp([])
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(RowTable)
        await pilot.press("down", "end", "enter")
        await pilot.click(RowTable, offset=(3, 1))
        await pilot.pause()
        assert (table.row_count, table.cursor_row, table.size.height) == (0, 0, 1)
        assert _lines(table)[0].split() == ["Name", "Path", "Note"]
    assert app.events == []


@sync
async def test_set_rows_keeps_or_clamps_the_cursor_quietly() -> None:
    app = TableApp(_rows(30))
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(RowTable)
        table.cursor_row = 25
        await pilot.pause()
        assert table.scroll_offset.y == 17
        app.events.clear()
        table.set_rows(_rows(28))
        assert table.cursor_row == 25
        table.set_rows(_rows(3))
        assert table.cursor_row == 2
        await pilot.pause()
        assert table.scroll_offset.y == 0 and table.size.height == 4
        table.set_rows(_rows(10), cursor=7)
        assert table.cursor_row == 7 and table.row_key(7) == "k7"
        assert table.get_row_index("k4") == 4
        assert app.events == []  # set_rows tells nobody: the caller knows
        table.cursor_row = 99  # clamped, and a change is posted
        table.move_cursor(row=9)  # no change, no message
        await pilot.pause()
        assert app.events == [("highlighted", 9, "k9")]


@sync
async def test_height_auto_fits_the_rows_and_the_header() -> None:
    app = TableApp(_rows(3))
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(RowTable)
        assert table.size.height == 4
        table.set_rows(_rows(30))
        await pilot.pause()
        assert table.size.height == 10  # max-height, then it scrolls
        table.styles.width = "auto"
        await pilot.pause()
        # Name "row 29" (6) + path "/things/29" (10) + note (6), each with a cell either side,
        # and the vertical scroll bar.
        assert table.outer_size.width == 8 + 12 + 8 + 2


@sync
async def test_focus_and_theme_changes_recolour_the_rows() -> None:
    app = TableApp(_rows(3))
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(RowTable)

        def cursor_background() -> Any:
            return next(iter(table.render_line(1))).style.bgcolor  # type: ignore[union-attr]

        focused = cursor_background()
        table.blur()
        await pilot.pause()
        blurred = cursor_background()
        app.theme = "textual-light"
        await pilot.pause()
        assert len({focused, blurred, cursor_background()}) == 3


def test_row_table_snapshot(snap_compare: SnapCompare) -> None:
    """You should see, at 80×24, a focused table with a bold header "Key Name Path Note",
    zebra stripes and the cursor (strong colour) on "GET /orders/{id}"; "[Order]" and
    "[b]not bold[/b]" shown literally, "Checkout" in bold; the Korean name cut as "주문내역…"
    and the emoji one as "🎉🎉🎉🎉…" with the Path column still lined up; then a second, unfocused
    table of two rows whose cursor on "first" is shown in a fainter colour."""

    class Snap(App[None]):
        CSS = "RowTable { margin-bottom: 1; }"

        def compose(self) -> ComposeResult:
            yield RowTable(id="main", zebra_stripes=True)
            yield RowTable(id="other")

        def on_mount(self) -> None:
            main = self.query_one("#main", RowTable)
            main.set_columns(("Key", "Name", "Path", "Note"), (None, 10, 16, None))
            main.set_rows([
                ("1", ("GET", "/orders", "/orders", "List orders")),
                ("2", ("GET", "/orders/{id}", "/orders/{id}", "[Order]")),
                ("3", ("POST", "[b]not bold[/b]", "/orders", Text("Checkout", style="bold"))),
                ("4", ("PUT", "주문내역조회하기", "/주문/{id}/내역/조회", "Korean")),
                ("5", ("DELETE", "🎉🎉🎉🎉🎉🎉", "/party", "emoji")),
            ], cursor=1)
            other = self.query_one("#other", RowTable)
            other.set_columns(("Other",))
            other.set_rows([("a", ("first",)), ("b", ("second",))])
            main.focus()

    async def settle(pilot: Pilot[Any]) -> None:
        await pilot.pause()

    assert snap_compare(Snap(), terminal_size=(80, 24), run_before=settle)
