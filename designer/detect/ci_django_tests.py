"""Django's runner named by the repository's CI: the test tool of a suite the tree does not hold.

A Django project assembled from modules installed at build time (each module's repository
holding its own `TestCase`s) keeps no test file of its own, yet its CI checks the modules out
and runs `manage.py test`, Django's own runner (unittest). When the repository holds exactly
one Django project (Django seen in its code, not only declared by a template) and nothing else
named a test tool for it, a CI job running `manage.py test` says that runner is its test
framework. The CI files are read only for such a project.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_WORKFLOWS = ".github/workflows"
"""GitHub Actions' workflow folder: every YAML file there is a CI job."""

_CI_FILES = (".travis.yml", ".gitlab-ci.yml")
"""The other CI files kept at a repository's root."""

_MANAGE_TEST = re.compile(r"\bmanage\.py[ \t]+test\b")
"""Django's test command (`python manage.py test --keepdb $MODULES`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give the repository's one Django project with no test tool the unittest runner its CI
    runs through `manage.py test`."""
    django = [unit for unit in units.values() if _is_django(unit)]
    if len(django) != 1:
        return
    unit = django[0]
    signals = unit.signals[LANGUAGE]
    if any(s.kind is FindingKind.TEST for s in signals):
        return
    found = _manage_test(top)
    if found is not None:
        signals.append(Signal(FindingKind.TEST, "unittest", Strength.ENTRY, found))


def _is_django(unit: Unit) -> bool:
    """Whether the unit's code runs Django (a requirements list or a template's declaration
    alone is no project whose `manage.py` a CI job may run)."""
    return any(
        s.kind is FindingKind.FRAMEWORK and s.name == "Django" and s.strength is Strength.ENTRY
        for s in unit.signals.get(LANGUAGE, [])
    )


def _ci_files(top: str) -> list[str]:
    """The repository's CI files, relative to `top`."""
    try:
        names = sorted(os.listdir(os.path.join(top, _WORKFLOWS)))
    except OSError:
        names = []
    workflows = [posixpath.join(_WORKFLOWS, n) for n in names if n.endswith((".yml", ".yaml"))]
    return [*workflows, *_CI_FILES]


def _manage_test(top: str) -> Evidence | None:
    """Where a CI file runs `manage.py test`, or None."""
    for path in _ci_files(top):
        text = read_text(top, path)[0]
        if not text:
            continue
        match = _MANAGE_TEST.search(text)
        if match is not None:
            number = text.count("\n", 0, match.start()) + 1
            line = text.splitlines()[number - 1].strip()
            return Evidence(path=path, line=number, text=line)
    return None
