"""A .NET solution's own test project: named after the solution it is listed in.

A test project referencing several services is usually read as testing the one it is named
after (`Ordering.FunctionalTests` referencing `Ordering.API`, and `Identity.API` only to host
a sign-in for it). A test project named after the solution itself (`Shop.Web.Tests` listed in
`Shop.Web.sln`, beside the `Shop.Web`, `Shop.Auth` and `Shop.Hub` services it references) is
the solution's one test suite instead: that one service bears the solution's name says
nothing about which it tests, and every service it references is tested.
"""

from __future__ import annotations

import os
import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names
from designer.detect.walker import read_text

LANGUAGE = "dotnet"

_SOLUTIONS = (".sln", ".slnx")

_TEST_PART = re.compile(r"test", re.IGNORECASE)
"""The last part of a test project's name names tests (`Tests`, `UnitTests`, `Test`)."""


def mark(top: str, units: dict[str, Unit]) -> None:
    """Mark each .NET test project named after a solution, in its folder or one above, that
    lists it: it tests every service it references (`build_modules.tested_services`)."""
    for unit in units.values():
        projects = [
            path for path, ecosystem, result in unit.manifests
            if ecosystem == LANGUAGE and result.tests_only
        ]
        if not projects:
            continue
        stems = {
            name.rpartition(".")[0].lower()
            for name in module_names(unit, LANGUAGE)
            if _TEST_PART.search(name.rpartition(".")[2])
        } - {""}
        if stems and any(_listed_in_solution(top, path, stems) for path in projects):
            unit.solution_tests = True


def _listed_in_solution(top: str, project: str, stems: set[str]) -> bool:
    """Whether a solution named one of `stems`, in the project's folder or above it, lists
    the project (by its file name, as both solution formats write its path)."""
    file_name = posixpath.basename(project)
    folder = posixpath.dirname(project) or "."
    while True:
        try:
            names = sorted(os.listdir(os.path.join(top, folder)))
        except OSError:
            names = []
        for name in names:
            stem, dot, ending = name.rpartition(".")
            if not dot or f".{ending.lower()}" not in _SOLUTIONS or stem.lower() not in stems:
                continue
            text = read_text(top, posixpath.normpath(posixpath.join(folder, name)))[0] or ""
            if re.search(rf"[\\/\"]{re.escape(file_name)}\"", text, re.IGNORECASE):
                return True
        if folder == ".":
            return False
        folder = posixpath.dirname(folder) or "."
