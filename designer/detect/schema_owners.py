"""A .NET host that applies the schema of the application's data on start.

A Web SDK project that only runs background work (a Hangfire job server, a message consumer)
and serves no route is no backend when its work writes into another service's database
(`job_hosts`, `consumer_hosts`). One that migrates that database itself is the schema's
owner, though: it calls EF Core's `Database.Migrate()` on start, on a database context
declared outside its own project (the solution's data library, which the API opens too),
and no other project of the tree migrates that context: the API only reads what it keeps.
That keeps data of its own, as a backend does. A context declared in the host itself (its
job store's bookkeeping, `HangfireContext`) says nothing of the kind, nor does a migration
another project applies too (a migrations runner, the API on start); a test project's
migrations build its own throwaway database.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.dotnet import PROJECT_ENDINGS
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.walker import read_text

_MIGRATE = re.compile(r"\b(\w+)\s*\.\s*Database\s*\.\s*Migrate(?:Async)?\s*\(")
"""EF Core applying a context's migrations: `db.Database.Migrate()`, the context's variable."""


def owns_schema(top: str, unit: Unit, paths: list[str], units: dict[str, Unit]) -> bool:
    """Whether the project in `unit`, of C# files `paths`, migrates a context declared
    outside them that no other .NET project of the tree migrates."""
    texts = [read_text(top, path)[0] or "" for path in paths]
    texts = [blank_comments(t) if _MIGRATE.search(t) else t for t in texts]
    contexts = {c for text in texts for c in _migrated_contexts(text)}
    contexts = {
        c for c in contexts
        if not any(re.search(rf"\bclass\s+{re.escape(c)}\b", text) for text in texts)
    }
    if not contexts:
        return False
    for other in units.values():
        projects = [r for p, _, r in other.manifests if p.endswith(PROJECT_ENDINGS)]
        # A test project migrates its own throwaway database: that is no owner.
        if other is unit or not projects or all(r.tests_only for r in projects):
            continue
        for path in own_sources(top, other, units):
            text = read_text(top, path)[0] or ""
            if _MIGRATE.search(text) and contexts & _migrated_contexts(blank_comments(text)):
                return False
    return True


def _migrated_contexts(text: str) -> set[str]:
    """The database context types whose migrations the file applies: the type of each
    variable `_MIGRATE` names, from its declaration (`var db = …GetRequiredService<Ctx>()`,
    `Ctx db = …`)."""
    found: set[str] = set()
    for variable in {m.group(1) for m in _MIGRATE.finditer(text)}:
        name = re.escape(variable)
        typed = re.search(rf"\b(\w+)\s+{name}\s*=", text)
        if typed and typed.group(1) != "var":
            found.add(typed.group(1))
            continue
        fetched = re.search(rf"\bvar\s+{name}\s*=[^;]*?<\s*(\w+)\s*>", text)
        if fetched:
            found.add(fetched.group(1))
    return found
