"""A pytest declared only, beside a suite the project's commands run with `unittest discover`.

A Python project whose test modules are `unittest.TestCase` classes (aiohttp's
`AioHTTPTestCase`, `IsolatedAsyncioTestCase`) often lists pytest among its development
dependencies too, for a few browser or integration modules run one by one. Its CI then says
which runner is the suite's: `python -m unittest discover -s tests` runs every module, and
`python -m pytest tests/test_e2e.py` only the files it names. With pytest known from
declarations alone (no settings, `conftest.py` nor module written to its API: no pytest signal
of the files' own), unittest seen in the test files, and a command of the project running
`unittest discover` while no command runs pytest over more than named files, pytest is
outnumbered (`Unit.outnumbered`) and unittest is the suite's tool. A command running pytest
over a folder or the whole tree keeps pytest: it runs the `TestCase`s as they are.

OpenStack-style projects run the same kind of suite through stestr (tox's `stestr run`,
`stestr --test-path tests/unit run`; `testr run` before it): a runner of
`unittest`'s loader over testtools' `TestCase`s, listing pytest in test-requirements.txt for
nothing that any command runs. Such a run counts as the discovery run.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import command_texts, first_run
from designer.detect.signals import Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

DISCOVER = re.compile(
    r"^[^#\n]*(?:\bpython[\d.]*[ \t]+-m[ \t]+unittest[ \t]+discover\b"
    r"|(?<![\w./-])(?:stestr(?:[ \t]+--?[\w-]+(?:[ =][^\s-][^\s]*)?)*|testr)[ \t]+run\b)",
    re.M,
)
"""unittest's discovery run on a line that is no comment (`python -m unittest discover -s
tests`), or stestr's (`stestr run`, `stestr --test-path tests/unit run`, `testr run`), which
loads the suite the same way."""

_PYTEST = re.compile(r"(?<![\w./-])(?:py\.test|pytest)(?![\w-])")
"""pytest named as a command (as `project_commands` reads it)."""
_NOT_A_RUN = re.compile(
    r"\binstall\b|[=<>~]=|\bpytest\s*[<>=~]|pytest\.ini|pytest_|^\s*#|^\s*-?\s*name:"
)
"""A line installing or pinning pytest, naming its settings, a comment, or a CI step's name
(`- name: Run pytest integration tests`): no run."""
_NAMED_FILES = re.compile(r"(?<![\w./-])(?:py\.test|pytest)(?![\w-])(?:[ \t]+-[\w-]+)*"
                          r"(?:[ \t]+[\w./-]+\.py(?:::\w+)*)+[ \t]*(?:$|[;&|#])")
"""A pytest run whose arguments (after any options) are named modules only."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Count pytest as outnumbered in the Python units whose pytest is only declared, whose
    test files use unittest, and whose commands run `unittest discover` and pytest over named
    modules at most."""
    for unit in units.values():
        tests = [s for s in unit.signals.get(LANGUAGE, []) if s.kind is FindingKind.TEST]
        pytest = [s for s in tests if s.name == "pytest"]
        if not pytest or any(s.strength is Strength.ENTRY for s in pytest):
            continue
        if not any(s.name == "unittest" and s.strength is Strength.ENTRY for s in tests):
            continue
        own = "" if unit.folder == "." else unit.folder
        folders = tuple(dict.fromkeys((own, "")))
        if first_run(top, folders, DISCOVER) is None or _runs_pytest_suite(top, folders):
            continue
        unit.outnumbered.add("pytest")


def _runs_pytest_suite(top: str, folders: tuple[str, ...]) -> bool:
    """Whether a command of `folders` runs pytest over more than named modules (a bare
    `pytest`, a folder, a keyword selection)."""
    return any(
        _PYTEST.search(line) and not _NOT_A_RUN.search(line) and not _NAMED_FILES.search(line)
        for _, text in command_texts(top, folders)
        for line in text.splitlines()
    )
