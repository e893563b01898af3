"""Storm over bbolt (#19): a Go service keeping its records through Storm, which stores them in
a BoltDB file through bbolt's buckets, is written to Storm; bbolt beside it (imported for its
error values and options) is Storm's store. The rule that makes an embedded engine's own
binding the data layer (LiteDB beside EF Core's providers for the SQL engines) is for ORMs that
do not reach that engine; bbolt used alone stays the data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = (
    "module github.com/example/files/v2\n\ngo 1.25.0\n\nrequire (\n"
    "\tgithub.com/asdine/storm/v3 v3.2.1\n"
    "\tgithub.com/gorilla/mux v1.8.1\n"
    "\tgo.etcd.io/bbolt v1.5.0\n)\n"
)
_HTTP = (
    'package http\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
    "func NewHandler() http.Handler {\n\tr := mux.NewRouter()\n\treturn r\n}\n"
)
_MAIN = (
    'package main\n\nimport (\n\t"net/http"\n\n\tfbhttp "github.com/example/files/v2/http"\n)\n\n'
    'func main() {\n\thttp.ListenAndServe(":8080", fbhttp.NewHandler())\n}\n'
)
_USERS = (
    'package bolt\n\nimport (\n\t"errors"\n\n\t"github.com/asdine/storm/v3"\n'
    '\tbolt "go.etcd.io/bbolt"\n)\n\n'
    "type usersBackend struct {\n\tdb *storm.DB\n}\n\n"
    "func isNotFound(err error) bool {\n\treturn errors.Is(err, bolt.ErrBucketNotFound)\n}\n"
)
_BUCKETS = (
    'package store\n\nimport (\n\tbolt "go.etcd.io/bbolt"\n)\n\n'
    "func Open(path string) (*bolt.DB, error) {\n\treturn bolt.Open(path, 0600, nil)\n}\n"
)


def test_storm_over_bbolt_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "go.mod": _GO_MOD,
        "main.go": _MAIN,
        "http/http.go": _HTTP,
        "storage/bolt/users.go": _USERS,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "BoltDB"
    data = [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert data[0] == "Storm"


def test_bbolt_alone_stays_the_data_layer(tmp_path: Path) -> None:
    # Counter-case: no ORM built on bbolt, so its own binding is the layer written to.
    go_mod = _GO_MOD.replace("\tgithub.com/asdine/storm/v3 v3.2.1\n", "")
    files = {"go.mod": go_mod, "main.go": _MAIN, "http/http.go": _HTTP, "store/db.go": _BUCKETS}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "BoltDB"
    data = [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert data[0] == "bbolt"
