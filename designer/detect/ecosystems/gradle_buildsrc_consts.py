"""Versions a Gradle build keeps as Kotlin constants of its `buildSrc/`.

A build may keep its versions in code instead of a catalogue: `object PluginVersions { const
val SPRING_BOOT_VERSION = "2.7.5" }` in `buildSrc/src/main/kotlin/PluginVersions.kt`, which the
build scripts read (`id("org.springframework.boot") version PluginVersions.SPRING_BOOT_VERSION`,
`"…:${Versions.springBoot}"`). Gradle compiles `buildSrc/` before the build and puts it on every
script's classpath, so its constants are the whole build's: the folder holding `buildSrc/` and
every project under it.

An object may also build its coordinates from a version beside it (`object Ktor { const val
version = "1.6.0"; const val server = "io.ktor:ktor-server:$version" }`, read as
`implementation(Ktor.server)`): Kotlin folds such a template of constants into a constant, so
it is read as the string it makes, the names it reads looked up from the innermost object
outwards as Kotlin resolves them; a template reading anything else names no version."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable

from designer.detect.signals import LazyPattern

_OBJECT = LazyPattern(
    r"^[ \t]*(?:(?:internal|public)[ \t]+)?object[ \t]+(\w+)[ \t]*\{", re.MULTILINE
)
"""A top-level or nested `object Name {` holding constants."""
_CONST = LazyPattern(
    r"""^[ \t]*(?:(?:internal|public)[ \t]+)?const[ \t]+val[ \t]+(\w+)[ \t]*"""
    r"""(?::[ \t]*String[ \t]*)?=[ \t]*"([^"\\\n]+)"[ \t]*$""",
    re.MULTILINE,
)
"""`const val SPRING_BOOT_VERSION = "2.7.5"`, or a template of other constants."""
_TEMPLATE = LazyPattern(r"\$(?:\{[ \t]*([A-Za-z_][\w.]*)[ \t]*\}|([A-Za-z_]\w*))")
"""`$version`, `${Versions.KTOR}`: a constant a template reads."""
_SOURCES = "/src/main/kotlin/"


def constants(
    sources: dict[str, Iterable[str]], read: Callable[[str], str | None]
) -> dict[str, dict[str, str]]:
    """Folder of a build holding `buildSrc/` → its constants, each by the name a script reads
    it by (`PluginVersions.SPRING_BOOT_VERSION`, or the bare name of a top-level one).
    `sources` maps each unit's folder to its source paths; `read` gives a file's text."""
    found: dict[str, dict[str, str]] = {}
    for owner, paths in sources.items():
        if posixpath.basename(owner) != "buildSrc":
            continue
        build = posixpath.dirname(owner) or "."
        for path in paths:
            if not path.endswith(".kt") or _SOURCES not in "/" + path:
                continue
            text = read(path)
            if text and "const val" in text:
                found.setdefault(build, {}).update(_named(text))
    for named in found.values():
        for name, value in list(named.items()):
            if "$" in value:
                folded = _folded(value, name.split(".")[:-1], named)
                if folded is None:
                    del named[name]
                else:
                    named[name] = folded
    return found


def _named(text: str) -> dict[str, str]:
    """Each constant of a Kotlin file under its qualified name (`Outer.Inner.NAME`): the
    objects enclosing it, by the braces opened before it."""
    opens = {m.end() - 1: m.group(1) for m in _OBJECT.finditer(text)}
    named: dict[str, str] = {}
    stack: list[str | None] = []
    position = 0
    for match in _CONST.finditer(text):
        for offset in range(position, match.start()):
            char = text[offset]
            if char == "{":
                stack.append(opens.get(offset))
            elif char == "}" and stack:
                stack.pop()
        position = match.start()
        if None in stack:
            continue  # inside a class or function: not a constant a script reads by name
        named[".".join([*(s for s in stack if s), match.group(1)])] = match.group(2)
    return named


def _folded(template: str, scope: list[str], named: dict[str, str]) -> str | None:
    """The string a template of constants makes, each name read from the innermost enclosing
    object outwards (`scope`), in any file of `buildSrc/`; None when it reads anything else (a
    function's parameter, a property) or a template (one level is what builds write)."""
    unknown = False

    def value(match: re.Match[str]) -> str:
        nonlocal unknown
        name = match.group(1) or match.group(2)
        for depth in range(len(scope), -1, -1):
            found = named.get(".".join([*scope[:depth], name]))
            if found is not None and "$" not in found:
                return found
        unknown = True
        return ""

    folded = _TEMPLATE.sub(value, template)
    return None if unknown or "$" in folded else folded
