"""A string that a regular expression matches, for examples of fields with a `pattern`.

It walks the standard library's parse of the pattern (a private module, stable since 3.11) and
emits the first alternative of each branch; back-references, look-arounds and conditionals are
not supported, and the caller falls back to other text.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the standard library's regular-expression parser (private, but stable since 3.11)
    import re._parser as _sre  # type: ignore[import-not-found]
    from re import _constants as _sre_c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layouts
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]


def from_pattern(pattern: str, extra: int) -> str | None:
    """A string matching `pattern` (each repeat `extra` times beyond its minimum), or None."""
    try:
        parsed = _sre.parse(pattern)
    except (re.error, RecursionError, ValueError, OverflowError):
        return None
    out: list[str] = []
    try:
        _emit(parsed, extra, out, 0)
    except (_Unsupported, RecursionError):
        return None
    return "".join(out)


class _Unsupported(Exception):
    pass


def _class_char(items: list[Any]) -> str:
    """A character a character class `[...]` matches."""
    negate = bool(items) and items[0][0] == _sre_c.NEGATE
    if negate:
        banned: set[str] = set()
        for op, arg in items[1:]:
            if op == _sre_c.LITERAL:
                banned.add(chr(arg))
            elif op == _sre_c.RANGE:
                if arg[1] - arg[0] > 200:
                    raise _Unsupported
                banned.update(chr(c) for c in range(arg[0], arg[1] + 1))
            elif op == _sre_c.CATEGORY:
                raise _Unsupported
        for char in "axAX0_-.":
            if char not in banned:
                return char
        raise _Unsupported
    for op, arg in items:
        if op == _sre_c.LITERAL:
            return chr(arg)
        if op == _sre_c.RANGE:
            low, high = arg
            for preferred in "a0A":
                if low <= ord(preferred) <= high:
                    return preferred
            return chr(low)
        if op == _sre_c.CATEGORY:
            return _category_char(arg)
    raise _Unsupported


def _category_char(category: Any) -> str:
    name = str(category)
    if "NOT_DIGIT" in name or "NOT_SPACE" in name:
        return "a"
    if "NOT_WORD" in name:
        return "-"
    if "DIGIT" in name:
        return "0"
    if "SPACE" in name:
        return " "
    if "WORD" in name:
        return "a"
    raise _Unsupported


def _emit(parsed: Any, extra: int, out: list[str], depth: int) -> None:
    if depth > 50:
        raise _Unsupported
    for op, arg in parsed:
        if op == _sre_c.LITERAL:
            out.append(chr(arg))
        elif op == _sre_c.NOT_LITERAL:
            out.append("a" if chr(arg) != "a" else "b")
        elif op == _sre_c.ANY:
            out.append("a")
        elif op == _sre_c.IN:
            out.append(_class_char(list(arg)))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT",
                                                                   None)):
            low, high, item = arg
            count = low + extra
            if high is not _sre_c.MAXREPEAT:
                count = min(count, high)
            for _ in range(min(count, 1000)):
                _emit(item, extra, out, depth + 1)
        elif op == _sre_c.SUBPATTERN:
            _emit(arg[-1], extra, out, depth + 1)
        elif op == getattr(_sre_c, "ATOMIC_GROUP", None):
            _emit(arg, extra, out, depth + 1)
        elif op == _sre_c.BRANCH:
            _emit(arg[1][0], extra, out, depth + 1)
        elif op == _sre_c.AT:
            continue
        elif op == _sre_c.CATEGORY:
            out.append(_category_char(arg))
        else:  # back references, look-arounds, conditionals
            raise _Unsupported


_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def nests_repeats(pattern: str) -> bool:
    """Whether `pattern` repeats something that itself repeats (`(a+)+`, `(\\w*\\s?)*`): Python's
    backtracking engine can take exponential time on such a pattern, so designer never runs
    it on text (examples are not checked against it) and the model check says so. A pattern
    that does not parse is not run either."""
    try:
        parsed = _sre.parse(pattern)
    except (re.error, RecursionError, ValueError, OverflowError):
        return True
    try:
        return _nested(list(parsed), inside=False)
    except RecursionError:
        return True


def _nested(items: list[Any], inside: bool) -> bool:
    for op, value in items:
        name = str(op)
        if name in _REPEATS:
            _low, high, body = value
            repeats = high is _sre_c.MAXREPEAT or high > 1
            if repeats and inside:
                return True
            if _nested(list(body), inside or repeats):
                return True
        elif name == "SUBPATTERN":
            if _nested(list(value[-1]), inside):
                return True
        elif name == "BRANCH":
            if any(_nested(list(alt), inside) for alt in value[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT") and _nested(list(value[1]), inside):
            return True
    return False


NESTED_LIMIT = 16
"""Longest text a pattern with nested repeats is run on: its backtracking stays below 2**16
steps, so no example can hang designer."""


def found(pattern: str, text: str) -> bool | None:
    """Whether `pattern` finds a match in `text` (JSON Schema patterns are unanchored); None when
    it is not run: it does not compile, or it nests repeats and `text` is too long to bound."""
    if nests_repeats(pattern) and len(text) > NESTED_LIMIT:
        return None
    try:
        return re.search(pattern, text) is not None
    except (re.error, RecursionError, OverflowError):
        return None
