"""Paket, the .NET dependency manager some solutions use instead of NuGet's `PackageReference`.

A Paket solution keeps, at its root, `paket.dependencies` (the packages of the whole solution,
`nuget Name 1.2.3`, and often the one target framework it resolves them for, `framework:
netcoreapp31`) and `paket.lock` (the resolved version of every package, `    Name (1.2.3)`);
each project keeps a `paket.references` beside its `.csproj` naming, one a line, the packages
it takes (no versions). Paket writes them into the project only at restore time (through
`.paket/Paket.Restore.targets`), so the project file itself names none: read here, a project's
`paket.references` gives it the package references `PackageReference` would (the version from
`paket.lock`, else from `paket.dependencies`), through the same path as the `Directory.*`
files' references (`ecosystems.dotnet.resolve`).

The target framework: a project that names none (its build pipeline's shared `.props`, restored
into `packages/`, sets it) targets the framework `paket.dependencies` restricts the solution to,
when it names exactly one application framework (`framework: netcoreapp31`, `net6.0`): Paket
resolves every package for that framework only, so every project of the solution builds on it.
That is read rather than what a project file shows in passing (a `DocumentationFile` path
`bin\\Debug\\netcoreapp3.1\\…`, `DefineConstants` `NETCOREAPP3_1`): those are leftovers Visual
Studio writes once and nobody keeps in step, while the restriction is what the build resolves
against, and it holds for every project of the solution whatever its file says.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from designer.detect.signals import Lines
from designer.model.stack import Evidence

DEPENDENCIES = "paket.dependencies"
LOCK = "paket.lock"
REFERENCES = "paket.references"
NAMES = (DEPENDENCIES, LOCK, REFERENCES)

_MAIN = "main"
"""Paket's default group (lines before any `group X`)."""

_NUGET = re.compile(
    r"^\s*nuget\s+([A-Za-z0-9_][\w.-]*)(?:\s+(?:=\s*)?(\d+(?:\.\d+)+(?:-[\w.]+)?))?\b"
)
"""A `paket.dependencies` package line: `nuget xunit 2.4.1` (or `= 2.4.1`); a range
(`~> 2.4`, `>= 2.0`) gives no exact version."""

_GROUP = re.compile(r"^\s*group\s+(\S+)", re.IGNORECASE)
_FRAMEWORK = re.compile(r"^\s*framework\s*:\s*(.+?)\s*$", re.IGNORECASE)
_RESOLVED = re.compile(r"^    ([A-Za-z0-9_][\w.-]*) \((\d+(?:\.\d+)*(?:-[\w.]+)?)\)")
"""A `paket.lock` resolution: a package at four spaces under its source (`    xunit (2.4.1)`);
its own dependencies sit deeper and are not resolutions."""
_LOCK_GROUP = re.compile(r"^GROUP\s+(\S+)")


@dataclass
class Dependencies:
    """What a `paket.dependencies` says."""

    versions: dict[str, dict[str, str]] = field(default_factory=dict)
    """Group (lower-case) → package (lower-case) → the exact version asked for."""
    frameworks: list[str] = field(default_factory=list)
    """The main group's `framework:` restriction, each as written."""
    framework_evidence: Evidence | None = None


@dataclass
class Lock:
    """The resolutions of a `paket.lock`: group → package (lower-case) → version."""

    versions: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class References:
    """A project's `paket.references`: (group, package as written, evidence) each."""

    packages: list[tuple[str, str, Evidence]] = field(default_factory=list)


def parse(lines: Lines) -> Dependencies | Lock | References:
    """Read one Paket file, by its name."""
    name = posixpath.basename(lines.path)
    if name == DEPENDENCIES:
        return _dependencies(lines)
    if name == LOCK:
        return _lock(lines)
    return _references(lines)


def _uncommented(line: str) -> str:
    return re.split(r"(?://|#)", line, maxsplit=1)[0]


def _dependencies(lines: Lines) -> Dependencies:
    found = Dependencies()
    group = _MAIN
    for number, raw in enumerate(lines.lines, start=1):
        line = _uncommented(raw)
        if match := _GROUP.match(line):
            group = match.group(1).lower()
        elif (match := _FRAMEWORK.match(line)) and group == _MAIN and not found.frameworks:
            found.frameworks = [f.strip() for f in re.split(r"[,\s]+", match.group(1)) if f.strip()]
            found.framework_evidence = Evidence(path=lines.path, line=number, text=raw.strip())
        elif (match := _NUGET.match(line)) and match.group(2):
            found.versions.setdefault(group, {})[match.group(1).lower()] = match.group(2)
    return found


def _lock(lines: Lines) -> Lock:
    found = Lock()
    group = _MAIN
    for raw in lines.lines:
        if match := _LOCK_GROUP.match(raw):
            group = match.group(1).lower()
        elif match := _RESOLVED.match(raw):
            found.versions.setdefault(group, {}).setdefault(match.group(1).lower(), match.group(2))
    return found


def _references(lines: Lines) -> References:
    found = References()
    group = _MAIN
    for number, raw in enumerate(lines.lines, start=1):
        line = _uncommented(raw).strip()
        if not line:
            continue
        if match := _GROUP.match(line):
            group = match.group(1).lower()
            continue
        if line.lower().startswith("file:"):
            continue  # a source file Paket copies in from GitHub, no package
        package = line.split()[0]
        if re.fullmatch(r"[A-Za-z0-9_][\w.-]*", package):
            found.packages.append((group, package, Evidence(path=lines.path, line=number,
                                                            text=raw.strip())))
    return found


_APP_FRAMEWORK = re.compile(r"(?:netcoreapp(\d)\.?(\d)|net(\d{1,2})\.(\d)|net([5-9])(\d))$")
"""An application target framework in Paket's spellings: `netcoreapp3.1` or `netcoreapp31`,
`net6.0` or `net60` (not `net48`, .NET Framework, nor `netstandard2.0`, libraries only)."""


def app_framework(frameworks: list[str]) -> str:
    """The one application framework a restriction names, as MSBuild spells it
    (`netcoreapp31` → `netcoreapp3.1`, `net60` → `net6.0`), or "" (none, or several)."""
    found = set()
    for written in frameworks:
        match = _APP_FRAMEWORK.match(written.lower().lstrip("=<>~ "))
        if match is None:
            continue
        if match.group(1):
            found.add(f"netcoreapp{match.group(1)}.{match.group(2)}")
        elif match.group(3):
            found.add(f"net{match.group(3)}.{match.group(4)}")
        else:
            found.add(f"net{match.group(5)}.{match.group(6)}")
    return found.pop() if len(found) == 1 else ""


def nearest(table: dict[str, object], folder: str, name: str) -> object | None:
    """The Paket file called `name` in `folder` or the nearest folder above it."""
    while True:
        found = table.get(posixpath.join(folder, name) if folder != "." else name)
        if found is not None:
            return found
        if folder == ".":
            return None
        folder = posixpath.dirname(folder) or "."


def project_packages(
    table: dict[str, object], folder: str
) -> tuple[list[tuple[str, str, Evidence]], str, Evidence | None]:
    """For a project in `folder`: the (package, version, evidence) its `paket.references`
    names, each versioned by the nearest `paket.lock` (else `paket.dependencies`); and the
    target framework the nearest `paket.dependencies` restricts the solution to ("" when it
    names none or several), with its evidence."""
    own = table.get(posixpath.join(folder, REFERENCES) if folder != "." else REFERENCES)
    if not isinstance(own, References):
        return [], "", None
    dependencies = nearest(table, folder, DEPENDENCIES)
    lock = nearest(table, folder, LOCK)
    packages = []
    for group, package, evidence in own.packages:
        version = ""
        if isinstance(lock, Lock):
            version = lock.versions.get(group, {}).get(package.lower(), "")
        if not version and isinstance(dependencies, Dependencies):
            version = dependencies.versions.get(group, {}).get(package.lower(), "")
        packages.append((package, version, evidence))
    framework, where = "", None
    if isinstance(dependencies, Dependencies):
        framework = app_framework(dependencies.frameworks)
        where = dependencies.framework_evidence if framework else None
    return packages, framework, where
