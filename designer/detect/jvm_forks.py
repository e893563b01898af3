"""JVM: a framework declared under a fork's group, confirmed by the code that imports it.

An author who patches a micro-framework publishes the fork under a group of their own
(`me.example.sparkjava:spark-core:2.9.4+patch.4` for `com.sparkjava:spark-core`), keeping the
artifact and the packages. The catalogue reads the framework's own group only (Apache Spark's
modules are `spark-core_2.12` and kin, built for a Scala version, so the group matters), and the
code's `import static spark.Spark.*` alone leaves the framework unversioned and unconfirmed by a
manifest: a choice for the user. So where a unit's framework is seen in code only
(`Strength.ENTRY`) and a Maven or Gradle build of its own declares that framework's artifact
(`FORKABLE`, exact: no Scala suffix) under another group (not one of the look-alikes the
catalogue's group check is there for, `_NOT_FORKS`), the dependency is read as the framework's,
with its version: the import confirms what the fork is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.signals import Signal, Strength
from designer.detect.walker import read_text
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "jvm"

FORKABLE: dict[str, str] = {"Spark": "spark-core"}
"""Framework → the artifact its forks keep (the one the catalogue reads under its own group)."""

_NOT_FORKS = frozenset({"org.apache.spark", "org.spark-project"})
"""Groups whose artifact of that name is another project's (Apache Spark's, and its incubator
releases'), never the framework's fork."""

_POM_DEPENDENCY = re.compile(r"<dependency>(.*?)</dependency>", re.DOTALL)
_POM_TAG = {
    tag: re.compile(rf"<{tag}>\s*([^<\s]+)\s*</{tag}>")
    for tag in ("groupId", "artifactId", "version")
}
_GRADLE = re.compile(r"""["']([\w.\-]+):([\w.\-]+):([^"'$\s]+)["']""")
"""A Gradle coordinate string with a literal version (`"group:artifact:version"`)."""


def confirm(top: str, units: dict[str, Unit]) -> None:
    """Add the fork's dependency signal (with its version) to each unit whose `FORKABLE`
    framework is seen in code only and whose own build declares the forked artifact."""
    for unit in units.values():
        own = unit.signals.get(LANGUAGE, [])
        for framework, artifact in FORKABLE.items():
            seen = [s for s in own if s.kind is FindingKind.FRAMEWORK and s.name == framework]
            if not seen or any(s.strength is not Strength.ENTRY for s in seen):
                continue  # not in the code, or already declared under its own group
            found = _declared(top, unit, artifact)
            if found is not None:
                evidence, version = found
                own.append(Signal(
                    FindingKind.FRAMEWORK, framework, Strength.DEPENDENCY, evidence, version,
                    package=artifact,
                ))


def _declared(top: str, unit: Unit, artifact: str) -> tuple[Evidence, str] | None:
    """Where the unit's own build files declare `artifact` under a fork's group, and the
    version they give it, if they do."""
    for path, ecosystem, _ in unit.manifests:
        if ecosystem != LANGUAGE:
            continue
        text = read_text(top, path)[0] or ""
        for group, name, version, offset in _coordinates(path, text):
            if name != artifact or group in _NOT_FORKS:
                continue
            line = text.count("\n", 0, offset) + 1
            shown = text.splitlines()[line - 1].strip() if text else ""
            return Evidence(path=path, line=line, text=shown), version
    return None


def _coordinates(path: str, text: str) -> list[tuple[str, str, str, int]]:
    """The (group, artifact, literal version, offset of the artifact) a build file declares."""
    found: list[tuple[str, str, str, int]] = []
    if path.endswith(".xml"):
        for match in _POM_DEPENDENCY.finditer(text):
            tags = {tag: pattern.search(match.group(1)) for tag, pattern in _POM_TAG.items()}
            name = tags["artifactId"]
            if name is None:
                continue
            group = tags["groupId"].group(1) if tags["groupId"] else ""
            version = tags["version"].group(1) if tags["version"] else ""
            if version.startswith("${"):
                version = ""  # a property: left unresolved rather than guessed
            found.append((group, name.group(1), version, match.start(1) + name.start()))
    elif path.endswith((".gradle", ".gradle.kts")):
        found += [(m.group(1), m.group(2), m.group(3), m.start(2)) for m in _GRADLE.finditer(text)]
    return found
