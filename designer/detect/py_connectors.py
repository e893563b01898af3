"""Python services that hold connectors to their users' databases, not a database of their own.

A data product's helper service (an AI assistant editing the SQL its users run, a query
console) installs one client per engine its users may keep their data in: psycopg2,
mysqlclient and oracledb beside the warehouses' (BigQuery, Athena, Redshift, Trino, Snowflake),
and opens whichever one a request names, to read that catalogue. None of them is the service's
store, and ranking their engines by name would make one of them its primary engine by chance
(the Node reading of the same shape is `node_connectors`).

So a Python service whose run-time pip lists reach `connector_services.MIN_ENGINES` engines or
more (the catalogue's drivers, and the warehouses' clients `_WAREHOUSES` names) keeps no data,
read as `connector_services` says for every language. A service with one or two drivers (its
store and a cache) is left as it is.
"""

from __future__ import annotations

import re

from designer.detect.assemble import Unit
from designer.detect.connector_services import drop_connectors
from designer.detect.ecosystems.python import is_dev_pip
from designer.detect.walker import read_text

LANGUAGE = "python"

_WAREHOUSES = re.compile(
    r"^[ \t]*(snowflake-connector-python|snowflake-sqlalchemy|sqlalchemy-bigquery"
    r"|google-cloud-bigquery|pyathena|sqlalchemy-redshift|redshift-connector|trino"
    r"|databricks-sql-connector|sqlalchemy-databricks|databricks-sqlalchemy|pyhive)\b",
    re.MULTILINE | re.IGNORECASE,
)
"""A pip list's line installing a data warehouse's client (the catalogue names no engine for
them: they reach the users' warehouses, never a service's own store)."""

_ENGINES = {
    "snowflake": "Snowflake", "bigquery": "BigQuery", "athena": "Athena",
    "redshift": "Redshift", "trino": "Trino", "databricks": "Databricks", "pyhive": "Hive",
}
"""A word of a warehouse client's name → the warehouse it reaches."""

def mark(top: str, units: dict[str, Unit]) -> None:
    """Drop the drivers and engines of each Python service whose clients reach at least
    `MIN_ENGINES` engines while naming no data of its own."""
    drop_connectors(units, LANGUAGE, lambda unit: warehouses(top, unit))


def warehouses(top: str, unit: Unit) -> set[str]:
    """The warehouses the unit's run-time pip lists install a client of (shared with
    `py_store_connectors`)."""
    found: set[str] = set()
    for path, ecosystem, _ in unit.manifests:
        if ecosystem != LANGUAGE or not path.endswith(".txt") or is_dev_pip(path):
            continue
        text = read_text(top, path)[0] or ""
        for match in _WAREHOUSES.finditer(text):
            name = match.group(1).lower()
            found |= {engine for word, engine in _ENGINES.items() if word in name}
    return found
