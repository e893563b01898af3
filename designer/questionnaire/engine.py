"""Answering questions: validate, write into the design, then reconcile every other answer.

After an answer changes, other questions may be affected in two ways, and both are reported as
`Notice`s, never done silently:

- a computed default changed (e.g. test tools follow the framework): when the other question
  still holds its previous default, nobody chose that value, so it takes the new default;
  when it holds something else, the person chose it and it is kept (and reported only if it
  is no longer valid);
- its `when` condition stopped holding: its answer no longer applies and is dropped (reset to
  the model's default), and the notice says so, with the value that was dropped.

There is no per-question "answered" flag in the model, so provenance is inferred by comparing
the value with the default it had before the change; a field still holding the model's own
default in a stage never visited is left alone (its default is computed on the first visit).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import ValidationError

from designer.model.design import Design
from designer.model.progress import Stage, StageStatus
from designer.questionnaire.binding import assign, plain, show
from designer.questionnaire.loader import load_all
from designer.questionnaire.question import Computed, Question, Questionnaire


class NoticeKind(StrEnum):
    """What happened to another answer."""

    DEFAULT_CHANGED = "default_changed"
    """It still held its default and follows the new one."""
    DROPPED = "dropped"
    """Its question no longer applies; the answer was reset."""
    INVALID = "invalid"
    """A chosen answer is no longer valid; it was reset."""


@dataclass(frozen=True)
class Notice:
    """Something that happened to another answer because one answer changed."""

    stage: Stage
    """Stage of the affected question."""
    question_id: str
    """Id of the affected question."""
    message: str
    """What happened, in one sentence."""
    kind: NoticeKind = NoticeKind.DEFAULT_CHANGED
    """Category, for styling."""

    def __str__(self) -> str:
        return f"{self.stage.value}:{self.question_id}: {self.message}"


@dataclass
class SetResult:
    """Outcome of `set_answer`."""

    errors: list[str] = field(default_factory=list)
    """Why the answer was refused; empty when it was stored."""
    notices: list[Notice] = field(default_factory=list)
    """What happened to other answers as a consequence."""

    @property
    def ok(self) -> bool:
        """The answer was stored."""
        return not self.errors


def _questions(questionnaires: Mapping[Stage, Questionnaire] | None) -> list[Question]:
    found = load_all() if questionnaires is None else questionnaires
    return [q for questionnaire in found.values() for q in questionnaire.questions]


@dataclass(frozen=True)
class _State:
    visible: bool
    default: Any


def _snapshot(design: Design, questions: Iterable[Question]) -> dict[str, _State]:
    return {
        q.key: _State(
            q.visible(design),
            plain(q.default(design)) if isinstance(q.default_spec, Computed) else None,
        )
        for q in questions
    }


def _write(design: Design, question: Question, value: Any) -> list[str]:
    try:
        assign(design, question.bind, value)
    except ValidationError as error:
        return [str(e["msg"]).removeprefix("Value error, ") for e in error.errors()]
    return []


def set_answer(
    design: Design,
    question: Question,
    value: Any,
    questionnaires: Mapping[Stage, Questionnaire] | None = None,
) -> SetResult:
    """Validate `value` and store it at the question's bind path, then reconcile other answers.

    Never raises for bad input: a refused answer comes back in `errors` and leaves the design
    untouched. `questionnaires` defaults to the shipped ones (`load_all()`).
    """
    stored, errors = question.coerce(value)
    if errors:
        return SetResult(errors=errors)
    key = question.key
    questions = [q for q in _questions(questionnaires) if q.key != key]
    before = _snapshot(design, questions)
    errors = _write(design, question, stored)
    if errors:
        return SetResult(errors=errors)
    notices: list[Notice] = []
    # Said in the person's terms: the question they answered and what they answered.
    cause = f"your answer {show(stored)} to “{question.prompt()}”"
    # A reset can change further defaults and conditions; repeat until nothing moves (bounded,
    # since each pass only resets answers to defaults).
    for _ in range(len(questions) + 1):
        after = _snapshot(design, questions)
        moved = _reconcile(design, questions, before, after, cause, notices)
        if not moved:
            break
        before = after
    return SetResult(notices=notices)


def _reconcile(
    design: Design,
    questions: list[Question],
    before: dict[str, _State],
    after: dict[str, _State],
    cause: str,
    notices: list[Notice],
) -> bool:
    """Apply one round of consequences; True when something in the design changed."""
    moved = False
    for q in questions:
        old, new = before[q.key], after[q.key]
        current = plain(q.get(design))
        if new.visible and not old.visible:
            # A question that appears shows its default: store it, so what the person sees
            # is what is saved (choosing "load" tests shows k6 as the load tool, and k6 it is).
            if _take_default(design, q):
                moved = True
            continue
        if old.visible and not new.visible:
            if q.is_unset(design):
                continue
            reset = q.spec.model_default()
            if plain(reset) == current or _write(design, q, reset):
                continue
            notices.append(
                _notice(
                    q,
                    NoticeKind.DROPPED,
                    f"{show(current)} was cleared: the question no longer applies after "
                    f"{cause}",
                )
            )
            moved = True
        elif new.visible and old.default != new.default:
            if current == old.default and current != new.default and _shown(design, q):
                if _write(design, q, new.default):
                    continue
                notices.append(
                    _notice(
                        q,
                        NoticeKind.DEFAULT_CHANGED,
                        f"now {show(new.default)}, to go with {cause}",
                    )
                )
                moved = True
            elif not q.is_unset(design):
                problems = q.validate(current)
                if problems:
                    reset = q.default(design)
                    if _write(design, q, reset):
                        continue
                    notices.append(
                        _notice(
                            q,
                            NoticeKind.INVALID,
                            f"{show(current)} was cleared: after {cause} it is not valid "
                            f"({'; '.join(problems)})" + _now(reset),
                        )
                    )
                    moved = True
    return moved


def _now(value: Any) -> str:
    """"; now X" for a value worth naming, "" for an empty one."""
    return f"; now {show(value)}" if plain(value) not in (None, "", [], False) else ""


def _take_default(design: Design, question: Question) -> bool:
    """Store the default of a question that just appeared and was never answered; True when
    that changed the design. A stage not visited yet gets its defaults on the first visit."""
    if design.progress.status(question.stage) is StageStatus.NOT_STARTED:
        return False
    if not question.is_unset(design):
        return False
    value = question.default(design)
    if value is None or plain(value) == plain(question.get(design)):
        return False
    stored, problems = question.coerce(value)
    return not problems and not _write(design, question, stored)


def _shown(design: Design, question: Question) -> bool:
    """Whether the question's current value was written or shown to the person as an answer.

    A field still holding the model's own default in a stage never visited was neither: its
    default is computed afresh on the first visit, so it needs no update and no notice.
    """
    started = design.progress.status(question.stage) is not StageStatus.NOT_STARTED
    return started or not question.is_unset(design)


def _notice(question: Question, kind: NoticeKind, message: str) -> Notice:
    return Notice(question.stage, question.id, message, kind)


def pending_defaults(design: Design, questionnaire: Questionnaire) -> dict[str, Any]:
    """Defaults of the visible, unanswered questions of a stage, by question id.

    "Unanswered" means the field still holds the model's own default. Questions are taken in
    order and each default is assumed applied before the next condition is evaluated, so a
    default that reveals a later question is followed.
    """
    trial = design.model_copy(deep=True)
    return _apply(trial, questionnaire)


def apply_defaults(design: Design, questionnaire: Questionnaire) -> dict[str, Any]:
    """Write the pending defaults of a stage into `design`; returns what was written by id.

    Meant for the first visit of a stage: a person who deliberately answered with the model's
    own default cannot be told apart from nobody having answered.
    """
    return _apply(design, questionnaire)


def _apply(design: Design, questionnaire: Questionnaire) -> dict[str, Any]:
    written: dict[str, Any] = {}
    for q in questionnaire.questions:
        if not q.visible(design) or not q.is_unset(design):
            continue
        value = q.default(design)
        if plain(value) == plain(q.get(design)) or value is None:
            continue
        stored, problems = q.coerce(value)
        if problems or _write(design, q, stored):
            continue
        written[q.id] = stored
    return written
