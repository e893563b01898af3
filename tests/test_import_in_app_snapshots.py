"""Pictures of the import dialogs: New design from… with a SQL schema (its dialect asked),
the SQL import of an open design advising the other dialect, and a long preview that scrolls
with its buttons in view."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from test_tui_snapshots import FIXED_TIME, SIZES, _settle, app, keys
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from designer.commands.new import create

MYSQL = """\
CREATE TABLE `users` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(190) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
"""


@pytest.fixture(autouse=True)
def _steady(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No cursor blink; paths shown relative to a fixed working folder."""
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.setattr(TextArea, "cursor_blink", False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    """A fresh design called Shop in the working folder."""
    path = create("Shop", tmp_path)
    os.utime(path, (FIXED_TIME, FIXED_TIME))
    return path


async def _open(pilot: Pilot[Any], command: str) -> None:
    """Settle, run the palette command `command` and wait for its dialog's path field."""
    await _settle(pilot)
    await pilot.press("ctrl+p", *command)
    await pilot.pause(0.3)
    await pilot.press("enter")
    for _ in range(200):
        if pilot.app.screen.query("#path"):
            break
        await pilot.pause(0.05)
    await pilot.pause()


async def _until_text(pilot: Pilot[Any], selector: str, has: str) -> None:
    for _ in range(400):
        found = pilot.app.screen.query(selector)
        if found and has in str(found.first().render()):
            break
        await pilot.pause(0.05)
    await _settle(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_new_from_a_sql_schema(snap_compare: Any, size: tuple[int, int]) -> None:
    """You should see "New design from…" with each field on its label's line: Start from "SQL
    schema", File holding "schema.sql" with the help under it, Dialect "Auto (guess from the
    text)", Name shaded and empty with its placeholder, Folder ".", then Cancel / Read; every
    field shaded so that an empty one still shows where to type."""
    assert snap_compare(app(None), terminal_size=size,
                        run_before=keys("i", "enter", "down", "enter", "tab", *"schema.sql"))


def test_import_sql_advises_the_other_dialect(snap_compare: Any, shop: Path,
                                              tmp_path: Path) -> None:
    """You should see "Import SQL schema" over Shop: the file help, the path "users.sql", the
    Dialect "PostgreSQL", and in the error line "users.sql read as PostgreSQL loses … that
    MySQL keeps: choose MySQL, or Read again to import it as PostgreSQL"; Cancel / Read."""
    (tmp_path / "users.sql").write_text(MYSQL, encoding="utf-8")

    async def run(pilot: Pilot[Any]) -> None:
        await _open(pilot, "import: SQL")
        await pilot.press(*"users.sql", "tab", "enter", "down", "enter", "tab", "tab", "enter")
        await _until_text(pilot, ".error", "Read again")

    assert snap_compare(app(shop), terminal_size=(80, 24), run_before=run)


def test_a_long_preview_scrolls_inside_the_dialog(snap_compare: Any, shop: Path,
                                                  tmp_path: Path) -> None:
    """You should see the preview of importing "many.yaml" into Shop: the count line "31 to
    add", a bordered list "Will be added (31)" cut by the dialog's height with a scroll bar,
    and under it the Cancel and Import buttons, in full, inside the dialog's border."""
    paths = "".join(f"  /r{i:02}:\n    get:\n      tags: [r{i:02}]\n      responses: "
                    "{'200': {description: ok}}\n" for i in range(30))
    (tmp_path / "many.yaml").write_text(
        f"openapi: 3.1.0\ninfo: {{title: Many, version: '1'}}\npaths:\n{paths}",
        encoding="utf-8")

    async def run(pilot: Pilot[Any]) -> None:
        await _open(pilot, "import: OpenAPI")
        await pilot.press(*"many.yaml", "enter")
        await _until_text(pilot, "#preview-text", "Will be added")

    assert snap_compare(app(shop), terminal_size=(80, 24), run_before=run)
