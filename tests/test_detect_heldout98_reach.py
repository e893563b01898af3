"""An older Go data layer left in the tree, which nothing of the program calls (#19): the
argo-messaging shape of held-out set 98, go.mod requiring both mgo and mongo-driver, one store
file on each, main.go building the official driver's store. No census of importers tells the
two apart (one file each); what the program reaches does. Where main builds the mgo store
instead, or both stores are reached, nothing is decided by reach."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_OLD = (
    'package stores\n\nimport (\n\t"context"\n\n\tmgo "gopkg.in/mgo.v2"\n'
    '\t"gopkg.in/mgo.v2/bson"\n)\n\n'
    "// MongoStore holds configuration\ntype MongoStore struct {\n\tSession *mgo.Session\n}\n\n"
    "// NewMongoStore creates new mongo store\n"
    "func NewMongoStore(server string, db string) *MongoStore {\n"
    "\treturn &MongoStore{}\n}\n\n"
    'func (mong *MongoStore) Clone() Store {\n\treturn NewMongoStore("", "")\n}\n\n'
    "func (mong *MongoStore) Find(ctx context.Context) error {\n"
    '\treturn mong.Session.DB("").C("t").Find(bson.M{}).One(nil)\n}\n'
)
_NEW = (
    'package stores\n\nimport (\n\t"context"\n\n\t"go.mongodb.org/mongo-driver/bson"\n'
    '\t"go.mongodb.org/mongo-driver/mongo"\n)\n\n'
    "type MongoStoreWithOfficialDriver struct {\n\tdatabase *mongo.Database\n}\n\n"
    "func NewMongoStoreWithOfficialDriver(server, database string) "
    "*MongoStoreWithOfficialDriver {\n\treturn &MongoStoreWithOfficialDriver{}\n}\n\n"
    "func (s *MongoStoreWithOfficialDriver) Clone() Store {\n\treturn s\n}\n\n"
    "func (s *MongoStoreWithOfficialDriver) Find(ctx context.Context) error {\n"
    '\treturn s.database.Collection("t").FindOne(ctx, bson.M{}).Err()\n}\n'
)
_STORE = (
    "package stores\n\n// Store is the data store\ntype Store interface {\n\tClone() Store\n}\n"
)
_MAIN = (
    'package main\n\nimport (\n\t"net/http"\n\n\t"example.com/app/stores"\n'
    '\t"github.com/gorilla/mux"\n)\n\n'
    'func main() {\n\tstore := stores.{build}("localhost", "db")\n'
    '\tr := mux.NewRouter()\n\t_ = store\n\thttp.ListenAndServe(":8080", r)\n}\n'
)


def _module(build: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.1",
            "go.mongodb.org/mongo-driver v1.13.1",
            "gopkg.in/mgo.v2 v2.0.0-20190816093944-a6b53ec6cb22",
        ),
        "main.go": _MAIN.replace("{build}", build),
        "stores/store.go": _STORE,
        "stores/mongo.go": _OLD,
        "stores/mongo_official_driver.go": _NEW,
        # A test may exercise the old store: it does not make the program use it.
        "stores/mongo_integration_test.go": (
            'package stores\n\nimport (\n\t"testing"\n)\n\n'
            'func TestOld(t *testing.T) {\n\t_ = NewMongoStore("", "")\n}\n'
        ),
    }


def _layers(root: Path) -> list[str]:
    backend = by_folder(root)["."]
    return [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]


def test_layer_only_an_unreached_store_imports_gives_way(tmp_path: Path) -> None:
    write(tmp_path, _module("NewMongoStoreWithOfficialDriver"))
    assert _layers(tmp_path)[0] == "mongo-driver"


def test_the_layer_main_builds_stays_first(tmp_path: Path) -> None:
    # The counter-case: main builds the mgo store, the official one is the unreached file.
    write(tmp_path, _module("NewMongoStore"))
    assert _layers(tmp_path)[0] == "mgo"


def test_both_stores_reached_leave_the_ranking_alone(tmp_path: Path) -> None:
    # The counter-case: a second program builds the mgo store, so both layers are reached;
    # reach marks neither, and the ranking by kinds stands.
    files = _module("NewMongoStoreWithOfficialDriver")
    files["cmd/legacy/main.go"] = _MAIN.replace("{build}", "NewMongoStore")
    write(tmp_path, files)
    backend = by_folder(tmp_path)["."]
    texts = [e.text for f in backend.findings for e in f.evidence]
    assert not any(text.startswith("imported by") for text in texts)
