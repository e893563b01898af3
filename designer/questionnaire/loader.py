"""Load `questionnaires/*.yaml`, check every question against the model, report every problem.

All problems of all files are collected and raised together as one `QuestionnaireError`, one
line each, in the form `requirements.yaml:peak_rps: unknown bind path '…'`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from designer import yamlio
from designer.errors import QuestionnaireError
from designer.model.progress import Stage
from designer.paths import questionnaires_dir
from designer.questionnaire.binding import BindError, Kind, resolve
from designer.questionnaire.question import Computed, Question, Questionnaire, QuestionType

_FITS: dict[QuestionType, tuple[Kind, ...]] = {
    QuestionType.TEXT: (Kind.STR,),
    QuestionType.TEXTAREA: (Kind.STR,),
    QuestionType.CHOICE: (Kind.STR, Kind.ENUM),
    QuestionType.MULTICHOICE: (Kind.STR_LIST, Kind.ENUM_LIST),
    QuestionType.BOOL: (Kind.BOOL,),
    QuestionType.INT: (Kind.INT,),
    QuestionType.NUMBER: (Kind.FLOAT,),
    QuestionType.LIST: (Kind.STR_LIST,),
}
"""Which field kinds each question type can edit."""

_NO_OPTIONS = (QuestionType.BOOL, QuestionType.INT, QuestionType.NUMBER, QuestionType.TEXTAREA)
_HEADER_KEYS = {"stage", "title", "intro", "questions"}
MAX_BYTES = 1024 * 1024
"""Largest questionnaire file read; the shipped ones are a few tens of kilobytes."""


def _where(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _messages(error: ValidationError) -> list[str]:
    """One readable line per pydantic error: `prompt: English text (en) is required`."""
    lines = []
    for e in error.errors():
        loc, kind = _where(tuple(e["loc"])), e["type"]
        if kind == "missing":
            lines.append(f"{loc}: missing")
        elif kind == "extra_forbidden":
            lines.append(f"unknown key '{loc}'")
        elif kind == "enum" and loc == "type":
            allowed = ", ".join(t.value for t in QuestionType)
            lines.append(f"unknown type '{e['input']}' (use one of {allowed})")
        elif kind == "string_pattern_mismatch" and loc == "id":
            lines.append(f"id '{e['input']}' must be lower_snake_case")
        else:
            message = str(e["msg"]).removeprefix("Value error, ")
            lines.append(f"{loc}: {message}" if loc else message)
    return lines


def _label(raw: Any, index: int) -> str:
    qid = raw.get("id") if isinstance(raw, dict) else None
    return qid if isinstance(qid, str) and qid else f"#{index + 1}"


def _check(question: Question) -> list[str]:
    """Problems of one parsed question against the model; binds it on success."""
    try:
        spec = resolve(question.bind)
    except BindError as error:
        return [str(error).replace("path", "bind path", 1)]
    problems: list[str] = []
    if spec.kind not in _FITS[question.type]:
        problems.append(
            f"type '{question.type.value}' does not fit {question.bind}, which holds "
            f"{spec.kind.value} (use {_types_for(spec.kind)})"
        )
        return problems
    question._spec = spec
    problems += _check_options(question)
    problems += _check_bounds(question)
    if question.when is not None and question.bind in question.when.paths():
        problems.append(f"'when' reads the question's own answer ({question.bind})")
    if problems:
        return problems
    return _check_default(question)


def _types_for(kind: Kind) -> str:
    return " or ".join(t.value for t, kinds in _FITS.items() if kind in kinds)


def _check_options(question: Question) -> list[str]:
    options, spec = question.options, question.spec
    if question.type in _NO_OPTIONS and options:
        return [f"options are not used by type '{question.type.value}'"]
    problems = []
    if question.type in (QuestionType.CHOICE, QuestionType.MULTICHOICE) and not options:
        problems.append(f"type '{question.type.value}' needs options")
    values = [o.value for o in options]
    for value in sorted({v for v in values if values.count(v) > 1}):
        problems.append(f"option '{value}' is listed twice")
    if spec.enum is not None:
        allowed = spec.enum_values
        for value in values:
            if value not in allowed:
                problems.append(
                    f"option '{value}' is not a value of {question.bind} ({', '.join(allowed)})"
                )
    return problems


def _check_bounds(question: Question) -> list[str]:
    spec, problems = question.spec, []
    if question.type not in (QuestionType.INT, QuestionType.NUMBER):
        if question.min is not None or question.max is not None:
            problems.append(f"min / max are not used by type '{question.type.value}'")
        return problems
    low, high = spec.lower_bound, spec.upper_bound
    if question.min is None:
        question.min = low
    elif low is not None and question.min < low:
        problems.append(f"min {question.min:g} is below the model's lower bound {low:g}")
    if question.max is None:
        question.max = high
    elif high is not None and question.max > high:
        problems.append(f"max {question.max:g} is above the model's upper bound {high:g}")
    if question.min is not None and question.max is not None and question.min > question.max:
        problems.append(f"min {question.min:g} is above max {question.max:g}")
    return problems


def _check_default(question: Question) -> list[str]:
    raw = question.default_spec
    if isinstance(raw, Computed):
        if raw.otherwise is None:
            return []
        raw, what = raw.otherwise, "'otherwise' default"
    elif "default_spec" in question.model_fields_set and raw is not None:
        what = "default"
    else:
        return []
    value, problems = question.coerce(raw)
    if problems:
        return [f"{what} {raw!r} is invalid: {'; '.join(problems)}"]
    # Store the coerced value, so that `default()` returns what an answer would store.
    if isinstance(question.default_spec, Computed):
        question.default_spec.otherwise = value
    else:
        question.default_spec = value
    return []


def _read(path: Path) -> tuple[Any, str | None]:
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, f"larger than {MAX_BYTES // 1024} KB"
        return yamlio.load(path.read_text(encoding="utf-8")), None
    except UnicodeDecodeError:
        return None, "is not UTF-8 text"
    except OSError as error:
        return None, f"cannot be read ({error.strerror or error})"
    except yamlio.UnsafeYaml as error:
        return None, str(error)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        return None, f"not valid YAML ({where}{getattr(error, 'problem', None) or error})"


def parse_file(path: Path) -> tuple[Questionnaire | None, list[str]]:
    """Parse and check one questionnaire file; returns it (None if unusable) and problem lines."""
    name = path.name
    try:
        stage = Stage(path.stem)
    except ValueError:
        stages = ", ".join(s.value for s in Stage)
        return None, [f"{name}: the file name must be a stage name ({stages}) + .yaml"]
    data, problem = _read(path)
    if problem:
        return None, [f"{name}: {problem}"]
    if not isinstance(data, dict):
        return None, [f"{name}: must be a mapping with title, intro and questions"]
    lines = [f"{name}: unknown key '{k}'" for k in data if k not in _HEADER_KEYS]
    if data.get("stage", stage.value) != stage.value:
        lines.append(f"{name}: stage '{data['stage']}' does not match the file name")
    try:
        questionnaire = Questionnaire.model_validate(
            {"stage": stage, "title": data.get("title"), "intro": data.get("intro")}
        )
    except ValidationError as error:
        return None, lines + [f"{name}: {m}" for m in _messages(error)]
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        return None, [*lines, f"{name}: 'questions' must be a non-empty list"]
    seen: set[str] = set()
    for index, raw in enumerate(raw_questions):
        label = _label(raw, index)
        if not isinstance(raw, dict):
            lines.append(f"{name}:{label}: a question must be a mapping")
            continue
        try:
            question = Question.model_validate(raw)
        except ValidationError as error:
            lines += [f"{name}:{label}: {m}" for m in _messages(error)]
            continue
        if question.id in seen:
            lines.append(f"{name}:{label}: duplicate question id '{question.id}'")
            continue
        seen.add(question.id)
        question._stage = stage
        problems = _check(question)
        lines += [f"{name}:{label}: {p}" for p in problems]
        if not problems:
            questionnaire.questions.append(question)
    return questionnaire, lines


def load_file(path: Path) -> Questionnaire:
    """Load one questionnaire file; raises QuestionnaireError listing every problem."""
    questionnaire, lines = parse_file(path)
    if lines or questionnaire is None:
        raise QuestionnaireError("\n".join(lines))
    return questionnaire


def _load(folder: Path) -> dict[Stage, Questionnaire]:
    if not folder.is_dir():
        raise QuestionnaireError(f"{folder}: no such questionnaire folder")
    found: dict[Stage, Questionnaire] = {}
    lines: list[str] = []
    bound: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        questionnaire, problems = parse_file(path)
        lines += problems
        if questionnaire is None:
            continue
        for q in questionnaire.questions:
            if q.bind in bound:
                lines.append(
                    f"{path.name}:{q.id}: bind path '{q.bind}' is also bound by {bound[q.bind]}"
                )
            bound.setdefault(q.bind, q.key)
        found[questionnaire.stage] = questionnaire
    if lines:
        raise QuestionnaireError("\n".join(lines))
    if not found:
        raise QuestionnaireError(f"{folder}: holds no questionnaire (*.yaml) files")
    return {stage: found[stage] for stage in Stage if stage in found}


@cache
def _load_cached(folder: str) -> dict[Stage, Questionnaire]:
    return _load(Path(folder))


def load_all(folder: Path | None = None) -> dict[Stage, Questionnaire]:
    """Every questionnaire in `folder` (default: the shipped ones), by stage, in stage order.

    Results are cached per folder; raises QuestionnaireError listing every problem found.
    """
    target = (folder or questionnaires_dir()).resolve()
    return _load_cached(str(target))


def clear_cache() -> None:
    """Forget loaded questionnaires (after the files changed)."""
    _load_cached.cache_clear()
