"""`when` conditions: a small structured language over model paths, checked on load, no eval.

Forms (a mapping with exactly one of them):

- `{path: P, equals: V}` / `{path: P, not_equals: V}`
- `{path: P, in: [V, …]}` / `{path: P, not_in: [V, …]}`
- `{path: P, contains: V}` / `{path: P, not_contains: V}` — P must hold a list
- `{path: P, set: true}` — P has a value (not None, not empty text, not an empty list)
- `{all: [C, …]}`, `{any: [C, …]}`, `{not: C}`

P is a bind path into the design (the place where an earlier answer lives); V must be a value
that field can hold (an enum value for enum fields).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from designer.model.design import Design
from designer.questionnaire.binding import BindError, FieldSpec, Kind, get, plain, resolve

_TESTS = ("equals", "not_equals", "in", "not_in", "contains", "not_contains", "set")
_LIST_KINDS = (Kind.STR_LIST, Kind.ENUM_LIST)


class Condition:
    """Base of every condition node."""

    def holds(self, design: Design) -> bool:
        """Whether the condition is true for `design`."""
        raise NotImplementedError

    def paths(self) -> list[str]:
        """Every model path the condition reads."""
        raise NotImplementedError


def _is_set(value: Any) -> bool:
    return value is not None and value != "" and value != []


@dataclass(frozen=True)
class Test(Condition):
    """One test of one path."""

    path: str
    op: str
    operand: Any

    def holds(self, design: Design) -> bool:
        """Evaluate the test against the value at `path`."""
        value = plain(get(design, self.path))
        if self.op == "set":
            return _is_set(value) == self.operand
        if self.op in ("equals", "not_equals"):
            return (value == self.operand) == (self.op == "equals")
        if self.op in ("in", "not_in"):
            return (value in self.operand) == (self.op == "in")
        items = value or []
        return (self.operand in items) == (self.op == "contains")

    def paths(self) -> list[str]:
        """The one path tested."""
        return [self.path]

    def __str__(self) -> str:
        op = self.op.replace("_", " ")
        if self.op == "set":
            return f"{self.path} is {'set' if self.operand else 'not set'}"
        if isinstance(self.operand, list):
            return f"{self.path} {op} [{', '.join(map(str, self.operand))}]"
        return f"{self.path} {op} {self.operand!r}"


@dataclass(frozen=True)
class AllOf(Condition):
    """True when every part is true."""

    parts: tuple[Condition, ...]

    def holds(self, design: Design) -> bool:
        """All parts hold."""
        return all(p.holds(design) for p in self.parts)

    def paths(self) -> list[str]:
        """Paths of all parts."""
        return [path for p in self.parts for path in p.paths()]

    def __str__(self) -> str:
        return " and ".join(f"({p})" for p in self.parts)


@dataclass(frozen=True)
class AnyOf(Condition):
    """True when at least one part is true."""

    parts: tuple[Condition, ...]

    def holds(self, design: Design) -> bool:
        """Some part holds."""
        return any(p.holds(design) for p in self.parts)

    def paths(self) -> list[str]:
        """Paths of all parts."""
        return [path for p in self.parts for path in p.paths()]

    def __str__(self) -> str:
        return " or ".join(f"({p})" for p in self.parts)


@dataclass(frozen=True)
class Not(Condition):
    """True when the part is false."""

    part: Condition

    def holds(self, design: Design) -> bool:
        """The part does not hold."""
        return not self.part.holds(design)

    def paths(self) -> list[str]:
        """Paths of the part."""
        return self.part.paths()

    def __str__(self) -> str:
        return f"not ({self.part})"


def parse(raw: Any) -> Condition:
    """Build a condition from its YAML form; raises ValueError naming the problem."""
    if isinstance(raw, Condition):
        return raw
    if not isinstance(raw, Mapping):
        raise ValueError("a condition is a mapping such as {path: auth.methods, contains: jwt}")
    keys = set(raw)
    for combinator in ("all", "any"):
        if combinator in raw:
            if keys != {combinator}:
                raise ValueError(f"'{combinator}' cannot be combined with other keys")
            items = raw[combinator]
            if not isinstance(items, list) or not items:
                raise ValueError(f"'{combinator}' needs a non-empty list of conditions")
            parts = tuple(parse(item) for item in items)
            return AllOf(parts) if combinator == "all" else AnyOf(parts)
    if "not" in raw:
        if keys != {"not"}:
            raise ValueError("'not' cannot be combined with other keys")
        return Not(parse(raw["not"]))
    if "path" not in raw:
        raise ValueError("a condition needs 'path' (or all / any / not)")
    tests = [k for k in raw if k != "path"]
    unknown = [k for k in tests if k not in _TESTS]
    if unknown:
        raise ValueError(f"unknown condition key '{unknown[0]}' (use one of {', '.join(_TESTS)})")
    if len(tests) != 1:
        raise ValueError(f"a condition needs exactly one of {', '.join(_TESTS)}")
    path, op = raw["path"], tests[0]
    if not isinstance(path, str):
        raise ValueError("'path' must be a dotted model path")
    try:
        spec = resolve(path)
    except BindError as error:
        raise ValueError(f"condition {error}") from None
    return Test(path, op, _operand(spec, op, raw[op]))


def _operand(spec: FieldSpec, op: str, operand: Any) -> Any:
    """Check the operand against the field at the path; returns it (lists as lists)."""
    if op == "set":
        if not isinstance(operand, bool):
            raise ValueError("'set' takes true or false")
        return operand
    if op in ("contains", "not_contains") and spec.kind not in _LIST_KINDS:
        raise ValueError(f"'{op}' needs a list, but {spec.path} holds one value")
    if op in ("in", "not_in"):
        if not isinstance(operand, list) or not operand:
            raise ValueError(f"'{op}' takes a non-empty list of values")
        return [_value(spec, item) for item in operand]
    if op in ("equals", "not_equals") and spec.kind in _LIST_KINDS:
        raise ValueError(f"'{op}' compares one value, but {spec.path} holds a list (use contains)")
    return _value(spec, operand)


def _value(spec: FieldSpec, value: Any) -> Any:
    """One operand value, checked against what the field (or its list items) can hold."""
    if spec.kind in (Kind.ENUM, Kind.ENUM_LIST):
        if value not in spec.enum_values:
            raise ValueError(
                f"'{value}' is not a value of {spec.path} ({', '.join(spec.enum_values)})"
            )
        return value
    expected: tuple[type, ...] = {
        Kind.STR: (str,),
        Kind.STR_LIST: (str,),
        Kind.BOOL: (bool,),
        Kind.INT: (int,),
        Kind.FLOAT: (int, float),
    }[spec.kind]
    if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
        raise ValueError(f"{value!r} cannot be a value of {spec.path} ({spec.kind.value})")
    return value
