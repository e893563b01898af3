"""The questionnaire engine as the app sees it: loaded once, lazily, and never fatal.

A broken or missing questionnaire must not take the whole app down: the stage then shows why
and the rest of the design stays editable.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from designer.model.progress import Stage


@cache
def questionnaires() -> tuple[dict[Stage, Any], str]:
    """Every stage's questionnaire and, when loading failed, the one-line reason."""
    try:
        from designer.questionnaire import load_all, load_file
    except ImportError as error:
        return {}, f"the questionnaire engine is not available ({error})"
    from designer.errors import DesignerError
    from designer.paths import questionnaires_dir

    try:
        return dict(load_all()), ""
    except DesignerError as error:
        problem = str(error)
    # One broken file must not hide the others: load the stages one by one.
    found: dict[Stage, Any] = {}
    for stage in Stage:
        path = questionnaires_dir() / f"{stage.value}.yaml"
        if path.is_file():
            try:
                found[stage] = load_file(path)
            except DesignerError:
                continue
    return found, problem


def questionnaire(stage: Stage) -> Any | None:
    """The questionnaire of `stage`, or None when it has none."""
    return questionnaires()[0].get(stage)


def load_problem() -> str:
    """Why the questionnaires could not be loaded, or empty."""
    return questionnaires()[1]


def editors_for(stage: Stage) -> list[type]:
    """The rich editor classes of `stage` (none until the editors package provides them)."""
    try:
        from designer.tui.editors.registry import editors_for as registry
    except ImportError:
        return []
    return list(registry(stage))


def notice_text(notice: Any) -> str:
    """One line for a notice from `set_answer` (a recomputed default or a dropped answer),
    naming the question affected by its prompt, never by its id."""
    message = getattr(notice, "message", None)
    if not message:
        return str(notice)
    stage = getattr(notice, "stage", None)
    found = questionnaire(stage) if isinstance(stage, Stage) else None
    question = found.question(notice_question(notice)) if found is not None else None
    return f"“{question.prompt()}” {message}" if question is not None else str(message)


def notice_question(notice: Any) -> str:
    """The id of the question a notice is about, or empty."""
    for name in ("question_id", "question", "id"):
        value = getattr(notice, name, None)
        if isinstance(value, str):
            return value
        if value is not None and isinstance(getattr(value, "id", None), str):
            return str(value.id)
    return ""
