"""The release of a framework's Gradle plugin a subproject applies without a version.

Gradle resolves a plugin a subproject applies with no version (`id 'org.springframework.boot'`,
or the root's `subprojects { apply(plugin = …) }`) from the classpath of the projects above it,
where the root build declares it with one; its dependency management then gives the
subproject's starters that release:

    plugins {                                          // build.gradle (the root)
        id 'org.springframework.boot' version '2.6.2'
    }

A root that only carries the plugin (no code, its `bootJar` disabled) is no service nor a build
whose signals `inheritance.inherit` hands down (`nonservices.packaging_only`), so the release it
states reached no module. The nearest enclosing Gradle build declaring the same plugin with a
version names it, for a module that states no release of that framework otherwise."""

from __future__ import annotations

import posixpath

from designer.detect.assemble import Unit
from designer.detect.ecosystems.jvm_catalog import APPLICATION_PLUGINS
from designer.detect.signals import Signal, Strength
from designer.model.stack import FindingKind


def _gradle(signal: Signal) -> bool:
    return signal.evidence.path.endswith((".gradle", ".gradle.kts"))


def hand_down(unit: Unit, units: dict[str, Unit]) -> None:
    """Give `unit` the version its nearest enclosing Gradle build declares of the plugin of each
    framework its own build names with no release, where nothing else gave one."""
    signals = unit.signals.get("jvm", [])
    known = {s.name for s in signals if s.kind is FindingKind.FRAMEWORK and s.version}
    bare = {
        s.name
        for s in signals
        if s.kind is FindingKind.FRAMEWORK and not s.version and _gradle(s) and s.name not in known
    }
    folder = unit.folder
    while bare and folder != ".":
        folder = posixpath.dirname(folder) or "."
        outer = units.get(folder)
        if outer is None:
            continue
        for signal in outer.signals.get("jvm", []):
            if (signal.kind is FindingKind.FRAMEWORK and signal.version and _gradle(signal)
                    and signal.package in APPLICATION_PLUGINS and signal.name in bare
                    and "$" not in signal.version):
                signals.append(signal.replace(strength=Strength.DEV))
                bare.discard(signal.name)
