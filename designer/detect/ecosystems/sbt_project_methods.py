"""Methods a build definition adds to sbt's `Project`, and what a project calling one declares.

A large build keeps each kind of project's settings in a method an implicit class of
`project/*.scala` adds to `Project` (`implicit class ProjectExecutableSettings(val project:
Project) { def withExecutableSettings(name: String, …): Project = … .enablePlugins(DockerPlugin)
… }`), and each definition of `build.sbt` calls the one for its kind (`lazy val server = project
.withExecutableSettings("server", serverDependencies)`). What the method's body enables (a
packager, a fat jar) the calling project enables: the programs of the build are told from its
libraries by the method they call, as if its body were written in their definition.
"""

from __future__ import annotations

import re

from designer.detect.signals import LazyPattern

_EXTENSION = LazyPattern(
    r"^(?P<indent>[ \t]*)implicit[ \t]+(?:final[ \t]+)?class[ \t]+\w+[ \t]*\([ \t]*"
    r"(?:(?:private[ \t]+)?val[ \t]+)?\w+[ \t]*:[ \t]*Project[ \t]*\)"
)
"""An implicit class adding methods to sbt's `Project` (`implicit class Ops(val p: Project)`)."""

_METHOD = LazyPattern(r"^[ \t]*def[ \t]+(?P<name>\w+)\b")

Methods = dict[str, str]
"""Method's name → the text of its body."""


def methods(lines: list[str]) -> Methods:
    """The methods the implicit classes of a Scala file of the build definition add to
    `Project`, each with its lines (until the next method of the class or the class's end)."""
    found: Methods = {}
    index = 0
    while index < len(lines):
        opened = _EXTENSION.match(lines[index])
        index += 1
        if not opened:
            continue
        depth = len(opened.group("indent").expandtabs())
        name = ""
        while index < len(lines):
            line = lines[index]
            stripped = line.strip()
            if stripped and len(line) - len(line.lstrip()) <= depth and stripped != "}":
                break
            if stripped == "}" and len(line) - len(line.lstrip()) <= depth:
                index += 1
                break
            method = _METHOD.match(line)
            if method:
                name = method.group("name")
                found[name] = ""
            if name:
                found[name] += line + "\n"
            index += 1
    return found


def spelt(text: str, known: Methods | None) -> str:
    """A project's definition with the bodies of the build's `Project` methods it calls
    (`.withExecutableSettings(`) appended, as if written in it."""
    if not known:
        return text
    called = [
        body for name, body in known.items() if re.search(rf"\.[ \t]*{re.escape(name)}\b", text)
    ]
    return "\n".join([text, *called])
