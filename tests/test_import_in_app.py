"""Import in the app, driven by keys: "New design from…" on the welcome screen, and "import: …"
in the palette of an open design, which previews what is added, replaced and left alone before
anything changes, applies it as one step and undoes it exactly (the saved file included)."""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from keyboard import Pasted, press
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from designer import store
from designer.commands.new import create
from designer.export import openapi
from designer.importers.kinds import load
from designer.importers.merge import Policy, merge, preview
from designer.model.api import Endpoint, Method, Resource
from designer.tui.app import make_app
from designer.tui.screens.import_dialogs import ImportDialog, NewFromDialog, PreviewDialog
from designer.tui.widgets.question_field import QuestionField

EXAMPLE = Path(__file__).parent.parent / "examples" / "ecommerce-postgres"

SQL = """
CREATE TABLE customer (
  id bigint PRIMARY KEY,
  email varchar(120) NOT NULL UNIQUE
);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  total numeric(12,2) NOT NULL
);
"""


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test in its own event loop."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


pytestmark = pytest.mark.usefixtures("no_blink")


@pytest.fixture
def spec_file(tmp_path: Path) -> Path:
    """The OpenAPI description designer exports for the e-commerce example."""
    design = store.load(next(EXAMPLE.glob("*.design.yaml")))
    path = tmp_path / "shop-openapi.yaml"
    path.write_text(openapi.render(design), encoding="utf-8")
    return path


async def _settle(pilot: Pilot[Any]) -> None:
    await pilot.pause(0.1)
    for _ in range(3):
        for worker in list(pilot.app.workers):
            if worker.group in {"autosave", "copy", "preview", "problems", "recent", "import-read"}:
                await worker.wait()
        await pilot.pause(0.05)


async def _until(pilot: Pilot[Any], done: Callable[[], Any]) -> None:
    """Pause until `done()` holds (a loaded machine reads and opens dialogs slowly)."""
    for _ in range(400):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never got there")


async def _palette_import(pilot: Pilot[Any], command: str, source: Path) -> None:
    """Run the palette command `command`, type `source` and read it: the preview is up."""
    await pilot.press("ctrl+p", *command)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await _until(pilot, lambda: isinstance(pilot.app.screen, ImportDialog))
    await pilot.pause()
    await press(pilot, Pasted(str(source)), "enter")
    await _until(pilot, lambda: isinstance(pilot.app.screen, PreviewDialog))
    await pilot.pause()


def _preview_text(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one("#preview-text", Static).render())


@sync
async def test_palette_import_previews_applies_and_undoes_exactly(tmp_path: Path,
                                                                   spec_file: Path) -> None:
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+s")
        await _settle(pilot)
        before = path.read_bytes()
        await _palette_import(pilot, "import: OpenAPI", spec_file)
        text = _preview_text(pilot)
        assert "Will be added" in text and "resource" in text
        assert store.load(path).api.resources == []  # nothing changed before the choice
        await pilot.press("enter")  # "Import": nothing differs from this empty design
        await _until(pilot, lambda: not isinstance(app.screen, PreviewDialog))
        await _settle(pilot)
        saved = store.load(path)
        imported, _ = load("openapi", spec_file, None)
        assert [r.name for r in saved.api.resources] == [r.name for r in imported.api.resources]
        assert [e.name for e in saved.data.entities] == [e.name for e in imported.data.entities]
        assert app.screen.check_action("undo_import", ()) is True
        footer = [b.binding.description for b in app.screen.active_bindings.values()
                  if b.enabled and b.binding.show]
        assert "Undo import" in footer
        await pilot.press("ctrl+z")
        await _settle(pilot)
        assert path.read_bytes() == before
        assert app.design.api.resources == []
        assert app.screen.check_action("undo_import", ()) is False


@sync
async def test_undo_from_the_palette_and_not_after_a_later_change(tmp_path: Path,
                                                                   spec_file: Path) -> None:
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.01)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+s")
        await _settle(pilot)
        before = path.read_bytes()
        await _palette_import(pilot, "import: OpenAPI", spec_file)
        await pilot.press("enter")
        await _settle(pilot)
        assert store.load(path).api.resources
        await pilot.press("ctrl+p", *"edit: undo import")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _settle(pilot)
        assert path.read_bytes() == before

        await _palette_import(pilot, "import: OpenAPI", spec_file)
        await pilot.press("enter")
        await _settle(pilot)
        field = next(f for f in app.screen.query(QuestionField) if f.question.id == "name")
        field.query_one(".answer", Input).focus()
        await pilot.press("end", "X")  # a change of the user's own after the import
        await _settle(pilot)
        assert app.screen.check_action("undo_import", ()) is False
        await pilot.press("ctrl+z")  # nothing to undo: the import and the edit stay
        await _settle(pilot)
    assert store.load(path).api.resources


@sync
async def test_conflicts_keep_mine_or_replace_as_the_cli_would(tmp_path: Path,
                                                              spec_file: Path) -> None:
    imported, _ = load("openapi", spec_file, None)
    first = imported.api.resources[0]
    mine = first.model_copy(deep=True)
    mine.endpoints[0].summary = "My own words"
    design = store.load(create("Shop", tmp_path))
    design.api.resources.append(mine)
    path = tmp_path / "Shop.design.yaml"
    store.save(design, path)

    for choice, summary in (("keep", "My own words"), ("replace", first.endpoints[0].summary)):
        store.save(design, path)
        app = make_app(path, autosave_delay=0.01)
        async with app.run_test(size=(80, 24)) as pilot:
            await _settle(pilot)
            await _palette_import(pilot, "import: OpenAPI", spec_file)
            assert "Differs from yours" in _preview_text(pilot)
            assert app.screen.focused is not None and app.screen.focused.id == "keep"
            if choice == "replace":
                await pilot.press("tab")
                assert app.screen.focused is not None and app.screen.focused.id == "replace"
            await pilot.press("enter")
            await _settle(pilot)
        saved = store.load(path)
        got = next(r for r in saved.api.resources if r.name == first.name)
        assert got.endpoints[0].summary == summary
        # The CLI's merge of the same inputs gives the same design.
        cli = design.model_copy(deep=True)
        merge(cli, imported, Policy(choice))
        assert saved.api.model_dump() == cli.api.model_dump()
        assert saved.data.model_dump() == cli.data.model_dump()


def test_preview_lists_what_merge_does() -> None:
    imported, _ = load("openapi", _exported(), None)
    design = imported.model_copy(deep=True)
    design.api.resources[0].endpoints[0].summary = "changed"
    design.api.resources.append(Resource(name="extra", endpoints=[
        Endpoint(method=Method.GET, path="/extra")]))
    seen = preview(design, imported)
    replaced = merge(design.model_copy(deep=True), imported, Policy.REPLACE)
    assert seen.conflicts == replaced.replaced and seen.added == replaced.added
    assert seen.kept == replaced.kept


def _exported() -> Path:
    import tempfile

    design = store.load(next(EXAMPLE.glob("*.design.yaml")))
    handle, name = tempfile.mkstemp(suffix=".yaml")
    os.close(handle)
    Path(name).write_text(openapi.render(design), encoding="utf-8")
    return Path(name)


@pytest.mark.parametrize(("content", "says"), [
    (None, "no such file"),
    ("openapi: 3.1.0\npaths: {a: [", "not valid yaml"),
    ('{"openapi": "3.1.0", "paths": {"/a": {"$ref": "https://example.com/x.yaml"}}}',
     "remote"),
    ("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n"
     "    B: {$ref: '#/components/schemas/A'}\npaths:\n  /a:\n    get:\n      responses:\n"
     "        '200': {description: ok, content: {application/json: {schema: "
     "{$ref: '#/components/schemas/A'}}}}\n", "cycle"),
])
@sync
async def test_a_missing_broken_or_hostile_file_is_one_line_in_the_dialog(
        tmp_path: Path, content: str | None, says: str) -> None:
    source = tmp_path / "source.yaml"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+s")
        await _settle(pilot)
        before = path.read_bytes()
        await pilot.press("ctrl+p", *"import: OpenAPI")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ImportDialog))
        await pilot.pause()
        await press(pilot, Pasted(str(source)), "enter")
        error = app.screen.query_one(".error", Static)
        await _until(pilot, lambda: str(error.render()).strip()
                     and "Reading" not in str(error.render()))
        shown = str(error.render())
        assert says in shown.lower() and str(source) in shown and "\n" not in shown.strip()
        assert isinstance(app.screen, ImportDialog)  # still open: the path can be corrected
        await pilot.press("escape")
        await _settle(pilot)
        assert app.screen.__class__.__name__ == "DesignScreen"
    assert path.read_bytes() == before


@sync
async def test_new_design_from_a_sql_schema_on_the_welcome_screen(tmp_path: Path) -> None:
    source = tmp_path / "schema.sql"
    source.write_text(SQL, encoding="utf-8")
    folder = tmp_path / "designs"
    folder.mkdir()
    app = make_app(None, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("i")
        await _until(pilot, lambda: isinstance(app.screen, NewFromDialog))
        await pilot.pause()
        kind = app.screen.query_one("#kind", Select)
        assert app.screen.focused is kind
        await pilot.press("enter", "down", "enter")  # open the list, OpenAPI → SQL schema
        await _until(pilot, lambda: kind.value == "sql")
        # File, then the dialect (shown for SQL only; Auto), then the name and the folder.
        await press(pilot, "tab", Pasted(str(source)), "tab", "tab", *"Orders", "tab", "ctrl+u",
                           Pasted(str(folder)), "enter")
        await _until(pilot, lambda: isinstance(app.screen, PreviewDialog))
        assert "entity customer" in _preview_text(pilot).lower()
        assert not (folder / "Orders.design.yaml").exists()  # nothing written yet
        await pilot.press("enter")  # Create
        await _until(pilot, lambda: app.design is not None)
        await _settle(pilot)
        assert app.design.name == "Orders"
    saved = store.load(folder / "Orders.design.yaml")
    assert {e.name.lower() for e in saved.data.entities} == {"customer", "orders"}


@sync
async def test_new_design_refuses_an_existing_file_and_a_missing_folder(tmp_path: Path,
                                                                          spec_file: Path
                                                                          ) -> None:
    existing = create("Taken", tmp_path)
    before = existing.read_bytes()
    app = make_app(None, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("i")
        await _until(pilot, lambda: isinstance(app.screen, NewFromDialog))
        await pilot.pause()
        await press(pilot, "tab", Pasted(str(spec_file)), "tab", *"Taken", "tab", "ctrl+u",
                           Pasted(str(tmp_path / "nowhere")), "enter")
        error = app.screen.query_one(".error", Static)
        await _until(pilot, lambda: "no such folder" in str(error.render()))
        await press(pilot, "ctrl+u", Pasted(str(tmp_path)), "enter")
        await _until(pilot, lambda: "already exists" in str(error.render()))
        assert isinstance(app.screen, NewFromDialog)
    assert existing.read_bytes() == before


# MySQL without backticks or ENGINE: the guess says PostgreSQL, which cannot parse `KEY`.
PLAIN_MYSQL = """
CREATE TABLE users (
  id BIGINT NOT NULL PRIMARY KEY,
  email VARCHAR(190) NOT NULL,
  UNIQUE KEY uq_users_email (email)
);
CREATE TABLE posts (
  id BIGINT NOT NULL PRIMARY KEY,
  user_id BIGINT NOT NULL,
  KEY idx_posts_user (user_id),
  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
"""
# Plainly MySQL; read as PostgreSQL every CREATE TABLE is kept as an opaque statement.
MYSQL = """
CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(190) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
CREATE TABLE `posts` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `fk_posts_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;
"""


async def _choose(pilot: Pilot[Any], select: Select[str], value: str) -> None:
    """Open the focused `select` with enter and move to `value` with the arrow keys."""
    assert pilot.app.screen.focused is select
    values = [v for _, v in select._options]
    await pilot.press("enter", *["down"] * (values.index(value) - values.index(select.value)),
                      "enter")
    await _until(pilot, lambda: select.value == value)


def _error(pilot: Pilot[Any]) -> str:
    return str(pilot.app.screen.query_one(".error", Static).render())


async def _read_done(pilot: Pilot[Any]) -> None:
    """Pause until the dialog has shown the outcome of a read (or closed)."""
    await _until(pilot, lambda: not isinstance(pilot.app.screen, ImportDialog)
                 or (_error(pilot).strip() and "Reading" not in _error(pilot)))
    await pilot.pause()


@sync
async def test_new_from_a_mysql_schema_names_the_dialect_and_reads_it_when_chosen(
        tmp_path: Path) -> None:
    from designer.model.data import Engine, OnDelete

    source = tmp_path / "schema.sql"
    source.write_text(PLAIN_MYSQL, encoding="utf-8")
    app = make_app(None, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("i")
        await _until(pilot, lambda: isinstance(app.screen, NewFromDialog))
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#dialect-row").display is False  # asked of SQL only
        await _choose(pilot, dialog.query_one("#kind", Select), "sql")
        assert dialog.query_one("#dialect-row").display is True
        # Auto would fall back to MySQL by itself; PostgreSQL chosen is read as chosen.
        await press(pilot, "tab", Pasted(str(source)), "tab")
        await _choose(pilot, dialog.query_one("#dialect", Select), "postgres")
        await pilot.press("shift+tab", "enter")
        await _read_done(pilot)
        shown = _error(pilot)
        assert str(source) in shown and "choose MySQL" in shown and "\n" not in shown.strip()
        assert app.screen is dialog and list(tmp_path.glob("*.design.yaml")) == []
        await pilot.press("tab")
        await _choose(pilot, dialog.query_one("#dialect", Select), "mysql")
        assert _error(pilot).strip() == ""  # the line spoke of the last read, not this choice
        await press(pilot, "tab", *"Blog", "tab", "ctrl+u", Pasted(str(tmp_path)), "enter")
        await _until(pilot, lambda: isinstance(app.screen, PreviewDialog))
        assert "(MySQL)" in str(app.screen.query_one(".title", Static).render())
        await pilot.press("enter")  # Create
        await _until(pilot, lambda: app.design is not None)
        await _settle(pilot)
    saved = store.load(tmp_path / "Blog.design.yaml")
    assert [d.engine for d in saved.data.databases] == [Engine.MYSQL]
    assert {e.name.lower() for e in saved.data.entities} == {"users", "posts"}
    assert [r.on_delete for r in saved.data.relationships] == [OnDelete.CASCADE]


@sync
async def test_mysql_read_as_postgres_is_advised_and_read_again_goes_ahead(
        tmp_path: Path) -> None:
    source = tmp_path / "schema.sql"
    source.write_text(MYSQL, encoding="utf-8")
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+s")
        await _settle(pilot)
        before = path.read_bytes()
        await pilot.press("ctrl+p", *"import: SQL")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ImportDialog))
        await pilot.pause()
        dialog = app.screen
        await press(pilot, Pasted(str(source)), "tab")
        await _choose(pilot, dialog.query_one("#dialect", Select), "postgres")
        await pilot.press("tab", "tab")
        assert dialog.focused is not None and dialog.focused.id == "ok"
        await pilot.press("enter")
        await _read_done(pilot)
        shown = _error(pilot)
        assert "schema.sql" in shown and "choose MySQL" in shown and "Read again" in shown
        assert app.screen is dialog and path.read_bytes() == before
        # Focus stayed on Read: enter again reads with the user's choice, as they were told.
        assert dialog.focused is not None and dialog.focused.id == "ok"
        # (A button ignores a press while its 0.2 s press effect lasts; a loaded test is quick.)
        await _until(pilot, lambda: not dialog.focused.has_class("-active"))
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, PreviewDialog))
        assert "(PostgreSQL)" in str(app.screen.query_one(".title", Static).render())
        assert "Could not be represented" in _preview_text(pilot)
        await pilot.press("escape")  # nothing changes
        await _settle(pilot)
        assert app.screen.__class__.__name__ == "DesignScreen"
        assert app.design.data.entities == [] and app.screen.check_action(
            "undo_import", ()) is False

        await pilot.press("ctrl+p", *"import: SQL")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ImportDialog))
        await pilot.pause()
        await press(pilot, Pasted(str(source)), "enter")  # Auto: backticks say MySQL
        await _until(pilot, lambda: isinstance(app.screen, PreviewDialog))
        assert "(MySQL)" in str(app.screen.query_one(".title", Static).render())
        await pilot.press("enter")
        await _settle(pilot)
        assert {e.name.lower() for e in store.load(path).data.entities} == {"users", "posts"}
        await pilot.press("ctrl+z")
        await _settle(pilot)
        assert path.read_bytes() == before


@pytest.mark.parametrize(("command", "content", "says"), [
    ("import: SPEC", "openapi: 3.1.0\ninfo: {title: Pets, version: '1'}\npaths: {}\n",
     "looks like an OpenAPI description, not a SPEC"),
    ("import: OpenAPI", MYSQL, "looks like a SQL schema, not an OpenAPI description"),
])
@sync
async def test_a_file_of_another_kind_is_named_in_the_dialog(tmp_path: Path, command: str,
                                                            content: str, says: str) -> None:
    source = tmp_path / "source.txt"
    source.write_text(content, encoding="utf-8")
    path = create("Shop", tmp_path)
    app = make_app(path, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+s")
        await _settle(pilot)
        before = path.read_bytes()
        await pilot.press("ctrl+p", *command)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ImportDialog))
        await pilot.pause()
        await press(pilot, Pasted(str(source)), "enter")
        await _read_done(pilot)
        assert says in _error(pilot) and isinstance(app.screen, ImportDialog)
        await pilot.press("escape")
        await _settle(pilot)
    assert path.read_bytes() == before


@sync
async def test_a_long_preview_scrolls_and_keeps_its_buttons_on_screen(tmp_path: Path,
                                                                     spec_file: Path) -> None:
    app = make_app(None, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("i")
        await _until(pilot, lambda: isinstance(app.screen, NewFromDialog))
        await pilot.pause()
        await press(pilot, "tab", Pasted(str(spec_file)), "tab", *"Shop", "tab", "ctrl+u",
                           Pasted(str(tmp_path)), "enter")
        await _until(pilot, lambda: isinstance(app.screen, PreviewDialog))
        await pilot.pause(0.3)
        screen = app.screen
        lists = screen.query_one("#preview-lists")
        assert lists.max_scroll_y > 0  # the list is longer than the room: it scrolls
        for button in screen.query("Button"):
            assert screen.region.contains_region(button.region), button.id
        short = lists.size.height
        await pilot.resize_terminal(100, 40)  # a taller terminal shows more of the list
        await _until(pilot, lambda: lists.size.height > short)
        for button in screen.query("Button"):
            assert screen.region.contains_region(button.region), button.id
        await pilot.press("escape")  # back to the dialog, then closed: nothing is created
        await _until(pilot, lambda: isinstance(app.screen, NewFromDialog))
        await pilot.press("escape")
        await _settle(pilot)
        assert app.screen.__class__.__name__ == "WelcomeScreen"
    assert list(tmp_path.glob("*.design.yaml")) == []


@sync
async def test_back_from_the_new_design_preview_keeps_what_was_typed(tmp_path: Path) -> None:
    source = tmp_path / "schema.sql"
    source.write_text(PLAIN_MYSQL, encoding="utf-8")
    folder = tmp_path / "designs"
    folder.mkdir()
    app = make_app(None, autosave_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("i")
        await _until(pilot, lambda: isinstance(app.screen, NewFromDialog))
        await pilot.pause()
        dialog = app.screen
        await _choose(pilot, dialog.query_one("#kind", Select), "sql")
        await press(pilot, "tab", Pasted(str(source)), "tab")
        await _choose(pilot, dialog.query_one("#dialect", Select), "mysql")
        await press(pilot, "tab", *"Blog", "tab", "ctrl+u", Pasted(str(folder)), "enter")
        await _until(pilot, lambda: isinstance(app.screen, PreviewDialog))
        assert str(app.screen.query_one("#cancel").label) == "Back"
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, NewFromDialog))
        await pilot.pause()
        again = app.screen
        assert again is not dialog and again.kind == "sql"
        assert again.query_one("#dialect-row").display is True
        assert again.query_one("#dialect", Select).value == "mysql"
        assert [again.query_one(f"#{i}", Input).value for i in ("path", "name", "folder")] == [
            str(source), "Blog", str(folder)]
        assert list(folder.iterdir()) == []  # nothing written on the way back
        again.query_one("#name", Input).focus()
        await pilot.press("ctrl+u", *"Journal", "enter")
        await _until(pilot, lambda: isinstance(app.screen, PreviewDialog))
        assert "New design Journal from SQL schema (MySQL)" in str(
            app.screen.query_one(".title", Static).render())
        await pilot.press("enter")  # Create
        await _until(pilot, lambda: app.design is not None)
        await _settle(pilot)
    assert [p.name for p in folder.iterdir() if p.suffix == ".yaml"] == ["Journal.design.yaml"]
    assert {e.name.lower() for e in store.load(folder / "Journal.design.yaml").data.entities} \
        == {"users", "posts"}
