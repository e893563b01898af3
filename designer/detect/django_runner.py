"""Django test suites that pytest, though declared, does not run.

Django's `TestCase`s need the project's settings configured and a test database set up before
they run: `manage.py test` does both, pytest only through pytest-django or a `conftest.py` of
the project's own. A Django project whose test files are written to Django's test cases, and
whose pytest is a declared dependency alone (no pytest-django, no conftest.py, no pytest
settings), runs its suite with Django's own runner (unittest): the pytest line is for a tool
or a corner of the repository, not the suite's runner.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import normalise
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

_PLUGIN = "pytest-django"
"""The plugin that lets pytest run Django's test cases."""


def mark(units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered (`Unit.outnumbered`) in the Django projects whose test files
    use Django's test cases while pytest is only declared, without its Django plugin."""
    for unit in units.values():
        signals = unit.signals.get("python", [])
        if not any(s.kind is FindingKind.FRAMEWORK and s.name == "Django" for s in signals):
            continue
        tests = [s for s in signals if s.kind is FindingKind.TEST]
        pytest = [s for s in tests if s.name == "pytest"]
        if not pytest or not any(
            s.name == "unittest" and s.strength is Strength.ENTRY for s in tests
        ):
            continue
        if any(s.strength is Strength.ENTRY or normalise(s.package) == _PLUGIN for s in pytest):
            continue
        unit.outnumbered.add("pytest")
