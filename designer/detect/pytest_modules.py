"""pytest known only from test modules written to its API, beside another test tool.

A test module decorating its functions with pytest's own API (`@pytest.fixture`,
`@pytest.mark.parametrize`) is run by pytest even where no manifest declares it (a small
service whose requirements list only what it runs): where nothing else names a test tool,
pytest is the suite's runner. One such module among a project's `unittest`/Django `TestCase`
files run by `manage.py test` is not the suite's runner, though: where the unit's files name
another test tool and pytest is known from those decorators alone (no declaration, settings,
`conftest.py`), pytest is outnumbered and the other tool stays the main one.

A test module's top-level `def test_*():` asserting with a bare `assert` is read the same way
(unittest collects no function, so only pytest runs it), with two more conditions: the module
is named for pytest's collection (a `test_smtp.py` under `scripts/` whose functions are called
by its `if __name__ == "__main__":` block is a script a developer runs by hand, no suite), and
it is not such a script, nor a module of request handlers whose `test_*` functions are all
web routes (`@route('/test_pr/<pr>')` over `def test_pr_controller(pr):`, a controller of a
site that tests submitted code, named for what it does). A function of that shape in any other
file is nobody's test. It is a
fallback, read only where nothing else in the unit names a test tool: a declaration, settings
or another tool's files say more (`drop_bare`).
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

DECORATOR = "@pytest."
"""How the evidence of the decorator rule (`ecosystems/python.py`) starts."""

_BARE = re.compile(r"(?:async[ \t]+)?def[ \t]+test_")
"""How the evidence of the bare test function rule (`ecosystems/python.py`) starts."""

_SCRIPT = re.compile(r"^if[ \t]+__name__[ \t]*==[ \t]*[\"']__main__[\"'][ \t]*:", re.MULTILINE)
"""A module's block run when it is started as a script."""

_TEST_FUNCTION = re.compile(r"^(?:async[ \t]+)?def[ \t]+test_", re.MULTILINE)
"""A module's top-level test function."""

_ROUTE = re.compile(
    r"@[\w.]*\b(?:route|get|post|put|patch|delete|api_route)[ \t]*\([ \t]*[rfb]?[\"']/"
)
"""A web framework's route decorator over a path (Bottle's and Flask's `@route('/x')`,
`@app.get("/x")`); a path, so that `@mock.patch("pkg.name")` is no route."""

_HEAD_BYTES = 262_144
"""Bytes of a test module read for its script block."""


def drop_bare(top: str, units: dict[str, Unit]) -> None:
    """Keep the bare test functions only where nothing else in the unit names a test tool, in
    files that are test modules not run as scripts. Before the runners' readings
    (`unittest_discover`), which take any other pytest signal for a module of its own."""
    for unit in units.values():
        found = unit.signals.get("python", [])
        if not any(_bare(s) for s in found):
            continue
        # A fallback: where anything else names a test tool (a declaration, a TestCase, a
        # `conftest.py`), that says which runs the suite.
        named = any(s.kind is FindingKind.TEST and not _bare(s) for s in found)
        unit.signals["python"] = [
            s for s in found if not _bare(s) or (not named and _collected(top, s.evidence.path))
        ]


def mark(units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered in the Python units where only its decorators name it and
    the files name another test tool."""
    for unit in units.values():
        found = unit.signals.get("python", [])
        if any(_decorator(s) and not _test_module(s.evidence.path) for s in found):
            # A module of fixtures a package ships for others' suites (a pytest plugin's
            # `testing/fixtures.py`, registered under `[pytest11]`) is no test of its own.
            unit.signals["python"] = found = [
                s for s in found if not _decorator(s) or _test_module(s.evidence.path)
            ]
        tests = [s for s in found if s.kind is FindingKind.TEST]
        pytest = [s for s in tests if s.name == "pytest"]
        if not pytest or not all(_decorator(s) for s in pytest):
            continue
        if any(s.name != "pytest" and s.strength is Strength.ENTRY for s in tests):
            unit.outnumbered.add("pytest")


def _decorator(signal: Signal) -> bool:
    """Whether `signal` is the decorator rule's pytest."""
    return (
        signal.kind is FindingKind.TEST
        and signal.name == "pytest"
        and signal.strength is Strength.ENTRY
        and signal.evidence.text.lstrip().startswith(DECORATOR)
    )


def _bare(signal: Signal) -> bool:
    """Whether `signal` is the bare test function rule's pytest."""
    return (
        signal.kind is FindingKind.TEST
        and signal.name == "pytest"
        and signal.strength is Strength.ENTRY
        and bool(_BARE.match(signal.evidence.text.lstrip()))
    )


def _collected(top: str, path: str) -> bool:
    """Whether the file at `path` (from `top`) is a test module pytest collects and no script
    run by hand."""
    if not _test_module(path):
        return False
    text = read_head(top, path, _HEAD_BYTES)
    return text is not None and not _SCRIPT.search(text) and not _handlers(text)


def _handlers(text: str) -> bool:
    """Whether every top-level `test_*` function of the module `text` is a web route: the
    decorators right above it name a route."""
    starts = [match.start() for match in _TEST_FUNCTION.finditer(text)]
    return bool(starts) and all(_routed(text[:start]) for start in starts)


def _routed(before: str) -> bool:
    """Whether the decorator lines ending `before` (the text up to a `def`) name a route."""
    for line in reversed(before.splitlines()):
        if not line.startswith("@"):
            return False
        if _ROUTE.match(line):
            return True
    return False


def _test_module(path: str) -> bool:
    """Whether the file at `path` is named as a test module pytest collects (`test_*.py`,
    `*_test.py`)."""
    name = path.rpartition("/")[2]
    return name.startswith("test_") or name.endswith("_test.py")
