"""Pick, among the names of a folder's files, the few that start or end a certain way.

The walk looks at every file name of the tree to find the few worth a closer look (manifests,
entry points, tests, side and lock files). Asking each name `str.startswith` and `str.endswith`
with tuples of some forty prefixes and twenty endings was a third of the walk: each tuple is
tried element by element, for every name. Here a folder's names, joined by line ends, are
searched once for the prefixes (after a line end) and once, reversed, for the endings (before
one), each with a regular expression whose alternatives are factored by common prefixes: the
search skips from line end to line end in C, and only the names found are looked at in Python.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable


def _alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, factored by common prefixes
    (`a(?:pi\\.|pp\\.)`), so that a failing name is given up after one test per branch
    instead of one per word. Built once per process: a text shared by a group is taken whole,
    so that only the branching points cost a call."""
    unique = sorted(set(words))
    if not unique:
        return ""
    prefix = posixpath.commonprefix(unique)
    rests = [word[len(prefix) :] for word in unique]
    optional = rests[0] == ""  # sorted: the empty rest, if any, comes first
    groups: dict[str, list[str]] = {}
    for rest in rests:
        if rest:
            groups.setdefault(rest[0], []).append(rest)
    branches = [_alternation(group) for group in groups.values()]
    if not branches:
        return re.escape(prefix)
    body = branches[0] if len(branches) == 1 and not optional else f"(?:{'|'.join(branches)})"
    return re.escape(prefix) + body + ("?" if optional else "")


class Picker:
    """The names that start with one of `prefixes` or end with one of `endings`."""

    def __init__(self, prefixes: Iterable[str], endings: Iterable[str]) -> None:
        self.prefixes = tuple(prefixes)
        self.endings = tuple(endings)
        # The first letters of the prefixes looked ahead to first: a name starting with none
        # is given up after one test of a character class, not one per branch.
        firsts = "".join(sorted({re.escape(prefix[0]) for prefix in self.prefixes if prefix}))
        ahead = f"(?=[{firsts}])" if firsts and all(self.prefixes) else ""
        self._starts = re.compile("\n" + ahead + _alternation(self.prefixes))
        self._ends = re.compile("\n" + _alternation(ending[::-1] for ending in self.endings))

    def pick(self, files: list[str], joined: str) -> set[str]:
        """The names of `files` (`joined` is `"\\n".join(files)`) with a prefix or an ending."""
        if joined.count("\n") != len(files) - 1:
            # A name holding a line end: the joined text no longer tells names apart.
            return {n for n in files if n.startswith(self.prefixes) or n.endswith(self.endings)}
        text = f"\n{joined}\n"
        found: set[str] = set()
        for match in self._starts.finditer(text):
            found.add(text[match.start() + 1 : text.index("\n", match.end())])
        backwards = text[::-1]
        for match in self._ends.finditer(backwards):
            found.add(backwards[match.start() + 1 : backwards.index("\n", match.end())][::-1])
        return found
