"""Gradle: the plugin versions refreshVersions keeps in `versions.properties`.

A build applying the refreshVersions settings plugin (`id("de.fayard.refreshVersions")` in
`settings.gradle.kts`) applies its plugins without a version (`id("org.springframework.boot")`)
and writes `_` for its dependencies' versions; the plugin resolves both from the
`versions.properties` beside the settings file (`plugin.org.springframework.boot=3.0.1`). That
file fixes the release of the framework plugin for every project of the build, as a
`pluginManagement` block does: version-only signals on the settings file's unit.

It versions the framework's libraries the same way (`implementation(Ktor.server)` or
`"io.ktor:ktor-server-netty:_"`): `version.<group>..<artifact>=2.3.0`, or the shorter key
refreshVersions' own rules give a framework whose modules share one release (`version.ktor`).
That line is the release Gradle resolves every module of the framework to, above any one
module a build file pins lower (Gradle takes the highest version requested)."""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.ecosystems.jvm_catalog import PLUGINS, classify
from designer.detect.signals import Lines, Signal, Strength
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

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


_DEPENDENCY_VERSION = re.compile(r"^[ \t]*version\.([\w.-]+)[ \t]*=[ \t]*([\w.+-]+)[ \t]*$",
                                 re.MULTILINE)
"""`version.ktor=2.3.0`, `version.io.javalin..javalin=5.6.3` (not a commented-out line)."""

_RULE_KEYS = {"ktor": ("io.ktor", "ktor-server-core")}
"""refreshVersions' short keys for a framework's group (its `io.ktor:*` rule writes
`version.ktor`), as the coordinate of the server module they version."""


def _coordinate(key: str) -> tuple[str, str] | None:
    """The coordinate a `version.` key versions, or None for one naming no known group."""
    if ".." in key:
        group, _, artifact = key.partition("..")
        return group, artifact
    return _RULE_KEYS.get(key)


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
        for match in _DEPENDENCY_VERSION.finditer(text):
            coordinate = _coordinate(match.group(1))
            if coordinate is None:
                continue
            for kind, name in classify(*coordinate):
                if kind is FindingKind.FRAMEWORK:
                    unit.signals.setdefault(ECOSYSTEM, []).append(Signal(
                        kind, name, Strength.DEV, lines.at_offset(match.start(1)),
                        match.group(2), package=coordinate[1],
                        # Resolved for the whole build, as a lock's line is: it outranks a
                        # module a build file pins lower (`…-call-logging-jvm:2.2.2`).
                        locked=True,
                    ))
