"""A Node module's engine chosen in a branch an environment variable must name.

A program supporting two engines may build its Sequelize instance in each branch of a test of
one environment variable: `if (process.env.DB_TYPE === "mysql") { … new Sequelize(…, {
dialect: 'mysql' }) } else if (!process.env.DB_TYPE || process.env.DB_TYPE === "sqlite") { …
new Sequelize({ dialect: 'sqlite', … }) }`. Both constructors name their dialect in the code
(`Scope.CHOSEN`), but only the branch taken with the variable unset is the program's own
default; a branch entered only when the variable equals a value is an engine its operator opts
into, as a driver it carries is (`Scope.RUNTIME`).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.node_imports import ENDINGS
from designer.detect.signals import Scope
from designer.detect.source_lines import SourceLines
from designer.model.stack import FindingKind

LANGUAGE = "node"

_OPENER = re.compile(r"^[ \t]*(?:\}[ \t]*else[ \t]+)?if[ \t]*\((?P<test>.*)\)[ \t]*\{[ \t]*$")
"""A line opening an `if` (or `else if`) block, and its test."""

_EQUALS = re.compile(
    r"""^[ \t]*process\.env\.\w+[ \t]*===?[ \t]*(?:"[^"]*"|'[^']*'|`[^`]*`)[ \t]*$"""
)
"""A test that holds only when the variable equals a literal value (`process.env.DB_TYPE ===
"mysql"`): never with the variable unset."""


def _opted(lines: list[str], line: int) -> bool:
    """Whether the 1-based `line` lies in a block entered only when an environment variable
    equals a value: the nearest line above it indented less opens such an `if`."""
    if not 0 < line <= len(lines):
        return False
    here = lines[line - 1]
    indent = len(here) - len(here.lstrip())
    for previous in reversed(lines[: line - 1]):
        if not previous.strip():
            continue
        if len(previous) - len(previous.lstrip()) < indent:
            opener = _OPENER.match(previous)
            return opener is not None and _EQUALS.match(opener.group("test")) is not None
    return False


def mark(top: str, units: dict[str, Unit]) -> None:
    """Rank as a carried driver each engine a Node module chooses in its code only inside a
    branch an environment variable's value opens."""
    sources = SourceLines(top)
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        for index, signal in enumerate(signals):
            evidence = signal.evidence
            if (
                signal.kind is not FindingKind.DATABASE
                or signal.scope is not Scope.CHOSEN
                or evidence.line is None
                or not evidence.path.endswith(ENDINGS)
            ):
                continue
            if _opted(sources.lines(evidence.path), evidence.line):
                signals[index] = signal.replace(scope=Scope.RUNTIME)
