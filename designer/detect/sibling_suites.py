"""A pytest declared by a service whose only tests are a sibling service's.

A monorepo's services are often started from one another's copy: the second Python service
(`services/enterprise` beside `services/engine`) keeps the first one's pins (`pytest==7.4.0`)
and its `[tool.pytest.ini_options]` block, but no test of its own. `testless_pytest` walks the
whole repository and finds the sibling's suite, so the declaration stays; yet pytest started in
the service's folder collects nothing there, and the CI job runs it in the sibling's folder.

So where a Python service below the repository's top has only pytest's declarations and its
settings in its own manifests (no `conftest.py` nor module written to pytest's API), and
neither its folder nor the rest of the repository outside the other Python projects' folders
holds a test (a root `tests/` beside the package would be its suite; a Python test module in
another language's project still counts, as in `testless_pytest`), while no command of its
folder runs pytest and no command at the repository's top runs it there (a `pytest` line or a
CI job's working directory naming the folder), the declarations are dropped: it has no test
framework.

A uv workspace's member declaring no test tool of its own takes its root's (`workspace_tests`:
the workspace's one environment holds the root's development group). Where that member's folder
and the repository outside the other Python projects hold no test either, and no command runs
pytest there, the root's pytest tests another member's code, never this one's: the member is
marked `untested` and takes none (`mark_unlent`).
"""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.project_commands import command_texts, runs_pytest
from designer.detect.signals import Signal, Strength
from designer.detect.testless_pytest import holds_tests, test_module
from designer.model.stack import FindingKind

LANGUAGE = "python"

SETTINGS = frozenset({"pyproject.toml", "pytest.ini", "setup.cfg", "tox.ini"})
"""Files holding pytest's settings: copied with the manifest, they run nothing by themselves."""


def drop_unused(top: str, units: dict[str, Unit]) -> None:
    """Drop the pytest declarations and settings of the Python services below the top whose
    folder and surroundings hold no test outside the other projects."""
    for unit in units.values():
        if unit.folder == ".":
            continue
        found = unit.signals.get(LANGUAGE, [])
        tests = [s for s in found if s.kind is FindingKind.TEST]
        if not tests or any(s.name != "pytest" or not _declared(unit, s) for s in tests):
            continue
        others = _other_projects(unit, units)
        if not others:
            continue  # no sibling project: the repository's tests may be its own
        if holds_tests(top, test_module, apart=others):
            continue
        if runs_pytest(top, (unit.folder,)) or _named_at_top(top, unit.folder):
            continue
        unit.signals[LANGUAGE] = [s for s in found if s.kind is not FindingKind.TEST]


def mark_unlent(top: str, units: dict[str, Unit]) -> None:
    """Mark `untested` the Python workspace members below the top that declare no test tool,
    whose enclosing workspace root declares one, and whose folder and surroundings hold no
    test outside the other Python projects: the root's tests are another member's."""
    for unit in units.values():
        if unit.folder == "." or not any(e == LANGUAGE for _, e, _ in unit.manifests):
            continue
        if any(s.kind is FindingKind.TEST for s in unit.signals.get(LANGUAGE, [])):
            continue
        if not _root_declares_tests(unit, units):
            continue
        others = _other_projects(unit, units)
        if not others or holds_tests(top, test_module, apart=others):
            continue
        if runs_pytest(top, (unit.folder,)) or _named_at_top(top, unit.folder):
            continue
        unit.untested = True


def _root_declares_tests(unit: Unit, units: dict[str, Unit]) -> bool:
    """Whether the nearest Python workspace root above `unit` (a manifest listing members)
    declares a test tool."""
    folder = unit.folder
    while folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is not None and any(e == LANGUAGE and r.modules for _, e, r in outer.manifests):
            return any(s.kind is FindingKind.TEST for s in outer.signals.get(LANGUAGE, []))
    return False


def _other_projects(unit: Unit, units: dict[str, Unit]) -> frozenset[str]:
    """The folders of the other Python projects below the top, neither above nor below
    `unit`'s: their tests are theirs."""
    return frozenset(
        u.folder for u in units.values()
        if u.folder not in (".", unit.folder)
        and any(e == LANGUAGE for _, e, _ in u.manifests)
        and not _above(u.folder, unit.folder)
        and not _above(unit.folder, u.folder)
    )


def _declared(unit: Unit, signal: Signal) -> bool:
    """Whether the test signal is a declaration, or pytest's settings in a manifest of the
    unit's own folder."""
    if signal.strength is not Strength.ENTRY:
        return True
    folder, _, name = signal.evidence.path.rpartition("/")
    return name in SETTINGS and (folder or ".") == unit.folder


def _above(folder: str, below: str) -> bool:
    """Whether `folder` contains `below`."""
    return folder == "." or below.startswith(folder + "/")


def _named_at_top(top: str, folder: str) -> bool:
    """Whether a line of a command file at the repository's top or in its CI folders names
    both pytest and `folder` (`pytest services/api`, a job's `working-directory`, which the
    walk cannot tie to its steps, is read as a whole file)."""
    for _, text in command_texts(top, ("",)):
        if folder in text and "pytest" in text and any(
            folder in line and ("pytest" in line or "working-directory" in line)
            for line in text.splitlines()
        ):
            return True
    return False
