"""The source files that signals point into, each read once per pass.

Several rules re-read the file behind a signal's evidence to judge the lines around it (the
branch it sits in, the registration above it). A unit holds many signals from one file, so each
pass keeps what it read here rather than in a dict of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from designer.detect.walker import read_text
from designer.model.stack import Evidence

if TYPE_CHECKING:  # assemble's rules import this module
    from designer.detect.assemble import Unit
    from designer.detect.signals import Signal


class SourceLines:
    """The texts of files under one tree, read on first ask; an unreadable file reads as
    empty (the rules then leave its signals as they are)."""

    def __init__(self, top: str) -> None:
        self._top = top
        self._texts: dict[str, str] = {}
        self._lines: dict[str, list[str]] = {}

    def text(self, path: str) -> str:
        """The whole text of `path` (relative to the tree)."""
        if path not in self._texts:
            self._texts[path] = read_text(self._top, path)[0] or ""
        return self._texts[path]

    def lines(self, path: str) -> list[str]:
        """The lines of `path`, without their endings."""
        if path not in self._lines:
            self._lines[path] = self.text(path).splitlines()
        return self._lines[path]

    def at(self, evidence: Evidence) -> tuple[list[str], int] | None:
        """The lines of the evidence's file and the 0-based index of its line; None when the
        evidence names no line or the line lies beyond the file as read now."""
        if not evidence.line:
            return None
        lines = self.lines(evidence.path)
        if evidence.line > len(lines):
            return None
        return lines, evidence.line - 1


def rescope_each(
    top: str,
    units: dict[str, Unit],
    language: str,
    rescoped: Callable[[Signal, SourceLines], Signal],
) -> None:
    """Replace each of the units' `language` signals by what `rescoped` makes of it, reading
    the files behind them once for all units."""
    sources = SourceLines(top)
    for unit in units.values():
        signals = unit.signals.get(language)
        if signals:
            unit.signals[language] = [rescoped(s, sources) for s in signals]
