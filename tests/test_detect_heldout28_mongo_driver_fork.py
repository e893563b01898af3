"""Held-out set 90 (#19): a Gin server whose go.mod requires a vendor's fork of the official
MongoDB Go driver (`github.com/<vendor>/mongo-go-driver/v2`, the official repository's name
under another owner), whose packages its code imports as the driver's are (`…/v2/mongo`,
`…/v2/bson`, `…/v2/mongo/options`).

The fork is the driver: mongo-driver is the data layer, MongoDB the engine. A module of
another name under the same owner is not taken for it, and without the fork the data layer
stays unnamed.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_MAIN = """package main

import (
\t"github.com/gin-gonic/gin"
)

func main() {
\tr := gin.New()
\t_ = r.Run(":8080")
}
"""

_DATABASE = """package database

import (
\t"context"

\t"{module}/bson"
\t"{module}/mongo"
\t"{module}/mongo/options"
)

func Connect(ctx context.Context) (*mongo.Client, error) {{
\t_ = bson.M{{}}
\treturn mongo.Connect(options.Client().ApplyURI("mongodb://localhost:27017/zero"))
}}
"""


def _backend(root: Path, module: str | None) -> DetectedBackend:
    requires = ["github.com/gin-gonic/gin v1.10.0"]
    files = {"main.go": _MAIN}
    if module:
        requires.append(f"{module} v2.3.0")
        files["database/database.go"] = _DATABASE.format(module=module)
    files["go.mod"] = go_mod(*requires)
    return by_folder(write(root, files))["."]


def test_a_fork_of_the_official_driver_is_the_driver(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "github.com/vendor/mongo-go-driver/v2")
    assert first(backend, K.QUERY)[0] == "mongo-driver"
    assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_a_module_of_another_name_is_not_the_driver(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "github.com/vendor/mongo-tools/v2")
    assert first(backend, K.QUERY)[0] != "mongo-driver"


def test_without_the_fork_no_data_layer(tmp_path: Path) -> None:
    backend = _backend(tmp_path, None)
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.ORM) == ("", "")
