"""Held-out set 341 (#19): a Go service on Chi keeps its state in ScyllaDB through gocqlx over
gocql, its go.mod `replace` building ScyllaDB's fork of the driver in place of the upstream one;
beside it the code calls the AWS SDK's DynamoDB client (another cluster's DynamoDB-compatible
API). The CQL stack is its data layer and the fork names the engine, ScyllaDB. Without the swap
the upstream driver stays Cassandra's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = """module example.com/manager

go 1.22

require (
\tgithub.com/aws/aws-sdk-go-v2/service/dynamodb v1.49.1
\tgithub.com/go-chi/chi/v5 v5.2.4
\tgithub.com/gocql/gocql v1.6.0
\tgithub.com/scylladb/gocqlx/v2 v2.8.0
)
"""

_SWAP = """
replace (
\tgithub.com/gocql/gocql => github.com/scylladb/gocql v1.18.3
)
"""

_MAIN = """package main

import (
\t"net/http"

\t"github.com/go-chi/chi/v5"
)

func main() {
\tr := chi.NewRouter()
\thttp.ListenAndServe(":5080", r)
}
"""

_STORE = """package store

import (
\t"github.com/gocql/gocql"
\t"github.com/scylladb/gocqlx/v2"
\t"github.com/scylladb/gocqlx/v2/qb"
)

func Open(hosts []string) (gocqlx.Session, error) {
\treturn gocqlx.WrapSession(gocql.NewCluster(hosts...).CreateSession())
}

func Tasks(s gocqlx.Session) error {
\tstmt, names := qb.Select("scheduler_task").ToCql()
\treturn s.Query(stmt, names).Exec()
}
"""

_BACKUP = """package backup

import (
\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func Tables(c *dynamodb.Client) {}
"""


_PING = """package cqlping

import (
\t"github.com/gocql/gocql"
)

func Ping(host string) error {
\ts, err := gocql.NewCluster(host).CreateSession()
\tif err == nil {
\t\ts.Close()
\t}
\treturn err
}
"""

_MIGRATE = """package migrate

import (
\t"github.com/gocql/gocql"
)

func addHost(s *gocql.Session) error {
\treturn s.Query("ALTER TABLE cluster ADD host text").Exec()
}
"""


def _service(swapped: bool) -> dict[str, str]:
    return {
        "pkg/ping/cqlping/cqlping.go": _PING,
        "pkg/schema/migrate/011_add_host.go": _MIGRATE,
        "go.mod": _GO_MOD + (_SWAP if swapped else ""),
        "main.go": _MAIN,
        "pkg/store/store.go": _STORE,
        "pkg/backup/alternator.go": _BACKUP,
    }


def test_scylla_fork_swapped_in_names_the_engine(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _service(swapped=True)))["."]
    assert first(app, K.DATABASE)[0] == "ScyllaDB"


def test_cql_stack_is_the_data_layer(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _service(swapped=True)))["."]
    data = next(f.name for f in app.findings if f.kind in (K.ORM, K.QUERY))
    assert data in ("gocqlx", "gocql")


def test_upstream_driver_stays_cassandra(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _service(swapped=False)))["."]
    names = [f.name for f in app.findings if f.kind is K.DATABASE]
    assert "Cassandra" in names
    assert "ScyllaDB" not in names
