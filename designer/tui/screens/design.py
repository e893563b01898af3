"""The design screen: stage list, the current stage's form, a live preview, the save state.

The screen owns the one `Design`. Widgets change it (through `set_answer` or an editor) and post
`DesignChanged`; the screen then autosaves, refreshes the stage list and the preview, and keeps
`design.progress` on the stage and item the user is at, which is how reopening resumes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Header, Static

from designer import collector, store
from designer.model.checks import Problem
from designer.model.design import Design
from designer.model.places import place
from designer.model.progress import Stage, StageStatus, stage_of
from designer.tui import giveway, questions
from designer.tui.autosave import Autosave
from designer.tui.commands import DesignCommands
from designer.tui.copier import Copier
from designer.tui.editors.base import Editor
from designer.tui.idle_gc import IdleCollector
from designer.tui.importing import Importing
from designer.tui.messages import DesignChanged
from designer.tui.widgets.keys_footer import KeysFooter
from designer.tui.widgets.preview import Preview
from designer.tui.widgets.question_field import QuestionField
from designer.tui.widgets.review_panel import ReviewPanel
from designer.tui.widgets.save_status import SaveStatus
from designer.tui.widgets.stage_form import StageForm
from designer.tui.widgets.stage_list import StageList

BREAKPOINTS: tuple[tuple[int, str], ...] = ((120, "wide"), (100, "medium"), (0, "narrow"))
"""Columns from which each layout applies. Wide: the stage list with titles, the form and the
preview beside it. Medium: the stage list as numbers, form and preview. Narrow (80×24 and
less): numbers and the form alone; F2 shows the preview below the form."""


def layout_for(width: int) -> str:
    """The layout for a terminal `width` columns wide."""
    return next(name for least, name in BREAKPOINTS if width >= least)
QUIET = 0.3
"""Seconds without changes before the stage list's problem marks are recomputed."""
STAGES = list(Stage)


class DesignScreen(Screen[None]):
    """Design a backend stage by stage; every change is saved shortly after it is made."""

    COMMANDS: ClassVar = {DesignCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="design.save",
                tooltip="Save now (changes are also saved automatically)"),
        Binding("ctrl+n", "next_stage", "Next", id="design.next",
                tooltip="Go to the next stage"),
        # ctrl+o first ("jump back", as in vim): ctrl+b is tmux's prefix and ctrl+a screen's,
        # so neither reaches an app inside them; ctrl+b still works outside.
        Binding("ctrl+o,ctrl+b", "previous_stage", "Back", id="design.previous",
                tooltip="Go to the previous stage"),
        Binding("f5", "mark_done", "Done", id="design.done",
                tooltip="Mark this stage done and go to the next one"),
        Binding("f2", "toggle_preview", "Preview", id="design.preview",
                tooltip="Show or hide the preview of what this stage produces"),
        Binding("f3", "toggle_stages", "Stages", id="design.stages", show=False,
                tooltip="Narrow or widen the stage list"),
        Binding("ctrl+r", "go_review", "Review", id="design.review", show=False,
                tooltip="Go to review & export"),
        Binding("escape", "focus_stages", "Stage list", id="design.focus_stages", show=False,
                tooltip="Move the focus to the stage list"),
        # Shown only while the last import can be undone (see check_action).
        Binding("ctrl+z", "undo_import", "Undo import", id="design.undo_import",
                tooltip="Put the design back as it was before the last import"),
    ]
    HELP = (
        "Answer the questions of each stage; **tab** moves between them and the help of the "
        "focused question shows under it. Every change is saved automatically. Stages can be "
        "done in any order: pick one in the list on the left (**escape** focuses it)."
    )

    def __init__(self, design: Design, path: Path, stamp: store.Stamp | None = None) -> None:
        super().__init__()
        self.design = design
        """The one design every widget edits."""
        self.path = path
        """Its file; save-as changes it."""
        self.stamp = stamp
        """What was read from the file (saves check it is still there; None: no check)."""
        self.autosave: Autosave | None = None
        """Saves changes (created on mount)."""
        self._where = ""
        self._collector = IdleCollector()
        self._forms: dict[Stage, StageForm | ReviewPanel] = {}
        """The form of every stage visited so far; only the current one is displayed."""
        self._revision = 0
        """Counts changes to the design; a kept form older than this re-reads it when shown."""
        self._seen: dict[Stage, int] = {}
        """The revision each kept form last showed."""
        self._problem_stages: set[Stage] = set()
        self._problems: list[Problem] | None = None
        self._problems_revision = -1
        self._problems_timer: Timer | None = None
        self._problems_job = giveway.Job()
        self.copier = Copier(self, self.design, self._version)
        """Plain copies of the design for the preview, the problem marks and the autosave."""
        self.layout_name = ""
        """The layout the width chose (see `BREAKPOINTS`)."""
        self.importing = Importing(self)
        """Imports into this design and their undo."""

    @property
    def stage(self) -> Stage:
        """The stage shown."""
        return self.design.progress.current_stage

    def compose(self) -> ComposeResult:
        """Header, stage list | stage | preview, the status line, footer."""
        yield Header()
        with Horizontal(id="body"):
            yield StageList(id="stages")
            with Container(id="main"):
                yield Container(id="stage")
                yield Preview(id="preview")
        with Horizontal(id="statusbar"):
            yield Static("", id="where")
            yield SaveStatus(id="save-status")
        yield KeysFooter()

    async def on_mount(self) -> None:
        """Resume on the stage and item saved in the design."""
        # The design out of the collector's walks, collections when the user pauses (see
        # idle_gc); leaving the screen undoes both, so a closed design can be collected.
        self._collector.start(self)
        self.title = f"designer — {self.design.name or 'unnamed'}"
        self.sub_title = self.path.name
        self.autosave = Autosave(self, self.design, self.path, self.query_one(SaveStatus),
                                 getattr(self.app, "autosave_delay", 0.5), self.stamp,
                                 snapshot=self._save_copy, request=self._request_save_copy)
        self.autosave.on_conflict = self._changed_underneath
        self._claim(self.path)
        self._fit(self.app.size.width)
        await self.go_to(self.stage, self.design.progress.current_item, resume=True)

    def on_resize(self, event: events.Resize) -> None:
        """Every resize chooses the layout again from the width."""
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        """Apply the layout for `width`; F2 and F3 change it until the next breakpoint."""
        name = layout_for(width)
        if name == self.layout_name:
            return
        self.layout_name = name
        for other in ("wide", "medium", "narrow"):
            self.set_class(other == name, f"-{other}")
        stages = self.query_one(StageList)
        stages.collapsed = name != "wide"
        stages.set_class(stages.collapsed, "-collapsed")
        self.query_one(Preview).display = name != "narrow"
        if self.autosave is not None:  # mounted: redraw the list in its new width
            self.refresh_state()

    # --- moving between stages ------------------------------------------------------------

    async def go_to(self, stage: Stage, item: str = "", *, resume: bool = False) -> None:
        """Show `stage`, focusing `item` when given (a question id), and remember it.

        A stage's form is built on its first visit and kept (hidden) afterwards: coming back
        only re-reads the values that changed meanwhile, which is much cheaper than building
        dozens of widgets again.
        """
        progress = self.design.progress
        moved = stage is not progress.current_stage or not resume
        progress.current_stage = stage
        if moved and not resume:
            progress.current_item = item
        started = progress.status(stage) is StageStatus.NOT_STARTED
        if started:
            progress.stages[stage] = StageStatus.IN_PROGRESS
            if self._apply_defaults(stage):
                self._revision += 1
        content = self._forms.get(stage)
        focused = self.focused
        for other in self._forms.values():
            if other is not content:
                if focused is not None and other in focused.ancestors:
                    self.set_focus(None)  # before hiding it: no late reset of the new focus
                other.display = False
        if content is None:
            lang = getattr(self.app, "lang", "en")
            content = (ReviewPanel(self.design, self.path) if stage is Stage.REVIEW
                       else StageForm(self.design, stage, lang))
            self._forms[stage] = content
            self._seen[stage] = self._revision
            await self.query_one("#stage", Container).mount(content)
        else:
            if self._seen.get(stage) != self._revision:
                self._seen[stage] = self._revision
                content.reload()  # state down: what other stages changed meanwhile
            content.display = True
        # Focus moves now, not after the next refresh: a key typed right after F5 belongs to
        # the stage shown, never to the hidden form of the stage just left.
        if not (isinstance(content, StageForm) and content.focus_item(item)):
            self._focus_first(content)
        self.refresh_state()
        if not resume and self.autosave is not None:
            # Starting a stage changes the design (its status, its defaults); going back to
            # one only moves the user, which is written with the next change.
            if started:
                self.autosave.changed()
            else:
                self.autosave.moved()

    @property
    def form(self) -> StageForm | ReviewPanel:
        """The shown stage's form (or the review panel)."""
        return self._forms[self.stage]

    def _apply_defaults(self, stage: Stage) -> bool:
        """On a stage's first visit, write its defaults (they are answers the user can see).
        True when that changed the design."""
        questionnaire = questions.questionnaire(stage)
        if questionnaire is None:
            return False
        from designer.questionnaire.engine import apply_defaults

        return bool(apply_defaults(self.design, questionnaire))

    def _focus_first(self, content: Widget) -> None:
        for widget in content.query("*"):
            if widget.focusable:
                # The stage opens at its top (intro first), wherever its first control is.
                # Set now (Widget.focus waits for the next idle moment): a key read meanwhile
                # must not go to the hidden form of the stage just left.
                self.set_focus(widget, scroll_visible=False)
                return
        self.query_one(StageList).focus()

    def refresh_state(self) -> None:
        """Redraw the stage list and the status line now; the problem marks and the preview
        after a short quiet time (both read the whole design: not on every key press)."""
        stages = self.query_one(StageList)
        stages.show(self.design.progress, self.stage, self._problem_stages)
        index = STAGES.index(self.stage)
        status = self.design.progress.status(self.stage)
        marks = {StageStatus.DONE: " · done", StageStatus.IN_PROGRESS: ""}
        where = f"Stage {index + 1}/{len(STAGES)} · {self.stage.title}{marks.get(status, '')}"
        if where != self._where:
            self._where = where
            self.query_one("#where", Static).update(where)
        if self._problems_revision != self._revision:
            if self._problems_timer is not None:
                self._problems_timer.stop()
            self._problems_timer = self.set_timer(QUIET, self._refresh_problems)
        self.query_one(Preview).schedule(self.copier.request_design, self.stage)

    def _version(self) -> tuple[int, int]:
        # Every change bumps the revision or tells the autosave (or both): either makes a copy.
        return (self._revision, self.autosave.changes if self.autosave else 0)

    def view_copy(self) -> dict[str, object]:
        """A plain copy of the design as it is now, made on this thread (see `copier`, which
        makes them off the UI thread, for the preview, the problem marks and the autosave)."""
        return self.copier.now()

    def _save_copy(self) -> dict[str, object]:
        """What the autosave writes: the copy of this revision with the position as it is now
        (moving does not make a new revision)."""
        with collector.paused():
            return {**self.view_copy(), "progress": self.design.progress.model_dump(mode="json")}

    def _request_save_copy(self, consumer: Callable[[dict[str, object]], None]) -> None:
        """`_save_copy` for the autosave, made off the UI thread (the position added when it
        is delivered, as it is then)."""
        self.copier.request(lambda data: consumer(
            {**data, "progress": self.design.progress.model_dump(mode="json")}))

    def _refresh_problems(self) -> None:
        self._problems_timer = None
        self.copier.request_design(lambda copy: self._check_problems(copy, self._revision))

    def _check_problems(self, copy: Design, revision: int) -> None:
        """Check `copy` in a thread worker (not `@work`: it would `repr` the whole design on
        this thread to describe the worker)."""
        from designer.model.checks import problems

        def check() -> None:
            found = self._problems_job.run(lambda: problems(copy))
            if found is None:  # a key came: check again once the user pauses
                self.app.call_from_thread(self._problems_gave_way)
            else:
                self.app.call_from_thread(self._show_problems, found, revision)

        self.run_worker(check, name="problems", description="check the design's problems",
                        thread=True, exclusive=True, group="problems", exit_on_error=False)

    def _problems_gave_way(self) -> None:
        if self._problems_timer is None:
            self._problems_timer = self.set_timer(QUIET, self._refresh_problems)

    def _show_problems(self, found: list[Problem], revision: int) -> None:
        self._problems_revision = revision
        if self._problems is not None and found == self._problems \
                and [p.blocking for p in found] == [p.blocking for p in self._problems]:
            return  # the same problems: every editor and the stage list show them already
        self._problems = found
        self._problem_stages = {stage_of(p.location) for p in found}
        self.query_one(StageList).show(self.design.progress, self.stage, self._problem_stages)
        for form in self._forms.values():
            for editor in form.query(Editor):
                editor.problems_changed()

    def known_problems(self) -> list[Problem] | None:
        """The design's cross-field problems as last checked (a fraction of a second after the
        last change), or None before the first check. Editors list them from here."""
        return self._problems

    # --- events up ------------------------------------------------------------------------

    @on(StageList.Chosen)
    async def _stage_chosen(self, event: StageList.Chosen) -> None:
        if event.stage is not self.stage:
            await self.go_to(event.stage)
        else:
            self._focus_first(self.form)
        if event.stage in self._problem_stages and event.stage is not Stage.REVIEW:
            self.show_problems(event.stage)

    def show_problems(self, stage: Stage) -> None:
        """The "!" of a stage: list its problems; the one chosen is opened at its field."""
        from designer.tui.editors.dialogs import PickScreen

        found = [p for p in self._problems or [] if stage_of(p.location) is stage]
        if not found:
            return
        lines = [f"{place(p.location)}: {p.message}" for p in found]

        async def chosen(line: str | None) -> None:
            if line is not None:
                await self.fix_at(stage, found[lines.index(line)].location)

        count = f"{len(found)} problem{'s' if len(found) != 1 else ''}"
        self.app.push_screen(PickScreen(f"{stage.title} has {count}. Enter opens it where it "
                                        "can be fixed; escape stays here.", lines), chosen)

    async def fix_at(self, stage: Stage, location: str) -> None:
        """Go to the question (or editor) of `location` in `stage`."""
        questionnaire = questions.questionnaire(stage)
        item = ""
        if questionnaire is not None:
            item = next((q.id for q in questionnaire.questions
                         if location == q.bind or location.startswith(q.bind + ".")
                         or location.startswith(q.bind + "[")), "")
        await self.go_to(stage, item or location)
        self.notify(location, title="Fix here")

    @on(ReviewPanel.GoTo)
    async def _fix_finding(self, event: ReviewPanel.GoTo) -> None:
        await self.fix_at(event.stage, event.location)

    @on(QuestionField.Focused)
    def _question_focused(self, event: QuestionField.Focused) -> None:
        progress = self.design.progress
        if progress.current_item != event.field.question.id:
            progress.current_item = event.field.question.id
            if self.autosave is not None:
                self.autosave.moved()  # a focus move is not a change: nothing to save now

    @on(DesignChanged)
    def _design_changed(self, event: DesignChanged) -> None:
        event.stop()
        progress = self.design.progress
        if event.where:
            progress.current_item = event.where
        if progress.status(self.stage) is StageStatus.NOT_STARTED:
            progress.stages[self.stage] = StageStatus.IN_PROGRESS
        self._revision += 1
        self._seen[self.stage] = self._revision  # the form shown made the change: it is current
        self.importing.forget()
        content = self._forms.get(self.stage)
        if isinstance(content, StageForm) and content.field(event.where) is None:
            # An editor changed the design: questions depending on it may show or hide.
            content.reload_questions()
        elif isinstance(content, ReviewPanel):
            content.refresh_findings()
        self.refresh_state()
        if self.autosave is not None:
            self.autosave.changed()

    async def design_replaced(self) -> None:
        """Parts of the design were replaced wholesale (an import, its undo): build the forms
        again (they hold the old parts), redraw, save."""
        self.set_focus(None)
        forms = list(self._forms.values())
        self._forms.clear()
        self._seen.clear()
        self._revision += 1
        for form in forms:
            await form.remove()
        self.title = f"designer — {self.design.name or 'unnamed'}"
        await self.go_to(self.stage, self.design.progress.current_item, resume=True)
        self.refresh_bindings()
        if self.autosave is not None:
            self.autosave.changed()

    # --- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """"Undo import" only while there is one to undo (hidden from the footer otherwise)."""
        if action == "undo_import":
            return self.importing.can_undo
        return True

    @work(exclusive=True, group="import")
    async def action_import(self, kind: str) -> None:
        """Import a file of `kind` ("openapi", "sql", "spec") after showing what it changes."""
        await self.importing.run(kind)

    async def action_undo_import(self) -> None:
        """Put the design back as it was before the last import."""
        await self.importing.undo()

    async def action_next_stage(self) -> None:
        """Go to the next stage."""
        index = STAGES.index(self.stage)
        if index + 1 < len(STAGES):
            await self.go_to(STAGES[index + 1])

    async def action_previous_stage(self) -> None:
        """Go to the previous stage."""
        index = STAGES.index(self.stage)
        if index > 0:
            await self.go_to(STAGES[index - 1])

    async def action_go_review(self) -> None:
        """Go to review & export."""
        await self.go_to(Stage.REVIEW)

    async def action_go_stage(self, value: str) -> None:
        """Go to the stage named `value`."""
        await self.go_to(Stage(value))

    async def action_mark_done(self) -> None:
        """Mark the current stage done and move on."""
        self.design.progress.stages[self.stage] = StageStatus.DONE
        self.notify(f"{self.stage.title} marked done")
        if self.stage is Stage.REVIEW:
            self.refresh_state()
            if self.autosave is not None:
                self.autosave.changed()
        else:
            await self.action_next_stage()

    def action_save(self) -> None:
        """Save now."""
        if self.autosave is not None:
            self.autosave.changed()
            self.autosave.save_now()

    def action_toggle_preview(self) -> None:
        """Show or hide the preview."""
        preview = self.query_one(Preview)
        preview.display = not preview.display

    def action_toggle_stages(self) -> None:
        """Narrow or widen the stage list."""
        stages = self.query_one(StageList)
        stages.collapsed = not stages.collapsed
        stages.set_class(stages.collapsed, "-collapsed")
        self.refresh_state()

    def action_focus_stages(self) -> None:
        """Focus the stage list."""
        self.query_one(StageList).focus()

    async def action_export(self, only: str = "") -> None:
        """Go to review & export and export everything (or only `only`)."""
        if self.stage is not Stage.REVIEW:
            await self.go_to(Stage.REVIEW)
        panel = self.form
        assert isinstance(panel, ReviewPanel)
        panel.start_export(only or None)

    @work
    async def action_save_as(self) -> None:
        """Save the design to another file and continue there."""
        from designer import recent
        from designer.errors import DesignerError
        from designer.tui.screens.dialog import ConfirmDialog
        from designer.tui.screens.save_as import SaveAsDialog

        target = await self.app.push_screen_wait(SaveAsDialog(self.path))
        if target is None:
            return
        if target.exists():
            replace = await self.app.push_screen_wait(
                ConfirmDialog(f"{target} already exists. Replace it with this design?",
                              ok="Replace"))
            if not replace:
                return
        try:
            stamp = store.save(self.design, target)
        except DesignerError as error:
            self.notify(str(error), title="Save as failed", severity="error", timeout=10)
            return
        self._switch_file(target, stamp)
        recent.remember(target)
        self.notify(f"Now editing {target}", title="Saved as")

    @work
    async def _changed_underneath(self, message: str) -> None:
        """The file changed on disk: reload it, or keep this version as a copy and go on there."""
        from designer import recent
        from designer.errors import DesignerError
        from designer.tui.screens.conflict import ConflictDialog, keep_as_copy

        assert self.autosave is not None
        gone = not self.path.exists()
        choice = await self.app.push_screen_wait(ConflictDialog(message, gone))
        if choice == "reload" and not gone:
            rescued = self.autosave.rescue()
            self.autosave.resolved(self.path, None)  # nothing of this screen is saved again
            if self.app.open_design(self.path):  # type: ignore[attr-defined]
                kept = f" Your version was kept in {rescued}." if rescued else ""
                self.app.notify(f"Reloaded {self.path.name} from disk.{kept}", title="Reloaded")
            return
        if choice == "copy":
            try:
                target, stamp = keep_as_copy(self.design, self.path)
            except DesignerError as error:
                self.notify(str(error), title="Save failed", severity="error", timeout=10)
                self.autosave.conflict = ""
                return
            original = self.path
            self._switch_file(target, stamp)
            recent.remember(target)
            self.notify(f"Your version is saved as {target.name} and open now; {original.name} "
                        "is left as the other program wrote it.", title="Kept as a copy")
            return
        # Dismissed: nothing is saved here until the user decides (ctrl+s asks again).
        self.autosave.conflict = ""

    def _claim(self, path: Path) -> None:
        """Mark `path` as open here; say so when another designer has it open too."""
        from designer import lock

        other = lock.claim(path)
        if other is not None:
            self.notify(f"{path.name} is also open in another designer (process {other.pid} on "
                        f"{other.host}). A change saved there is noticed here before the next "
                        "save, and nothing is overwritten.", title="Open elsewhere",
                        severity="warning", timeout=12)

    def _switch_file(self, target: Path, stamp: store.Stamp | None) -> None:
        """Go on editing in `target` (save as, or a copy after a conflict)."""
        from designer import lock

        lock.release(self.path)
        self._claim(target)
        self.path = target
        if self.autosave is not None:
            self.autosave.resolved(target, stamp)
        for panel in self.query(ReviewPanel):
            panel.path = target
        self.sub_title = target.name

    def on_unmount(self) -> None:
        """Let the collector see this design again (see `on_mount`); drop the open marker."""
        from designer import lock

        lock.release(self.path)
        self._collector.stop()

    def flush(self) -> bool:
        """Write pending changes before leaving; False when the user must decide first."""
        if self.autosave is None or self.autosave.flush():
            return True
        self._ask_before_quitting()
        return False

    def save_on_hangup(self) -> None:
        """Save synchronously (or write a rescue copy) because the terminal went away."""
        if self.autosave is not None and not self.autosave.flush():
            self.autosave.rescue()

    @work
    async def _ask_before_quitting(self) -> None:
        from designer.tui.screens.dialog import ConfirmDialog

        assert self.autosave is not None
        rescued = self.autosave.rescue()
        where = (f"A copy was written to {rescued}." if rescued is not None
                 else "No copy could be written anywhere.")
        quit_anyway = await self.app.push_screen_wait(ConfirmDialog(
            f"The design cannot be saved to {self.path}: {self.autosave.error}. {where} "
            "Quit anyway? (Cancel to stay and use 'design: save as'.)", ok="Quit"))
        if quit_anyway:
            self.app.exit(1, return_code=1)

    async def action_close(self) -> None:
        """Save and go back to the welcome screen."""
        if self.flush():
            from designer.tui.screens.welcome import WelcomeScreen

            self.app.switch_screen(WelcomeScreen())
