"""Literal text a rule's pattern cannot match without: a substring test before the pattern.

Compiling a regular expression costs far more than searching a file with `in`, and a scan
tries each rule on files of its kind until it fires: most rules never match, yet every one of
them was compiled (about 60 ms of a 100,000-file scan's 250). A rule whose needle is absent
from a file cannot match it, so its pattern is compiled only when some file holds the needle.

The needles are read from the pattern's source by a small scanner that only ever shortens what
it keeps: a literal run ends at anything it does not fully understand (groups, classes,
escapes of letters, quantifiers, which also take back the character they repeat), so a run it
keeps is text every match contains. A pattern with top-level alternatives gets one needle per
alternative (a match contains at least one); any alternative without a run of `MINIMUM`
characters leaves the whole pattern without needles, and the pattern is then always tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

MINIMUM = 3
"""Shorter runs (`db`, `::`) are in most files: testing them saves nothing."""

_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("*+?{")
_FLAGS = frozenset("aiLmsux")
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


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


@dataclass(frozen=True)
class Needles:
    """A match of the pattern contains one of `words` (lower-cased when `folded`)."""

    words: tuple[str, ...]
    folded: bool
    """The pattern ignores case: the words are looked for in the lower-cased text."""

    def absent(self, haystack: Haystack) -> bool:
        """Whether the text holds none of the words, so that the pattern cannot match it."""
        text = haystack.lowered if self.folded else haystack.text
        return text is not None and not any(word in text for word in self.words)


def needles(source: str) -> Needles | None:
    """The needles of the pattern `source` (as `re` reads it, multi-line or not), or None
    when it has none worth testing."""
    flags, body = _global_flags(source)
    if "x" in flags:  # verbose patterns give whitespace another meaning
        return None
    if _BACKREFERENCE.search(body):
        # Sound all the same (a reference ends a run), but no generator of matching text
        # handles references, so the test of every rule's needles could not cover these.
        return None
    folded = "i" in flags
    words = []
    for alternative in _alternatives(body):
        word = _longest_run(alternative)
        if word is None or len(word) < MINIMUM or (folded and not word.isascii()):
            return None
        words.append(word.lower() if folded else word)
    return Needles(tuple(words), folded) if words else None


def _global_flags(source: str) -> tuple[str, str]:
    """The flags of a leading `(?i)`-style group and the rest; no flags when the pattern
    starts otherwise (a leading group of another kind is part of the body)."""
    if not source.startswith("(?"):
        return "", source
    end = source.find(")")
    letters = source[2:end] if end != -1 else ""
    if letters and all(letter in _FLAGS for letter in letters):
        return letters, source[end + 1:]
    return "", source


def _alternatives(body: str) -> list[str]:
    """`body` split at its top-level `|` (not inside a group, a class or an escape)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(body, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return parts


def _class_end(body: str, i: int) -> int:
    """The index after the character class opening at `i` (`[]…]` and `[^]…]` hold a `]`)."""
    j = i + 1
    if j < len(body) and body[j] == "^":
        j += 1
    if j < len(body) and body[j] == "]":
        j += 1
    while j < len(body) and body[j] != "]":
        j += 2 if body[j] == "\\" else 1
    return j + 1


def _plain_group(body: str, i: int) -> tuple[str, int] | None:
    """A non-capturing group of literal text only at `i` (`(?:mysql)`): its text and the
    group's width; None for any other group."""
    if not body.startswith("(?:", i):
        return None
    text, j = "", i + 3
    while j < len(body) and body[j] != ")":
        char = body[j]
        if char == "\\":
            escaped = body[j + 1:j + 2]
            if not escaped or escaped.isalnum() or escaped == "_":
                return None
            text, j = text + escaped, j + 2
        elif char in _SPECIAL:
            return None
        else:
            text, j = text + char, j + 1
    return (text, j + 1 - i) if j < len(body) else None


def _quantifier_end(body: str, i: int) -> int:
    """The index after the quantifier at `i` (`*`, `+`, `?`, `{m,n}`, each maybe lazy or
    possessive), or `i` when none is there. A `{` that is no quantifier is a literal to `re`,
    but counts as one here: that only shortens a run."""
    if i >= len(body) or body[i] not in _QUANTIFIERS:
        return i
    end = body.find("}", i) + 1 if body[i] == "{" else i + 1
    if end == 0:
        end = len(body)
    return end + 1 if end < len(body) and body[end] in "?+" else end


def _longest_run(alternative: str) -> str | None:
    """The longest literal text outside groups that every match of `alternative` holds; None
    when the alternative is not understood (an unbalanced group)."""
    best, run, depth, i = "", "", 0, 0
    while i < len(alternative):
        char = alternative[i]
        literal: str | None = None
        width = 1
        if depth:
            if char == "\\":
                width = 2
            elif char == "[":
                width = _class_end(alternative, i) - i
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            i += width
            if not depth:
                # A quantifier after the group (`(?:a(?:b)?){0,30}`) is no literal text.
                i = _quantifier_end(alternative, i)
            continue
        if char == "\\":
            escaped = alternative[i + 1:i + 2]
            width = 2
            if escaped and not escaped.isalnum() and escaped != "_":
                literal = escaped
        elif char == "[":
            width = _class_end(alternative, i) - i
        elif char == "(":
            inner = _plain_group(alternative, i)
            if inner is None:
                depth += 1
            else:
                literal, width = inner
        elif char == ")":
            return None
        elif char not in _SPECIAL:
            literal = char
        i += width
        after = _quantifier_end(alternative, i)
        if after != i:
            # The token before may repeat or be left out: the run ends before it (a group's
            # text is kept whole or not at all).
            literal, i = None, after
        if literal is None:
            best, run = max(best, run, key=len), ""
        else:
            run += literal
    best = max(best, run, key=len)
    return best if depth == 0 else None
