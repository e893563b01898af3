"""Go test files that run a suite another package of their module writes in a test tool.

A module may write its shared specifications once, in a non-test file of one of its packages
(`backend/integration.go`: `func IntegrationTest(t *testing.T, …)` over GoConvey's
`Convey(…)`), and have each implementation's test file call it
(`backend.IntegrationTest(t, factory)`): those test files import the suite's package, not the
tool, yet their tests are written in it. `go.census` counts them with the files importing the
tool itself. Only the folders holding the module's test files are looked at (a suite package
has tests of its own beside it), and only their non-test Go files' import blocks are read.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable

from designer.detect.ecosystems.go import import_section, imports_package
from designer.detect.ecosystems.go_programs import imports

MAX_FOLDER_FILES = 40
"""Non-test Go files read per folder at most: a suite package is a handful of files."""

def through_suites(
    module: str,
    tests: list[str],
    tools: dict[str, str],
    head: Callable[[str], str | None],
    listdir: Callable[[str], list[str]],
) -> dict[str, set[str]]:
    """Tool name → the test files of `tests` (paths in the tree) that import, instead of the
    tool's package (`tools`: name → package), a package of the module at `module` whose
    non-test Go files import it. `head(path)` gives a file's opening, `listdir(folder)` the
    names in a folder."""
    if not tools:
        return {}
    folders = sorted({posixpath.dirname(path) or "." for path in tests})
    suites: dict[str, set[str]] = {}
    for folder in folders:
        names = sorted(
            name
            for name in listdir(folder)
            if name.endswith(".go") and not name.endswith("_test.go")
        )[:MAX_FOLDER_FILES]
        for name in names:
            text = head(posixpath.join(folder, name) if folder != "." else name)
            if text is None:
                continue
            section = import_section(text)
            for tool, package in tools.items():
                if imports_package(section, package):
                    suites.setdefault(tool, set()).add(_relative(folder, module))
    found: dict[str, set[str]] = {}
    if not suites:
        return found
    for path in tests:
        text = head(path)
        if text is None:
            continue
        imported = [path for path, _ in imports(text)]
        for tool, homes in suites.items():
            if any(_names(imp, home) for imp in imported for home in homes):
                found.setdefault(tool, set()).add(path)
    return found


def _relative(folder: str, module: str) -> str:
    """`folder` relative to the module's folder ("." for the module's root package)."""
    if module in (".", ""):
        return folder
    return posixpath.relpath(folder, module)


def _names(imported: str, home: str) -> bool:
    """Whether import path `imported` names the module's package in folder `home`: the
    module path followed by that folder (whatever the module path, which a copied or renamed
    module need not spell as its go.mod does)."""
    if home == ".":
        return False
    return imported == home or imported.endswith("/" + home)
