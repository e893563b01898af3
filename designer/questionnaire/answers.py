"""Turning what a person typed into the value a question stores, with messages when it cannot.

Everything here returns messages instead of raising, so that any text typed into any question
ends in either a value or a list of reasons (a property test holds the engine to this).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from designer.questionnaire.binding import Kind, plain

if TYPE_CHECKING:
    from designer.questionnaire.question import Question

_TRUE = {"y", "yes", "true", "on", "1", "예", "네", "ㅇ"}
_FALSE = {"n", "no", "false", "off", "0", "아니요", "아니오", "ㄴ"}
_THOUSANDS = re.compile(r"(?<=\d)[,_](?=\d{3}\b)")
_MAX_DIGITS = 30
"""Longer numbers are refused before int() sees them (no design needs them)."""


def is_empty(value: Any) -> bool:
    """None, blank text and empty lists count as no answer."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset):
        return len(value) == 0
    return False


def _items(value: Any) -> list[Any]:
    """A list answer from a list, or from text split on new lines and commas."""
    if isinstance(value, str):
        return [p.strip() for p in re.split(r"[\n,]", value) if p.strip()]
    if isinstance(value, Sequence | set | frozenset):
        return [v.strip() if isinstance(v, str) else v for v in value if not is_empty(v)]
    return [value]


def _number(text: str, whole: bool) -> tuple[float | int | None, str | None]:
    cleaned = _THOUSANDS.sub("", text.strip())
    if len(cleaned) > _MAX_DIGITS:
        return None, f"'{text.strip()[:20]}…' is too long for a number"
    try:
        if whole:
            return int(cleaned), None
        number = float(cleaned)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        return None, f"'{text.strip()}' is not {kind}"
    if not math.isfinite(number):
        return None, f"'{text.strip()}' is not a finite number"
    return number, None


def _match_option(question: Question, item: Any) -> tuple[Any, str | None]:
    """The option value `item` names (by value, or case-insensitively by value or label)."""
    text = str(plain(item)).strip()
    values = [o.value for o in question.options]
    if text in values:
        return text, None
    folded = text.casefold()
    for option in question.options:
        labels = option.label_text.values() if option.label_text else ()
        names = {option.value.casefold(), *(t.casefold() for t in labels)}
        if folded in names:
            return option.value, None
    return None, f"'{text}' is not one of: {', '.join(values)}"


def coerce(question: Question, value: Any) -> tuple[Any, list[str]]:
    """The value to store for `value`, and messages ([] when it can be stored)."""
    kind = question.spec.kind
    if is_empty(value):
        return _empty(question)
    qtype = question.type.value
    if qtype in ("text", "textarea"):
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            return None, ["expected text"]
        return _finish(question, str(value).strip())
    if qtype == "bool":
        if isinstance(value, bool):
            return value, []
        word = str(value).strip().casefold()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE, []
        return None, [f"'{str(value).strip()}' is not yes or no"]
    if qtype in ("int", "number"):
        whole = qtype == "int"
        if isinstance(value, bool):
            return None, ["expected a number, not yes or no"]
        if isinstance(value, int | float):
            number: float | int | None = value
            if whole and isinstance(value, float):
                if not value.is_integer():
                    return None, [f"{value} is not a whole number"]
                number = int(value)
        elif isinstance(value, str):
            number, problem = _number(value, whole)
            if problem:
                return None, [problem]
        else:
            return None, ["expected a number"]
        return _finish(question, number)
    if qtype == "choice":
        if isinstance(value, list | tuple | set | dict):
            return None, ["choose one option"]
        chosen, problem = _match_option(question, value)
        return (None, [problem]) if problem else _finish(question, chosen)
    items = _items(value)
    if qtype == "multichoice":
        chosen_items: list[Any] = []
        for item in items:
            chosen, problem = _match_option(question, item)
            if problem:
                return None, [problem]
            if chosen not in chosen_items:
                chosen_items.append(chosen)
        return _finish(question, chosen_items)
    if kind is not Kind.STR_LIST or not all(isinstance(i, str) for i in items):
        return None, ["expected a list of text items"]
    return _finish(question, list(dict.fromkeys(items)))


def _empty(question: Question) -> tuple[Any, list[str]]:
    """What an empty answer stores: nothing for optional fields, '' or [] where allowed."""
    if question.required:
        return None, ["an answer is required"]
    spec = question.spec
    if spec.kind in (Kind.STR_LIST, Kind.ENUM_LIST):
        return [], []
    if spec.optional:
        return None, []
    if spec.kind is Kind.STR:
        return "", []
    return None, ["this setting cannot be left empty"]


def _finish(question: Question, value: Any) -> tuple[Any, list[str]]:
    """Apply ranges, pattern and the model's own constraints to a coerced value."""
    problems: list[str] = []
    if isinstance(value, int | float) and not isinstance(value, bool):
        if question.min is not None and value < question.min:
            problems.append(f"must be at least {_num(question.min)}")
        if question.max is not None and value > question.max:
            problems.append(f"must be at most {_num(question.max)}")
    if question.pattern:
        texts = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        for text in texts:
            if isinstance(text, str) and not re.fullmatch(question.pattern, text):
                problems.append(f"'{text}' {question.pattern_message()}")
    if not problems:
        problems = question.spec.check(value)
    return (None, problems) if problems else (value, [])


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
