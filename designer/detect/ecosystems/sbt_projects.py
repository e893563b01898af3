"""The projects of a multi-project sbt build: which lines of `build.sbt` define the project of
which folder.

One `build.sbt` often defines every project of the build (`lazy val server = (project in
file("server")).settings(libraryDependencies ++= …)`), each in a folder with no build file of
its own: the dependencies a project's definition declares are that folder's, not the build
root's (the root itself often only aggregates them).
"""

from __future__ import annotations

import posixpath

from designer.detect.signals import LazyPattern

_PROJECT = LazyPattern(
    r"^(?:lazy[ \t]+)?val[ \t]+(?P<name>\w+)\b[^=\n]*=[ \t]*\(?[ \t]*(?:"
    r"project[ \t]*(?:\.in[ \t]*\(|in[ \t]+)[ \t]*file[ \t]*\([ \t]*\"(?P<in>[^\"]*)\"[ \t]*\)"
    r"(?P<more>(?:[ \t]*/[ \t]*\"[^\"]*\")*)"
    r"|Project[ \t]*\([ \t]*(?:id[ \t]*=[ \t]*)?\"[^\"]*\"[ \t]*,[ \t]*(?:base[ \t]*=[ \t]*)?"
    r"file[ \t]*\([ \t]*\"(?P<base>[^\"]*)\"[ \t]*\)"
    r")"
)
"""A project definition at the top of the build: `lazy val api = (project in file("api"))`,
`project.in(file("api"))`, `Project("api", file("api"))`, a folder below another
(`file("server") / "target" / "models"`)."""

_MORE = LazyPattern(r"\"([^\"]*)\"")


def blocks(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first line, line after the last, folder) of each project defined at the top of the
    build, the folder relative to the build's ("." for the root project). A definition runs
    until the next line that starts at the margin with anything but the chain's closing or
    continuation (`)`, `.settings(`) or a comment."""
    found: list[tuple[int, int, str]] = []
    start, folder = -1, ""
    for index, line in enumerate(lines):
        if not line or line[0] in " \t)}]." or line.startswith(("//", "/*", "*")):
            continue
        if start >= 0:
            found.append((start, index, folder))
            start = -1
        match = _PROJECT.match(line)
        if match:
            parts = [match.group("in") or match.group("base") or "."]
            parts += _MORE.findall(match.group("more") or "")
            start, folder = index, posixpath.normpath(posixpath.join(*parts))
    if start >= 0:
        found.append((start, len(lines), folder))
    return found
