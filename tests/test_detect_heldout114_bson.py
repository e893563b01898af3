"""A Go service on mongo-driver that borrows mgo's `bson` package for its types, as set 114
showed it (benchmarks/detect_heldout114.yaml, #19): the connection and the queries go through
mongo-driver, mgo's `bson` only encodes filters and documents, so the data layer is
mongo-driver. A service whose files open mgo sessions stays on mgo."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_GO_MOD = go_mod(
    "github.com/gin-gonic/gin v1.9.1",
    "github.com/globalsign/mgo v0.0.0-20181015135952-eeefdecb41b8",
    "go.mongodb.org/mongo-driver v1.11.6",
)
_MAIN = (
    'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\t"example.com/app/db"\n)\n\n'
    "func main() {\n\tdb.Connect()\n\trouter := gin.New()\n\trouter.Run()\n}\n"
)
_CONNECTION = (
    'package db\n\nimport (\n\t"go.mongodb.org/mongo-driver/mongo"\n'
    '\t"go.mongodb.org/mongo-driver/mongo/options"\n)\n\n'
    "type Connection struct {\n\tClient *mongo.Client\n}\n\n"
    "func (m *Connection) Connect() {\n\tm.Client, _ = mongo.NewClient(options.Client())\n"
    "\tm.Client.Connect(nil)\n}\n"
)
_REPO = (
    'package db\n\nimport (\n\t"github.com/globalsign/mgo/bson"\n'
    '\t"go.mongodb.org/mongo-driver/bson/primitive"\n'
    '\t"go.mongodb.org/mongo-driver/mongo"\n)\n\n'
    "func Find(c *mongo.Collection) { c.Find(nil, bson.M{\"_id\": primitive.NewObjectID()}) }\n"
)


def test_mgo_bson_beside_mongo_driver_is_not_the_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": _GO_MOD,
        "main.go": _MAIN,
        "db/connection.go": _CONNECTION,
        "db/repo.go": _REPO,
        "db/migrator.go": _REPO.replace("func Find", "func Migrate"),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.QUERY)[0] == "mongo-driver"


def test_mgo_sessions_stay_on_mgo(tmp_path: Path) -> None:
    # The counter-case: mgo's own package opens the sessions in most files; mongo-driver is
    # only imported for its `bson` in one, so mgo leads.
    session = (
        'package db\n\nimport "github.com/globalsign/mgo"\n\n'
        'func Open() *mgo.Session {\n\ts, _ := mgo.Dial("")\n\treturn s\n}\n'
    )
    files = {
        "go.mod": _GO_MOD,
        "main.go": _MAIN,
        "db/connection.go": session.replace("Open", "Connect"),
        "db/users.go": session.replace("Open", "Users"),
        "db/items.go": session.replace("Open", "Items"),
        "db/types.go": (
            'package db\n\nimport "go.mongodb.org/mongo-driver/bson"\n\nvar Filter = bson.M{}\n'
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.QUERY)[0] == "mgo"
