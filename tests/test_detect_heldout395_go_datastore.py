"""Held-out set 395 (#19): a Gin service that keeps its records in Google Cloud Datastore
through the client alone (`datastore.NewClient(ctx, project)`, entities put and queried
through it, no mapping layer over it). Its engine is Google Cloud Datastore and no data layer
is named, as with the DynamoDB SDK; a program importing the client from the one module of all
Google Cloud clients (`cloud.google.com/go`, before Datastore's became a module of its own)
reaches the same engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = """package main

import (
\t"context"

\t"cloud.google.com/go/datastore"
\t"github.com/gin-gonic/gin"
)

func main() {
\tctx := context.Background()
\tclient, err := datastore.NewClient(ctx, "project")
\tif err != nil {
\t\tpanic(err)
\t}
\tr := gin.Default()
\tr.POST("/uacs/instrument/:name", func(c *gin.Context) {
\t\tkey := datastore.NameKey("uac", c.Param("name"), nil)
\t\t_, _ = client.Put(c, key, &struct{ Name string }{c.Param("name")})
\t})
\t_ = r.Run(":5000")
}
"""


def _engine(tmp_path: Path, datastore_module: str) -> tuple[str, str]:
    files = {
        "go.mod": go_mod(datastore_module, "github.com/gin-gonic/gin v1.12.0"),
        "main.go": _MAIN,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Gin", "v1.12.0")
    assert not any(f.kind in (K.ORM, K.QUERY) for f in backend.findings)
    return first(backend, K.DATABASE)


def test_the_datastore_client_module_names_the_engine(tmp_path: Path) -> None:
    assert _engine(tmp_path, "cloud.google.com/go/datastore v1.24.0")[0] == (
        "Google Cloud Datastore"
    )


def test_the_datastore_package_of_the_all_clients_module_too(tmp_path: Path) -> None:
    assert _engine(tmp_path, "cloud.google.com/go v0.65.0")[0] == "Google Cloud Datastore"
