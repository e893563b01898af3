"""Lend each project of a multi-project sbt build the dependencies its definition lists by
name.

A large build keeps its dependencies in vals of the build definition (`object Dependencies {
val akkaHttp = "com.typesafe.akka" %% "akka-http" % "10.1.11"; val workerDependencies =
Seq(akkaHttp, …) }` in project/Dependencies.scala) and each project's definition in the root
`build.sbt` names the list it takes (`libraryDependencies ++= Dependencies.workerDependencies`).
The parser gives what those files declare to the build's folder, the root that aggregates the
projects; the project whose definition names a val (directly, or through the vals that val
names) declares the dependencies written in that val's lines as well: the server among the
build's workers and libraries is known by the server it lists.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems import sbt_projects
from designer.detect.signals import ManifestResult, Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

_WORD = re.compile(r"(?<![\w\"$])[A-Za-z_]\w*")
"""A name a line may refer to a val by (`Dependencies.workerDependencies` names both words)."""

_VAL = re.compile(r"^(?P<indent>[ \t]*)(?:(?:private|protected|final|lazy|implicit)\s+)*val\s+"
                  r"(?P<name>\w+)\b")
"""A val's definition, at any depth of the build's objects (`val akkaHttp = …`)."""

_STRING = re.compile(r'"[^"\n]*"')

_AGGREGATE = re.compile(r"\.aggregate\s*\([^)]*\)")
"""The projects a project aggregates: built with it, not what it runs on."""

_DEPENDS_ON = re.compile(r"\.dependsOn\s*\(")

_DEPENDS_ON_CALL = re.compile(r"\.dependsOn\s*\((?:[^()]|\([^()]*\))*\)")
"""The projects a project depends on (`.dependsOn(core % "compile->compile")`)."""


def _build(path: str) -> str:
    """The folder of the build a build file belongs to (the one above `project/`)."""
    folder = posixpath.dirname(path)
    if posixpath.basename(folder) == "project":
        folder = posixpath.dirname(folder)
    return folder or "."


def _words(lines: list[str]) -> set[str]:
    """The names `lines` refer to, outside strings and comments."""
    found: set[str] = set()
    for line in lines:
        code = _STRING.sub('""', line.split("//", 1)[0])
        found.update(_WORD.findall(code))
    return found


def _vals(lines: list[str]) -> list[tuple[str, int, int]]:
    """(name, first line, line after the last) of each val of a build file: a val runs until
    the next line indented no deeper than its own that is not its closing bracket."""
    found: list[tuple[str, int, int]] = []
    for index, line in enumerate(lines):
        opened = _VAL.match(line)
        if not opened:
            continue
        depth = len(opened.group("indent").expandtabs())
        end = index + 1
        while end < len(lines):
            text = lines[end]
            stripped = text.strip()
            if stripped and len(text) - len(text.lstrip()) <= depth and not stripped.startswith(
                (")", "]", "}", ".", "++", "+:")
            ):
                break
            end += 1
        found.append((opened.group("name"), index, end))
    return found


def lend(top: str, parsed: list[tuple[str, str, ManifestResult]]) -> None:
    """Add to each project a build defines for a folder of its own the signals of the build's
    vals its definition names, directly or through other vals, and those of the projects it
    depends on (`.dependsOn(core)`): a library's data layer is the application's. A framework
    a library lists is held (`ManifestResult.held`) until the application's code is seen
    starting it (`confirm`): the workers beside the server depend on that library too."""
    builds = [
        (path, result)
        for path, eco, result in parsed
        if eco == "scala" and result.projects and posixpath.basename(path).endswith(".sbt")
    ]
    for path, result in builds:
        home = _build(path)
        files: dict[str, list[str]] = {}
        for other, eco, _ in parsed:
            if eco == "scala" and _build(other) == home and other not in files:
                text, _ = read_text(top, other)
                if text is not None:
                    files[other] = text.split("\n")
        lines = files.get(path)
        if lines is None:
            continue
        outside: sbt_projects.Helpers = {}
        for file, text in files.items():
            if file.endswith(".scala") and posixpath.basename(posixpath.dirname(file)) == "project":
                outside.update(sbt_projects.outside_helpers(text))
        # The projects' definitions: val name → (folder, names it lists, projects it needs).
        projects: dict[str, tuple[str, set[str], set[str]]] = {}
        starts: set[int] = set()
        for start, end, folder in sbt_projects.blocks(lines, outside):
            named = _VAL.match(lines[start])
            if not named:
                continue
            starts.add(start)
            text = _AGGREGATE.sub("", "\n".join(lines[start:end]).split("=", 1)[-1])
            needs = {
                word
                for call in _DEPENDS_ON.finditer(text)
                for word in _words([_arguments(text, call.end() - 1)])
            }
            own = _words(_DEPENDS_ON_CALL.sub("", text).split("\n"))
            projects[named.group("name")] = (folder, own, needs)
        spans = [
            (name, file, start, end)
            for file, text in files.items()
            for name, start, end in _vals(text)
            if not (file == path and start in starts)
        ]
        bodies: dict[str, set[str]] = {}
        for name, file, start, end in spans:
            bodies.setdefault(name, set()).update(_words(files[file][start + 1 : end]))
            bodies[name].update(_words([files[file][start].split("=", 1)[-1]]))
        signals = [
            (signal, _enclosing(signal, spans))
            for other, eco, found in parsed
            if other in files
            for signal in (*found.signals, *found.held)
        ]
        own: dict[str, list[Signal]] = {}
        for name, (_, words, _) in projects.items():
            reached = _reach(words, bodies)
            own[name] = [s for s, val in signals if val in reached]
        for name, (folder, _, _) in projects.items():
            project = result.projects.get(folder)
            if project is None:
                continue
            known = {_key(s) for s in project.signals}
            lent = [s for need in _needed(name, projects) for s in own[need]]
            for signal in own[name] + lent:
                if _key(signal) in known:
                    continue
                known.add(_key(signal))
                if signal in own[name] or signal.kind is not FindingKind.FRAMEWORK:
                    project.signals.append(signal)
                else:
                    project.held.append(signal)


def confirm(units: dict[str, Unit]) -> None:
    """Give each sbt project the frameworks its libraries list (held by `lend`) that its own
    code starts: the release of the server the application binds is its library's."""
    for unit in units.values():
        started = {
            s.name
            for s in unit.signals.get("scala", ())
            if s.kind is FindingKind.FRAMEWORK and s.strength is Strength.ENTRY
        }
        if not started:
            continue
        for _, eco, result in unit.manifests:
            if eco == "scala" and result.held:
                unit.signals["scala"] += [s for s in result.held if s.name in started]


def _needed(name: str, projects: dict[str, tuple[str, set[str], set[str]]]) -> list[str]:
    """The projects `name` depends on, directly or through others."""
    found: list[str] = []
    todo = list(projects[name][2])
    while todo:
        need = todo.pop()
        if need in projects and need not in found and need != name:
            found.append(need)
            todo += projects[need][2]
    return found


def _arguments(text: str, opening: int) -> str:
    """The text between the parenthesis at `opening` and the one closing it, or the rest of
    the text when none closes it."""
    found = sbt_projects.enclosed(text, opening)
    return text[opening + 1 :] if found is None else found


def _key(signal: Signal) -> tuple[object, ...]:
    """What tells one signal from another: its finding and the place it was read."""
    return (signal.kind, signal.name, signal.evidence.path, signal.evidence.line)


def _reach(named: set[str], bodies: dict[str, set[str]]) -> set[str]:
    """The vals `named` refers to, and those their bodies refer to, and so on."""
    reached: set[str] = set()
    todo = [name for name in named if name in bodies]
    while todo:
        name = todo.pop()
        if name in reached:
            continue
        reached.add(name)
        todo += [word for word in bodies[name] if word in bodies and word not in reached]
    return reached


def _enclosing(signal: Signal, spans: list[tuple[str, str, int, int]]) -> str | None:
    """The innermost val whose lines hold the signal's evidence."""
    line = signal.evidence.line
    if line is None:
        return None
    best: tuple[int, str] | None = None
    for name, file, start, end in spans:
        inside = file == signal.evidence.path and start <= line - 1 < end
        if inside and (best is None or end - start < best[0]):
            best = (end - start, name)
    return best[1] if best else None
