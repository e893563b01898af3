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
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

DECORATOR = "@pytest."
"""How the evidence of the decorator rule (`ecosystems/python.py`) starts."""


def mark(units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered in the Python units where only its decorators name it and
    the files name another test tool."""
    for unit in units.values():
        tests = [s for s in unit.signals.get("python", []) if s.kind is FindingKind.TEST]
        pytest = [s for s in tests if s.name == "pytest"]
        if not pytest or not all(
            s.strength is Strength.ENTRY and s.evidence.text.lstrip().startswith(DECORATOR)
            for s in pytest
        ):
            continue
        if any(s.name != "pytest" and s.strength is Strength.ENTRY for s in tests):
            unit.outnumbered.add("pytest")
