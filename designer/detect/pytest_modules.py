"""pytest known only from test modules written to its API, beside another test tool.

A test module decorating its functions with pytest's own API (`@pytest.fixture`,
`@pytest.mark.parametrize`) is run by pytest even where no manifest declares it (a small
service whose requirements list only what it runs): where nothing else names a test tool,
pytest is the suite's runner. One such module among a project's `unittest`/Django `TestCase`
files run by `manage.py test` is not the suite's runner, though: where the unit's files name
another test tool and pytest is known from those decorators alone (no declaration, settings,
`conftest.py`), pytest is outnumbered and the other tool stays the main one.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

DECORATOR = "@pytest."
"""How the evidence of the decorator rule (`ecosystems/python.py`) starts."""


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


def _test_module(path: str) -> bool:
    """Whether the file at `path` is named as a test module pytest collects (`test_*.py`,
    `*_test.py`)."""
    name = path.rpartition("/")[2]
    return name.startswith("test_") or name.endswith("_test.py")
