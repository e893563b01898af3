"""Python: a database configured only when the program runs its tests.

Django settings often switch the database for the test runner in place (`if 'test' in
sys.argv: DATABASES['default'] = {'ENGINE': 'django.db.backends.sqlite3', 'NAME':
':memory:'}`), beside a production DATABASES read from the environment (`dj_database_url`, a
PostgreSQL driver pinned): the branch runs under `manage.py test` (or pytest) and never when
the site serves. Read line by line, the in-memory SQLite looks like the program's own default
(`Scope.CHOSEN`) and outranks the driver the site connects through. So each Python database
signal whose line lies inside an `if` block (at any depth) that tests for a test run is
counted with the tests (`Scope.TEST`): a condition reading the command line for `test` (`'test'
in sys.argv`, `sys.argv[1] == 'test'`), the loaded modules for pytest (`'pytest' in
sys.modules`), or a name the file set from one of those (`TESTING = 'test' in sys.argv` then
`if TESTING:`). The `else:` (or `elif`) of such a test is the run that is no test, and a
negated test (`if 'test' not in sys.argv:`) too: they are left as they are.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Scope, Signal
from designer.detect.source_lines import SourceLines, rescope_each
from designer.model.stack import FindingKind

LANGUAGE = "python"

_TEST_RUN = re.compile(
    r"\bsys\.argv\b[^\n]*[\"'](?:test|pytest)[\"']|[\"'](?:test|pytest)[\"'][^\n]*\bsys\.argv\b"
    r"|[\"']pytest[\"'][^\n]*\bsys\.modules\b|\bsys\.modules\b[^\n]*[\"']pytest[\"']"
)
"""An expression that is true only under a test run: the command line names `test`, or pytest
is loaded."""

_FLAG = re.compile(r"^(\w+)[ \t]*=[ \t]*([^\n]+)$", re.MULTILINE)
"""A module-level assignment (`TESTING = 'test' in sys.argv`): a name that may carry the test."""

_IF = re.compile(r"^([ \t]*)(?:if|elif)\b([^\n]*):[ \t]*(?:#[^\n]*)?$")
"""An `if` (or `elif`) line, its indentation and its condition."""


def rescope(top: str, units: dict[str, Unit]) -> None:
    """Count with the tests each Python database signal set inside a branch taken only when
    the program runs its tests."""
    rescope_each(top, units, LANGUAGE, _rescoped)


def _rescoped(signal: Signal, sources: SourceLines) -> Signal:
    evidence = signal.evidence
    if (
        signal.kind is not FindingKind.DATABASE
        or signal.scope is Scope.TEST
        or not evidence.path.endswith(".py")
    ):
        return signal
    found = sources.at(evidence)
    if found is not None and _in_test_branch(*found):
        return signal.replace(scope=Scope.TEST)
    return signal


def _in_test_branch(lines: list[str], index: int) -> bool:
    """Whether line `index` lies in the body of an `if` whose condition tests for a test run
    (and not in its `elif` or `else`)."""
    flags = _flags(lines)

    def tests(condition: str) -> bool:
        return bool(_TEST_RUN.search(condition)) or any(
            re.search(rf"\b{re.escape(flag)}\b", condition) for flag in flags
        )

    depth = _indent(lines[index])
    sibling = False  # inside a later branch of a chain: looking for the chain's `if`
    for line in reversed(lines[:index]):
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = _indent(line)
        if indent > depth or (indent == depth and not sibling):
            continue
        match = _IF.match(line)
        if sibling and indent == depth:
            if match is not None and tests(match.group(2)):
                return False  # the branch taken when the run is no test (or another test)
            if match is not None and stripped.startswith("if"):
                sibling = False  # the chain's start: its enclosing block is further out
            continue
        depth = indent  # the block that holds everything below, up to `index`
        if match is not None:
            if tests(match.group(2)):
                return not re.search(r"\bnot\b", match.group(2))
            sibling = stripped.startswith("elif")
        elif stripped.startswith("else"):
            sibling = True
        if depth == 0 and not sibling:
            break
    return False


def _flags(lines: list[str]) -> set[str]:
    """The module-level names set from a test for a test run."""
    return {
        match.group(1)
        for match in _FLAG.finditer("\n".join(lines))
        if _TEST_RUN.search(match.group(2))
    }


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))
