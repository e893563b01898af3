"""nose named by the command a project runs its suite with, where nothing else names a runner.

An older Python project often keeps its suite as `unittest.TestCase` classes and runs them
through nose from a script of its own (`runtests.sh`: `PYTHONPATH=app ./nosetests
--with-coverage`), a CI file or a Makefile, nose itself only listed in a test requirements
file (which names no runner: many projects list nose for its asserts). The cases are
unittest's, but the command chooses the runner, as setup.cfg's `[nosetests]` section does. So,
in a Python unit whose test signals are unittest's alone (no pytest, no nose of its own), a
command file of the unit or of the repository (`project_commands`) running nosetests outside a
comment names nose. The local entry script (`./nosetests`, `bin/nosetests` of a buildout or a
virtualenv) is the same command.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import first_run
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind

LANGUAGE = "python"

_NOSE_RUN = re.compile(
    r"^[^#\n]*(?<![\w.-])(?:\./|(?:[\w.-]+/)*bin/)?nosetests(?![\w.-])", re.MULTILINE
)
"""nose's command on a line that is no comment, bare or by its entry script's path
(`./nosetests`, `env/bin/nosetests`); not `python-nosetests` nor a `nosetests.xml` report."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Name nose for the Python units whose only test signals are unittest's when a command
    of the unit or the repository runs nosetests."""
    for unit in units.values():
        signals = unit.signals.get(LANGUAGE)
        if not signals:
            continue
        tests = {s.name for s in signals if s.kind is FindingKind.TEST}
        if tests != {"unittest"}:
            continue
        own = "" if unit.folder == "." else unit.folder
        found = first_run(top, tuple(dict.fromkeys((own, ""))), _NOSE_RUN)
        if found is not None:
            signals.append(Signal(FindingKind.TEST, "nose", Strength.ENTRY, found))
