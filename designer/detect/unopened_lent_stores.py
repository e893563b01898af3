"""JVM: a store a runtime lends its modules, which the module's own code never opens.

Some runtimes lend every module built on them a data layer and engine along with the server
(`jvm_catalog.LENDERS`: the RAML Module Builder's runtime carries its `PostgresClient` over the
Vert.x PostgreSQL client). A module of a platform built on one may keep no data of its own: a
business-logic module composing other modules' APIs through the gateway. Its build still
declares the runtime, so the lent client and engine would name the data layer of a service
that opens no connection. So where a JVM unit's data layer and engine come only from a lender
and none of its main sources names the lender's storage packages (nor the client it runs on),
those lent signals are dropped; a tree too large to read whole is left as it is.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.codewalk import all_code_files
from designer.detect.jvm_sources import main_tree
from designer.detect.walker import read_text
from designer.model.stack import FindingKind

ECOSYSTEM = "jvm"

MAX_FILES = 3000
"""Main sources read per unit, at most."""

_ENDINGS = (".java", ".kt", ".groovy", ".scala")

STORE_PACKAGES = {
    "domain-models-runtime": ("org.folio.rest.persist", "io.vertx.pgclient", "io.vertx.sqlclient"),
}
"""Lenders (their artifacts) → the packages of the store they lend: a module that uses the
store imports one of them (`PostgresClient`, `PgUtil`, or the Vert.x client underneath)."""

_LENT_KINDS = frozenset({FindingKind.QUERY, FindingKind.DATABASE, FindingKind.ORM})


def drop_unopened(top: str, units: dict[str, Unit]) -> None:
    """Drop the lent data layer and engine of each JVM unit whose code never opens the store
    its runtime lends, where nothing but the runtime names a data layer or engine."""
    for _, unit in sorted(units.items()):
        signals = unit.signals.get(ECOSYSTEM, [])
        lenders = {s.package for s in signals if s.package in STORE_PACKAGES}
        if not lenders:
            continue
        data = [s for found in unit.signals.values() for s in found if s.kind in _LENT_KINDS]
        if not data or any(s.package not in lenders for s in data):
            continue  # another library or a setting names a store: not the lender's alone
        paths = all_code_files(top, main_tree(unit), _ENDINGS, MAX_FILES)
        if not paths:
            continue
        packages = tuple(p for lender in lenders for p in STORE_PACKAGES[lender])
        if any(p in (read_text(top, path)[0] or "") for path in paths for p in packages):
            continue
        unit.signals[ECOSYSTEM] = [
            s for s in signals if not (s.kind in _LENT_KINDS and s.package in lenders)
        ]
