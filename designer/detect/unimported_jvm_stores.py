"""JVM: a store toolkit the build declares and no source of the unit imports.

A Kotlin service's build may keep a store's client from a plan never carried out, or copied
from the template it grew from (KMongo's `kmongo-coroutine-serialization` among a Ktor
server's modules), while no class of its opens a collection: the validator or gateway it is
keeps no data. Declared, the toolkit names both the data layer and the engine. A program
written to such a toolkit imports its package, whose extension functions and client factory
have no other home (`import org.litote.kmongo.*`), so where a JVM unit declares one of
`PACKAGES` and none of its sources (any source set: a multiplatform build keeps its JVM code
in `src/jvmMain`) names that package, the signals of the toolkit's artifacts are dropped, its
engine with it. A tree too large to read whole is left as it is.

Azure Cosmos DB's Java SDK and Spring Data Cosmos are read the same way, but only beside
another data layer the unit declares (a Quarkus service's MongoDB Panache entities, with
`azure-cosmos` kept in its pom from a plan never carried out): an SDK alone in a build whose
code lives elsewhere is still the best guess there is.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.signals import Signal
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 3000
"""Sources read per unit, at most."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

PACKAGES = {
    "KMongo": ("org.litote.kmongo",),
    "azure-cosmos": ("com.azure.cosmos",),
    "Spring Data Cosmos": ("com.azure.spring.data.cosmos",),
}
"""Store toolkit (its data-layer finding) → the packages code written to it imports."""

BESIDE_ONLY = frozenset({"azure-cosmos", "Spring Data Cosmos"})
"""Toolkits dropped only where the unit declares another data layer besides."""

_LAYERS = (FindingKind.ORM, FindingKind.QUERY)


def _within(signal: Signal, folder: str) -> bool:
    """Whether `signal`'s evidence lies in `folder`."""
    return folder == "." or signal.evidence.path.startswith(folder.rstrip("/") + "/")


def drop_unimported(top: str, units: dict[str, Unit]) -> None:
    """Drop the signals of each toolkit of `PACKAGES` a JVM unit declares that none of its
    sources names."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        declared: dict[str, set[str]] = {}
        for s in signals:
            # Declared by the unit's own build: a module of the build lending it the toolkit
            # keeps the code written to it in its own folder.
            if s.kind in _LAYERS and s.name in PACKAGES and _within(s, unit.folder):
                declared.setdefault(s.name, set()).add(s.package)
        others = {s.name for s in signals if s.kind in _LAYERS} - set(PACKAGES)
        if not others:
            declared = {n: p for n, p in declared.items() if n not in BESIDE_ONLY}
        if not declared:
            continue
        paths = all_code_files(top, unit.folder, _ENDINGS, MAX_FILES)
        if not paths:
            continue
        unused = set(declared)
        for path in paths:
            text = read_text(top, path)[0] or ""
            unused -= {name for name in unused if any(p in text for p in PACKAGES[name])}
            if not unused:
                break
        # The toolkit's artifacts: the data layer and the engine they declare alike.
        artifacts = {p for name in unused for p in declared[name] if p}
        if artifacts:
            unit.signals[ECOSYSTEM] = [s for s in signals if s.package not in artifacts]
