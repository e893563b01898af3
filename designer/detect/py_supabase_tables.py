"""Python: Supabase's client as the data layer of a server that keeps its tables through it.

The pip package `supabase` (the supabase-py project) reads and writes a Supabase project's
PostgreSQL tables over PostgREST (`client.table("orders").insert(row).execute()`,
`client.from_("orders").select("*")`), and it is also the platform's auth and storage client.
As for Node's client (`supabase_tables`): a Python project declaring it and no ORM, query
builder nor SQL driver of its own, whose modules import it and query a table through it, has
no other layer to its data: the client is its data layer. A client used for sign-in or file
storage alone (`client.auth.sign_in_with_otp(…)`, `client.storage.from_(bucket)`) keeps none.

A service's requirements may also keep SQL layers it never imports (SQLAlchemy, psycopg2 and
asyncpg pinned beside the client, from a template or a planned direct connection): those are
no layer of its own. So the SQL layers it declares (`py_side_stores.SQL_LAYERS`, known by the
modules code written to them imports) are weighed by the code: where the project uses no other
project of the tree, declares no migrations, and none of its modules (outside its tests)
imports any of them, they are dropped (the engine they name stays) and the client is the data
layer, as above. One imported, or one of a kind not known, leaves the project as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.nonservices import module_names, module_uses
from designer.detect.py_side_stores import SQL_LAYERS
from designer.detect.pymodules import each_module, nested_projects
from designer.detect.signals import Signal, Strength
from designer.model.stack import Evidence, FindingKind

LANGUAGE = "python"

PACKAGE = "supabase"

NAME = "supabase-py"
"""The data layer's name, as the truths write it (the client project's name)."""

_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+supabase(?:\.[\w.]+)?[ \t]+import|import[ \t]+supabase)\b",
    re.MULTILINE,
)
"""A module importing the client (`from supabase import create_client, Client`)."""

_TABLE = re.compile(r"(?<!storage)\.(?:table|from_)\(\s*[^()\n]{1,120}?\s*\)")
"""A PostgREST table handle (`.table(table_name)`, `.from_("orders")`); not storage's
`.storage.from_(bucket)`."""


def lend(top: str, units: dict[str, Unit]) -> None:
    """Give each Python project declaring Supabase's client and no data layer its modules
    import the client as its data layer, where they import it and query a table through it
    (the SQL layers it only declares are dropped)."""
    folders = list(units)
    names = {name for unit in units.values() for name in module_names(unit, LANGUAGE)}
    for folder, unit in sorted(units.items()):
        signals = unit.signals.get(LANGUAGE, [])
        declared = next(
            (
                s
                for s in signals
                if s.kind is FindingKind.DATABASE
                and s.strength is Strength.DEPENDENCY
                and s.package == PACKAGE
            ),
            None,
        )
        if declared is None:
            continue
        others = _unused_candidates(signals)
        if others is None:
            continue
        if others and module_uses(unit, LANGUAGE) & (names - module_names(unit, LANGUAGE)):
            continue  # another project of the tree may open them for it
        other_import = _import_of(others)
        imported = False
        query: Evidence | None = None
        for found in each_module(top, folder, nested_projects(folder, folders)):
            if found is None:
                imported = imported and not others  # the rest may import them
                break
            path, text = found
            if other_import is not None and other_import.search(text):
                imported = False
                break
            imported = imported or _IMPORT.search(text) is not None
            match = _TABLE.search(text) if query is None else None
            if match is not None:
                line = text.count("\n", 0, match.start()) + 1
                query = Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip())
            if imported and query is not None and other_import is None:
                break
        if not imported or query is None:
            continue
        if others:
            signals[:] = [
                s
                for s in signals
                if not (s.kind in (FindingKind.ORM, FindingKind.QUERY) and s.name in others)
            ]
        signals.append(
            Signal(FindingKind.QUERY, NAME, Strength.DEPENDENCY, declared.evidence,
                   declared.version, package=PACKAGE)
        )
        signals.append(Signal(FindingKind.QUERY, NAME, Strength.ENTRY, query, package=PACKAGE))


def _unused_candidates(signals: list[Signal]) -> set[str] | None:
    """The SQL layers the project only declares, whose imports can be looked for; None when
    it has a layer seen otherwise (in its code, lent), of a kind not known, or migrations."""
    layers: set[str] = set()
    for s in signals:
        if s.kind is FindingKind.MIGRATIONS:
            return None
        if s.kind not in (FindingKind.ORM, FindingKind.QUERY):
            continue
        if s.strength is not Strength.DEPENDENCY or s.name not in SQL_LAYERS:
            return None
        layers.add(s.name)
    return layers


def _import_of(layers: set[str]) -> re.Pattern[str] | None:
    """A line importing a module of one of `layers`; None for none."""
    modules = sorted({m for name in layers for m in SQL_LAYERS[name]})
    if not modules:
        return None
    return re.compile(
        r"^[ \t]*(?:import|from)[ \t]+(?:" + "|".join(re.escape(m) for m in modules) + r")\b",
        re.MULTILINE,
    )
