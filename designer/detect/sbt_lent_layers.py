"""sbt: which data layers a project of the build lends a service its own code reaches.

A multi-project sbt build keeps the code several Play services share in one `common` project
each `.dependsOn(common)`: its `db` package runs SQL through Doobie on PostgreSQL (a
`Transactor`, a repository), its `aws` package wraps the DynamoDB client. Every service runs
with all of it, yet only the one whose own code imports the `db` package (`import
db.RegistrationService`) keeps its data through Doobie; the others read and write DynamoDB and
never touch a class written to Doobie. A data layer a project lends is the service's only
where its own main sources import a package of the lender's that is written to that layer;
where they do, the code is written to it (`Unit.reached_layers`: primary, so that the engine it
names comes first, as a census's layer's does). Where they do not while another project's code
does, the layer is that other project's (`Unit.unreached_layers`, dropped where
`build_modules` lends); where no project is seen reaching it, it stays lent to every user.

A layer the service's own build declares is its own and is not asked about; nor is one no
file of the lender imports (a declaration the build keeps for what it lends elsewhere).
"""

from __future__ import annotations

import posixpath
import re

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.ecosystems import scala
from designer.detect.inheritance import build_root
from designer.detect.walker import read_head
from designer.model.stack import FindingKind

ECOSYSTEM = "scala"

MAX_FILES = 600
"""Scala sources read per project: a larger tree is left as it is."""

HEAD = 8192
"""Bytes read of a source: its package clause and its imports."""

_LAYER_KINDS = (FindingKind.ORM, FindingKind.QUERY)

_LAYERS = {
    r.name: re.compile(r.source, re.MULTILINE)
    for r in scala.RULES
    if r.kind in _LAYER_KINDS and r.source is not None
}
"""Data layer → the code written to it (`import doobie.`), from the Scala source rules."""

_PACKAGE = re.compile(r"^[ \t]*package[ \t]+([\w.]+)", re.MULTILINE)

_SKIPPED = frozenset({"test", "it", "target", "node_modules", "public"})
"""Folders holding no main code of the project (its tests, build output, web assets)."""


def _skip(name: str) -> bool:
    return name in _SKIPPED


def _sources(top: str, unit: Unit, units: dict[str, Unit]) -> list[str] | None:
    """The heads of the project's own main Scala sources (nested projects left out), or None
    when there are too many."""
    inside = "" if unit.folder == "." else unit.folder + "/"
    nested = {f for f in units if f != unit.folder and (not inside or f.startswith(inside))}
    paths = all_code_files(top, unit.folder, (".scala",), MAX_FILES, skip_dir=_skip,
                           nested=nested)
    if paths is None:
        return None
    return [read_head(top, path, HEAD) or "" for path in paths]


def _imports(package: str) -> re.Pattern[str]:
    """Code importing from `package` (`import db.RegistrationService`, `import db._`,
    `import db.{A, B}`) or declared in it."""
    name = re.escape(package)
    return re.compile(
        rf"^[ \t]*(?:import[ \t]+(?:_root_\.)?{name}\.|package[ \t]+{name}\b)", re.MULTILINE
    )


def _lenders(unit: Unit, units: dict[str, Unit]) -> list[Unit]:
    """The projects of its build the project depends on at run time (`ManifestResult.uses`,
    project paths from the build's folder)."""
    uses = {
        use
        for _, eco, result in unit.manifests
        if eco == ECOSYSTEM
        for use in result.uses
        if use.startswith(":")
    }
    if not uses:
        return []
    build = "." if unit.folder == "." else build_root(unit, units, ECOSYSTEM)
    folders = {posixpath.normpath(posixpath.join(build, u[1:].replace(":", "/"))) for u in uses}
    return [units[f] for f in sorted(folders) if f in units and f != unit.folder]


def mark(top: str, units: dict[str, Unit]) -> None:
    """Record, on each sbt project lent a data layer by a project of its build, whether its
    own main sources reach the lender's code written to that layer."""
    missed: list[tuple[Unit, str]] = []
    for unit in units.values():
        lenders = _lenders(unit, units)
        if not lenders:
            continue
        own = {s.name for s in unit.signals.get(ECOSYSTEM, []) if s.kind in _LAYER_KINDS}
        lent = {
            s.name: lender
            for lender in lenders
            for s in lender.signals.get(ECOSYSTEM, [])
            if s.kind in _LAYER_KINDS and s.name in _LAYERS and s.name not in own
        }
        if not lent:
            continue
        mine = _sources(top, unit, units)
        if mine is None:
            continue
        for name in sorted(lent):
            packages: set[str] = set()
            for lender in lenders:
                texts = _sources(top, lender, units) or []
                packages |= {
                    found.group(1)
                    for text in texts
                    if _LAYERS[name].search(text) and (found := _PACKAGE.search(text))
                }
            if not packages:
                continue
            if any(_imports(p).search(text) for p in packages for text in mine):
                unit.reached_layers.add(name)
            else:
                missed.append((unit, name))
    # Only where another project of the build is seen reaching it: a layer no importer of the
    # lender's package shows may still be reached another way (a wildcard import, wiring in
    # a module between them), and stays lent to every user.
    reached = {name for unit in units.values() for name in unit.reached_layers}
    for unit, name in missed:
        if name in reached:
            unit.unreached_layers.add(name)
