"""Go: the query library that runs what a query builder beside it builds.

A module may build part of its SQL with a query builder (Masterminds/squirrel, goqu) and run
every statement, built or written by hand, through a query library (jmoiron/sqlx) that also
opens each store (`sqlx.Open("pgx", dsn)`). Where the census (`go_layers`) decides nothing
between the two, because both are imported by many files, the ranking by kinds would name the
builder; but when the runner is imported by more of the module's files than the builder, the
builder is only how some stores write their statements, and the runner is the layer the code is
written to. When the builder leads, the ranking by kinds stands (a builder in most stores,
sqlx only executing its output).
"""

from __future__ import annotations

from designer.detect import census
from designer.detect.assemble import QUERY_BUILDERS

QUERY_RUNNERS = frozenset({"sqlx"})
"""Query libraries that execute statements a builder renders (`ToSql()` → `db.Select`)."""


def runner_over_builder(counts: dict[str, int], names: dict[str, str]) -> tuple[str, int] | None:
    """The runner leading `counts` (go.mod key → importing files) just ahead of a builder, with
    its count; None unless the most-imported layer is a runner (`names`: key → layer name), the
    next one a builder, and the runner is imported by more files (and by `census.MIN_FILES`)."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if len(ranked) < 2:
        return None
    (first, count), (second, behind) = ranked[0], ranked[1]
    if names.get(first) not in QUERY_RUNNERS or names.get(second) not in QUERY_BUILDERS:
        return None
    return (first, count) if count > behind and count >= census.MIN_FILES else None
