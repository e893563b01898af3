"""The needles of a pattern, read from the parse tree `re` makes of it, and the table of every
rule's needles that a scan reads (`designer/detect/needles_table.py`).

    python -m designer.detect.needles_build     # after a rule's pattern changed

A scan tries about two hundred rules; reading their needles on every run cost more than the
scan of most trees' sources, so the needles are read once, here, and written down. A test
checks the table against what this module reads from the rules today.

Needles are clauses of words: every match of the pattern holds one word of each clause (a
literal run `FastAPI`; an alternation `(?:postgres|pgx)://`, one of `postgres://`, `pgx://`).
The reading only ever weakens what it keeps: anything it does not know (a class, a wildcard, an
optional or repeated part, a group that changes flags) ends the literal run before it, and a
clause with a word shorter than `MINIMUM` characters is dropped, so a kept clause is text every
match contains.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _constants as sre  # re's own parser: what the pattern means, not its spelling
from re import _parser
from typing import Any

MINIMUM = 3
"""Shorter words (`db`, `::`) are in most files: testing them saves nothing."""

MAX_WORDS = 16
"""Largest set of exact texts followed through a concatenation (`(?:a|b)(?:c|d)` has four)."""

MAX_CLAUSES = 3
"""Clauses kept per pattern, the surest first: each costs a search of the file when the ones
before it are present."""

_CLASS_SIZE = 8
"""A class of at most this many single characters (`["']`) is a set of exact texts."""

Needled = tuple[bool, tuple[tuple[str, ...], ...]] | None
"""(whether the words are lower-cased, the clauses) of a pattern, or None without any."""


class _Info:
    """What the matches of a part of a pattern hold: `exact`, every match is one of these
    texts (None when unknown); `clauses`, every match holds a word of each."""

    __slots__ = ("clauses", "exact")

    def __init__(self, exact: set[str] | None, clauses: list[frozenset[str]] | None = None
                 ) -> None:
        self.exact = exact
        self.clauses = [c for c in clauses or () if _useful(c)]

    def all_clauses(self) -> list[frozenset[str]]:
        """The clauses, the exact texts as one more (when worth testing)."""
        if self.exact is None or not _useful(frozenset(self.exact)):
            return self.clauses
        return [*self.clauses, _simplest(frozenset(self.exact))]


def _useful(clause: frozenset[str]) -> bool:
    return bool(clause) and min(map(len, clause)) >= MINIMUM


_UNKNOWN = _Info(None)


def analyse(source: str) -> Needled:
    """The needles of the pattern `source` (compiled multi-line, as rules are)."""
    try:
        tree = _parser.parse(source, re.MULTILINE)
    except (re.error, RecursionError, OverflowError):
        return None
    if _has_reference(tree):
        # Sound all the same (a reference ends a run), but no generator of matching text
        # handles references, so the test of every rule's needles could not cover these.
        return None
    folded = bool(tree.state.flags & re.IGNORECASE)
    kept = set()
    for clause in _sequence(list(tree)).all_clauses():
        if folded and not all(map(str.isascii, clause)):
            continue
        kept.add(tuple(sorted({w.lower() for w in clause} if folded else clause)))
    if not kept:
        return None
    return folded, tuple(sorted(kept, key=_cost)[:MAX_CLAUSES])


def _cost(words: tuple[str, ...]) -> tuple[bool, int, int, tuple[str, ...]]:
    """Clauses of a few words first, the longest shortest word first: the surest to be absent
    for the fewest searches."""
    return len(words) > MAX_CHEAP, -min(map(len, words)), len(words), words


MAX_CHEAP = 4
"""A clause of more words is tried after those of fewer, whatever their length."""


def _simplest(clause: frozenset[str]) -> frozenset[str]:
    """The clause with fewer words where that loses little: without the words holding another
    (`postgresql` beside `postgres`: where the shorter is absent, so is the longer), and the
    text all its words share when they differ only by a character or two around it (the
    quotes of `["']redis["']`: `redis`)."""
    words = {w for w in clause if not any(v != w and v in w for v in clause)}
    if len(words) > 1:
        core = _common(words)
        if len(core) >= MINIMUM and len(core) >= min(map(len, words)) - 2:
            return frozenset({core})
    return frozenset(words)


def _common(words: set[str]) -> str:
    """The longest text every word holds."""
    shortest = min(words, key=len)
    for size in range(len(shortest), 0, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start : start + size]
            if all(part in word for word in words):
                return part
    return ""


def _has_reference(nodes: Any) -> bool:
    for op, av in nodes:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        if any(_has_reference(part) for part in _parts(op, av)):
            return True
    return False


def _parts(op: Any, av: Any) -> list[Any]:
    """The sub-patterns a node holds."""
    if op is sre.SUBPATTERN:
        return [av[3]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.BRANCH):
        return list(av[1]) if op is sre.BRANCH else [av[1]]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    return []


def _sequence(nodes: list[tuple[Any, Any]]) -> _Info:
    """The nodes one after the other: exact texts multiply while they can, and a run of them
    becomes a clause where something unknown follows."""
    run: set[str] = {""}
    clauses: list[frozenset[str]] = []
    exact = True
    for op, av in nodes:
        piece = _node(op, av)
        if piece.exact is not None and len(run) * len(piece.exact) <= MAX_WORDS:
            run = {a + b for a in run for b in piece.exact}
            continue
        exact = False
        if _useful(frozenset(run)):
            clauses.append(_simplest(frozenset(run)))
        clauses += piece.all_clauses()
        run = {""}
    if exact:
        return _Info(run)
    if _useful(frozenset(run)):
        clauses.append(_simplest(frozenset(run)))
    return _Info(None, clauses)


def _node(op: Any, av: Any) -> _Info:
    if op is sre.LITERAL:
        return _Info({chr(av)})
    if op in (sre.AT, sre.ASSERT_NOT):
        return _Info({""})  # takes no text: the texts either side are contiguous
    if op is sre.IN:
        if len(av) <= _CLASS_SIZE and all(kind is sre.LITERAL for kind, _ in av):
            return _Info({chr(code) for _, code in av})
        return _UNKNOWN
    if op is sre.SUBPATTERN:
        _, added, removed, body = av
        return _UNKNOWN if added or removed else _sequence(list(body))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.ASSERT:
        # The text looked at is in the file, though not part of the match's run.
        return _Info(None, _sequence(list(av[1])).all_clauses())
    if op is sre.BRANCH:
        return _branch([_sequence(list(alternative)) for alternative in av[1]])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        if low == 0:
            return _UNKNOWN
        inner = _sequence(list(body))
        if low == high == 1:
            return inner
        return _Info(None, inner.all_clauses())  # at least one copy is there
    return _UNKNOWN  # a wildcard, a negated or large class, a reference …


def _branch(alternatives: list[_Info]) -> _Info:
    """One of several alternatives: their exact texts together, or else one clause made of
    the best clause of each (a match holds a word of its alternative's)."""
    if all(a.exact is not None for a in alternatives):
        texts = set().union(*(a.exact for a in alternatives if a.exact is not None))
        if len(texts) <= MAX_WORDS:
            return _Info(texts)
    each = [alternative.all_clauses() for alternative in alternatives]
    if not all(each):
        return _UNKNOWN
    shared = [c for c in each[0] if all(c in clauses for clauses in each[1:])]
    if shared:  # clauses every alternative holds (`redis` in `import redis|from redis`)
        return _Info(None, shared)
    words = set().union(*(max(clauses, key=_strength) for clauses in each))
    return _Info(None, [_simplest(frozenset(words))])


def _strength(clause: frozenset[str]) -> tuple[int, int]:
    return min(map(len, clause)), -len(clause)


def table(sources: list[str]) -> dict[str, Needled]:
    """Pattern source → its needles, for every source given."""
    return {source: analyse(source) for source in sorted(set(sources))}


def rule_sources() -> list[str]:
    """The pattern of every source rule."""
    from designer.detect import ecosystems

    return [rule.source for rule in ecosystems.RULES if rule.source is not None]


TABLE_PATH = Path(__file__).with_name("needles_table.py")

_HEADER = '''# ruff: noqa: E501 - written by a program: one line per pattern, as long as the pattern
"""The needles of every source rule's pattern (see designer/detect/needles_build.py).

Written by `python -m designer.detect.needles_build`; do not edit. Pattern source → (whether
the words are lower-cased, the clauses: every match holds one word of each), or None.
"""

TABLE: dict[str, tuple[bool, tuple[tuple[str, ...], ...]] | None] = {
'''


def render(entries: dict[str, Needled]) -> str:
    """The table module's text."""
    lines = [f"    {source!r}: {needled!r},\n" for source, needled in entries.items()]
    return _HEADER + "".join(lines) + "}\n"


def main() -> int:
    TABLE_PATH.write_text(render(table(rule_sources())), encoding="utf-8")
    print(f"wrote {TABLE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
