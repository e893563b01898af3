"""Django's runner named by the repository's CI: the test tool of a suite the tree does not hold.

A Django project assembled from modules installed at build time (each module's repository
holding its own `TestCase`s) keeps no test file of its own, yet its CI checks the modules out
and runs `manage.py test`, Django's own runner (unittest). When the repository holds exactly
one Django project (Django seen in its code, not only declared by a template) and nothing else
named a test tool for it, a command of the repository running `manage.py test` (a CI job, a
Makefile target, a script: `project_commands`) says that runner is its test framework. The
command files are read only for such a project.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.project_commands import MANAGE_TEST, first_run
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

def mark(top: str, units: dict[str, Unit]) -> None:
    """Give the repository's one Django project with no test tool the unittest runner its
    commands run through `manage.py test`."""
    django = [unit for unit in units.values() if _is_django(unit)]
    if len(django) != 1:
        return
    unit = django[0]
    signals = unit.signals[LANGUAGE]
    if any(s.kind is FindingKind.TEST for s in signals):
        return
    found = first_run(top, ("",), MANAGE_TEST)
    if found is not None:
        signals.append(Signal(FindingKind.TEST, "unittest", Strength.ENTRY, found))


def _is_django(unit: Unit) -> bool:
    """Whether the unit's code runs Django (a requirements list or a template's declaration
    alone is no project whose `manage.py` a CI job may run)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Django" and s.strength is Strength.ENTRY
        for s in unit.signals.get(LANGUAGE, [])
    )
