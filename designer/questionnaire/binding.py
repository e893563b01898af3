"""Bind paths: dotted paths into the `Design` model, resolved by introspecting its fields.

A bind path such as `requirements.nfr.peak_rps` names one leaf field of the model. The model's
own annotations say what the field holds, so a questionnaire never restates types: this module
turns an annotation into a small `Kind` that question types are checked against, and reads and
writes values along the path (creating optional groups such as `api.rate_limit` on write).
"""

from __future__ import annotations

import math
import types
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from designer.model.design import Design


class BindError(ValueError):
    """A bind path does not name a usable leaf field of the model."""


class Kind(StrEnum):
    """What a leaf field holds, as far as questions care."""

    STR = "str"
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    ENUM = "enum"
    STR_LIST = "list[str]"
    ENUM_LIST = "list[enum]"


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    """`X | None` → (X, True); anything else → (annotation, False)."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1 and len(get_args(annotation)) == 2:
            return args[0], True
    return annotation, False


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _is_enum(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, StrEnum)


def _kind(annotation: Any) -> tuple[Kind | None, type[StrEnum] | None]:
    """The kind of a (non-optional) annotation and its enum class, or (None, None)."""
    if annotation is bool:
        return Kind.BOOL, None
    if annotation is int:
        return Kind.INT, None
    if annotation is float:
        return Kind.FLOAT, None
    if annotation is str:
        return Kind.STR, None
    if _is_enum(annotation):
        return Kind.ENUM, annotation
    if get_origin(annotation) is list:
        (item,) = get_args(annotation) or (Any,)
        if item is str:
            return Kind.STR_LIST, None
        if _is_enum(item):
            return Kind.ENUM_LIST, item
    return None, None


def describe(annotation: Any) -> str:
    """A short readable name of an annotation for messages: `list[Feature]`, `int | None`."""
    if isinstance(annotation, type) and get_origin(annotation) is None:
        return annotation.__name__
    return str(annotation).replace("typing.", "").replace("designer.model.", "")


@dataclass(frozen=True)
class FieldSpec:
    """A resolved bind path: the leaf field and what it holds."""

    path: str
    """The dotted path as written."""
    kind: Kind
    """What the field holds."""
    optional: bool
    """Whether the field accepts None (meaning "not decided")."""
    enum: type[StrEnum] | None
    """The enum class of ENUM and ENUM_LIST fields."""
    info: FieldInfo
    """Pydantic's field info: annotation, default, constraints, docstring."""

    @property
    def enum_values(self) -> list[str]:
        """Allowed values of an enum field, in declaration order; [] for other kinds."""
        return [member.value for member in self.enum] if self.enum else []

    @property
    def lower_bound(self) -> float | None:
        """The model's inclusive lower bound (`ge`), if any."""
        return _bound(self.info, annotated_types.Ge, "ge")

    @property
    def upper_bound(self) -> float | None:
        """The model's inclusive upper bound (`le`), if any."""
        return _bound(self.info, annotated_types.Le, "le")

    def model_default(self) -> Any:
        """The model's own default for this field (factories called)."""
        return self.info.get_default(call_default_factory=True)

    def check(self, value: Any) -> list[str]:
        """Messages for `value` under the model's own type and constraints; [] when valid."""
        try:
            _adapter(self.path).validate_python(value)
        except ValidationError as error:
            return [_pydantic_message(e) for e in error.errors()]
        return []


def _bound(info: FieldInfo, kind: type, attr: str) -> float | None:
    for item in info.metadata:
        if isinstance(item, kind):
            return getattr(item, attr)
    return None


def _pydantic_message(error: Any) -> str:
    message = str(error.get("msg", "invalid value"))
    return message.removeprefix("Value error, ")


@cache
def resolve(path: str) -> FieldSpec:
    """Resolve `path` against `Design`; raises BindError with a one-line reason."""
    parts = path.split(".")
    if not path or any(not p for p in parts):
        raise BindError(f"malformed path '{path}'")
    model: type[BaseModel] = Design
    for i, part in enumerate(parts):
        info = model.model_fields.get(part)
        if info is None:
            raise BindError(f"unknown path '{path}'")
        annotation, optional = _unwrap_optional(info.annotation)
        if i < len(parts) - 1:
            if not _is_model(annotation):
                raise BindError(f"unknown path '{path}' ('{'.'.join(parts[: i + 1])}' is a value)")
            model = annotation
            continue
        if _is_model(annotation):
            raise BindError(f"path '{path}' is a group of settings, not one value")
        kind, enum = _kind(annotation)
        if kind is None:
            records = get_origin(annotation) in (list, dict)
            why = " (lists of records get their own editors)" if records else ""
            raise BindError(
                f"path '{path}' holds {describe(info.annotation)}, which no question type can "
                f"edit{why}"
            )
        return FieldSpec(path=path, kind=kind, optional=optional, enum=enum, info=info)
    raise BindError(f"unknown path '{path}'")  # pragma: no cover - loop always returns


@cache
def _adapter(path: str) -> TypeAdapter[Any]:
    info = resolve(path).info
    if not info.metadata:
        return TypeAdapter(info.annotation)
    return TypeAdapter(Annotated[info.annotation, *info.metadata])


def get(design: Design, path: str) -> Any:
    """The value at `path`, or None when an optional group on the way is not set."""
    obj: Any = design
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def assign(design: Design, path: str, value: Any) -> None:
    """Write `value` at `path`, creating unset optional groups with their defaults.

    Raises pydantic's ValidationError when the model refuses the value; groups created for the
    write are removed again so that a refused write leaves the design as it was.
    """
    parts = path.split(".")
    obj: Any = design
    created: list[tuple[Any, str]] = []
    for part in parts[:-1]:
        child = getattr(obj, part)
        if child is None:
            annotation, _ = _unwrap_optional(type(obj).model_fields[part].annotation)
            child = annotation()
            setattr(obj, part, child)
            created.append((obj, part))
        obj = child
    try:
        setattr(obj, parts[-1], value)
    except ValidationError:
        for parent, part in reversed(created):
            setattr(parent, part, None)
        raise


def plain(value: Any) -> Any:
    """`value` with enum members replaced by their values, for comparison and display."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def show(value: Any) -> str:
    """A value as a person reads it in a notice: `[pytest, httpx]`, `15`, `'/health'`."""
    value = plain(value)
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else str(value)
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return f"'{value}'" if isinstance(value, str) else str(value)
