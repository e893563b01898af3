"""Dependencies and plugins a Gradle Kotlin build names by constants of its `buildSrc/`.

Besides versions (`gradle_buildsrc_consts`), a build may keep whole coordinates and plugin ids
as constants, which its scripts name instead of strings:

    object Dependencies { object Spring {
        const val BOOT_STARTER_WEB = "org.springframework.boot:spring-boot-starter-web" } }
    object Plugins { const val SPRING_BOOT = "org.springframework.boot" }

    plugins { id(Plugins.SPRING_BOOT) version Versions.SPRING_BOOT }
    subprojects { apply(plugin = Plugins.SPRING_BOOT) }
    dependencies {
        implementation(Dependencies.Spring.BOOT_STARTER_WEB)
        implementation(project(Dependencies.Projects.DOMAIN))    // ":domain"
    }

The parser notes each such name as pending (`jvm_refs.resolve` reads them once the constants
are known): a coordinate is read as the string it stands for, a plugin id or a project path as
the id or path written."""

from __future__ import annotations

import re

from designer.detect.signals import LazyPattern

_QUALIFIED = r"[A-Z]\w*(?:\.[A-Za-z_]\w*)+"
"""`Dependencies.Spring.BOOT_STARTER_WEB`: a constant read through the object holding it."""

_DEPENDENCY = LazyPattern(rf"^[ \t]*(\w+)[ \t]*\([ \t]*({_QUALIFIED})[ \t]*\)", re.MULTILINE)
"""`implementation(Dependencies.Spring.BOOT_STARTER_WEB)`."""

_PROJECT = LazyPattern(
    rf"^[ \t]*(\w+)[ \t]*\([ \t]*project[ \t]*\([ \t]*({_QUALIFIED})[ \t]*\)", re.MULTILINE
)
"""`implementation(project(Dependencies.Projects.DOMAIN))`: a module of the same build."""

_PLUGIN = LazyPattern(
    rf"""\bid[ \t]*\([ \t]*({_QUALIFIED})[ \t]*\)"""
    rf"""(?:[ \t]*version[ \t]*(?:({_QUALIFIED})\b|["']([^"'\n]+)["']))?"""
    rf"""|\bapply[ \t]*\([ \t]*plugin[ \t]*=[ \t]*({_QUALIFIED})[ \t]*\)"""
)
"""`id(Plugins.SPRING_BOOT) version Versions.SPRING_BOOT`, `apply(plugin = Plugins.SPRING_BOOT)`."""


def dependencies(text: str) -> list[tuple[int, str, str]]:
    """(offset, configuration, constant name) of each dependency named by a constant."""
    return [(m.start(), m.group(1), m.group(2)) for m in _DEPENDENCY.finditer(text)]


def projects(text: str) -> list[tuple[str, str]]:
    """(configuration, constant name) of each module of the build named by a constant."""
    return [(m.group(1), m.group(2)) for m in _PROJECT.finditer(text)]


def plugins(text: str) -> list[tuple[int, str, str]]:
    """(offset, constant naming the plugin id, its version: a constant's name as `${name}`,
    a literal, or empty) of each plugin named by a constant."""
    found = []
    for match in _PLUGIN.finditer(text):
        if match.group(4):
            found.append((match.start(), match.group(4), ""))
            continue
        version = "${" + match.group(2) + "}" if match.group(2) else match.group(3) or ""
        found.append((match.start(), match.group(1), version))
    return found


def coordinate(name: str, constants: dict[str, str]) -> tuple[str, str, str] | None:
    """(group, artifact, version) of the coordinate the constant `name` holds, or None."""
    parts = constants.get(name, "").split(":")
    if len(parts) < 2 or not parts[0] or not parts[1]:
        return None
    return parts[0], parts[1], parts[2] if len(parts) > 2 else ""
