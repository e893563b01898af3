"""pytest run by the repository's CI over a Python service whose tests live outside its folder.

A repository holding several small Python services side by side (`registry/sql-registry`,
`registry/purview-registry`) may keep their tests in one shared folder beside them
(`registry/test/test_sql_registry.py`), and run each suite from a CI job that measures the
service's code: `pytest --cov=registry/sql-registry/registry … registry/test/test_sql_registry.py`.
The service's own folder and manifest name no test tool, yet the command says pytest tests it.
So a Python service with no test tool of its own, below the repository's top, takes pytest from
a command of the repository (`project_commands`: a CI job, a script, a Makefile) that runs
pytest with a coverage target (`--cov=PATH`) inside the service's folder. A command measuring
another folder, or the whole repository (`--cov=.`), names no service.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.project_commands import command_texts, runs_pytest_line
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

_COVERAGE = re.compile(r"""--cov(?:=|[ \t]+)["']?([\w./-]+)""")
"""pytest-cov's coverage target (`--cov=registry/sql-registry/registry`, `--cov src/app`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Give each Python service with no test tool the pytest a repository command runs over
    its folder's code (its coverage target inside that folder)."""
    waiting = {
        unit.folder: unit
        for unit in units.values()
        if unit.folder not in ("", ".") and _untested_service(unit)
    }
    if not waiting:
        return
    for path, text in command_texts(top, ("",)):
        for number, line in enumerate(text.splitlines(), 1):
            if not runs_pytest_line(line):
                continue
            for target in _COVERAGE.findall(line):
                target = target.removeprefix("./").rstrip("/")
                for folder, unit in list(waiting.items()):
                    if target == folder or target.startswith(f"{folder}/"):
                        evidence = Evidence(path=path, line=number, text=line.strip())
                        unit.signals[LANGUAGE].append(
                            Signal(FindingKind.TEST, "pytest", Strength.ENTRY, evidence)
                        )
                        del waiting[folder]
            if not waiting:
                return


def _untested_service(unit: Unit) -> bool:
    """Whether the unit is a Python service (a framework in its Python signals) naming no test
    tool."""
    found = unit.signals.get(LANGUAGE, [])
    return any(s.kind is FindingKind.FRAMEWORK for s in found) and not any(
        s.kind is FindingKind.TEST for s in found
    )
