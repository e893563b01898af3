"""Go: mongo-driver v2's `bson` only encodes values, as its v1 `bson` does (set 183, #19).

A Fiber ledger keeps its accounts in PostgreSQL through squirrel and a side store of metadata
in MongoDB; its handlers import `go.mongodb.org/mongo-driver/v2/bson` for ObjectIds and filters.
The census of data layers (`ecosystems.go_layers`) skips a file importing only `bson`, but the
major-version suffix (`/v2`) came before the package and hid it: every handler counted for
mongo-driver, which then led the census. With the suffix skipped, the handlers count for
nothing and squirrel stays the data layer; a module whose files open v2 clients keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_GO_MOD = go_mod(
    "github.com/gofiber/fiber/v2 v2.52.5",
    "github.com/Masterminds/squirrel v1.5.4",
    "github.com/lib/pq v1.10.9",
    "go.mongodb.org/mongo-driver/v2 v2.2.0",
)
_MAIN = (
    'package main\n\nimport "github.com/gofiber/fiber/v2"\n\n'
    "func main() {\n\tapp := fiber.New()\n\tapp.Listen(\":3000\")\n}\n"
)
_HANDLER = (
    'package http\n\nimport (\n\t"github.com/gofiber/fiber/v2"\n'
    '\t"go.mongodb.org/mongo-driver/v2/bson"\n)\n\n'
    "func Get(c *fiber.Ctx) error { _ = bson.M{}; return nil }\n"
)
_REPO = (
    'package postgres\n\nimport (\n\t"database/sql"\n\n'
    '\tsq "github.com/Masterminds/squirrel"\n)\n\n'
    'func Find(db *sql.DB) { sq.Select("*").From("account").RunWith(db).Query() }\n'
)
_STORE = (
    'package mongodb\n\nimport (\n\t"go.mongodb.org/mongo-driver/v2/bson"\n'
    '\t"go.mongodb.org/mongo-driver/v2/mongo"\n)\n\n'
    'func Find(c *mongo.Collection) { c.FindOne(nil, bson.M{"_id": 1}) }\n'
)


def _ledger(handlers: int, stores: int) -> dict[str, str]:
    files = {"go.mod": _GO_MOD, "main.go": _MAIN}
    for i in range(handlers):
        files[f"http/h{i}.go"] = _HANDLER.replace("func Get", f"func Get{i}")
    for i in range(3):
        files[f"postgres/r{i}.go"] = _REPO.replace("func Find", f"func Find{i}")
    for i in range(stores):
        files[f"mongodb/s{i}.go"] = _STORE.replace("func Find", f"func Find{i}")
    return files


def test_v2_bson_importers_do_not_count_for_mongo_driver(tmp_path: Path) -> None:
    # Ten handlers import v2's bson only; three repositories are written to squirrel and one
    # side store to mongo-driver: squirrel is the data layer.
    found = by_folder(write(tmp_path, _ledger(handlers=10, stores=1)))["."]
    assert first(found, K.QUERY)[0] == "squirrel"


def test_v2_client_importers_keep_mongo_driver(tmp_path: Path) -> None:
    # Counter-case: ten files open v2's `mongo` package, so mongo-driver leads the census.
    found = by_folder(write(tmp_path, _ledger(handlers=0, stores=10)))["."]
    assert first(found, K.QUERY)[0] == "mongo-driver"
    assert first(found, K.DATABASE)[0] == "MongoDB"
