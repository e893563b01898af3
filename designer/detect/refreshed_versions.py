"""Gradle: the plugin versions refreshVersions keeps in `versions.properties`.

A build applying the refreshVersions settings plugin (`id("de.fayard.refreshVersions")` in
`settings.gradle.kts`) applies its plugins without a version (`id("org.springframework.boot")`)
and writes `_` for its dependencies' versions; the plugin resolves both from the
`versions.properties` beside the settings file (`plugin.org.springframework.boot=3.0.1`). That
file fixes the release of the framework plugin for every project of the build, as a
`pluginManagement` block does: version-only signals on the settings file's unit."""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.jvm_catalog import PLUGINS
from designer.detect.signals import Lines, Signal, Strength
from designer.detect.walker import read_head

ECOSYSTEM = "jvm"

HEAD = 65536
"""Bytes read of a settings or versions file."""

_SETTINGS = ("settings.gradle.kts", "settings.gradle")

_APPLIED = re.compile(r"""^[ \t]*id[ \t]*\(?[ \t]*["']de\.fayard\.refreshVersions["']""",
                      re.MULTILINE)
"""The settings script applying refreshVersions."""

_PLUGIN_VERSION = re.compile(r"^[ \t]*plugin\.([\w.-]+)[ \t]*=[ \t]*([\w.+-]+)[ \t]*$",
                             re.MULTILINE)
"""`plugin.org.springframework.boot=3.0.1` (not a commented-out `#plugin.…` line)."""


def read(top: str, units: dict[str, Unit]) -> None:
    """Give each Gradle build applying refreshVersions the framework plugin releases its
    `versions.properties` keeps."""
    for unit in units.values():
        settings = [p for p, e, _ in unit.manifests
                    if e == ECOSYSTEM and posixpath.basename(p) in _SETTINGS]
        if not settings or not any(_APPLIED.search(read_head(top, p, HEAD) or "")
                                   for p in settings):
            continue
        path = posixpath.join(posixpath.dirname(settings[0]), "versions.properties")
        text = read_head(top, path, HEAD)
        if not text:
            continue
        lines = Lines(path, text)
        for match in _PLUGIN_VERSION.finditer(text):
            if match.group(1) not in PLUGINS:
                continue
            kind, name = PLUGINS[match.group(1)]
            unit.signals.setdefault(ECOSYSTEM, []).append(Signal(
                kind, name, Strength.DEV, lines.at_offset(match.start(1)), match.group(2),
                package=match.group(1),
            ))
