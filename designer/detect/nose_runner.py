"""A pytest declared only, beside the nose runner the project configures.

An older Python project whose suite is run by nose (`bin/nosetests` on CI, its options in
setup.cfg's `[nosetests]` section, test modules of `unittest.TestCase`s) often pins pytest
too in a frozen list of everything installed (`pip freeze > requirements.txt`). The pin alone
runs nothing: with no pytest settings, `conftest.py` or test module written to pytest (none of
which gives a pytest signal of the files' own), and nose configured in the files, pytest is
outnumbered (`Unit.outnumbered`) and the suite's own runner is named. Only nose's settings
section says it runs the suite: test modules borrowing `nose.tools`' asserts may well be run
by pytest.

A pytest a `pyproject.toml` or `Pipfile` declares (a development dependency group, an extra)
was chosen by hand, not frozen: nose does not run on the Pythons such manifests come with, and
a `[nosetests]` section left in setup.cfg beside it is a leftover of the project's past
(`CHOSEN`).
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

CHOSEN = frozenset({"pyproject.toml", "Pipfile"})
"""Manifests a project's developers write by hand: a pytest declared there is chosen."""


def mark(units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered in the Python units whose files configure nose while
    pytest is only declared."""
    for unit in units.values():
        tests = [s for s in unit.signals.get("python", []) if s.kind is FindingKind.TEST]
        pytest = [s for s in tests if s.name == "pytest"]
        if not pytest or any(s.strength is Strength.ENTRY for s in pytest):
            continue
        if any(s.evidence.path.rpartition("/")[2] in CHOSEN for s in pytest):
            continue
        if any(
            s.name == "nose"
            and s.strength is Strength.ENTRY
            and s.evidence.path.rpartition("/")[2] == "setup.cfg"
            for s in tests
        ):
            unit.outnumbered.add("pytest")
