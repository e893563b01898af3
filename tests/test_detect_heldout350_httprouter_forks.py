"""Held-out set 350 (#19): a Go server whose go.mod requires a fork of julienschmidt's
httprouter under another owner (`github.com/<owner>/httprouter`, pinned at a pseudo-version)
and builds its mux with `httprouter.New()`, keeping its data in bbolt.

A fork keeping the package's name and API is httprouter (as `go.FORKED` reads sqlx's or
opensearch-go's forks), at the fork's own version: without it the module named no framework
and was no backend at all.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_GO_MOD = """module github.com/acme/dashboards

go 1.25

require (
\tgithub.com/someone/httprouter v0.0.0-20160817010721-ee8b3818a7f5
\tgo.etcd.io/bbolt v1.3.7
)
"""

_MUX = """package server

import (
\t"net/http"

\t"github.com/someone/httprouter"
)

func NewMux() http.Handler {
\trouter := httprouter.New()
\treturn router
}
"""

_MAIN = """package main

import (
\t"net/http"

\t"github.com/acme/dashboards/server"
\tbolt "go.etcd.io/bbolt"
)

func main() {
\tdb, _ := bolt.Open("dashboards.db", 0o600, nil)
\tdefer db.Close()
\t_ = http.ListenAndServe(":8888", server.NewMux())
}
"""


def test_a_renamed_httprouter_fork_is_httprouter(tmp_path: Path) -> None:
    files = {"go.mod": _GO_MOD, "server/mux.go": _MUX, "cmd/dashboards/main.go": _MAIN}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK) == (
        "httprouter",
        "v0.0.0-20160817010721-ee8b3818a7f5",
    )
    assert first(backend, FindingKind.DATABASE)[0] == "BoltDB"
