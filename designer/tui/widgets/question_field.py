"""One question of a questionnaire: its prompt, a widget for its type, help and messages."""

from __future__ import annotations

import re
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, SelectionList, Static, TextArea

from designer.tui.widgets.steady import Steady

LIST_HINT = "one per line"


def field_id(question_id: str) -> str:
    """A widget id for a question id (ids may hold dots)."""
    return "q-" + re.sub(r"[^A-Za-z0-9_-]", "-", question_id)


def _kind(question: Any) -> str:
    kind = question.type
    return str(getattr(kind, "value", kind))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else str(value)
    return str(getattr(value, "value", value))


class AnswerInput(Steady, Input):
    """A one-line answer whose text growing by a character repaints the field alone.

    Textual's Input sets its virtual size (the width of its text) on every change, and that
    size lays the whole screen out again: with a large stage on the screen, a third of each key
    press. The width only bounds the field's own horizontal scrolling, which reads it when it
    scrolls, so a repaint is all a change needs.
    """

    virtual_size = Reactive(Size(0, 0), layout=False)


class AnswerArea(Steady, TextArea):
    """A text area answer that a layout changing nothing for it leaves alone (see `Steady`)."""


class Help(Static):
    """A question's help, shown while the question has the focus.

    Showing it or hiding it changes its height: the layout that follows measures it, and a
    widget's virtual size being a layout reactive, that measure would lay the whole screen out
    a second time (every Tab, hundreds of milliseconds with a large design's Data stage shown).
    The help never scrolls: the layout that measured it has placed it already.
    """

    virtual_size = Reactive(Size(0, 0), layout=False)


class QuestionField(Vertical):
    """A question, the input widget for its type, its help (shown on focus) and messages."""

    virtual_size = Reactive(Size(0, 0), layout=False)
    """Its height changes as its help shows or hides: see `Help` (the field never scrolls)."""

    class Answered(Message):
        """The user gave an answer; the form applies it to the design."""

        def __init__(self, field: QuestionField, value: Any) -> None:
            super().__init__()
            self.field = field
            """The field that was answered."""
            self.value = value
            """The new value in the model's terms (str, int, float, bool, list, or None)."""

    class Focused(Message):
        """A question received focus: the resume point moves to it."""

        def __init__(self, field: QuestionField) -> None:
            super().__init__()
            self.field = field
            """The field that was focused."""

    def __init__(self, question: Any, value: Any, default: Any, lang: str = "en") -> None:
        super().__init__(id=field_id(question.id), classes="question")
        self.question = question
        """The questionnaire question shown."""
        self.lang = lang
        self._value = value
        self._default = default
        self._message = ""
        self._ready = False
        self._answer_widget: Widget | None = None

    @property
    def kind(self) -> str:
        """The question type: text, textarea, choice, multichoice, bool, int, number or list."""
        return _kind(self.question)

    @property
    def help_markdown(self) -> str:
        """Help of the question for the help screen."""
        q = self.question
        parts = [f"**{q.prompt(self.lang)}**", q.help(self.lang) or ""]
        for option in getattr(q, "options", None) or []:
            text = option.help(self.lang)
            if text:
                parts.append(f"- *{option.label(self.lang)}*: {text}")
        return "\n\n".join(p for p in parts if p)

    def compose(self) -> ComposeResult:
        """Prompt, input, help, message."""
        q = self.question
        mark = " [b $error]*[/]" if q.required else ""
        yield Label(f"{q.prompt(self.lang)}{mark}", classes="prompt")
        yield self._input()
        yield Help(q.help(self.lang) or "", classes="help", markup=False)
        message = Static("", classes="message")
        message.display = False
        yield message

    def _input(self) -> Widget:
        kind, value = self.kind, self._value
        # No default is shown greyed as a placeholder: a visible default is stored (the engine
        # writes it when the question appears), so an empty field is an empty answer.
        placeholder = ""
        if kind in ("text", "int", "number"):
            input_type = {"text": "text", "int": "integer", "number": "number"}[kind]
            # Options of a text question are suggestions: completed as the user types.
            suggestions = [o.value for o in getattr(self.question, "options", None) or []]
            return AnswerInput(_text(value), placeholder=placeholder, type=input_type,
                         classes="answer", select_on_focus=False, compact=True,
                         suggester=SuggestFromList(suggestions) if suggestions else None)
        if kind in ("textarea", "list"):
            text = "\n".join(map(_text, value or [])) if kind == "list" else _text(value)
            hint = LIST_HINT if kind == "list" else placeholder
            area = AnswerArea(text, classes="answer", soft_wrap=True, placeholder=hint,
                            compact=True, highlight_cursor_line=False)
            return area
        if kind == "choice":
            current = _text(value)
            return Select(self._choices(current), value=current or Select.NULL,
                          allow_blank=True, classes="answer", compact=True,
                          prompt="(choose)")
        if kind == "multichoice":
            chosen = {_text(v) for v in value or []}
            return SelectionList[str](
                *[(o.label(self.lang), o.value, o.value in chosen) for o in self.question.options],
                classes="answer", compact=True,
            )
        if kind == "bool":
            return Checkbox("yes", bool(value), classes="answer", compact=True)
        return Static(f"(question type {kind!r} is not supported)", classes="answer")

    def _choices(self, current: str) -> list[tuple[str, str]]:
        """The options of a choice, plus the saved value when it is none of them (a file
        edited by hand): the field shows what the design holds, never a blank over it."""
        options = [(o.label(self.lang), o.value) for o in self.question.options]
        if current and current not in {value for _, value in options}:
            options.append((current, current))
        return options

    # --- reading and showing values -------------------------------------------------------

    @property
    def answer_widget(self) -> Widget:
        """The widget that holds the answer (looked up once: the form reads every field's
        after each answer)."""
        if self._answer_widget is None:
            self._answer_widget = self.query_one(".answer")
        return self._answer_widget

    def widget_value(self) -> Any:
        """The answer as the widget holds it, converted to the model's terms."""
        widget = self.answer_widget
        kind = self.kind
        if isinstance(widget, Input):
            text = widget.value.strip()
            if kind == "text":
                return widget.value
            if not text:
                return None
            try:
                return int(text) if kind == "int" else float(text)
            except ValueError:
                return text  # validation explains it
        if isinstance(widget, TextArea):
            if kind == "list":
                return [line.strip() for line in widget.text.splitlines() if line.strip()]
            return widget.text
        if isinstance(widget, Select):
            return None if widget.value is Select.NULL else widget.value
        if isinstance(widget, SelectionList):
            order = [o.value for o in self.question.options]
            return [v for v in order if v in set(widget.selected)]
        if isinstance(widget, Checkbox):
            return widget.value
        return None

    def show_value(self, value: Any, default: Any) -> None:
        """Show `value` (after the model changed it) without echoing it back as an answer."""
        self._value, self._default = value, default
        if not self.is_mounted:
            return
        widget = self.answer_widget
        if widget.has_focus and isinstance(widget, Input | TextArea):
            return  # never rewrite what the user is typing
        with self.prevent(Input.Changed, TextArea.Changed, Select.Changed,
                          SelectionList.SelectedChanged, Checkbox.Changed):
            if isinstance(widget, Input):
                if self.widget_value() != value:
                    widget.value = _text(value)
            elif isinstance(widget, TextArea):
                text = "\n".join(map(_text, value or [])) if self.kind == "list" else _text(value)
                if self.widget_value() != (value or ([] if self.kind == "list" else "")):
                    widget.text = text
            elif isinstance(widget, Select):
                current = _text(value)
                if current and current not in {o.value for o in self.question.options}:
                    widget.set_options(self._choices(current))
                widget.value = current or Select.NULL
            elif isinstance(widget, SelectionList):
                chosen = {_text(v) for v in value or []}
                if set(widget.selected) == chosen:
                    return  # shown already: no refresh per option
                for option in self.question.options:
                    if option.value in chosen:
                        widget.select(option.value)
                    else:
                        widget.deselect(option.value)
            elif isinstance(widget, Checkbox):
                widget.value = bool(value)

    def show_messages(self, errors: list[str], notices: list[str] = ()) -> None:  # type: ignore[assignment]
        """Inline validation errors (red) and notices such as a dropped answer (yellow)."""
        message = self.query_one(".message", Static)
        lines = [f"✗ {e}" for e in errors] + [f"! {n}" for n in notices]
        text = "\n".join(lines)
        if text == self._message:
            return  # unchanged: spare a layout pass on every key press
        self._message = text
        message.update(text)
        message.display = bool(lines)
        self.set_class(bool(errors), "-invalid")
        self.set_class(bool(notices) and not errors, "-notice")

    # --- events up ------------------------------------------------------------------------

    def _answer(self) -> None:
        self.post_message(self.Answered(self, self.widget_value()))

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Select.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Checkbox.Changed)
    def _changed(self, event: Message) -> None:
        event.stop()
        if self._ready:  # widgets report their initial value on mount: that is no answer
            self._answer()

    def on_mount(self) -> None:
        """Start listening for answers once the initial values have settled."""
        self.call_after_refresh(self._listen)

    def _listen(self) -> None:
        self._ready = True

    def on_descendant_focus(self) -> None:
        """Tell the form where the user is. (The help shows through `:focus-within` in the
        stylesheet: Textual restyles the field left and the field entered in the same step
        as it moves the focus, so a Tab lays the screen out once, not once per field.)"""
        self.post_message(self.Focused(self))
