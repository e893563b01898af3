"""A .NET worker on the Web SDK that opens the application's database itself.

A Web SDK project that only runs background work (a Hangfire job server, a hosted service,
an outbox relay, a message consumer) and maps no endpoint but health checks is no backend
when it keeps no data of its own (`job_hosts`, `consumer_hosts`). One that registers a
database context in its own start-up does keep data, though, even a database it shares with
the product's API: it opens the store and its jobs write it (HELDOUT.md's "data of its own").
It registers one either directly (`AddDbContext<AppContext>(o => o.UseNpgsql(…))`, the pooled
and factory forms) or through an extension method of a library it calls, handing it the
context's type (`AddOutboxSqsPublisher<AppContext>(configuration)`, whose body calls
`AddDbContext<TDbContext>`): a type the projects it references declare as an EF Core context.
A context declared in the host itself is left to the callers: a job host's own context is its
job store's bookkeeping (`HangfireContext`), no data of the product's. A health check over a
context (`AddDbContextCheck<T>`) opens nothing.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.dotnet_sources import own_sources
from designer.detect.ecosystems.gradle_text import blank_comments
from designer.detect.nonservices import used_modules
from designer.detect.walker import read_text

_TYPED_CALL = re.compile(r"\bAdd(?!DbContextCheck\b)\w*\s*<\s*([\w.]+)\s*>\s*\(")
"""A registration taking one type argument: EF Core's (`AddDbContext<T>(…)`, its pool and
factory) or a library's (`AddOutboxSqsPublisher<T>(…)`); not the health check over a
context, `AddDbContextCheck<T>`."""

CONTEXT_CLASS = re.compile(
    r"\bclass\s+(\w+)\s*(?:<[^>\n]*>\s*)?(?:\([^)]*\)\s*)?:\s*(?:[\w.]+\.)?\w*DbContext\b"
)
"""An EF Core context class, also one with a primary constructor
(`class AppContext(DbContextOptions<AppContext> options) : DbContext(options)`). Shared with
`dotnet_side_stores`."""

_MAX_PROJECTS = 40
"""Referenced projects read at most, following references from the host."""


def registers_store(top: str, unit: Unit, paths: list[str], units: dict[str, Unit]) -> bool:
    """Whether the host in `unit`, of C# files `paths`, registers a database context that a
    project it references (directly or through others) declares: with EF Core's own
    registration, or by handing its type to a library's extension."""
    handed: set[str] = set()
    for path in paths:
        text = read_text(top, path)[0] or ""
        if _TYPED_CALL.search(text):
            handed |= {
                m.group(1).rsplit(".", 1)[-1] for m in _TYPED_CALL.finditer(blank_comments(text))
            }
    return bool(handed) and bool(handed & _referenced_contexts(top, unit, units))


def _referenced_contexts(top: str, unit: Unit, units: dict[str, Unit]) -> set[str]:
    """The EF Core context classes the projects `unit` references declare, following their
    own references in turn."""
    found: set[str] = set()
    seen = {unit.folder}
    queue = used_modules(unit, units, "dotnet")
    while queue and len(seen) <= _MAX_PROJECTS:
        other = queue.pop(0)
        if other.folder in seen:
            continue
        seen.add(other.folder)
        for path in own_sources(top, other, units):
            text = read_text(top, path)[0] or ""
            if "DbContext" in text:
                found.update(CONTEXT_CLASS.findall(text))
        queue += [u for u in used_modules(other, units, "dotnet") if u.folder not in seen]
    return found
