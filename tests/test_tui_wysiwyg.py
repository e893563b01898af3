"""What the app shows is what is saved: every question of every stage, and fast typing."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import unicodedata
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select, SelectionList, TextArea
from textual.worker import WorkerCancelled, WorkerError

from designer import store
from designer.commands.new import create
from designer.model.progress import Stage
from designer.tui.app import make_app
from designer.tui.widgets.question_field import QuestionField

WIDE = (120, 40)


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with asyncio (no async pytest plugin is installed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


pytestmark = pytest.mark.usefixtures("no_blink")


@pytest.fixture
def design_path(tmp_path: Path) -> Path:
    """A fresh design file called Shop."""
    return create("Shop", tmp_path)


async def settle(pilot: Pilot[Any], app: Any) -> None:
    """Let the keys typed be handled, timers fire and background workers finish."""
    await pilot.pause(0.1)
    for _ in range(200):  # a slow machine: a stage's first form takes a while to build
        if app._keys.idle:
            break
        await pilot.pause(0.05)
    for worker in list(app.workers):
        if worker.group in {"autosave", "copy", "preview", "problems", "recent"}:
            with contextlib.suppress(WorkerCancelled, WorkerError):  # replaced by a newer one
                await worker.wait()
    await pilot.pause()


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [getattr(v, "value", v) for v in value]
    return getattr(value, "value", value)


def shown(field: QuestionField) -> Any:
    """What the field shows, in the model's terms (a greyed placeholder counts as shown)."""
    widget = field.query_one(".answer")
    if isinstance(widget, Input):
        assert not widget.placeholder, f"{field.question.id} shows {widget.placeholder!r} greyed"
        return widget.value
    if isinstance(widget, TextArea):
        return widget.text
    if isinstance(widget, Select):
        return "" if widget.value is Select.NULL else widget.value
    if isinstance(widget, SelectionList):
        return sorted(widget.selected)
    if isinstance(widget, Checkbox):
        return widget.value
    raise AssertionError(f"unexpected widget for {field.question.id}")


def saved(field: QuestionField, design: Any) -> Any:
    """The model's value as the field's widget would hold it."""
    value = _plain(field.question.get(design))
    kind = field.kind
    if kind in ("text", "int", "number"):
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    if kind == "list":
        return "\n".join(str(v) for v in value or [])
    if kind == "textarea":
        return value or ""
    if kind == "choice":
        return value or ""
    if kind == "multichoice":
        return sorted(str(v) for v in value or [])
    return bool(value)


def mismatches(form: Any, design: Any) -> list[str]:
    """Visible fields whose display differs from the model."""
    return [f"{f.question.key}: shows {shown(f)!r}, saved {saved(f, design)!r}"
            for f in form.fields() if f.display and shown(f) != saved(f, design)]


@sync
async def test_every_question_of_every_stage_shows_what_is_saved(design_path: Path) -> None:
    """Each stage, then every option of every choice (which reveals conditional questions with
    their defaults): every visible field shows exactly the model's value, and so does the file."""
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        screen = app.screen
        walked = 0
        for stage in Stage:
            if stage is Stage.REVIEW:
                continue
            await screen.go_to(stage)
            await settle(pilot, app)
            form = screen.form
            assert mismatches(form, app.design) == [], stage
            for field in form.fields():
                if not field.display or field.kind not in ("choice", "multichoice", "bool"):
                    continue
                widget = field.query_one(".answer")
                options = [o.value for o in field.question.options]
                for option in options or [True, False]:
                    if not field.display:
                        break
                    if isinstance(widget, Select):
                        widget.value = option
                    elif isinstance(widget, SelectionList):
                        widget.select(option)
                    else:
                        widget.value = not widget.value
                    await pilot.pause()
                    assert mismatches(form, app.design) == [], (field.question.key, option)
                    walked += 1
            await settle(pilot, app)
        assert walked > 50
        await screen.go_to(Stage.TESTING)
        await settle(pilot, app)
        assert "load" in _plain(app.design.testing.levels)
        assert app.design.testing.load_tool == "k6"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    assert store.load(design_path).testing.load_tool == "k6"


@sync
async def test_choosing_load_tests_stores_the_load_tool_shown(design_path: Path) -> None:
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.screen
        await screen.go_to(Stage.TESTING)
        await settle(pilot, app)
        levels = screen.form.field("levels")
        assert levels is not None and not screen.form.field("load_tool").display
        levels.query_one(SelectionList).select("load")
        await settle(pilot, app)
        tool = screen.form.field("load_tool")
        assert tool.display and shown(tool) == "k6"
        assert app.design.testing.load_tool == "k6"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    assert store.load(design_path).testing.load_tool == "k6"


def blast(app: Any, keys: list[str]) -> None:
    """Queue every key at once, as a fast typist or a paste does: no pause between them."""
    driver = app._driver
    for key in keys:
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        try:
            char: str | None = unicodedata.lookup(
                _get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
        except KeyError:
            char = key if len(key) == 1 else None
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)


@sync
async def test_keys_typed_at_full_speed_across_tab_and_f5_land_where_they_were_aimed(
        design_path: Path) -> None:
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        screen = app.screen
        name = screen.form.field("name").query_one(Input)
        name.focus()
        await pilot.pause()
        # The name, tab, the domain, tab, the description, then F5 and at once onwards.
        blast(app, ["end", "ctrl+u", *"Mall", "tab", *"Retail", "tab", *"Sells things",
                    "f5", *"x "])
        await settle(pilot, app)
        assert app.design.requirements.name == "Mall"
        assert app.design.requirements.domain == "Retail"
        assert app.design.requirements.description == "Sells things"
        assert screen.stage is Stage.STACK
        first = screen.focused
        assert first is not None and first.screen is screen and first.display
        assert any(a is screen.form for a in first.ancestors)
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    back = store.load(design_path)
    assert (back.requirements.name, back.requirements.description) == ("Mall", "Sells things")


@sync
async def test_a_dialog_opened_by_a_key_gets_the_keys_typed_right_after(
        design_path: Path) -> None:
    """`a` opens the add dialog; the name typed at once goes into it, not into the table."""
    from designer.tui.editors.lists import FeaturesEditor
    from designer.tui.widgets.row_table import RowTable

    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        app.screen.form.query_one(FeaturesEditor).query_one(RowTable).focus()
        await pilot.pause()
        blast(app, ["a", *"Sell deals", "tab", *"As a seller I post deals", "ctrl+s",
                    "a", *"Search", "ctrl+s"])
        await settle(pilot, app)
        features = app.design.requirements.features
        assert [(f.name, f.story) for f in features] == [
            ("Sell deals", "As a seller I post deals"), ("Search", "")]


@sync
async def test_the_database_service_is_always_a_choice_and_new_names_are_kept() -> None:
    """No service yet: the Service field is still a choice, whose "new service…" asks for a
    name; the name is kept on the database and becomes a service of the design."""
    from designer.model import Design
    from designer.tui.editors.form import RecordForm
    from designer.tui.editors.host import EditorHost
    from designer.tui.editors.lists import DatabasesEditor
    from designer.tui.widgets.row_table import RowTable

    design = Design.new("shop")
    app = EditorHost(design, [DatabasesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one(RowTable).focus()
        await pilot.press("a", *"orders-db")
        form = app.screen
        assert isinstance(form, RecordForm)
        service = form.query_one("#f-service")
        assert isinstance(service, Select)
        service.focus()
        await pilot.press("enter", "end", "enter")  # the last entry: "new service…"
        await pilot.pause()
        await pilot.press(*"orders", "enter")
        await pilot.pause()
        assert app.screen is form and service.value == "orders"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [(d.name, d.service) for d in design.data.databases] == [("orders-db", "orders")]
    assert [s.name for s in design.architecture.services] == ["orders"]


@pytest.mark.parametrize(("item", "editor_name", "row"), [
    ("data.caching[User]", "CachingEditor", 1),
    ("data.entities[Order].fields[total]", "EntitiesEditor", 1),
])
def test_reopening_puts_the_focus_on_the_item_left(tmp_path: Path, item: str,
                                                   editor_name: str, row: int) -> None:
    from designer.model.data import CacheRule, Entity
    from designer.model.design import Design
    from designer.tui.widgets.row_table import RowTable

    design = Design.new("Shop")
    design.data.caching.extend([CacheRule(target="Product"), CacheRule(target="User")])
    design.data.entities.extend([Entity(name="User"), Entity(name="Order")])
    design.progress.current_stage = Stage.DATA
    design.progress.current_item = item
    path = tmp_path / "Shop.design.yaml"
    store.save(design, path)

    async def scenario() -> None:
        app = make_app(path, autosave_delay=0.05)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot, app)
            focused = app.focused
            assert isinstance(focused, RowTable)
            editor = next(a for a in focused.ancestors if type(a).__name__ == editor_name)
            assert editor is not None and focused.cursor_row == row
            assert focused.region.height > 0 and app.screen.form.region.contains_region(
                focused.region.intersection(app.screen.form.region))

    asyncio.run(scenario())


def test_a_stage_marked_with_problems_lists_them_and_opens_the_one_chosen(
        tmp_path: Path) -> None:
    from designer.model.design import Design
    from designer.tui.editors.dialogs import PickScreen
    from designer.tui.widgets.stage_list import StageList

    design = Design.new("Market")
    design.api.base_path = "api/v1"  # must start with '/'
    path = tmp_path / "Market.design.yaml"
    store.save(design, path)

    async def scenario() -> None:
        app = make_app(path, autosave_delay=0.05)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.5)
            await settle(pilot, app)
            screen = app.screen
            assert Stage.API in screen._problem_stages
            await pilot.press("escape")  # the stage list
            assert isinstance(app.focused, StageList)
            await pilot.press("down", "down", "enter")  # 3 API design, marked "!"
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, PickScreen)
            assert any(line.startswith("base path: ") for line in dialog.names)
            await pilot.press("enter")
            await settle(pilot, app)
            assert screen.stage is Stage.API
            field = next(a for a in app.focused.ancestors if isinstance(a, QuestionField))
            assert field.question.bind == "api.base_path"

    asyncio.run(scenario())


def large_design(tmp_path: Path, entities: int = 300) -> Path:
    """benchmarks/bench_export.py's generated design of `entities` entities, saved."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_export", Path(__file__).parent.parent / "benchmarks" / "bench_export.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    path = tmp_path / "large.design.yaml"
    store.save(bench.generated(entities), path)
    return path


@sync
async def test_full_speed_keys_on_a_large_design_across_tab_f5_and_dialogs(
        tmp_path: Path) -> None:
    """300 entities: every Tab, F5 and dialog costs more, and the keys typed behind them still
    land where they were aimed (fields, the next stage, the dialog `a` opens, the next list)."""
    path = large_design(tmp_path)
    app = make_app(path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        screen = app.screen
        screen.form.field("name").query_one(Input).focus()
        await pilot.pause()
        blast(app, ["end", "ctrl+u", *"Mall", "tab", "end", "ctrl+u", *"Retail", "tab",
                    "f7", *"Sells things", "f5"])
        await settle(pilot, app)
        assert screen.stage is Stage.STACK
        await screen.go_to(Stage.DATA)
        await settle(pilot, app)
        from designer.tui.editors.lists import EnumsEditor
        from designer.tui.widgets.row_table import RowTable

        screen.form.query_one(EnumsEditor).query_one(RowTable).focus()
        await pilot.pause()
        entities = len(app.design.data.entities)
        # Add an enum in its dialog, Tab on to the entity list, add an entity there.
        blast(app, ["a", *"Status", "tab", *"new, paid", "ctrl+s", "tab",
                    "a", *"Widget", "ctrl+s", *"xyz"])
        await settle(pilot, app)
        design = app.design
        assert [(e.name, e.values) for e in design.data.enums][-1:] == [
            ("Status", ["new", "paid"])]
        assert len(design.data.entities) == entities + 1
        assert design.data.entities[-1].name == "Widget"
        await pilot.press("ctrl+s")
        await settle(pilot, app)
    back = store.load(path)
    assert (back.requirements.name, back.requirements.domain,
            back.requirements.description) == ("Mall", "Retail", "Sells things")
    assert back.data.entities[-1].name == "Widget"


@sync
async def test_keys_typed_right_after_enter_on_a_row_go_into_its_dialog(
        design_path: Path) -> None:
    """Enter on a table opens the row's dialog through a message ("row selected") the editor
    gets after the key: the keys typed behind Enter wait for that dialog, not the table."""
    from designer.model.requirements import Feature
    from designer.tui.editors.lists import FeaturesEditor
    from designer.tui.widgets.row_table import RowTable

    design = store.load(design_path)
    design.requirements.features = [Feature(name="one"), Feature(name="two")]
    store.save(design, design_path)
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        app.screen.form.query_one(FeaturesEditor).query_one(RowTable).focus()
        await pilot.pause()
        # The first key behind Enter is Tab: in the table it would move the focus away.
        blast(app, ["down", "enter", "tab", *"As a buyer", "shift+tab", *"Zed", "ctrl+s",
                    "up", "enter", *"Q", "ctrl+s"])
        await settle(pilot, app)
        assert [(f.name, f.story) for f in app.design.requirements.features] == [
            ("oneQ", ""), ("twoZed", "As a buyer")]
