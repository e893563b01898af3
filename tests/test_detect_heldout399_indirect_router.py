"""Held-out set 399 (#19): a Go program on net/http alone whose go.mod lists a router only
`// indirect` — an HTTP logging middleware's module requires chi — while no file imports any
router package and the program's servers build net/http's own `ServeMux`
(`http.NewServeMux()`, an OpenAPI generator's std-http handlers mounted on it). The router is a
dependency's, not the module's choice: the program is a Go program on net/http alone, which
HELDOUT.md sets aside, so no guess makes it a backend however much data it keeps. The
counter-case: with no `ServeMux` of its own (its handler built by a library of the product on
that router), the module is left to the other rules, as before.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_GO_MOD = """module example.com/acme/downloads

go 1.24

require (
\tgithub.com/go-chi/httplog/v3 v3.3.0
\tgithub.com/jackc/pgx/v5 v5.9.2
)

require (
\tgithub.com/go-chi/chi/v5 v5.2.2 // indirect
\tgithub.com/jackc/puddle/v2 v2.2.2 // indirect
)
"""

_SERVER = """package main

import (
\t"context"
\t"net/http"

\t"github.com/go-chi/httplog/v3"
\t"github.com/jackc/pgx/v5/pgxpool"

\t"example.com/acme/downloads/api"
)

func main() {
\tpool, _ := pgxpool.New(context.Background(), "postgres://db/downloads")
\tmux := {mux}
\tapi.HandlerFromMux(api.NewServer(pool), mux)
\tsrv := &http.Server{Addr: ":8080", Handler: httplog.RequestLogger(nil, nil)(mux)}
\tsrv.ListenAndServe()
}
"""

_API = """package api

import "net/http"

type Server struct{}

func NewServer(pool any) *Server { return &Server{} }

func HandlerFromMux(s *Server, m *http.ServeMux) http.Handler {
\tm.HandleFunc("GET /projects", func(w http.ResponseWriter, r *http.Request) {})
\treturn m
}
"""

_COMPOSE = """services:
  db:
    image: postgres:17
  server:
    build: .
"""


def _files(mux: str) -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        "cmd/server/main.go": _SERVER.replace("{mux}", mux),
        "api/api.go": _API,
        "docker-compose.yml": _COMPOSE,
        "Dockerfile": "FROM golang:1.24\nCOPY . .\nRUN go build -o /app ./cmd/server\n",
    }


def test_a_router_required_only_indirectly_leaves_net_http_alone(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _files("http.NewServeMux()"))) == {}


def test_without_a_serve_mux_of_its_own_the_module_is_left_as_before(tmp_path: Path) -> None:
    files = _files("platform.Router()")
    assert list(by_folder(write(tmp_path, files))) == ["."]
