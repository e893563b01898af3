"""Reading a Python project's own modules again, past the walk's quota, for one pattern.

The walk reads a few source files per folder; some questions need every module of a project
(does any register a route, does any import the driver it declares). The project's folder is
walked again, outside its tests, installed packages and the projects nested in it, file by
file until one matches, within a budget: past it, the answer is taken to be yes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from designer.detect.codewalk import code_files
from designer.detect.walker import read_text

MAX_FILES = 400
"""Python files read per question, at most."""

_SKIPPED = frozenset(
    {"tests", "test", "node_modules", "venv", ".venv", "site-packages", "__pycache__"}
)
"""Folders whose modules are not the project's own code (its tests, installed packages)."""


def nested_projects(folder: str, folders: list[str]) -> set[str]:
    """The project folders among `folders` strictly inside `folder`."""
    return {
        other
        for other in folders
        if other != folder and (folder == "." or other.startswith(folder + "/"))
    }


def any_module(top: str, folder: str, nested: set[str], pattern: re.Pattern[str]) -> bool:
    """Whether a module of `folder` (outside its tests and the `nested` projects) matches
    `pattern`, or the budget runs out first."""
    return any(text is None or pattern.search(text) for text in _modules(top, folder, nested))


def matching_lines(
    top: str, folder: str, nested: set[str], pattern: re.Pattern[str]
) -> Iterator[str | None]:
    """The rest of each line, from where `pattern` matches it, of the modules of `folder`
    (outside its tests and the `nested` projects), read lazily; None last when the budget
    runs out."""
    for text in _modules(top, folder, nested):
        if text is None:
            yield None
            return
        for match in pattern.finditer(text):
            end = text.find("\n", match.start())
            yield text[match.start() : end if end != -1 else len(text)]


def _modules(top: str, folder: str, nested: set[str]) -> Iterator[str | None]:
    """The text of each module of `folder` ("" when unreadable), then None if the budget
    ran out before the last."""
    for found in each_module(top, folder, nested):
        yield None if found is None else found[1]


def each_module(top: str, folder: str, nested: set[str]) -> Iterator[tuple[str, str] | None]:
    """The path and text of each module of `folder` (outside its tests and the `nested`
    projects; "" when unreadable), then None if the budget ran out before the last."""
    for path in code_files(
        top,
        folder,
        (".py",),
        MAX_FILES,
        skip_dir=_SKIPPED.__contains__,
        skip_file=lambda name: name.startswith("test_"),
        nested=nested,
    ):
        yield None if path is None else (path, read_text(top, path)[0] or "")
