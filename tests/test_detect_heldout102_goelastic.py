"""Held-out set 102 (#19): a Go service on Echo whose only store is Elasticsearch, reached
through the official client (`github.com/elastic/go-elasticsearch/v7`) with no data layer over
it.

Go's search-engine clients name their engine as PHP's, Ruby's, Python's and Node's do, ranked
as a fallback: the engine of a service with no other store. Any other driver, or a Compose
database, outranks it; a client required only indirectly (by a dependency) names nothing.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = """package main

import (
    "github.com/elastic/go-elasticsearch/v7"
    "github.com/labstack/echo"
)

func main() {
    es, _ := elasticsearch.NewDefaultClient()
    _ = es
    e := echo.New()
    e.Logger.Fatal(e.Start(":5000"))
}
"""


def _go_mod(*requires: str) -> str:
    lines = "".join(f"\t{r}\n" for r in requires)
    return f"module variants/api\n\ngo 1.19\n\nrequire (\n{lines})\n"


_ECHO = "github.com/labstack/echo v3.3.10+incompatible"
_CLIENT = "github.com/elastic/go-elasticsearch/v7 v7.17.7"


def _engine(tmp_path: Path, files: dict[str, str]) -> str:
    backend = by_folder(write(tmp_path, {"main.go": _MAIN, **files}))["."]
    return first(backend, K.DATABASE)[0]


def test_the_search_client_names_the_only_store(tmp_path: Path) -> None:
    assert _engine(tmp_path, {"go.mod": _go_mod(_CLIENT, _ECHO)}) == "Elasticsearch"


def test_the_opensearch_client_names_its_engine(tmp_path: Path) -> None:
    client = "github.com/opensearch-project/opensearch-go/v2 v2.3.0"
    assert _engine(tmp_path, {"go.mod": _go_mod(client, _ECHO)}) == "OpenSearch"


def test_a_sql_driver_beside_the_client_is_the_engine(tmp_path: Path) -> None:
    go_mod = _go_mod(_CLIENT, _ECHO, "github.com/lib/pq v1.10.9")
    assert _engine(tmp_path, {"go.mod": go_mod}) == "PostgreSQL"


def test_a_compose_database_outranks_the_client(tmp_path: Path) -> None:
    compose = (
        "services:\n  api:\n    build: .\n  db:\n    image: mongo:7\n"
        "  search:\n    image: elasticsearch:7.17.7\n"
    )
    files = {"go.mod": _go_mod(_CLIENT, _ECHO), "docker-compose.yml": compose}
    assert _engine(tmp_path, files) == "MongoDB"


def test_an_indirect_client_names_nothing(tmp_path: Path) -> None:
    go_mod = _go_mod(_ECHO, f"{_CLIENT} // indirect")
    assert _engine(tmp_path, {"go.mod": go_mod}) == ""
