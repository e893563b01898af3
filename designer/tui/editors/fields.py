"""How a pydantic field becomes a form control: the kind of widget, its choices and help.

Pure introspection over `Model.model_fields`; nothing here imports Textual, so the rules are
testable on their own and the form module only renders what this module decides.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any, Literal

from pydantic import BaseModel

from designer.model.docs import field_doc

Kind = Literal["text", "int", "float", "bool", "enum", "choice", "list", "multi", "codec"]
"""Widget family: Input, numeric Input, Checkbox, Select (enum or given choices), comma list
Input, SelectionList (enum list or given choices), or Input through a `Codec`."""


@dataclass(frozen=True)
class Codec:
    """Text form of a structured field (e.g. a dependency list as `target:style:protocol`)."""

    to_text: Callable[[Any], str]
    """Value → the text shown in the Input."""
    from_text: Callable[[str], Any]
    """Text → value for pydantic; raises `ValueError` with a one-line reason."""
    help: str = ""
    """Placeholder describing the syntax."""


@dataclass(frozen=True)
class FieldSpec:
    """One control of a generated form."""

    name: str
    """Model field name."""
    label: str
    """Human label."""
    kind: Kind
    """Widget family."""
    optional: bool = False
    """`X | None`: an empty control means None."""
    choices: tuple[tuple[str, str], ...] = ()
    """(label, value) pairs for enum / choice / multi."""
    help: str = ""
    """The field's docstring, shown as placeholder or tooltip."""
    codec: Codec | None = None
    """Text conversion for kind `codec`."""
    new: str = ""
    """For a choice or multi-choice: the noun of its "new …" entry, which asks for a name;
    "" for none."""


@dataclass
class FormOptions:
    """What a caller tells the form beyond the model: which fields, and where values come from."""

    include: Sequence[str] | None = None
    """Fields to show, in this order; None shows every field the form can render."""
    choices: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """Allowed values of a str (Select) or list[str] (SelectionList) field."""
    codecs: Mapping[str, Codec] = field(default_factory=dict)
    """Text codecs for structured fields."""
    help: Mapping[str, str] = field(default_factory=dict)
    """Help overriding the field docstring."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels overriding the derived ones."""
    new: Mapping[str, str] = field(default_factory=dict)
    """str or list[str] fields whose choice also offers "new NOUN…" (field → noun): always a
    choice, even while `choices` is empty, so the control never turns from a text box into a
    select."""


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(annotation)) == 2:
            return args[0], True
    return annotation, False


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Enum)


def _enum_choices(tp: type[Enum]) -> tuple[tuple[str, str], ...]:
    return tuple((str(m.value), str(m.value)) for m in tp)


def label_of(name: str) -> str:
    """`access_ttl_minutes` → `Access ttl minutes`."""
    text = name.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def spec_for(model: type[BaseModel], name: str, options: FormOptions) -> FieldSpec | None:
    """The control for one field, or None when the form cannot render it (nested models)."""
    info = model.model_fields[name]
    base, optional = _unwrap_optional(info.annotation)
    common = {
        "name": name,
        "label": options.labels.get(name, label_of(name)),
        "optional": optional,
        "help": options.help.get(name, info.description or field_doc(model, name)),
    }
    if name in options.codecs:
        codec = options.codecs[name]
        common["help"] = options.help.get(name, codec.help or common["help"])
        return FieldSpec(kind="codec", codec=codec, **common)
    given = options.choices.get(name)
    origin = typing.get_origin(base)
    if base is bool:
        return FieldSpec(kind="bool", **common)
    if base is int:
        return FieldSpec(kind="int", **common)
    if base is float:
        return FieldSpec(kind="float", **common)
    if _is_enum(base):
        return FieldSpec(kind="enum", choices=_enum_choices(base), **common)
    if base is str:
        if given is not None or name in options.new:
            return FieldSpec(kind="choice", choices=tuple((c, c) for c in given or ()),
                             new=options.new.get(name, ""), **common)
        return FieldSpec(kind="text", **common)
    if origin is list:
        (item,) = typing.get_args(base) or (Any,)
        if typing.get_origin(item) is typing.Annotated:  # list[Annotated[int, Field(ge=1)]]
            item = typing.get_args(item)[0]
        if _is_enum(item):
            return FieldSpec(kind="multi", choices=_enum_choices(item), **common)
        if item is str and (given is not None or name in options.new):
            return FieldSpec(kind="multi", choices=tuple((c, c) for c in given or ()),
                             new=options.new.get(name, ""), **common)
        if item in (str, int, float):
            return FieldSpec(kind="list", **common)
    return None


def specs_for(model: type[BaseModel], options: FormOptions) -> list[FieldSpec]:
    """Controls for `model`, in `options.include` order or model order."""
    names = list(options.include) if options.include is not None else list(model.model_fields)
    return [s for n in names if (s := spec_for(model, n, options)) is not None]


def to_text(value: Any) -> str:
    """A scalar or list as the text of an Input (lists comma-separated)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(to_text(v) for v in value)
    if isinstance(value, StrEnum):
        return value.value
    return str(value)


def split_list(text: str) -> list[str]:
    """`a, b,, c` → `["a", "b", "c"]`."""
    return [part.strip() for part in text.split(",") if part.strip()]


def parse_text(spec: FieldSpec, text: str) -> Any:
    """Raw Input text → the value handed to pydantic (which does the real validation).

    Raises:
        ValueError: from a codec, with the reason shown under the field.
    """
    if spec.kind == "codec" and spec.codec is not None:
        return spec.codec.from_text(text.strip())
    if spec.kind == "list":
        return split_list(text)
    if spec.kind in ("int", "float"):
        stripped = text.strip()
        if not stripped and spec.optional:
            return None
        return stripped  # pydantic parses and reports "valid integer" errors itself
    return text
