"""Snapshots of every screen of the terminal app at 80x24 and 120x40.

Create or update them with `pytest --snapshot-update tests/test_tui_snapshots.py`. Paths,
times and the theme are fixed so that the pictures only change when the app does.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from steady import steady_screen
from textual.pilot import Pilot
from textual.widgets import Input, TextArea
from textual.worker import WorkerState

from designer import recent, store
from designer.commands.new import create
from designer.model.design import Design
from designer.model.progress import Stage, StageStatus
from designer.tui.app import make_app

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
LAYOUTS = [*SIZES[:1], pytest.param((100, 30), id="100x30"), *SIZES[1:]]
"""One size per layout of the design screen (narrow, medium, wide)."""
FIXED_TIME = 1_767_261_600  # 2026-01-01 10:00 UTC
BACKGROUND = {"autosave", "copy", "preview", "problems", "export", "recent"}


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


@pytest.fixture
def progressed(tmp_path: Path) -> Path:
    """A design with two stages done, one in progress and a cross-field problem in the API."""
    design = Design.new("Market")
    design.requirements.domain = "e-commerce"
    design.progress.stages[Stage.REQUIREMENTS] = StageStatus.DONE
    design.progress.stages[Stage.STACK] = StageStatus.DONE
    design.progress.stages[Stage.DATA] = StageStatus.IN_PROGRESS
    design.progress.current_stage = Stage.DATA
    design.api.base_path = "api/v1"  # must start with '/': the API stage has a problem
    path = tmp_path / "Market.design.yaml"
    store.save(design, path)
    os.utime(path, (FIXED_TIME, FIXED_TIME))
    return path


def app(path: Path | None) -> Any:
    """The app as the CLI makes it, with a short autosave delay so that pictures settle."""
    return make_app(path, autosave_delay=0.01)


def keys(*pressed: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A run_before that settles, presses `pressed`, and settles again before the picture."""

    async def run(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press(*pressed)
        await _settle(pilot)

    return run


async def _settle(pilot: Pilot[Any]) -> None:
    # The recent list is read in a worker started after the first paint: wait until it shows.
    for _ in range(200):
        if all(getattr(screen, "listed", True) for screen in pilot.app.screen_stack):
            break
        await pilot.pause(0.05)
    # Background work only: a worker waiting for a dialog's answer would never finish.
    # A save may start a preview refresh, and the other way round; the problem marks start
    # 0.3 s after the last change.
    # Under load one step's work starts the next late (copy → preview → problems): go on
    # until two rounds in a row found nothing left to wait for.
    quiet = 0
    for round_ in range(12):
        await pilot.pause(0.2)
        busy = [w for w in pilot.app.workers if w.group in BACKGROUND and not w.is_finished]
        for worker in busy:
            # One not started yet is waited for on a later round.
            if worker.state is not WorkerState.PENDING:
                await worker.wait()
        quiet = 0 if busy else quiet + 1
        if quiet >= 2 and round_ >= 2:
            break
    await steady_screen(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_welcome_empty(snap_compare: Any, size: tuple[int, int]) -> None:
    """You should see the welcome screen: an intro line, "No recent designs yet" with the n / o
    keys, the New design and Open file buttons, and the footer keys n, o, delete, ^q, f1."""
    assert snap_compare(app(None), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES)
def test_welcome_recent(snap_compare: Any, size: tuple[int, int], shop: Path,
                        progressed: Path, tmp_path: Path) -> None:
    """You should see a table of recent designs: Market (2/8 done) and Shop (0/8), each with its
    file name and last change 2026-01-01 10:00, then a row "⚠ no such file" for a design
    whose file was deleted; the first row is highlighted."""
    gone = tmp_path / "Gone.design.yaml"
    store.save(Design.new("Gone"), gone)
    recent.remember(gone)
    gone.unlink()
    recent.remember(shop)
    recent.remember(progressed)
    assert snap_compare(app(None), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES)
def test_welcome_new_dialog(snap_compare: Any, size: tuple[int, int]) -> None:
    """You should see the "New design" dialog over the welcome screen: a name field holding
    "Chat", a folder field holding ".", and the Cancel and Create buttons."""
    assert snap_compare(app(None), terminal_size=size, run_before=keys("n", *"Chat"))


@pytest.mark.parametrize("size", LAYOUTS)
def test_design_requirements(snap_compare: Any, size: tuple[int, int], shop: Path) -> None:
    """You should see the design screen on Requirements: the stage list, the stage intro, the
    question "What is the system called? *" holding "Shop" with its help under it, the status
    line "Stage 1/8 · Requirements" and "✓ saved", and the footer keys. At 120 columns the list
    has titles (▶ 1 Requirements, ○ for the others) and the preview is on the right; at 100 the
    list shows numbers only (▶1 ○2 …) beside form and preview; at 80 numbers and the form alone,
    the form 75 columns wide."""
    assert snap_compare(app(shop), terminal_size=size, run_before=_settle)


def test_design_after_resize_from_wide_to_narrow(snap_compare: Any, shop: Path) -> None:
    """You should see the narrow layout after the terminal shrank from 120x40 to 80x24: the
    stage list as numbers (▶1 ○2 …), the form on the rest of the width, no preview."""

    async def shrink(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.resize_terminal(80, 24)
        await _settle(pilot)

    assert snap_compare(app(shop), terminal_size=(120, 40), run_before=shrink)


def test_design_narrow_preview_below(snap_compare: Any, shop: Path) -> None:
    """You should see, at 80x24 after f2, the preview below the form (a line across, then
    "Requirements" and its sections), the form above it on the full width."""
    assert snap_compare(app(shop), terminal_size=(80, 24), run_before=keys("f2"))


@pytest.mark.parametrize("size", SIZES)
def test_design_progress_and_problems(snap_compare: Any, size: tuple[int, int],
                                      progressed: Path) -> None:
    """You should see Market resumed on Data design: ✓ on Requirements and Framework detection,
    ! on API design (its base path has a problem), ▶ on Data design, ○ on the rest."""
    assert snap_compare(app(progressed), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES)
def test_design_stage_list_collapsed_preview_toggled(snap_compare: Any, size: tuple[int, int],
                                                     shop: Path) -> None:
    """You should see the stage list toggled (f3) and the preview toggled (f2): at 80 columns
    the list with titles and the preview below the form; at 120 the list as numbers and no
    preview."""
    assert snap_compare(app(shop), terminal_size=size, run_before=keys("f3", "f2"))


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: Any, size: tuple[int, int], shop: Path) -> None:
    """You should see the help over the design screen: the focused question's prompt and help
    ("What is the system called?"), then a table of keys (^s Save, ^n Next, f5 Done …)."""
    assert snap_compare(app(shop), terminal_size=size, run_before=keys("f1"))


@pytest.mark.parametrize("size", SIZES)
def test_palette(snap_compare: Any, size: tuple[int, int], shop: Path) -> None:
    """You should see the command palette filtered by "stage": "stage: go to …" for every stage
    but the current one, and "stage: mark done"."""
    assert snap_compare(app(shop), terminal_size=size, run_before=keys("ctrl+p", *"stage"))


@pytest.mark.parametrize("size", SIZES)
def test_review_and_export(snap_compare: Any, size: tuple[int, int], progressed: Path) -> None:
    """You should see Review & export: a summary of the findings, a table of findings (most
    severe first, the API base path among them), then the export folder "Market-docs", the
    "replace files changed by hand" box and the Export all / OpenAPI only buttons."""
    assert snap_compare(app(progressed), terminal_size=size, run_before=keys("ctrl+r"))


@pytest.fixture
def vanishing(shop: Path) -> Iterator[Path]:
    """The design's folder moved away mid-session (what a read-only folder does for non-root)."""
    aside = shop.parent.with_name(shop.parent.name + "-aside")
    yield aside
    if aside.exists():
        shutil.move(aside, shop.parent)


@pytest.mark.parametrize("size", SIZES)
def test_save_failed(snap_compare: Any, size: tuple[int, int], shop: Path,
                     vanishing: Path) -> None:
    """You should see the name typed as "Shop2" and, in the status line, "✗ save failed: cannot
    save (No such file or directory) — ctrl+s retries" in red."""

    async def break_folder(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        folder = Path.cwd()
        os.chdir(folder.parent)
        shutil.move(folder, vanishing)
        await pilot.press("end", "2")
        await _settle(pilot)
        await pilot.pause(0.3)

    assert snap_compare(app(shop), terminal_size=size,
                        run_before=break_folder)


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """Market with two warnings (no rate limit, no backups), the first already accepted."""
    from test_review_fixtures import good_design

    from designer.model.review import Acceptance

    design = good_design()
    design.requirements.name = "Market"
    design.api.rate_limit = None
    design.data.backups.strategy = ""
    design.review.accepted.append(Acceptance(
        rule="API-010", location="api.rate_limit", reason="the gateway limits every route"))
    design.progress.current_stage = Stage.REVIEW
    path = tmp_path / "Market.design.yaml"
    store.save(design, path)
    os.utime(path, (FIXED_TIME, FIXED_TIME))
    return path


@pytest.mark.parametrize("size", SIZES)
def test_review_accept_dialog(snap_compare: Any, size: tuple[int, int], reviewed: Path) -> None:
    """You should see the "Accept finding" dialog over Review & export for DATA-010 at
    data.backups with its message, the reason typed as "nightly snapshots by the
    platform team", an empty "Until" field and the Cancel / Accept buttons. Behind it the
    summary says "1 finding … 1 accepted", the footer shows "a Accept…", and at 120 columns
    the preview lists API-010 under "Accepted findings" with its reason."""

    async def accept(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        listing = pilot.app.screen.query_one("#findings")
        listing.focus()
        listing.highlighted = 0
        await pilot.press("a", *"nightly snapshots by the platform team")
        await _settle(pilot)

    assert snap_compare(app(reviewed), terminal_size=size, run_before=accept)


@pytest.fixture
def petstore(tmp_path: Path) -> Path:
    """A small OpenAPI description: two resources, a schema the design cannot hold as such."""
    path = tmp_path / "pets.yaml"
    path.write_text(PETS, encoding="utf-8")
    return path


PETS = """\
openapi: 3.0.3
info: {title: Pets, version: 1.0.0}
servers: [{url: "https://api.pets.test/v1"}]
paths:
  /pets:
    get:
      tags: [pets]
      summary: List pets
      responses: {"200": {description: ok}}
    post:
      tags: [pets]
      summary: Add a pet
      responses: {"201": {description: made}}
  /owners/{id}:
    head:
      tags: [owners]
      responses: {"200": {description: ok}}
"""


@pytest.mark.parametrize("size", SIZES)
def test_welcome_new_from_dialog(snap_compare: Any, size: tuple[int, int]) -> None:
    """You should see the "New design from…" dialog over the welcome screen, each field on its
    label's line and shaded: "Start from" with OpenAPI chosen, File holding "pets.yaml" with
    what an OpenAPI file is under it, Name empty with its placeholder (from the file), Folder
    ".", and Cancel / Read; no Dialect line (that is for SQL)."""
    assert snap_compare(app(None), terminal_size=size,
                        run_before=keys("i", "tab", *"pets.yaml"))


@pytest.mark.parametrize("size", SIZES)
def test_import_preview(snap_compare: Any, size: tuple[int, int], shop: Path,
                        petstore: Path) -> None:
    """You should see the import preview over the Shop design: "Import OpenAPI pets.yaml into
    Shop", a count line, then in a bordered list "Will be added" (settings, resources pets and
    owners with their endpoints) and "Could not be represented" (the HEAD operation), and the
    Cancel and Import buttons, Import focused."""

    async def run(pilot: Pilot[Any]) -> None:
        await _settle(pilot)
        await pilot.press("ctrl+p", *"import: OpenAPI")
        await pilot.pause(0.3)
        await pilot.press("enter")
        for _ in range(100):
            if pilot.app.screen.query("#path"):
                break
            await pilot.pause(0.05)
        await pilot.pause()
        await pilot.press(*petstore.name, "enter")
        for _ in range(200):
            if pilot.app.screen.query("#preview-text"):
                break
            await pilot.pause(0.05)
        await _settle(pilot)

    assert snap_compare(app(shop), terminal_size=size, run_before=run)
