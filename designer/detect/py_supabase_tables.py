"""Python: Supabase's client as the data layer of a server that keeps its tables through it.

The pip package `supabase` (the supabase-py project) reads and writes a Supabase project's
PostgreSQL tables over PostgREST (`client.table("orders").insert(row).execute()`,
`client.from_("orders").select("*")`), and it is also the platform's auth and storage client.
As for Node's client (`supabase_tables`): a Python project declaring it and no ORM, query
builder nor SQL driver of its own, whose modules import it and query a table through it, has
no other layer to its data: the client is its data layer. A client used for sign-in or file
storage alone (`client.auth.sign_in_with_otp(…)`, `client.storage.from_(bucket)`) keeps none.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
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
    """Give each Python project declaring Supabase's client and no data layer of its own the
    client as its data layer, where its modules import it and query a table through it."""
    folders = list(units)
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
        if any(s.kind in (FindingKind.ORM, FindingKind.QUERY) for s in signals):
            continue
        imported = False
        query: Evidence | None = None
        for found in each_module(top, folder, nested_projects(folder, folders)):
            if found is None:
                break
            path, text = found
            imported = imported or _IMPORT.search(text) is not None
            match = _TABLE.search(text) if query is None else None
            if match is not None:
                line = text.count("\n", 0, match.start()) + 1
                query = Evidence(path=path, line=line, text=text.splitlines()[line - 1].strip())
            if imported and query is not None:
                break
        if not imported or query is None:
            continue
        signals.append(
            Signal(FindingKind.QUERY, NAME, Strength.DEPENDENCY, declared.evidence,
                   declared.version, package=PACKAGE)
        )
        signals.append(Signal(FindingKind.QUERY, NAME, Strength.ENTRY, query, package=PACKAGE))
