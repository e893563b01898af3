"""The entities editor and the detection editor, driven by keys in a tiny host app."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from textual.widgets import Input, Label, RadioButton, Select, Static, Tree

from designer.model import Design
from designer.model.data import Entity, Field, FieldType, Relationship
from designer.tui.editors.detection import DetectionEditor
from designer.tui.editors.entities import EntitiesEditor
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.widgets.row_table import RowTable


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test without an async pytest plugin."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


def _problems(app: EditorHost) -> str:
    return str(app.query_one(".editor-problems", Static).render())


@sync
async def test_add_an_entity_with_two_fields_and_a_foreign_key() -> None:
    design = Design.new("shop")
    design.data.entities.append(
        Entity(name="User", fields=[Field(name="id", type=FieldType.UUID, primary_key=True)]))
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#entities").focus()
        await pilot.press("a", *"Order", "enter")
        await pilot.pause()
        await pilot.press("tab")  # to the fields table of Order
        assert app.focused is app.query_one("#fields")
        await pilot.press("a", *"id")
        form = app.screen
        assert isinstance(form, RecordForm)
        form.query_one("#f-type", Select).value = "uuid"
        form.query_one("#f-primary_key").value = True  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("a", *"user_id")
        form = app.screen
        form.query_one("#f-type", Select).value = "uuid"
        form.query_one("#f-references", Select).value = "User.id"
        form.query_one("#f-on_delete", Select).value = "cascade"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert _problems(app) == ""
    order = design.data.entity("Order")
    assert order is not None
    assert [(f.name, f.type, f.primary_key) for f in order.fields] == [
        ("id", "uuid", True), ("user_id", "uuid", False)]
    assert order.fields[1].references == "User.id"
    assert order.fields[1].on_delete.value == "cascade"
    assert app.changes == ["data.entities[Order]", "data.entities[Order].fields[id]",
                           "data.entities[Order].fields[user_id]"]


@sync
async def test_problems_show_inline_and_refresh_after_a_change() -> None:
    design = Design.new("shop")
    design.data.entities.append(Entity(name="Order", fields=[
        Field(name="user_id", references="User")]))
    design.data.relationships.append(Relationship(source="User", target="Order"))
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        shown = _problems(app)
        assert "entity Order › field user_id: references unknown entity 'User'" in shown
        assert "relationship User->Order" in shown
        app.query_one("#entities").focus()
        await pilot.press("a", *"User", "enter")
        await pilot.pause()
        assert _problems(app) == ""


@sync
async def test_rename_an_entity_and_add_an_index_and_a_relationship() -> None:
    design = Design.new("shop")
    design.data.entities += [
        Entity(name="User", fields=[Field(name="id", primary_key=True),
                                    Field(name="email", type=FieldType.EMAIL)]),
        Entity(name="Order", fields=[Field(name="user_id", references="User.id")]),
    ]
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#entities").focus()
        await pilot.press("e")
        app.screen.query_one("#f-name", Input).value = "Account"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert design.data.entities[1].fields[0].references == "Account.id"
        await pilot.press("tab", "tab")  # fields → indexes
        assert app.focused is app.query_one("#indexes")
        await pilot.press("a", *"email, nope", "ctrl+s")
        await pilot.pause()
        assert "no field nope" in str(app.screen.query_one("#e-fields").render())
        app.screen.query_one("#f-fields", Input).value = "email"
        app.screen.query_one("#f-unique").value = True  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("tab")  # relationships
        await pilot.press("a")
        app.screen.query_one("#f-source", Select).value = "Account"
        app.screen.query_one("#f-target", Select).value = "Order"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("d", "y")  # and delete it again
        await pilot.pause()
    account = design.data.entities[0]
    assert account.name == "Account"
    assert [(i.fields, i.unique) for i in account.indexes] == [(["email"], True)]
    assert design.data.relationships == []
    assert "data.relationships[Account→Order]" in app.changes


def _fastapi_project(root: Path) -> Path:
    root.mkdir()
    (root / "requirements.txt").write_text(
        "fastapi==0.110.0\nsqlalchemy>=2.0\npsycopg2-binary==2.9.9\npytest\n")
    (root / "main.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n")
    (root / "test_main.py").write_text("def test_root():\n    assert True\n")  # a suite to run
    return root


@sync
async def test_detection_scans_a_folder_and_uses_the_backend(tmp_path: Path) -> None:
    root = _fastapi_project(tmp_path / "proj")
    design = Design.new("shop")
    app = EditorHost(design, [DetectionEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#detect-folder", Input).value = str(root)
        app.query_one("#detect-folder", Input).focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Found 1 backend" in str(app.query_one("#detect-status", Static).render())
        labels = []
        stack = [app.query_one(Tree).root]
        while stack:
            node = stack.pop()
            labels.append(str(node.label))
            stack += node.children
        assert any(lbl.startswith("framework: FastAPI") for lbl in labels)
        assert "requirements.txt:1  fastapi==0.110.0" in labels
        await pilot.press("u")
        await pilot.pause()
        assert "FastAPI" in str(app.query_one("#detect-stack", Static).render())
    assert design.stack.framework == "FastAPI"
    assert design.stack.test_framework == "pytest" and design.data.orm == "SQLAlchemy"
    # the engine the driver names becomes the design's database, as `detect --into` does
    assert [(d.name, d.engine.value) for d in design.data.databases] == [("main", "postgresql")]
    assert design.stack.detection is not None and design.stack.detection.root == str(root)
    assert app.changes == ["stack"]


@sync
async def test_empty_detection_asks_and_other_takes_a_name(tmp_path: Path) -> None:
    design = Design.new("shop")
    app = EditorHost(design, [DetectionEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#detect-folder", Input).value = str(tmp_path)
        app.query_one("#detect-scan").press()  # type: ignore[attr-defined]
        # The scan's worker may not have started when the press returns (a loaded machine):
        # wait for its answer rather than for the workers that exist now.
        for _ in range(200):
            await app.workers.wait_for_complete()
            await pilot.pause(0.02)
            if "Nothing was detected" in str(app.query_one("#detect-question").render()):
                break
        assert "Nothing was detected" in str(app.query_one("#detect-question").render())
        editor = app.query_one(DetectionEditor)
        assert editor.has_class("-choosing")  # the scan left the question open: ask it
        other = next(b for b in app.query(RadioButton) if str(b.label) == "Other")
        other.value = True
        app.query_one("#detect-choose").press()  # type: ignore[attr-defined]
        await pilot.pause()
        assert design.stack.framework == ""  # no name yet: nothing chosen
        app.query_one("#detect-other", Input).value = "Hapi"
        app.query_one("#detect-choose").press()  # type: ignore[attr-defined]
        await pilot.pause()
        assert not editor.has_class("-choosing")  # chosen: the second chooser goes away
        app.query_one("#detect-folder", Input).value = str(tmp_path / "missing")
        app.query_one("#detect-scan").press()  # type: ignore[attr-defined]
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "no such folder" in str(app.query_one("#detect-status").render())
    assert (design.stack.framework, design.stack.framework_other) == ("other", "Hapi")


@sync
async def test_header_buttons_act_on_the_last_focused_table() -> None:
    design = Design.new("shop")
    design.data.entities.append(Entity(name="User"))
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#fields").focus()
        await pilot.pause()
        add = next(b for b in app.query_one(EntitiesEditor).query("Button") if b.name == "add")
        await pilot.click(add)
        await pilot.pause()
        assert isinstance(app.screen, RecordForm) and app.screen.form_title == "Add field"
        await pilot.press(*"id", "enter")
        await pilot.pause()
    assert [f.name for f in design.data.entities[0].fields] == ["id"]


@sync
async def test_highlighting_an_entity_shows_its_fields_and_enter_edits_it() -> None:
    design = Design.new("shop")
    design.data.entities += [
        Entity(name="User", fields=[Field(name="id"), Field(name="email")]),
        Entity(name="Order", fields=[Field(name="id"), Field(name="user_id"),
                                     Field(name="total")]),
    ]
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        entities, fields = (app.query_one(f"#{name}", RowTable) for name in ("entities", "fields"))
        entities.focus()
        assert fields.row_count == 2
        await pilot.press("down")
        await pilot.pause()
        assert fields.row_count == 3
        assert "Fields of Order" in str(app.query_one("#fields-label", Label).render())
        await pilot.press("enter")
        assert isinstance(app.screen, RecordForm) and app.screen.form_title == "Edit entity"


@sync
async def test_fields_move_with_brackets_and_shift_arrows_and_the_cursor_follows() -> None:
    design = Design.new("shop")
    design.data.entities.append(Entity(name="Order", fields=[
        Field(name=n) for n in ("id", "total", "note")]))
    app = EditorHost(design, [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one("#fields", RowTable)
        table.focus()
        await pilot.press("]", "]", "]")  # clamped at the end
        await pilot.pause()
        assert [f.name for f in design.data.entities[0].fields] == ["total", "note", "id"]
        assert table.cursor_row == 2 and table.row_text(2)[0] == "id"
        await pilot.press("shift+up")
        await pilot.pause()
        assert [f.name for f in design.data.entities[0].fields] == ["total", "id", "note"]
        app.query_one("#entities").focus()
        await pilot.press("[")  # only the fields table moves rows
        await pilot.pause()
        assert [f.name for f in design.data.entities[0].fields] == ["total", "id", "note"]
    assert app.changes[-1] == "data.entities[Order].fields"


@sync
async def test_tab_passes_the_fields_and_indexes_by_until_there_is_an_entity() -> None:
    app = EditorHost(Design.new("shop"), [EntitiesEditor])
    async with app.run_test(size=(80, 24)) as pilot:
        app.query_one("#entities").focus()
        await pilot.press("tab")
        assert app.focused not in (app.query_one("#fields"), app.query_one("#indexes"))
        app.query_one("#entities").focus()
        await pilot.press("a", *"Order", "enter")
        await pilot.pause()
        await pilot.press("tab")
        assert app.focused is app.query_one("#fields")
