"""A design turned into plain data, or plain data into a design, in small steps.

pydantic-core holds the interpreter lock for a whole `model_dump` or `model_validate`: at 300
entities each takes about 100 ms, during which no other thread runs a line (the app's keys
wait). Done section by section, and long lists item by item, the same work is a series of calls
of well under a millisecond each, and the interpreter hands the lock over between any two of
them. The results are the same (tests/test_chunks.py compares them on every example and on
generated designs); `yield_between`, when given, runs between steps (an `await` point, a
check that the copy is still wanted).
"""

from __future__ import annotations

import time
import typing
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

LONG = 16
"""Lists of models with more items than this are done item by item."""


_PARTS: dict[type[BaseModel], tuple[set[str], set[str]]] = {}


def yield_lock() -> None:
    """A `between` for threads: lets a thread waiting for the interpreter lock (the UI) have it
    now, instead of after the interpreter's switch interval (5 ms)."""
    time.sleep(0)


def _item_model(annotation: Any) -> type[BaseModel] | None:
    """The model class of `list[Model]`, else None."""
    if typing.get_origin(annotation) is list:
        (arg,) = typing.get_args(annotation) or (None,)
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def _parts(cls: type[BaseModel]) -> tuple[set[str], set[str]]:
    """The fields of `cls` done apart: (model-valued sections, lists of models). Fields with
    their own serializer or excluded from dumps stay with their parent."""
    cached = _PARTS.get(cls)
    if cached is not None:
        return cached
    decorators = cls.__pydantic_decorators__
    decorated = {name for d in decorators.field_serializers.values() for name in d.info.fields}
    # A model serializer may leave a section out (Api writes graphql and grpc only when
    # used): its sections stay with it, only its long lists are done apart.
    whole = bool(decorators.model_serializers)
    sections, lists = set(), set()
    for name, info in cls.model_fields.items():
        if name in decorated or info.exclude:
            continue
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if not whole:
                sections.add(name)
        elif _item_model(annotation) is not None:
            lists.add(name)
    parts = (sections, lists)
    _PARTS[cls] = parts
    return parts


def dump(model: BaseModel, between: Callable[[], None] | None = None) -> dict[str, Any]:
    """`model.model_dump(mode="json")`, made in steps."""
    sections, lists = _parts(type(model))
    done: dict[str, Any] = {}
    for name in sections:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            done[name] = dump(value, between)
    for name in lists:
        items = getattr(model, name)
        if isinstance(items, list) and len(items) > LONG:
            out = []
            for item in items:
                out.append(item.model_dump(mode="json"))
                if between is not None:
                    between()
            done[name] = out
    if not done:
        return model.model_dump(mode="json")
    rest = model.model_dump(mode="json", exclude=set(done))
    # Put the parts back where a whole dump has them: in field order, among the rest.
    ordered: dict[str, Any] = {}
    for name in type(model).model_fields:
        if name in done:
            ordered[name] = done[name]
        elif name in rest:
            ordered[name] = rest.pop(name)
    ordered.update(rest)  # anything a serializer added
    return ordered


def validate(cls: type[M], data: Any,
                           between: Callable[[], None] | None = None) -> M:
    """`cls.model_validate(data)` for trusted data (a dump of a valid design), in steps: the
    parts are built first and passed in as models, which pydantic takes as they are."""
    if not isinstance(data, dict):
        return cls.model_validate(data)
    sections, lists = _parts(cls)
    fields = cls.model_fields
    built = dict(data)
    for name in sections:
        value = data.get(name)
        annotation = fields[name].annotation
        if isinstance(value, dict) and isinstance(annotation, type):
            built[name] = validate(annotation, value, between)
    for name in lists:
        items = data.get(name)
        item_cls = _item_model(fields[name].annotation)
        if item_cls is not None and isinstance(items, list) and len(items) > LONG:
            out = []
            for item in items:
                out.append(item_cls.model_validate(item))
                if between is not None:
                    between()
            built[name] = out
    return cls.model_validate(built)
