"""The folders a Gradle settings file gives its projects.

`include(":a:b")` puts project `:a:b` in folder `a/b`, but a settings file may move it
(`project(":a:b").projectDir = file("libs/b")`, Groovy's `new File(rootDir, 'libs/b')`) or
rename it (`project(":a:b").name = "b-core"`, whose path is then `:a:b-core`). Other modules
reference it by that path (`implementation(project(":b-core"))`), so the path, not the folder,
is its name in the build. Read here from the settings text alone; a table of `name=folder`
lines the settings load from a `.properties` file is read once the tree is known
(`gradle_projects`)."""

from __future__ import annotations

import posixpath
import re

from designer.detect.signals import LazyPattern

_PROJECT = r"""\b(?:project|findProject)[ \t]*\([ \t]*["'](:?[\w.:-]+)["'][ \t]*\)[ \t]*[?!]*"""
_DIR = LazyPattern(_PROJECT + r"""\.projectDir[ \t]*=[ \t]*(.+)$""", re.MULTILINE)
"""`project(":x").projectDir = file("some/dir")`, and the rest of its line."""
_NAME = LazyPattern(_PROJECT + r"""\.name[ \t]*=[ \t]*["']([\w.-]+)["']""")
"""`project(":x").name = "y"`: the project's path becomes `:y`."""
_LITERAL = LazyPattern(r"""["']([^"'\n]+)["']""")
_ROOTED = LazyPattern(r"""^\$\{?(?:rootDir|settingsDir|rootProject\.projectDir)\}?/""")
"""`"$rootDir/some/dir"`: the settings file's folder, where the paths start anyway."""
_TABLE = LazyPattern(r"""["']([\w./-]+\.properties)["']""")
"""A `.properties` file the settings name (`loadProjects("gradle/projects.properties")`)."""


def project_path(name: str) -> str:
    """The project path `include` gives a name (`include("a:b")` → `:a:b`)."""
    return ":" + name.lstrip(":")


def project_dirs(text: str, included: list[str]) -> dict[str, str]:
    """Project path → its folder relative to the settings file's, for the `included` names
    and the projects the settings move or rename."""
    dirs = {project_path(n): project_path(n)[1:].replace(":", "/") for n in included}
    for match in _DIR.finditer(text):
        folder = _folder(match.group(2))
        if folder is not None:
            dirs[project_path(match.group(1))] = folder
    for match in _NAME.finditer(text):
        old = project_path(match.group(1))
        parent = old.rpartition(":")[0]
        dirs[f"{parent}:{match.group(2)}"] = dirs.pop(old, old[1:].replace(":", "/"))
    return dirs


def _folder(value: str) -> str | None:
    """The folder an assignment's value names, relative to the settings file's: its first
    string (`file("a")`, `new File(rootDir, 'a')`, `"$rootDir/a" as File`), unless it is
    built from variables or absolute."""
    literal = _LITERAL.search(value)
    if literal is None:
        return None
    path = _ROOTED.sub("", literal.group(1))
    if "$" in path or path.startswith("/"):
        return None
    return posixpath.normpath(path)


def tables(text: str) -> list[str]:
    """The `.properties` files the settings name, relative to its folder: perhaps tables of
    projects (`gradle_projects` keeps those whose every value is a project's folder)."""
    return list(dict.fromkeys(m.group(1) for m in _TABLE.finditer(text)))
