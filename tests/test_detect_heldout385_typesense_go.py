"""Held-out set 385 (#19): a Gin API answering from a Typesense index it fills itself. go.mod
requires `github.com/typesense/typesense-go/v3` and nothing else that stores data, and the code
builds its client with `typesense.NewClient(...)`. Typesense is then the engine, as an
Elasticsearch or OpenSearch client names it for a search-only service; beside a relational
driver it is only that service's index, and the relational engine wins."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MAIN = """package main

import (
\t"github.com/gin-gonic/gin"
\t"github.com/typesense/typesense-go/v3/typesense"
)

func main() {
\tclient := typesense.NewClient(typesense.WithServer("http://localhost:8108"))
\t_ = client
\tr := gin.Default()
\tr.Run(":8080")
}
"""


def _server(extra: str = "") -> dict[str, str]:
    return {
        "go.mod": "module example.org/search\n\ngo 1.24.3\n\nrequire (\n"
        "\tgithub.com/gin-gonic/gin v1.10.1\n"
        f"\tgithub.com/typesense/typesense-go/v3 v3.2.0\n{extra})\n",
        "main.go": _MAIN,
    }


def test_typesense_alone_is_the_engine(tmp_path: Path) -> None:
    server = by_folder(write(tmp_path, _server()))["."]
    assert first(server, K.FRAMEWORK)[0] == "Gin"
    assert first(server, K.DATABASE)[0] == "Typesense"


def test_relational_driver_outranks_typesense(tmp_path: Path) -> None:
    files = _server("\tgithub.com/jackc/pgx/v5 v5.7.1\n")
    files["store.go"] = (
        'package main\n\nimport "github.com/jackc/pgx/v5/pgxpool"\n\n'
        "var _ = pgxpool.New\n"
    )
    server = by_folder(write(tmp_path, files))["."]
    assert first(server, K.DATABASE)[0] == "PostgreSQL"
