"""A Go service whose stores go through smallstep's nosql layer over Badger (held-out set 66,
#19): the layer is its data layer, Badger its engine, not the database/sql it imports for
`sql.ErrNoRows` alone."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_GO_MOD = """module example.com/ca

go 1.25

require (
\tgithub.com/dgraph-io/badger v1.6.2
\tgithub.com/dgraph-io/badger/v2 v2.2007.4
\tgithub.com/go-chi/chi/v5 v5.3.1
\tgithub.com/smallstep/nosql v0.8.0
)
"""

_MAIN = """package main

import (
\t"net/http"

\t"github.com/go-chi/chi/v5"
)

func main() {
\tr := chi.NewRouter()
\thttp.ListenAndServe(":9000", r)
}
"""

_DB = """package db

import (
\t"database/sql"
\t"errors"

\t"github.com/smallstep/nosql"
)

var accountTable = []byte("acme_accounts")

func Get(db nosql.DB, id string) ([]byte, error) {
\tb, err := db.Get(accountTable, []byte(id))
\tif errors.Is(err, sql.ErrNoRows) {
\t\treturn nil, err
\t}
\treturn b, err
}
"""


def test_a_nosql_layer_over_badger(tmp_path: Path) -> None:
    root = write(tmp_path, {"go.mod": _GO_MOD, "main.go": _MAIN, "db/db.go": _DB})
    backend = by_folder(root)["."]
    assert first(backend, FindingKind.QUERY) == ("smallstep/nosql", "v0.8.0")
    assert first(backend, FindingKind.DATABASE)[0] == "BadgerDB"
