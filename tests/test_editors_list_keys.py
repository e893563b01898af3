"""One keyboard behaviour for every list editor, run once per editor the app mounts.

Tab lands on the table (never on a header button); arrows move the highlighted row; `e` and
Enter edit that row, `d` deletes that row, `a` adds; after every dialog the focus is back on the
table, on the same row.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from textual.screen import ModalScreen
from textual.widgets import Button

from designer.model import Design
from designer.model.api import ApiStyle, Endpoint, Resource, Schema
from designer.model.data import Entity
from designer.model.rpc import GraphQLOperation, GrpcService
from designer.tui.editors.base import Editor
from designer.tui.editors.endpoints import EndpointsEditor
from designer.tui.editors.entities import EntitiesEditor
from designer.tui.editors.graphql import GraphQLOperationsEditor
from designer.tui.editors.grpc import GrpcServicesEditor
from designer.tui.editors.host import EditorHost
from designer.tui.editors.records import RecordListEditor
from designer.tui.editors.registry import EDITORS
from designer.tui.editors.schemas import SchemasEditor
from designer.tui.widgets.row_table import RowTable


def _is_list(editor: type[Editor]) -> bool:
    if editor in (EndpointsEditor, EntitiesEditor, SchemasEditor, GraphQLOperationsEditor,
                  GrpcServicesEditor):
        return True
    if not issubclass(editor, RecordListEditor):
        return False
    probe = editor(Design.new("probe"))
    return probe.items() is probe.items()  # a live list, not one record shown as a row


LIST_EDITORS = sorted({e for editors in EDITORS.values() for e in editors if _is_list(e)},
                      key=lambda e: e.__name__)
"""Every list editor the app mounts (a new one in the registry is tested without a change)."""


pytestmark = pytest.mark.usefixtures("no_blink")


def two_rows(editor: type[Editor], design: Design) -> list[str]:
    """Put two records into the list `editor` shows; their names, in order."""
    names = ["first", "second"]
    design.api.style = ApiStyle.MIXED  # the GraphQL and gRPC editors show for their style
    if editor is EndpointsEditor:
        design.api.resources.append(Resource(name="orders", endpoints=[
            Endpoint(path="/orders", summary="first"),
            Endpoint(path="/orders/{id}", summary="second")]))
    elif editor is EntitiesEditor:
        design.data.entities.extend(Entity(name=n.title()) for n in names)
    elif editor is SchemasEditor:
        design.api.schemas.extend(Schema(name=n.title()) for n in names)
    elif editor is GraphQLOperationsEditor:
        design.api.graphql.operations.extend(GraphQLOperation(name=n) for n in names)
    elif editor is GrpcServicesEditor:
        design.api.grpc.services.extend(GrpcService(name=n.title()) for n in names)
    else:
        assert issubclass(editor, RecordListEditor)
        probe = editor(design)
        key = editor.KEY
        records = [editor.ITEM.model_validate({key: n} if key else {}) for n in names]
        probe.items().extend(records)
    return names


def count(editor: type[Editor], design: Design) -> int:
    """How many records the editor's (first) list holds."""
    if editor is EndpointsEditor:
        return sum(len(r.endpoints) for r in design.api.resources)
    if editor is EntitiesEditor:
        return len(design.data.entities)
    if editor is SchemasEditor:
        return len(design.api.schemas)
    if editor is GraphQLOperationsEditor:
        return len(design.api.graphql.operations)
    if editor is GrpcServicesEditor:
        return len(design.api.grpc.services)
    return len(editor(design).items())  # type: ignore[attr-defined]


def run(test: Any) -> None:
    asyncio.run(test())


@pytest.mark.parametrize("editor", LIST_EDITORS, ids=lambda e: e.__name__)
def test_the_keyboard_works_the_highlighted_row(editor: type[Editor]) -> None:
    design = Design.new("shop")
    two_rows(editor, design)
    app = EditorHost(design, [editor])

    async def scenario() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("tab")
            table = app.focused
            assert isinstance(table, RowTable), f"tab landed on {table!r}"
            assert table is app.query_one(editor).query(RowTable).first()
            assert table.cursor_row == 0
            await pilot.press("down")
            assert table.cursor_row == 1
            for opener in ("e", "enter"):
                await pilot.press(opener)
                form = app.screen
                assert isinstance(form, ModalScreen), opener
                assert "Edit" in str(getattr(form, "form_title", "Edit")), opener
                await pilot.press("escape")
                await pilot.pause()
                assert app.focused is table and table.cursor_row == 1, opener
            await pilot.press("e")
            await pilot.press("ctrl+s")  # saved unchanged: still the same row
            await pilot.pause()
            if isinstance(app.screen, ModalScreen):
                await pilot.press("escape")
                await pilot.pause()
            assert app.focused is table and table.cursor_row == 1
            await pilot.press("a")
            assert isinstance(app.screen, ModalScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert app.focused is table
            before = count(editor, design)
            highlighted = table.row_text(table.cursor_row)
            others = [table.row_text(i) for i in range(table.row_count)
                      if i != table.cursor_row]
            await pilot.press("d")
            assert isinstance(app.screen, ModalScreen)
            await pilot.press("y")
            await pilot.pause()
            assert count(editor, design) == before - 1
            rows = [table.row_text(i) for i in range(table.row_count)]
            assert highlighted not in rows  # the highlighted one went, the other stayed
            assert others[-1] in rows
            assert app.focused is table

    run(scenario)


SINGLE_EDITORS = sorted({e for editors in EDITORS.values() for e in editors
                         if issubclass(e, RecordListEditor) and not _is_list(e)},
                        key=lambda e: e.__name__)
"""Every editor that shows one setting as a row (a new one is tested without a change)."""


@pytest.mark.parametrize("editor", SINGLE_EDITORS, ids=lambda e: e.__name__)
def test_a_single_record_offers_no_add_or_delete(editor: type[RecordListEditor]) -> None:
    assert editor.SINGLE, "a record shown alone must say so, or it offers add and delete"
    design = Design.new("shop")
    design.api.style = ApiStyle.MIXED  # the GraphQL and gRPC editors show for their style
    app = EditorHost(design, [editor])

    async def scenario() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            labels = [str(b.label) for b in app.query_one(editor).query(Button)]
            assert labels == ["Edit"]
            await pilot.press("tab")
            before = design.model_dump()
            for key in ("a", "d"):
                await pilot.press(key)
                await pilot.pause()
                assert not isinstance(app.screen, ModalScreen), key
            assert design.model_dump() == before
            await pilot.press("e")
            assert isinstance(app.screen, ModalScreen)

    run(scenario)
