"""Node services whose own package lists clients of their users' data sources, not a store.

A low-code tool's data-source server keeps one plugin per source its users may query (a DynamoDB
table, a Supabase project, an Athena or BigQuery warehouse, a DuckDB file, a Firebird server)
and declares every one's client in its own package.json: it opens whichever source a request
names and keeps nothing of its own. Ranking those clients' engines by kind would make one of
them (the DynamoDB client, say) its primary engine by chance. `node_connectors` reads the same
shape when the connectors are workspace libraries; this is the shape where the clients are the
service's own dependencies (the Python reading is `py_connectors`).

So a Node service whose run-time dependencies reach `connector_services.MIN_ENGINES` engines or
more (the catalogue's drivers, and the warehouses' and embedded engines' clients `_WAREHOUSES`
names, which the catalogue leaves out since they are never a service's store) keeps no data,
read as `connector_services` says for every language. A service on one or two
stores (DynamoDB beside S3 and a cache) is left as it is.
"""

from __future__ import annotations

from designer.detect.assemble import Unit
from designer.detect.connector_services import drop_connectors
from designer.detect.node_ops_routes import dependencies

LANGUAGE = "node"

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

def drop(top: str, units: dict[str, Unit]) -> None:
    """Drop the drivers and engines of each Node service whose own clients reach at least
    `MIN_ENGINES` engines while it names no data of its own."""
    drop_connectors(units, LANGUAGE, lambda unit: _warehouses(top, unit))


def _warehouses(top: str, unit: Unit) -> set[str]:
    """The warehouses and embedded engines the unit's own dependencies hold a client of."""
    return {_WAREHOUSES[name] for name in dependencies(top, unit.folder) & set(_WAREHOUSES)}
