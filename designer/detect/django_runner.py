"""Django test suites that pytest, though declared, does not run.

Django's `TestCase`s need the project's settings configured and a test database set up before
they run: `manage.py test` does both, pytest only through pytest-django or a `conftest.py` of
the project's own. A Django project whose test files are written to Django's test cases, and
whose pytest is a declared dependency alone (no pytest-django, no conftest.py, no pytest
settings), runs its suite with Django's own runner (unittest): the pytest line is for a tool
or a corner of the repository, not the suite's runner.

Nor does pytest run the suite when, its Django plugin absent, only its settings show it in use
(a `pytest.ini` left behind, a `[tool.pytest.ini_options]` section), whether or not a list
declares it (an extra of tools beside the linters): without the plugin nor a `conftest.py` of
the project's own nothing sets Django up for it, and `manage.py test` runs the Django test
cases.

Nor does pytest-django, declared, run them when nothing tells it the Django settings: no pytest
settings, no `conftest.py`, no test module written to pytest (none of which gives pytest more
than a declaration), and no command of the project running pytest (`pytest_commands`: where
`--ds` or `DJANGO_SETTINGS_MODULE` would be passed). Without settings pytest-django cannot set
up Django, so the Django test cases are run by `manage.py test` (unittest), however the plugin
came to be declared (a dependency group copied from a template).

Nor does it run them when its settings are all that shows it in use (a `pytest.ini` naming
`DJANGO_SETTINGS_MODULE`, no `conftest.py`, no test module written to pytest) while the
project's commands run Django's runner and never pytest: a CI job or Makefile target running
`manage.py test` over the Django test cases says which runner the suite is run by; the plugin
and its settings are a way to run it that nothing takes.
"""

from __future__ import annotations

import os
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.python import normalise
from designer.detect.project_commands import MANAGE_TEST, first_run, runs_pytest
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

_PLUGIN = "pytest-django"
"""The plugin that lets pytest run Django's test cases."""
_SETTINGS = frozenset({"pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini"})
"""Files whose pytest section configures the runner without installing it."""
_SETS_UP_DJANGO = re.compile(
    r"\bdjango\.setup[ \t]*\(|\bsettings\.configure[ \t]*\(|DJANGO_SETTINGS_MODULE"
)
"""What a `conftest.py` does to set Django up for pytest without the plugin."""
_LIMIT = 200_000
"""Bytes of a `conftest.py` read."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered (`Unit.outnumbered`) in the Django projects whose test files
    use Django's test cases while pytest is only declared, without its Django plugin or with
    the plugin and nothing telling it the settings."""
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
        if any(normalise(s.package) == _PLUGIN for s in pytest):
            if _unconfigured(top, unit, pytest) or _run_by_manage(top, unit, pytest):
                unit.outnumbered.add("pytest")
            continue
        if (
            any(s.strength is Strength.ENTRY for s in pytest)
            and not _settings_only(pytest)
            and not _stray_conftests(top, unit, pytest)
        ):
            continue
        unit.outnumbered.add("pytest")


def _settings_only(pytest: list[Signal]) -> bool:
    """Whether pytest's only proof of use is its settings: whatever declares it (a
    development list, an extra beside the linters: `cli = ["ruff", "coverage", "pytest"]`),
    every signal of its use is a settings file (`[tool.pytest.ini_options] pythonpath =
    "test"`), no `conftest.py` nor test module of pytest's. Without its Django plugin (the
    caller's branch) such settings cannot set up Django, so the Django test cases run on
    `manage.py test`. (A settings file alone, with development lists read that pin neither
    pytest nor its plugin, is the narrower case this once was: nothing installs pytest.)"""
    return all(
        s.evidence.path.rpartition("/")[2] in _SETTINGS
        for s in pytest
        if s.strength is Strength.ENTRY
    )


def _unconfigured(top: str, unit: Unit, pytest: list[Signal]) -> bool:
    """Whether pytest, its Django plugin declared, is only declared (no settings, conftest or
    test module of pytest's) and no command of the project or repository runs it."""
    if any(s.strength is Strength.ENTRY for s in pytest):
        return False
    own = "" if unit.folder == "." else unit.folder
    return not runs_pytest(top, tuple(dict.fromkeys((own, ""))))


def _run_by_manage(top: str, unit: Unit, pytest: list[Signal]) -> bool:
    """Whether pytest, its Django plugin declared and configured by settings alone (no
    conftest or test module of pytest's), is run by no command of the project or
    repository, while one of them runs `manage.py test`."""
    if not _settings_only(pytest):
        return False
    own = "" if unit.folder == "." else unit.folder
    folders = tuple(dict.fromkeys((own, "")))
    return not runs_pytest(top, folders) and first_run(top, folders, MANAGE_TEST) is not None


def _stray_conftests(top: str, unit: Unit, pytest: list[Signal]) -> bool:
    """Whether pytest, its Django plugin absent, is shown in use only by `conftest.py` files
    that do not set Django up, while no command of the project or repository runs pytest and
    one of them runs `manage.py test`."""
    entries = [s for s in pytest if s.strength is Strength.ENTRY]
    if not all(s.evidence.path.rpartition("/")[2] == "conftest.py" for s in entries):
        return False
    if any(_sets_up_django(top, s.evidence.path) for s in entries):
        return False
    own = "" if unit.folder == "." else unit.folder
    folders = tuple(dict.fromkeys((own, "")))
    return not runs_pytest(top, folders) and first_run(top, folders, MANAGE_TEST) is not None


def _sets_up_django(top: str, path: str) -> bool:
    """Whether the `conftest.py` at `path` sets Django up itself (or cannot be read)."""
    try:
        with open(os.path.join(top, path), encoding="utf-8", errors="replace") as handle:
            text = handle.read(_LIMIT)
    except OSError:
        return True
    return _SETS_UP_DJANGO.search(text) is not None
