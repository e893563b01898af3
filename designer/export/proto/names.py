"""Protocol Buffers names for a design's names, on top of the one naming function of designer
(`designer.contract.naming`), in the forms buf's STANDARD lint asks for: PascalCase messages,
enums and services, lower_snake_case fields and packages, UPPER_SNAKE_CASE enum values that
start with their enum's name."""

from __future__ import annotations

from designer.contract.naming import short_hash, snake, words

WELL_KNOWN = ("google",)
"""The first part of the well-known types' package: no message may shadow it."""


def message_base(value: str) -> str:
    """PascalCase of `value` with no underscore; a hash when no word is usable."""
    name = "".join(w[:1].upper() + w[1:].lower() for w in words(value))
    if not name:
        return f"Type{short_hash(value)}"
    return name if name[0].isalpha() else "T" + name


def field_base(value: str) -> str:
    """lower_snake_case field name of `value`: `createdAt` → created_at."""
    name = snake(value)
    if not name:
        return f"field_{short_hash(value)}"
    return name if name[0].isalpha() else "f_" + name


def upper_snake(pascal_name: str) -> str:
    """UPPER_SNAKE_CASE of a PascalCase name as buf reads it (its enum value prefix rule): a
    word starts at a capital after a small letter or before one: OrderStatus → ORDER_STATUS,
    Order2Item → ORDER2_ITEM, Bar2 → BAR2."""
    out = []
    for i, char in enumerate(pascal_name):
        after_small = i > 0 and pascal_name[i - 1].islower()
        before_small = 0 < i < len(pascal_name) - 1 and pascal_name[i + 1].islower()
        if char.isupper() and (after_small or before_small):
            out.append("_")
        out.append(char.upper())
    return "".join(out)


def enum_value_base(value: str) -> str:
    """UPPER_SNAKE_CASE of an enum value (without its enum's prefix)."""
    name = snake(value).upper()
    return name or f"VALUE_{short_hash(value).upper()}"


def package_part(value: str, fallback: str) -> str:
    """One lower_snake_case part of a package name (`쇼핑몰 API` → syopingmol_api)."""
    name = snake(value)
    if not name:
        return fallback
    return name if name[0].isalpha() else "p_" + name


class Unique:
    """Hands out names unique by their JSON form too (`foo_bar2` and `foo_bar_2` are both
    `fooBar2` to protoc), as protoc refuses such pairs."""

    def __init__(self, taken: tuple[str, ...] = ()) -> None:
        self._taken = {self._key(name) for name in taken}

    @staticmethod
    def _key(name: str) -> str:
        return name.replace("_", "").lower()

    def take(self, base: str, sep: str = "", suffixes: tuple[str, ...] = ("",)) -> str:
        """The first of `base`, `base<sep>2` … free with each suffix."""
        number = 1
        while True:
            candidate = base if number == 1 else f"{base}{sep}{number}"
            wanted = [self._key(candidate + s) for s in suffixes]
            if not any(w in self._taken for w in wanted):
                self._taken.update(wanted)
                return candidate
            number += 1
