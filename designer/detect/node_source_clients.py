"""Node services whose own package lists clients of their users' data sources, not a store.

A low-code tool's data-source server keeps one plugin per source its users may query (a DynamoDB
table, a Supabase project, an Athena or BigQuery warehouse, a DuckDB file, a Firebird server)
and declares every one's client in its own package.json: it opens whichever source a request
names and keeps nothing of its own. Ranking those clients' engines by kind would make one of
them (the DynamoDB client, say) its primary engine by chance. `node_connectors` reads the same
shape when the connectors are workspace libraries; this is the shape where the clients are the
service's own dependencies (the Python reading is `py_connectors`).

So a Node service with a framework and no data layer of its own (no ORM), no engine named in a
stronger scope than a dependency (`Scope.RUNTIME`: no production setting, own default nor
Compose database) and no database setting, whose run-time dependencies reach `MIN_ENGINES`
engines or more (the catalogue's drivers, and the warehouses' and embedded engines' clients
`_WAREHOUSES` names, which the catalogue leaves out since they are never a service's store),
keeps no data: its drivers and the engines they name are dropped. A service on one or two
stores (DynamoDB beside S3 and a cache) is left as it is.
"""

from __future__ import annotations

from designer.detect.assemble import CONFIG, Unit, signal_scope
from designer.detect.node_ops_routes import dependencies
from designer.detect.signals import Scope, Strength
from designer.model.stack import FindingKind

LANGUAGE = "node"

MIN_ENGINES = 4
"""Distinct engines the service's clients must reach: a product keeps one store, maybe a
second for search or cache; four engines are a tool's connectors (as `py_connectors`)."""

_WAREHOUSES: dict[str, str] = {
    "@aws-sdk/client-athena": "Athena",
    "athena-express": "Athena",
    "@google-cloud/bigquery": "BigQuery",
    "snowflake-sdk": "Snowflake",
    "@databricks/sql": "Databricks",
    "trino-client": "Trino",
    "presto-client": "Presto",
    "@duckdb/node-api": "DuckDB",
    "duckdb": "DuckDB",
    "node-firebird": "Firebird",
}
"""A run-time dependency reaching a user's warehouse or embedded analytics engine → that
engine (the catalogue names none for them: they reach data a tool queries, not its store)."""

_DATA = frozenset({FindingKind.QUERY, FindingKind.DATABASE})


def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop the drivers and engines of each Node service whose own clients reach at least
    `MIN_ENGINES` engines while it names no data of its own."""
    for unit in units.values():
        own = unit.signals.get(LANGUAGE, [])
        if not any(s.kind is FindingKind.FRAMEWORK for s in own):
            continue
        if any(s.kind is FindingKind.ORM for s in own):
            continue  # a data layer of its own
        if any(s.kind in _DATA for s in unit.signals.get(CONFIG, [])):
            continue  # a database setting of its own
        engines = [s for s in own if s.kind is FindingKind.DATABASE]
        if any(signal_scope(s) < Scope.RUNTIME for s in engines):
            continue  # an engine named in production, as a default or by a Compose database
        reached = {
            s.name for s in engines
            if s.strength is Strength.DEPENDENCY and signal_scope(s) == Scope.RUNTIME
        }
        reached |= {_WAREHOUSES[name] for name in dependencies(top, unit.folder) & set(_WAREHOUSES)}
        if len(reached) < MIN_ENGINES:
            continue
        unit.signals[LANGUAGE] = [s for s in own if s.kind not in _DATA]
