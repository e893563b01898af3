"""The form of one stage: its questionnaire's questions, then its rich editors."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Static

from designer.model.design import Design
from designer.model.progress import Stage
from designer.tui import questions
from designer.tui.messages import DesignChanged
from designer.tui.widgets.form_scroll import FormScroll
from designer.tui.widgets.question_field import QuestionField, field_id


class StageForm(FormScroll):
    """Questions of a stage with live `when` conditions, inline validation and notices.

    The form applies answers with the questionnaire engine's `set_answer` (which recomputes
    dependent defaults and drops answers that became invalid), re-reads every question from the
    design afterwards, and posts `DesignChanged` so that the screen saves.
    """

    virtual_size = Reactive(Size(0, 0), layout=False)
    """The form's height changes as a question's help shows or hides. The layout that measured
    it has placed every child already, and its scrollbars follow the new size without another
    (Textual lays the screen out again when a scrollbar appears or goes): see `Help`."""

    def __init__(self, design: Design, stage: Stage, lang: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.design = design
        """The design (shared with the screen)."""
        self.stage = stage
        """The stage shown."""
        self.lang = lang
        self.questionnaire = questions.questionnaire(stage)
        """The stage's questionnaire, or None."""
        self._fields: dict[str, QuestionField] = {}
        self._editor_list: list[Any] = []

    def compose(self) -> ComposeResult:
        """Title, intro, one field per question, then the editors."""
        q = self.questionnaire
        title = q.title(self.lang) if q is not None else self.stage.title
        yield Static(title, classes="stage-title")
        intro = q.intro(self.lang) if q is not None else ""
        if intro:
            yield Static(intro, classes="stage-intro", markup=False)
        if q is not None:
            for question in q.questions:
                field = QuestionField(question, question.get(self.design),
                                      question.default(self.design), self.lang)
                field.display = bool(question.visible(self.design))
                yield field
        editors = questions.editors_for(self.stage)
        for editor in editors:
            yield editor(self.design)
        if q is None and not editors:
            reason = questions.load_problem()
            text = "This stage has no questions yet."
            yield Static(f"{text} {reason}".strip(), classes="stage-empty", markup=False)

    def on_mount(self) -> None:
        """Index the fields once: they are looked up on every key press."""
        self._fields = {field.id or "": field for field in self.query(QuestionField)}
        self._editor_list = self._editors()

    def fields(self) -> list[QuestionField]:
        """Every question field of the form."""
        return list(self._fields.values())

    def field(self, question_id: str) -> QuestionField | None:
        """The field of `question_id`, if the form has it."""
        return self._fields.get(field_id(question_id))

    def reload_questions(self) -> None:
        """Re-read values, defaults and visibility of every question (state down)."""
        for field in self.fields():
            question = field.question
            visible = bool(question.visible(self.design))
            if field.display != visible:
                field.display = visible
            field.show_value(question.get(self.design), question.default(self.design))

    def reload(self) -> None:
        """Re-read everything, editors included, after an outside change (e.g. undo, reload)."""
        self.reload_questions()
        for editor in self._editors():
            editor.reload()

    def _editors(self) -> list[Any]:
        from designer.tui.editors.base import Editor

        return list(self.query(Editor))

    @on(QuestionField.Answered)
    def _answered(self, event: QuestionField.Answered) -> None:
        event.stop()
        from designer.questionnaire.engine import set_answer

        field = event.field
        result = set_answer(self.design, field.question, event.value)
        dropped: dict[str, list[str]] = {}
        for notice in result.notices:
            text = questions.notice_text(notice)
            if getattr(notice, "stage", self.stage) == self.stage:
                dropped.setdefault(questions.notice_question(notice), []).append(text)
            self.notify(text, title="Changed by your answer", severity="warning", timeout=6)
        field.show_messages(list(result.errors), dropped.pop(field.question.id, []))
        for other in self.fields():
            if other is not field and other.question.id in dropped:
                other.show_messages([], dropped[other.question.id])
        self.reload_questions()
        if not result.errors:
            for editor in self._editor_list:
                editor.question_answered(field.question.id)
            self.post_message(DesignChanged(field.question.id))

    def focus_item(self, item: str) -> bool:
        """Focus the question or editor item `item` (the resume point); True when found."""
        field = self.field(item) if item else None
        if field is not None and field.display:
            self._focus_field(field)
            return True
        # A record of an editor (`data.caching[User]`): its table, on that row.
        return bool(item) and any(editor.focus_item(item) for editor in self._editors())

    def _focus_field(self, field: QuestionField) -> None:
        answer = field.query(".answer")
        if answer:
            self.screen.set_focus(answer.first(), scroll_visible=False)  # now, not when idle
            # Scrolled once the layout knows where the field is.
            self.call_after_refresh(self.scroll_to_widget, field, animate=False, top=True)
