"""Gradle multi-project roots that apply no plugin to themselves, so compile nothing.

A build split into modules (`include("application", "domain", …)`) often keeps its plugins at
the root only to fix their versions for the modules (`alias(libs.plugins.spring.boot) apply
false`), configuring the modules in `subprojects {}`. Gradle compiles a project's `src/main`
only through a language plugin applied to it (`java`, `kotlin("jvm")`, a convention plugin
applying one): a root applying none builds no code of its own. A `src/` left at such a root
from before the split (an application class, its controllers and settings) is compiled and
deployed by nothing: no backend, however much it looks like one.

Only a folder holding both the build's settings file (including projects) and its build file,
and an entry point (the stale application's class), is read: a root with no code of its own is
the build's aggregator, whose `subprojects {}` dependencies its modules inherit. Its build
applies a plugin to itself with a `plugins {}` entry lacking `apply false`, an
`apply(plugin = …)` or `apply from:` outside the blocks configuring other projects
(`subprojects {}`, `project(":web") {}`), or anything inside `allprojects {}` (the root is one of
all projects); any of them leaves the folder alone.
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit, has_entry_point
from designer.detect.ecosystems import gradle_text
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

_SETTINGS = frozenset({"settings.gradle", "settings.gradle.kts"})
_BUILDS = frozenset({"build.gradle", "build.gradle.kts"})

_INCLUDE = re.compile(r"^[ \t]*include\b", re.MULTILINE)
_PLUGINS = re.compile(r"^plugins[ \t]*\{([^{}]*)\}", re.MULTILINE)
"""The build's own top-level `plugins {}` block (no nested braces in it)."""
_APPLY = re.compile(r"\bapply[ \t]*\(?[ \t]*(?:plugin|from)\b")
_ALLPROJECTS = re.compile(r"\ballprojects[ \t]*\{[ \t\r\n]*$")


def mark(top: str, units: dict[str, Unit]) -> None:
    """Set `Unit.no_web` on the multi-project roots with an entry point whose build applies no
    plugin to itself, and drop what their own sources show."""
    for unit in stale_roots(top, units):
        unit.no_web = True
        # Its sources are built by nothing: their tests run nowhere, their settings configure
        # nothing, for no module of the build to be handed them. Its framework's entry stays,
        # which tells the root for what it is (`dead_sources`).
        dead = _sources(unit) + "/"
        for key, found in unit.signals.items():
            unit.signals[key] = [
                s for s in found
                if s.kind is FindingKind.FRAMEWORK or not s.evidence.path.startswith(dead)
            ]


def dead_sources(top: str, units: dict[str, Unit]) -> frozenset[str]:
    """The source folders (`src`) of those roots: no test in them is run (`testless_jvm`)."""
    return frozenset(_sources(unit) for unit in stale_roots(top, units))


def _sources(unit: Unit) -> str:
    return "src" if unit.folder == "." else posixpath.join(unit.folder, "src")


def stale_roots(top: str, units: dict[str, Unit]) -> list[Unit]:
    """The multi-project roots with an entry point whose build applies no plugin to itself."""
    found = []
    for unit in units.values():
        if not has_entry_point(unit):
            continue
        paths = {posixpath.basename(p): p for p, e, _ in unit.manifests if e == ECOSYSTEM}
        settings = [paths[n] for n in _SETTINGS if n in paths]
        builds = [paths[n] for n in _BUILDS if n in paths]
        if len(settings) != 1 or len(builds) != 1:
            continue
        settings_text = read_text(top, settings[0])[0] or ""
        build_text = read_text(top, builds[0])[0]
        if build_text is None or not _INCLUDE.search(settings_text):
            continue
        if not _applies_to_itself(gradle_text.blank_comments(build_text)):
            found.append(unit)
    return found


def _applies_to_itself(code: str) -> bool:
    """Whether comment-free build `code` applies any plugin to its own project."""
    plugins = _PLUGINS.search(code)
    if plugins is not None:
        entries = [line.strip() for line in plugins.group(1).splitlines() if line.strip()]
        if any(not entry.endswith("apply false") for entry in entries):
            return True
    blocks = gradle_text.project_blocks(code)
    for start, end, target in blocks:
        applying = "apply" in code[start:end] or "plugins" in code[start:end]
        if target == gradle_text.EVERY and applying and _ALLPROJECTS.search(code[:start]):
            return True
    own = [
        m for m in _APPLY.finditer(code)
        if not any(start <= m.start() < end and not _ALLPROJECTS.search(code[:start])
                   for start, end, _ in blocks)
    ]
    return bool(own)
