"""A field of a dialog never changes kind under the user's hands: the same control (text box,
select, list of ticks, checkbox) whether the design is empty or full, and a name the design
does not hold yet is added through "new …" rather than typed into a box that later becomes a
select."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.screen import ModalScreen
from textual.widgets import SelectionList

from designer.model import Design
from designer.store import load
from designer.tui.editors.base import Editor
from designer.tui.editors.form import RecordForm
from designer.tui.editors.host import EditorHost
from designer.tui.editors.lists import IntegrationsEditor
from designer.tui.editors.registry import EDITORS
from designer.tui.widgets.row_table import RowTable

EXAMPLES = Path(__file__).parent.parent / "examples"
FULL = ("event-driven-orders", "ecommerce-postgres")
"""Designs with services, roles, scopes, integrations, schemas and messages to choose from:
between them every list any example fills is filled (fastapi-auth-service, once a third, fills
none they leave empty, and each design here costs 80 s of CI over the 31 editors)."""

EDITOR_CLASSES = sorted({e for editors in EDITORS.values() for e in editors},
                        key=lambda e: e.__name__)


pytestmark = pytest.mark.usefixtures("no_blink")


def designs() -> list[tuple[str, Design]]:
    full = [(name, load(EXAMPLES / name / f"{name}.design.yaml")) for name in FULL]
    return [("empty", Design.new("empty")), *full]


async def controls(editor: type[Editor], design: Design) -> dict[tuple[str, str], str]:
    """(form title without its verb, field id) → control class, for every dialog `a` and `e`
    open from each table of `editor` over `design`."""
    seen: dict[tuple[str, str], str] = {}
    app = EditorHost(design, [editor])
    async with app.run_test(size=(120, 40)) as pilot:
        tables = list(app.query_one(editor).query(RowTable))
        for table in tables:
            for key in ("a", "e"):
                if not table.display:
                    continue
                table.focus()
                await pilot.pause()
                await pilot.press(key)
                await pilot.pause()
                form = app.screen
                if isinstance(form, RecordForm):
                    noun = form.form_title.split(" ", 1)[-1]
                    for control in form.query(".control"):
                        seen[(noun, str(control.id))] = type(control).__name__
                if isinstance(form, ModalScreen):
                    await pilot.press("escape")
                    await pilot.pause()
    return seen


@pytest.mark.parametrize("editor", EDITOR_CLASSES, ids=lambda e: e.__name__)
def test_every_dialog_field_keeps_its_kind_on_an_empty_and_a_full_design(
        editor: type[Editor]) -> None:
    kinds: dict[tuple[str, str], dict[str, str]] = {}
    for name, design in designs():
        for field, kind in asyncio.run(controls(editor, design)).items():
            kinds.setdefault(field, {})[name] = kind
    changing = {field: by for field, by in kinds.items() if len(set(by.values())) > 1}
    assert not changing, f"fields that change kind with the design: {changing}"


def test_an_integration_names_a_new_service_from_its_list() -> None:
    design = Design.new("shop")
    app = EditorHost(design, [IntegrationsEditor])

    async def scenario() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            app.query_one(RowTable).focus()
            await pilot.press("a", *"toss")
            form = app.screen
            assert isinstance(form, RecordForm)
            services = form.query_one("#f-services", SelectionList)
            services.focus()
            await pilot.pause()
            assert services.option_count == 1  # only "new service…", the list all the same
            await pilot.press("space")  # tick "new service…": asks for the name
            await pilot.pause()
            await pilot.press(*"payments", "enter")
            await pilot.pause()
            assert app.screen is form and list(services.selected) == ["payments"]
            await pilot.press("ctrl+s")
            await pilot.pause()

    asyncio.run(scenario())
    assert design.requirements.integrations[0].name == "toss"
    assert design.requirements.integrations[0].services == ["payments"]
    assert [s.name for s in design.architecture.services] == ["payments"]
