"""GraphQL names for a design's names: every type, field, argument and enum value of the SDL
is made here, on top of the one naming function of designer (`designer.contract.naming`).

GraphQL names match `[_A-Za-z][_0-9A-Za-z]*`, may not start with `__`, enum values may not be
`true`, `false` or `null`, and a type may not take a built-in scalar's or a root's name.
"""

from __future__ import annotations

from designer.contract.naming import NameTable, component_base, short_hash, snake, words

ROOTS = ("Query", "Mutation", "Subscription")
BUILTIN_SCALARS = ("String", "Int", "Float", "Boolean", "ID")
PAGE_INFO = "PageInfo"


def type_base(value: str) -> str:
    """PascalCase type name of `value` (`order item` → OrderItem; nothing usable: a hash)."""
    return component_base(value)


def field_base(value: str) -> str:
    """camelCase field or argument name of `value`: `created_at` → createdAt."""
    parts = words(value)
    if not parts:
        return f"field{short_hash(value)}"
    name = parts[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in parts[1:])
    return name if name[0].isalpha() else "f" + name


def enum_value_base(value: str) -> str:
    """UPPER_SNAKE enum value of `value`: `in progress` → IN_PROGRESS (never true/false/null,
    which are lower case)."""
    name = snake(value).upper()
    if not name:
        return f"VALUE_{short_hash(value).upper()}"
    return name if name[0].isalpha() else "V_" + name


def type_table(scalars: tuple[str, ...]) -> NameTable:
    """A table of type names with the built-ins, roots, PageInfo and our scalars taken."""
    return NameTable((*BUILTIN_SCALARS, *ROOTS, PAGE_INFO, *scalars))
