"""Pilot-driven tests of the terminal app: a whole design by keyboard, resume, failing saves."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from keyboard import Pasted, press
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, Select, SelectionList
from textual.worker import WorkerCancelled, WorkerError

from designer import recent, store
from designer.commands.new import create
from designer.model.progress import Stage, StageStatus
from designer.tui import questions
from designer.tui.app import make_app
from designer.tui.widgets.question_field import QuestionField
from designer.tui.widgets.save_status import SaveStatus

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
    """Let timers fire and workers (autosave, preview, export) finish."""
    await pilot.pause(0.15)
    # Background work only: a worker waiting for a dialog's answer would never finish.
    for worker in list(app.workers):
        if worker.group in {"autosave", "copy", "preview", "problems", "export", "recent"}:
            with contextlib.suppress(WorkerCancelled, WorkerError):  # replaced by a newer one
                await worker.wait()
    await pilot.pause()


async def focus_field(pilot: Pilot[Any], app: Any, field: QuestionField) -> Widget:
    """Press tab until the answer widget of `field` has the focus (keyboard only)."""
    answer = field.query_one(".answer")
    for _ in range(80):
        if app.focused is answer:
            return answer
        await pilot.press("tab")
    raise AssertionError(f"tab never reached question {field.question.id}")


def _kind(question: Any) -> str:
    return str(getattr(question.type, "value", question.type))


async def answer(pilot: Pilot[Any], app: Any, field: QuestionField) -> Any | None:
    """Answer `field` with the keyboard; returns the value the model should then hold."""
    q = field.question
    kind = _kind(q)
    widget = await focus_field(pilot, app, field)
    if kind in ("text", "int", "number"):
        if kind == "text" and q.pattern and not q.options:
            return None  # a free text with a pattern: keep its default
        if kind == "text":
            ascii_options = [o.value for o in q.options if o.value.isascii()]
            text = ascii_options[0] if ascii_options else "x1"
            expected: Any = text
        else:
            low = q.min if q.min is not None else 1
            high = q.max if q.max is not None else low + 10
            number = int(low + (high - low) / 2) if kind == "int" else (low + high) / 2
            text = str(number)
            expected = number
        await pilot.press("end", "ctrl+u", *text)
        return expected
    if kind in ("textarea", "list"):
        lines = ["a1", "b2"] if kind == "list" else ["Some text."]
        await pilot.press("f7")  # select all: typing replaces it
        keys: list[str] = []
        for i, line in enumerate(lines):
            keys += ([] if i == 0 else ["enter"]) + list(line)
        await pilot.press(*keys)
        return lines if kind == "list" else lines[0]
    if kind == "choice":
        assert isinstance(widget, Select)
        values = [o.value for o in q.options]
        current = widget.value
        index = values.index(current) if current in values else -1
        await pilot.press("enter", "down", "enter")
        return values[min(index + 1, len(values) - 1)]
    if kind == "multichoice":
        assert isinstance(widget, SelectionList)
        before = list(widget.selected)
        await pilot.press("space")  # toggles the first option
        first = q.options[0].value
        chosen = set(before) ^ {first}
        return [o.value for o in q.options if o.value in chosen]
    if kind == "bool":
        before = bool(q.get(app.design))
        await pilot.press("space")
        return not before
    return None


async def answer_stage(pilot: Pilot[Any], app: Any, limit: int = 3) -> dict[str, Any]:
    """Answer visible questions of the current stage, one per question type, at most `limit`.

    Returns the values the model should hold, by question id. (Every type across the stages,
    not every question: typing into a long form is slow on a shared test machine.)
    """
    expected: dict[str, Any] = {}
    kinds: set[str] = set()
    index = 0
    while len(kinds) < limit:
        fields = [f for f in app.screen.form.query(QuestionField) if f.display]
        if index >= len(fields):
            return expected
        field = fields[index]
        index += 1
        if _kind(field.question) in kinds:
            continue
        kinds.add(_kind(field.question))
        value = await answer(pilot, app, field)
        await pilot.pause()
        if value is not None and not field.has_class("-invalid"):
            expected[field.question.id] = value
    return expected


@sync
async def test_design_every_stage_by_keyboard_then_export(design_path: Path) -> None:
    app = make_app(design_path, autosave_delay=0.05)
    answered: dict[Stage, dict[str, Any]] = {}
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        for stage in Stage:
            assert app.screen.stage is stage
            if stage is not Stage.REVIEW:
                answered[stage] = await answer_stage(pilot, app)
                await pilot.press("f5")  # done, next stage
                await settle(pilot, app)
        await pilot.press("ctrl+p")
        await pilot.press(*"export: all")
        await pilot.press("enter")
        await settle(pilot, app)
        if app.screen.__class__.__name__ == "ConfirmDialog":  # open review errors: asked first
            await pilot.press("enter")
            await settle(pilot, app)
        panel = app.screen.form
        written = list(panel.written)
        await pilot.press("f5")
        await settle(pilot, app)
        assert app.screen.query_one(SaveStatus).state == "saved"

    saved = store.load(design_path)
    assert all(saved.progress.status(s) is StageStatus.DONE for s in Stage)
    checked = 0
    for stage, values in answered.items():
        questionnaire = questions.questionnaire(stage)
        assert questionnaire is not None
        for question_id, value in values.items():
            question = questionnaire.question(question_id)
            # A later answer may legitimately hide or reset an earlier one (a `when`).
            if question.visible(saved) and question_id not in _reset_later(stage, values):
                got = question.get(saved)
                got = [getattr(v, "value", v) for v in got] if isinstance(got, list) else got
                assert getattr(got, "value", got) == value, (stage, question_id)
                checked += 1
    assert checked >= 10
    names = {p.name for p in written}
    assert "architecture.md" in names
    # OpenAPI holds the REST part: a GraphQL or gRPC answer without REST endpoints has none.
    from designer.contract.styles import has_rest

    assert ("openapi.yaml" in names) == has_rest(saved)
    assert all(p.is_file() for p in written)


def _reset_later(stage: Stage, values: dict[str, Any]) -> set[str]:
    """Questions whose answer a later answer of the same stage may reset (dependent defaults)."""
    questionnaire = questions.questionnaire(stage)
    assert questionnaire is not None
    later: set[str] = set()
    from designer.questionnaire.question import Computed

    for question in questionnaire.questions:
        if isinstance(question.default_spec, Computed) or question.when is not None:
            later.add(question.id)
    return later


@sync
async def test_resume_on_same_stage_item_and_answers(design_path: Path) -> None:
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+n", "ctrl+n")  # to API design
        await settle(pilot, app)
        await pilot.press("ctrl+o")  # back to framework detection
        await settle(pilot, app)
        stage = app.screen.stage
        fields = [f for f in app.screen.form.query(QuestionField) if f.display]
        target = next(f for f in fields if _kind(f.question) == "text" and not f.question.pattern)
        await focus_field(pilot, app, target)
        await pilot.press("end", "ctrl+u", *"Resumed")
        await pilot.press("ctrl+q")  # quit mid-stage: the pending save is flushed
    saved = store.load(design_path)
    assert saved.progress.current_stage is stage
    assert saved.progress.current_item == target.question.id

    again = make_app(design_path)
    async with again.run_test(size=WIDE) as pilot:
        await settle(pilot, again)
        assert again.screen.stage is stage
        focused = again.focused
        assert focused is not None
        field = next(a for a in focused.ancestors if isinstance(a, QuestionField))
        assert field.question.id == target.question.id
        assert isinstance(focused, Input) and focused.value == "Resumed"


@sync
async def test_failed_save_is_shown_and_nothing_is_lost(design_path: Path) -> None:
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot, app)
        name = app.screen.query_one("#q-name", QuestionField)
        await focus_field(pilot, app, name)
        folder = design_path.parent
        aside = folder.with_name(folder.name + "-aside")
        readonly = os.geteuid() != 0
        if readonly:
            folder.chmod(0o555)
        else:
            shutil.move(folder, aside)
        try:
            await pilot.press(*" Two")
            await settle(pilot, app)
            status = app.screen.query_one(SaveStatus)
            assert status.state == "failed"
            assert "save failed" in status.text
            assert any(n.title == "Save failed" for n in app._notifications)
            assert app.design.requirements.name == "Shop Two"  # kept in memory
        finally:
            if readonly:
                folder.chmod(0o755)
            else:
                shutil.move(aside, folder)
        await pilot.press("ctrl+s")  # retry once the folder is back
        await settle(pilot, app)
        assert app.screen.query_one(SaveStatus).state == "saved"
    assert store.load(design_path).requirements.name == "Shop Two"


@sync
async def test_quit_with_unsavable_design_writes_a_rescue_copy(
    design_path: Path, designer_home: Path
) -> None:
    app = make_app(design_path, autosave_delay=30)  # no autosave before quitting
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        name = app.screen.query_one("#q-name", QuestionField)
        await focus_field(pilot, app, name)
        await pilot.press(*"ly")
        folder = design_path.parent
        aside = folder.with_name(folder.name + "-aside")
        shutil.move(folder, aside)
        try:
            await pilot.press("ctrl+q")
            await pilot.pause(0.2)  # the question is open: its worker waits for the answer
            assert app.screen.__class__.__name__ == "ConfirmDialog"  # asks first
            rescued = designer_home / "recovery" / design_path.name
            assert store.load(rescued).requirements.name == "Shoply"
            await pilot.press("enter")  # quit anyway
            await pilot.pause(0.2)
        finally:
            shutil.move(aside, folder)
    assert app.return_code == 1


async def choose(pilot: Pilot[Any], app: Any, field: QuestionField, value: str) -> None:
    """Pick `value` in the Select of `field` with the keyboard."""
    select = await focus_field(pilot, app, field)
    assert isinstance(select, Select)
    values = [o.value for o in field.question.options]
    here = values.index(select.value) + 1 if select.value in values else 0  # 0: the blank
    target = values.index(value) + 1
    moves = ["down"] * (target - here) if target >= here else ["up"] * (here - target)
    await pilot.press("enter", *moves, "enter")
    await settle(pilot, app)


@sync
async def test_when_conditions_live_and_dropped_answers_noticed(design_path: Path) -> None:
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await settle(pilot, app)
        form = app.screen.form
        consistency, notes = form.field("consistency"), form.field("consistency_notes")
        assert not notes.display  # shown only for strong or mixed consistency
        await choose(pilot, app, consistency, "strong")
        assert notes.display
        await focus_field(pilot, app, notes)
        await pilot.press(*"Payments")
        await settle(pilot, app)
        assert app.design.requirements.consistency_notes == "Payments"
        await choose(pilot, app, consistency, "eventual")
        assert not notes.display
        assert app.design.requirements.consistency_notes == ""  # dropped, with a notice
        assert any(n.title == "Changed by your answer" and "Payments" in n.message
                   for n in app._notifications)
    saved = store.load(design_path)
    assert str(saved.requirements.consistency) == "eventual"
    assert saved.requirements.consistency_notes == ""


@sync
async def test_a_kept_stage_shows_what_another_stage_changed(design_path: Path) -> None:
    """Visited stages are kept (hidden) and re-read the design when shown again."""
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        screen = app.screen
        await screen.go_to(Stage.OPERATIONS)
        await settle(pilot, app)
        operations = screen.form
        masking = operations.field("pii_masking")
        assert masking.widget_value() is False  # no privacy law yet: no suggestion
        await screen.go_to(Stage.REQUIREMENTS)
        await settle(pilot, app)
        assert not operations.display
        compliance = screen.form.field("compliance")
        await focus_field(pilot, app, compliance)
        values = [o.value for o in compliance.question.options]
        await pilot.press(*["down"] * values.index("gdpr"), "space")
        await settle(pilot, app)
        assert "gdpr" in [str(c) for c in app.design.requirements.compliance]
        assert app.design.operations.pii_masking is True  # the computed default followed
        await screen.go_to(Stage.OPERATIONS)
        await settle(pilot, app)
        assert screen.form is operations  # the same form, not a new one
        assert masking.widget_value() is True


def _ghost_role_checked(design_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Give the design an endpoint of an unknown role ('ghost'); the names of the threads that
    check the design's problems from now on (appended as they do)."""
    import threading

    from designer.model import checks
    from designer.model.api import Endpoint, Resource

    design = store.load(design_path)
    design.api.resources.append(Resource(name="orders", endpoints=[
        Endpoint(path="/orders", roles=["ghost"])]))
    store.save(design, design_path)
    threads: list[str] = []
    check = checks.problems

    def counted(design: Any) -> Any:
        threads.append(threading.current_thread().name)
        return check(design)

    monkeypatch.setattr(checks, "problems", counted)
    return threads


@sync
async def test_editor_problems_come_from_the_screens_check_off_the_ui_thread(
        design_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen checks the design in a worker after a change; the editors list that result
    instead of checking the whole design again on the UI thread."""
    import threading

    from designer.tui.editors.endpoints import EndpointsEditor
    from designer.tui.messages import DesignChanged

    threads = _ghost_role_checked(design_path, monkeypatch)
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        await pilot.pause(0.4)  # the first check runs 0.3 s after the screen opened
        await settle(pilot, app)
        screen = app.screen
        threads.clear()
        await screen.go_to(Stage.API)
        await settle(pilot, app)
        problems = screen.form.query_one(EndpointsEditor).query_one(".editor-problems")
        assert "unknown role 'ghost'" in str(problems.render())
        from designer.model.auth import Role

        app.design.auth.roles.append(Role(name="ghost"))
        screen.post_message(DesignChanged("auth.roles[ghost]"))
        await pilot.pause(0.4)
        await settle(pilot, app)
        assert "ghost" not in str(problems.render())
    main = threading.main_thread().name
    assert threads and main not in threads


@sync
async def test_a_stage_visited_before_the_first_check_waits_for_it_off_the_ui_thread(
        design_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Right after opening, no check has landed yet: the editors of a stage visited then show
    no problem rather than each checking the whole design on the UI thread, and list the
    problem once the screen's check lands."""
    import threading

    from designer.tui.editors.endpoints import EndpointsEditor
    from designer.tui.screens import design as design_screen

    threads = _ghost_role_checked(design_path, monkeypatch)
    # The user pauses only when the test says so: no check starts by itself meanwhile.
    monkeypatch.setattr(design_screen, "QUIET", 60.0)
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        screen = app.screen
        assert screen.known_problems() is None
        await screen.go_to(Stage.API)
        problems = screen.form.query_one(EndpointsEditor).query_one(".editor-problems")
        assert "ghost" not in str(problems.render())
        assert threads == []
        screen._refresh_problems()  # the pause: the check starts
        await settle(pilot, app)
        assert screen.known_problems() is not None
        assert "unknown role 'ghost'" in str(problems.render())
    assert threads and threading.main_thread().name not in threads


@sync
async def test_preview_shows_the_stage_section_rendered_to_the_panel_width(
        design_path: Path) -> None:
    from rich.cells import cell_len

    from designer.model.api import Endpoint, Resource
    from designer.tui.widgets.preview import Preview

    design = store.load(design_path)
    design.api.resources.append(Resource(name="orders", endpoints=[
        Endpoint(path="/orders/{id}", summary="Read one [Order] 주문")]))
    store.save(design, design_path)
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await app.screen.go_to(Stage.API)
        await pilot.pause(0.4)
        await settle(pilot, app)
        preview = app.screen.query_one(Preview)
        assert "/orders/{id}" in preview.text
        width = preview.scrollable_content_region.width
        lines = ["".join(s.text for s in preview.render_line(y))
                 for y in range(preview.size.height)]
        drawn = "\n".join(lines)  # drawn, not only built; user text never read as markup
        assert "/orders" in drawn and "[Order]" in drawn and "주문" in drawn
        assert all(cell_len(line) == width for line in lines)


@sync
async def test_an_open_design_is_kept_out_of_the_collectors_way_and_given_back(
        design_path: Path) -> None:
    import gc

    from designer.tui.idle_gc import YOUNG

    before = gc.get_threshold()
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] == YOUNG
        await app.screen.action_close()  # back to the welcome screen
        await settle(pilot, app)
        assert gc.get_freeze_count() == 0
        assert gc.get_threshold() == before


@sync
async def test_welcome_lists_recent_and_broken_entries(tmp_path: Path, design_path: Path) -> None:
    broken = tmp_path / "gone.design.yaml"
    broken.write_text("schema_version: 1\n", encoding="utf-8")
    recent.remember(broken)
    broken.unlink()
    recent.remember(design_path)
    app = make_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        table = app.screen.query_one("#recent")
        assert table.row_count == 2
        cells = [table.row_text(i) for i in range(2)]
        assert cells[0][0] == "Shop" and cells[0][3] == "0/8"
        assert "no such file" in cells[1][0]
        await pilot.press("down", "enter")  # the broken one: explained, not opened
        await settle(pilot, app)
        assert app.screen.__class__.__name__ == "WelcomeScreen"
        await pilot.press("delete")
        await settle(pilot, app)
        assert table.row_count == 1
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.__class__.__name__ == "DesignScreen"
        assert app.design.name == "Shop"
    assert [e.path for e in recent.entries()] == [design_path.resolve()]


@sync
async def test_new_design_from_welcome(tmp_path: Path) -> None:
    app = make_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await press(pilot, "n", *"Chat", "tab", "end", "ctrl+u", Pasted(str(tmp_path)), "enter")
        await settle(pilot, app)
        assert app.design is not None and app.design.name == "Chat"
    assert store.load(tmp_path / "Chat.design.yaml").name == "Chat"


@sync
async def test_palette_goes_to_a_stage_beside_textuals_own_commands(
        design_path: Path, tmp_path: Path) -> None:
    from textual.app import App

    from designer.tui.app import remembered_theme

    app = make_app(design_path, remember_theme=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+p", *"stage: go to Auth", "enter")
        await settle(pilot, app)
        assert app.screen.stage is Stage.AUTH
        assert app.design.progress.current_stage is Stage.AUTH
        titles = [command.title for command in app.get_system_commands(app.screen)]
        textuals = [command.title for command in App.get_system_commands(app, app.screen)]
        assert textuals and titles[:len(textuals)] == textuals  # theme, keys, screenshot …
        assert "help: keys and help" in titles
        assert remembered_theme() == "textual-dark"
        app.theme = "nord"  # what Textual's theme picker does
        await settle(pilot, app)
    assert remembered_theme() == "nord"  # kept for the next start


@sync
async def test_the_app_starts_in_the_theme_remembered() -> None:
    from designer import settings
    from designer.tui.app import remembered_theme

    settings.remember("theme", "nord")
    app = make_app(None, theme=remembered_theme(), remember_theme=True)  # as `designer` does
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        assert app.theme == "nord"
        app.theme = "dracula"  # a pick in the app is still kept
        await settle(pilot, app)
    assert remembered_theme() == "dracula"


def test_the_app_refuses_to_start_without_a_terminal(tmp_path: Path) -> None:
    """Piped or from a script: one line and exit 2 instead of a hang."""
    result = subprocess.run([sys.executable, "-m", "designer"], cwd=tmp_path,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "terminal" in result.stderr
    assert result.stdout == ""


@sync
async def test_back_has_a_key_that_tmux_and_screen_let_through(design_path: Path) -> None:
    app = make_app(design_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+n")
        await settle(pilot, app)
        assert app.screen.stage is list(Stage)[1]
        await pilot.press("ctrl+o")
        await settle(pilot, app)
        assert app.screen.stage is next(iter(Stage))


@sync
async def test_help_shows_bindings_and_the_focused_question(design_path: Path) -> None:
    app = make_app(design_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("f1")
        await settle(pilot, app)
        text = app.screen.text
        assert "What is the system called?" in text
        for description in ("Save", "Next", "Done", "Preview", "Quit", "Help"):
            assert f"| {description} |" in text
        await pilot.press("escape")
        assert app.screen.__class__.__name__ == "DesignScreen"


@sync
async def test_save_as_asks_before_replacing(design_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.design.yaml"
    other.write_text("keep me", encoding="utf-8")
    app = make_app(design_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+p", *"design: save as", "enter")
        await settle(pilot, app)
        await press(pilot, "end", "ctrl+u", Pasted(str(other)), "enter")
        await settle(pilot, app)
        assert "ConfirmDialog" in app.screen.__class__.__name__
        await pilot.press("escape")  # do not replace
        await settle(pilot, app)
        assert other.read_text(encoding="utf-8") == "keep me"
        await pilot.press("ctrl+p", *"design: save as", "enter")
        await settle(pilot, app)
        await press(pilot, "end", "ctrl+u", Pasted(str(tmp_path / "copy")), "enter")
        await settle(pilot, app)
        assert app.screen.path == tmp_path / "copy.design.yaml"
    assert store.load(tmp_path / "copy.design.yaml").name == "Shop"


def test_first_screen_imports_nothing_heavy() -> None:
    code = (
        "import sys, designer.tui.app, designer.tui.screens.welcome\n"
        "heavy = [m for m in ('designer.export', 'designer.review', 'networkx', 'jinja2',"
        " 'mermaid', 'designer.questionnaire') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


@sync
async def test_focus_moves_save_nothing_but_the_position_is_kept_on_quit(
        design_path: Path) -> None:
    app = make_app(design_path, autosave_delay=0.05)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot, app)
        await pilot.press("ctrl+n")  # a stage's first visit is a change (its status)
        await settle(pilot, app)
        before = design_path.read_bytes()
        await pilot.press("tab", "tab", "tab")
        await settle(pilot, app)
        item = app.screen.design.progress.current_item
        assert design_path.read_bytes() == before  # moving wrote nothing
        assert app.screen.query_one(SaveStatus).state == "saved"
        await pilot.press("ctrl+q")
    assert store.load(design_path).progress.current_item == item  # written on quit
