"""Held-out set 283 (#19): a Go program serving HTTP through net/http alone — its go.mod names
no router (templ, pgx, lib/pq, jwt, a mailer), main.go runs `http.ListenAndServe(addr,
server.GetRouter())` over a router of its own built on a `ServeMux`, and it keeps data (sqlc
over pgx, Compose's Postgres). HELDOUT.md sets Go programs on net/http alone aside, so no guess
for an unrecognised framework makes it a backend. A module requiring Gin stays one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_GO_MOD = """module example.com/acme/regatta

go 1.23

require (
\tgithub.com/a-h/templ v0.3.1020
\tgithub.com/jackc/pgx/v5 v5.6.0
\tgithub.com/lib/pq v1.10.9
{extra})
"""

_MAIN = """package main

import (
\t"net/http"

\t"example.com/acme/regatta/internal/db"
\t"example.com/acme/regatta/internal/server"
)

func main() {
\tdb.Open()
\thttp.ListenAndServe(":8080", server.GetRouter())
}
"""

_ROUTING = """package server

import "net/http"

type router struct{ mux *http.ServeMux }

func GetRouter() http.Handler {
\tr := &router{mux: http.NewServeMux()}
\tr.mux.HandleFunc("GET /entries", listEntries)
\treturn r.mux
}
"""

_DB = """package db

import (
\t"context"

\t"github.com/jackc/pgx/v5/pgxpool"
)

var Pool *pgxpool.Pool

func Open() {
\tPool, _ = pgxpool.New(context.Background(), "postgres://db/regatta")
}
"""

_COMPOSE = """services:
  db:
    image: postgres:17
  app:
    build: .
"""


def _files(extra: str = "") -> dict[str, str]:
    return {
        "go.mod": _GO_MOD.format(extra=extra),
        "main.go": _MAIN,
        "internal/server/routing.go": _ROUTING,
        "internal/db/db.go": _DB,
        "docker-compose.yml": _COMPOSE,
        "Dockerfile": "FROM golang:1.23\nCOPY . .\nRUN go build -o /app .\nCMD [\"/app\"]\n",
    }


def test_a_go_program_on_net_http_alone_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _files())) == {}


def test_the_same_program_requiring_gin_stays_a_backend(tmp_path: Path) -> None:
    files = _files("\tgithub.com/gin-gonic/gin v1.10.0\n")
    files["main.go"] = _MAIN.replace('"net/http"', '"net/http"\n\n\t"github.com/gin-gonic/gin"')
    files["main.go"] = files["main.go"].replace(
        'http.ListenAndServe(":8080", server.GetRouter())',
        'r := gin.Default()\n\tr.GET("/entries", nil)\n\tr.Run(":8080")',
    )
    assert list(by_folder(write(tmp_path, files))) == ["."]
