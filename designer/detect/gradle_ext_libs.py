"""Gradle: a `libs` map of coordinates kept in an `ext` block, read as the build's catalogue.

Before version catalogues, a Gradle build often kept its dependencies in one script plugin
(`gradle/dependencies.gradle`, applied to every subproject with `apply from:`) as two Groovy
maps of its `ext` block: `versions = [spring_boot: '2.3.1.RELEASE']` and `libs =
[spring_boot_starter_data_jpa: "org.springframework.boot:spring-boot-starter-data-jpa:${
versions.spring_boot}"]`. The modules then declare `compile libs.spring_boot_starter_data_jpa`:
the same accessor a TOML catalogue's alias gives, so the map is that build's catalogue (its
libraries, the versions interpolated from the `versions` map). Without it the modules name no
dependency of theirs at all, their data layer among them.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from designer.detect.signals import LazyPattern

_MAP = LazyPattern(
    r"""^[ \t]*(?:ext\.)?(libs|versions)[ \t]*=[ \t]*\[([^\[\]]*)\]""", re.MULTILINE
)
"""`libs = [ … ]` or `versions = [ … ]` (or `ext.libs = [ … ]`): a Groovy map, no nested list."""

_ENTRY = LazyPattern(r"""(\w+)[ \t]*:[ \t]*["']([^"'\n]+)["']""")
"""One `key : "value"` entry of such a map."""

_VERSION_REF = LazyPattern(r"""\$\{?versions\.(\w+)\}?""")
"""A coordinate's version taken from the `versions` map (`${versions.spring_boot}`)."""


def catalog(text: str) -> dict[str, Any] | None:
    """The catalogue (`versions`, `libraries`) a script's `libs` map declares, or None when it
    declares none. A library is `group:artifact[:version]`; a version naming an entry of the
    `versions` map is that entry, any other interpolation is left blank."""
    if "libs" not in text:
        return None
    maps: dict[str, dict[str, str]] = {"libs": {}, "versions": {}}
    for match in _MAP.finditer(_blank_comments(text)):
        for entry in _ENTRY.finditer(match.group(2)):
            maps[match.group(1)].setdefault(entry.group(1), entry.group(2))
    versions = maps["versions"]
    libraries: dict[str, str] = {}
    for alias, coordinate in maps["libs"].items():
        parts = coordinate.split(":")
        if len(parts) < 2 or not parts[0] or not parts[1]:
            continue
        version = parts[2] if len(parts) > 2 else ""
        version = _VERSION_REF.sub(lambda m: versions.get(m.group(1), "$"), version)
        if "$" in version:
            version = ""
        libraries[alias] = ":".join(parts[:2] + ([version] if version else []))
    if not libraries:
        return None
    return {"versions": dict(versions), "libraries": libraries}


def home(path: str) -> str:
    """The folder of the build a script's catalogue serves: the one above a `gradle/` folder
    (where a TOML catalogue is kept too), else the script's own."""
    folder = posixpath.dirname(path) or "."
    if posixpath.basename(folder) == "gradle":
        return posixpath.dirname(folder) or "."
    return folder


def _blank_comments(text: str) -> str:
    """The text with `//` line comments blanked (a commented-out entry declares nothing)."""
    return re.sub(r"(?m)(^|[ \t])//[^\n]*", r"\1", text)
