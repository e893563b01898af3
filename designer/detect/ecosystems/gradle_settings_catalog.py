"""A Gradle version catalogue declared in the settings script instead of a TOML file.

`settings.gradle.kts` may declare the `libs` catalogue in code (Gradle's
`dependencyResolutionManagement { versionCatalogs { create("libs") { … } } }`):

    version("postgres", "42.7.7")
    library("postgresql", "org.postgresql", "postgresql").versionRef("postgres")
    library("tbd-sql", "com.example", "sql-dsl").version(tbdLibsVersion)
    bundle("database", listOf("postgresql", "hikari", "tbd-sql"))

The build files then name `libs.postgresql` or `libs.bundles.database` as they would name a
`gradle/libs.versions.toml` entry, so the declarations are read into the same shape as that
file's (`versions`, `libraries`, `bundles`) for `jvm_refs.resolve`. The `libs` catalogue is
read (the one `libs.…` accessors name), else the block's first, under its name (`deps {
from(files("./libs.versions.toml")) }`: `deps.…` accessors); a version given by a variable is
left empty (the library is known, its release is not).

The block may instead import a TOML file kept elsewhere (`from(files("../gradle/libs.versions
.toml"))`: a `buildSrc/` or an included plugin build sharing the main build's catalogue): its
path, relative to the settings script's folder, is given as `from`, for the caller to read.

Or a catalogue a library publishes (`create("ktorLibs").from("io.ktor:ktor-version-catalog:
${ktorVersion}")`, `exposedLibs` from `org.jetbrains.exposed:exposed-version-catalog`): its
entries are not in the tree, but such a catalogue lists its own library's modules under their
names less the library's stem (`ktorLibs.server.core` is `io.ktor:ktor-server-core`,
`exposedLibs.java.time` `org.jetbrains.exposed:exposed-java-time`), at the catalogue's release.
`published` gives the group, the stem and the release, for `jvm_refs` to name the modules by.
"""

from __future__ import annotations

import re
from typing import Any

_CREATE = re.compile(r"""\bcreate\s*\(\s*["']libs["']\s*\)\s*\{""")
_ANY_CREATE = re.compile(r"""\bcreate\s*\(\s*["'](\w+)["']\s*\)\s*\{""")
"""Any catalogue block of the settings script (`create("libsCommon") {`)."""
_NAMED = re.compile(
    r"""\bversionCatalogs\s*\{\s*(?:create\s*\(\s*["'](\w+)["']\s*\)|(?!create\b)(\w+))\s*\{"""
)
"""A catalogue of another name, first in the block (`create("deps") {`, Groovy's `deps {`): its
accessors start with that name (`deps.spring.boot.starter.data`)."""
_VERSION = re.compile(r"""^\s*version\s*\(\s*["']([\w.-]+)["']\s*,\s*["']([^"'\n]+)["']\s*\)""")
_LIBRARY = re.compile(
    r"""^\s*library\s*\(\s*["']([\w.-]+)["']\s*,\s*["']([^"'\n]+)["']"""
    r"""(?:\s*,\s*["']([^"'\n]+)["'])?\s*\)"""
    r"""(?:\s*\.\s*(versionRef|version)\s*\(\s*(?:["']([^"'\n]+)["']|[^)\n]*)\s*\))?"""
)
_BUNDLE = re.compile(
    r"""^\s*bundle\s*\(\s*["']([\w.-]+)["']\s*,\s*(?:listOf\s*\(|\[)([^)\]\n]*)[)\]]"""
)
_FROM = re.compile(r"""^\s*from\s*\(\s*files\s*\(\s*["']([^"'\n]+\.toml)["']""")
_QUOTED = re.compile(r"""["']([\w.-]+)["']""")
_PUBLISHED = re.compile(
    r"""(?:\bcreate\s*\(\s*["'](\w+)["']\s*\)\s*(?:\.|\{)|^\s*(\w+)\s*\{)\s*"""
    r"""from\s*\(\s*["']([\w.-]+):([\w.-]+?)-(?:version-)?catalog:([^"'\s]+)["']\s*\)""",
    re.MULTILINE,
)
"""A published catalogue (`create("ktorLibs").from("io.ktor:ktor-version-catalog:3.1.0")`,
Groovy's `ktorLibs { from("…") }`): its name, group, stem and release."""
_SETTING = re.compile(r"""^\s*(?:val|var|def)\s+(\w+)\s*=\s*["']([^"'$\n]+)["']""", re.MULTILINE)
"""A constant of the settings script (`val ktorVersion = "3.1.0"`) a catalogue's release names."""


def parse(text: str) -> dict[str, Any] | None:
    """The `libs` catalogue the settings script declares, as a TOML catalogue reads, or None
    when it declares none."""
    start = _CREATE.search(text)
    name = "libs"
    if start is None:
        start = _NAMED.search(text)
        if start is None:
            return None
        name = start.group(1) or start.group(2)
    return _block(text, start.end(), name)


def parse_all(text: str) -> list[dict[str, Any]]:
    """Every catalogue the settings script declares: `parse`'s, then each other
    `create("name") { … }` of the block. A build may split its catalogues by audience
    (`create("libsServer")`, `create("libsCommon")`, each `from(files(…))` a TOML file of its
    own), its build files naming entries of several (`libsCommon.ktor.server.core` beside
    `libsServer.jooq`): reading only the first would lose the others' entries."""
    first = parse(text)
    if first is None:
        return []
    found = [first]
    for match in _ANY_CREATE.finditer(text):
        if match.group(1) != first["name"]:
            found.append(_block(text, match.end(), match.group(1)))
    return found


def published(text: str) -> list[dict[str, Any]]:
    """The published catalogues the settings script imports, each as `{"name", "published":
    {"group", "stem", "version"}}`; a release naming a constant of the script is read from it
    (one naming a Gradle property is left as written, for `jvm_refs` to substitute)."""
    constants = dict(_SETTING.findall(text))
    found = []
    for match in _PUBLISHED.finditer(text):
        name = match.group(1) or match.group(2)
        version = re.sub(
            r"\$\{(\w+)\}|\$(\w+)",
            lambda m: constants.get(m.group(1) or m.group(2), m.group(0)),
            match.group(5),
        )
        group, stem = match.group(3), match.group(4)
        found.append(
            {"name": name, "published": {"group": group, "stem": stem, "version": version}}
        )
    return found


def _block(text: str, offset: int, name: str) -> dict[str, Any]:
    """The declarations of the catalogue block opening just before `offset`."""
    versions: dict[str, str] = {}
    libraries: dict[str, Any] = {}
    bundles: dict[str, list[str]] = {}
    imported = ""
    depth = 1
    for line in text[offset:].splitlines():
        if found := _VERSION.match(line):
            versions[found.group(1)] = found.group(2)
        elif found := _LIBRARY.match(line):
            libraries[found.group(1)] = _library(found)
        elif found := _BUNDLE.match(line):
            bundles[found.group(1)] = _QUOTED.findall(found.group(2))
        elif found := _FROM.match(line):
            imported = found.group(1)
        depth += line.count("{") - line.count("}")
        if depth <= 0:
            break  # the end of `create("libs") { … }`
    return {
        "versions": versions,
        "libraries": libraries,
        "bundles": bundles,
        "from": imported,
        "name": name,
    }


def _library(found: re.Match[str]) -> Any:
    """A `library(…)` declaration as a TOML catalogue's entry: `"group:name:version"` or a
    table with the group, the name and the version or its reference."""
    _, first, artifact, how, literal = found.groups()
    if artifact is None:
        return first  # library("alias", "group:name:version")
    entry: dict[str, str] = {"group": first, "name": artifact}
    if how == "versionRef" and literal:
        entry["version.ref"] = literal
    elif how == "version" and literal:
        entry["version"] = literal
    return entry
