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

So is a `[nosetests]` section beside a command of the project that runs pytest (a Makefile's
`test` target running `pytest -vv --cov=app tests`, its old `nosetests -v` line commented out
above it) while no command runs nosetests: the project has moved its suite to pytest, which
runs the `unittest.TestCase`s as they are.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import first_run, runs_pytest
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

CHOSEN = frozenset({"pyproject.toml", "Pipfile"})
"""Manifests a project's developers write by hand: a pytest declared there is chosen."""

NOSE_RUN = re.compile(r"^[^#\n]*(?<![\w./-])nosetests\b", re.MULTILINE)
"""nose's command on a line that is no comment (`# $(DOCKER_CMD) nosetests -v` runs nothing)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered in the Python units whose files configure nose while
    pytest is only declared and no command moved the suite to pytest."""
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
        ) and not _moved_to_pytest(top, unit):
            unit.outnumbered.add("pytest")


def _moved_to_pytest(top: str, unit: Unit) -> bool:
    """Whether a command of the project or repository runs pytest and none runs nosetests."""
    own = "" if unit.folder == "." else unit.folder
    folders = tuple(dict.fromkeys((own, "")))
    return runs_pytest(top, folders) and first_run(top, folders, NOSE_RUN) is None
