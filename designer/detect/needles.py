"""Literal text a rule's pattern cannot match without: substring tests before the pattern.

Compiling a regular expression costs far more than searching a file with `in`, and a scan
tries each rule on files of its kind until it fires: most rules never match, yet every one of
them was compiled (about 60 ms of a 100,000-file scan's 250). A rule whose needles are absent
from a file cannot match it, so its pattern is compiled only when some file holds them.

Needles are clauses of words: every match holds one word of each clause. They are read from
the pattern's parse tree by `designer.detect.needles_build`, once, into
`designer.detect.needles_table`; a pattern the table lacks (a rule made elsewhere, a test's)
is read when first tried.
"""

from __future__ import annotations

from functools import cached_property

from designer.detect.needles_table import TABLE


class Haystack:
    """A file's text as needles are looked for in it: lower-cased once, when the first
    pattern that ignores case asks."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lowered(self) -> str | None:
        """The text lower-cased; None for non-ASCII text (Unicode case folding pairs a few
        non-ASCII letters with ASCII ones, `ſ` with `s`: such text is always searched)."""
        return self.text.lower() if self.text.isascii() else None


class Needles:
    """A match of the pattern holds one of the words of each clause (lower-cased when
    `folded`)."""

    __slots__ = ("clauses", "folded")
    # A plain class: a dataclass costs a third of a millisecond of every start to build.

    def __init__(self, clauses: tuple[tuple[str, ...], ...], folded: bool) -> None:
        self.clauses = clauses
        self.folded = folded
        """The pattern ignores case: the words are looked for in the lower-cased text."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Needles):
            return NotImplemented
        return (self.clauses, self.folded) == (other.clauses, other.folded)

    def __hash__(self) -> int:
        return hash((self.clauses, self.folded))

    def __repr__(self) -> str:
        return f"Needles({self.clauses!r}, folded={self.folded!r})"

    def absent(self, haystack: Haystack) -> bool:
        """Whether the text lacks every word of some clause, so that the pattern cannot
        match it."""
        text = haystack.lowered if self.folded else haystack.text
        if text is None:
            return False
        for clause in self.clauses:
            for word in clause:
                if word in text:
                    break
            else:
                return True
        return False


def needles(source: str) -> Needles | None:
    """The needles of the pattern `source` (as `re` reads it, multi-line), or None when it
    has none worth testing."""
    if source in TABLE:
        found = TABLE[source]
    else:
        from designer.detect.needles_build import analyse

        found = analyse(source)
    return None if found is None else Needles(found[1], found[0])
