"""Gradle: coordinates a script plugin's `ext` block keeps under plain names, read as a catalogue.

Besides the `libs = [ … ]` map (`gradle_ext_libs`), older builds keep each dependency under a
name of its own in one script plugin (`external-dependencies.gradle`, applied with `apply
from:`): `dropwizard_version = '1.3.11'`, `jdbi = 'org.jdbi:jdbi:2.78'`, or a list of a
framework's modules `dropwizard = ["io.dropwizard:dropwizard-core:${dropwizard_version}", …]`.
The build then declares them by name alone (`compile dropwizard, jdbi`, `testCompile junit`):
without the script the build names no dependency at all, its framework and data layer among
them, and the framework is seen only in code (unconfirmed, so the folder stays ambiguous).

The names become a catalogue of the build the script serves: a single coordinate a library
`ext.<name>`, a list a bundle `ext.<name>` of libraries `ext.<name>.<n>`. Versions interpolate
the script's own plain string entries (`${dropwizard_version}`); another interpolation is left
blank. The build's bare names are read by the JVM parser (pending `ext-…` entries) and resolved
against this catalogue only: a name no script declares declares nothing.
"""

from __future__ import annotations

import re
from typing import Any

from designer.detect.signals import LazyPattern

PREFIX = "ext."
"""The catalogue key of a plain `ext` name (`ext.jdbi`), apart from `libs` map accessors."""

_EXT_BLOCK = LazyPattern(r"^[ \t]*ext[ \t]*\{", re.MULTILINE)
"""The start of an `ext { … }` block."""

_SINGLE = LazyPattern(r"""^[ \t]*(\w+)[ \t]*=[ \t]*["']([^"'\n]+)["'][ \t]*$""", re.MULTILINE)
"""`name = 'value'`: a coordinate or a version."""

_LIST = LazyPattern(r"""^[ \t]*(\w+)[ \t]*=[ \t]*\[([^\[\]]*)\]""", re.MULTILINE)
"""`name = [ … ]`: a list (a Groovy map `[a: 'x']` yields no coordinate entries)."""

_QUOTED = LazyPattern(r"""["']([^"'\n]+)["']""")
_REF = LazyPattern(r"""\$\{?(\w+)\}?""")


def catalog(text: str) -> dict[str, Any] | None:
    """The catalogue (`libraries`, `bundles`) a script's `ext` block names, or None."""
    block = _ext_block(re.sub(r"(?m)(^|[ \t])//[^\n]*", r"\1", text))
    if not block:
        return None
    strings = {m.group(1): m.group(2) for m in _SINGLE.finditer(block)}
    libraries: dict[str, str] = {}
    bundles: dict[str, list[str]] = {}
    for name, value in strings.items():
        coordinate = _coordinate(value, strings)
        if coordinate:
            libraries[PREFIX + name] = coordinate
    for match in _LIST.finditer(block):
        members = [
            c for q in _QUOTED.finditer(match.group(2)) if (c := _coordinate(q.group(1), strings))
        ]
        for index, coordinate in enumerate(members):
            libraries[f"{PREFIX}{match.group(1)}.{index}"] = coordinate
        if members:
            bundles[PREFIX + match.group(1)] = [
                f"{PREFIX}{match.group(1)}.{index}" for index in range(len(members))
            ]
    if not libraries:
        return None
    return {"libraries": libraries, "bundles": bundles}


def _ext_block(text: str) -> str:
    """The text of the script's `ext { … }` blocks (braces balanced, strings not parsed)."""
    found: list[str] = []
    for match in _EXT_BLOCK.finditer(text):
        depth, start = 1, match.end()
        for offset in range(start, len(text)):
            char = text[offset]
            depth += (char == "{") - (char == "}")
            if depth == 0:
                found.append(text[start:offset])
                break
    return "\n".join(found)


def _coordinate(value: str, strings: dict[str, str]) -> str:
    """`group:artifact[:version]` with the version interpolated, or "" for no coordinate."""
    parts = value.split(":")
    if len(parts) < 2 or not re.fullmatch(r"[\w.-]+", parts[0]) or not re.fullmatch(
        r"[\w.-]+", parts[1]
    ):
        return ""
    version = parts[2] if len(parts) > 2 else ""
    version = _REF.sub(lambda m: strings.get(m.group(1), "$"), version)
    if "$" in version or ":" in version:
        version = ""
    return ":".join(parts[:2] + ([version] if version else []))
