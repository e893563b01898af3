"""The data layer far more of a Go module's files import (#19): the zadig shape of held-out
set 41, one go.mod for a dozen programs, the main API's store written to mongo-driver in
hundreds of files and a side service on GORM over MySQL in a few dozen. The layer imported
by more than twice as many files is the data layer, and the engine it alone talks to the
primary engine; where the counts are close the ORM keeps its place."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = (
    'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n)\n\n'
    "func main() {\n\tg := gin.New()\n\tg.Run(\":25000\")\n}\n"
)
_MONGO = (
    'package mongodb\n\nimport (\n\t"context"\n\n\t"go.mongodb.org/mongo-driver/bson"\n'
    '\t"go.mongodb.org/mongo-driver/mongo"\n)\n\n'
    "type {name}Coll struct {{\n\t*mongo.Collection\n}}\n\n"
    "func (c *{name}Coll) Find(ctx context.Context) error {{\n"
    "\t_, err := c.Collection.Find(ctx, bson.M{{}})\n\treturn err\n}}\n"
)
_GORM = (
    'package orm\n\nimport (\n\t"gorm.io/gorm"\n)\n\n'
    "type {name} struct {{\n\tgorm.Model\n\tName string\n}}\n\n"
    "func Find{name}(db *gorm.DB) error {{\n\treturn db.First(&{name}{{}}).Error\n}}\n"
)


def _module(mongo: int, gorm: int) -> dict[str, str]:
    files = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.1",
            "go.mongodb.org/mongo-driver v1.10.2",
            "gorm.io/gorm v1.25.7",
            "gorm.io/driver/mysql v1.3.6",
        ),
        "cmd/aslan/main.go": _MAIN,
    }
    for i in range(mongo):
        files[f"pkg/aslan/repository/mongodb/coll{i}.go"] = _MONGO.format(name=f"C{i}")
    for i in range(gorm):
        files[f"pkg/user/repository/orm/model{i}.go"] = _GORM.format(name=f"M{i}")
    # Tests import whatever they like: never counted.
    files["pkg/user/repository/orm/model_test.go"] = _GORM.format(name="T")
    return files


def _names(backend, kind: K) -> list[str]:
    return [f.name for f in backend.findings if f.kind is kind]


def test_layer_far_more_files_import_is_the_data_layer(tmp_path: Path) -> None:
    write(tmp_path, _module(mongo=9, gorm=3))
    backend = by_folder(tmp_path)["."]
    layers = [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert layers[0] == "mongo-driver"
    assert _names(backend, K.DATABASE)[0] == "MongoDB"


@pytest.mark.parametrize(("mongo", "gorm"), [(5, 3), (2, 0)])
def test_close_or_scant_counts_keep_the_orm_first(tmp_path: Path, mongo: int, gorm: int) -> None:
    write(tmp_path, _module(mongo=mongo, gorm=gorm))
    backend = by_folder(tmp_path)["."]
    layers = [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert layers[0] == "GORM"
