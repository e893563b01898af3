"""Go: a module importing its router for a type only, serving nothing, is no backend (set 239, #19).

Beside a Gin API, a product's `worker/` module (a scheduler writing the shared database and
sending notifications) keeps Gin in its go.mod, and a logging helper copied from the API
imports it for `*gin.Context`. No file of the worker builds a router or listens: it serves no
HTTP, so it is no backend (`go_unserved`). A worker whose code builds a router deep in its
packages, or a lone module with no other service beside it, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _go_mod(module: str) -> str:
    return (
        f"module example.com/{module}\n\ngo 1.24.0\n\nrequire (\n"
        "\tgithub.com/gin-gonic/gin v1.10.1\n\tgithub.com/jackc/pgx/v5 v5.7.5\n)\n"
    )


_API_MAIN = """package main

import (
\t"github.com/gin-gonic/gin"
)

func main() {
\tr := gin.New()
\tr.GET("/games", listGames)
\tr.Run(":8080")
}
"""

_HELPER = """package slogx

import (
\t"context"
\t"log/slog"

\t"github.com/gin-gonic/gin"
)

var loggerKey = "slogx_logger"

func FromCtx(ctx context.Context) *slog.Logger {
\treturn slog.Default()
}

func InjectGin(c *gin.Context, logger *slog.Logger) {
\tc.Set(loggerKey, logger)
}
"""

_WORKER_MAIN = """package main

import (
\t"context"

\t"github.com/jackc/pgx/v5/pgxpool"

\t"example.com/worker/pkg/scheduler"
\t"example.com/worker/pkg/utils/slogx"
)

func main() {
\tctx := context.Background()
\tpool, _ := pgxpool.New(ctx, "postgres://app@db:5432/app")
\tslogx.FromCtx(ctx).Info("starting")
\tscheduler.New(pool).Start(ctx)
}
"""

_SCHEDULER = """package scheduler

import (
\t"context"

\t"github.com/jackc/pgx/v5/pgxpool"
)

type Scheduler struct{ db *pgxpool.Pool }

func New(db *pgxpool.Pool) *Scheduler { return &Scheduler{db: db} }

func (s *Scheduler) Start(ctx context.Context) {
\ts.db.Exec(ctx, "UPDATE tasks SET status = 'done'")
}
"""


def _tree(worker: bool = True, api: bool = True) -> dict[str, str]:
    files: dict[str, str] = {}
    if api:
        files["api/go.mod"] = _go_mod("api")
        files["api/main.go"] = _API_MAIN
    if worker:
        files["worker/go.mod"] = _go_mod("worker")
        files["worker/cmd/worker/main.go"] = _WORKER_MAIN
        files["worker/pkg/scheduler/scheduler.go"] = _SCHEDULER
        files["worker/pkg/utils/slogx/slogx.go"] = _HELPER
    return files


def test_a_worker_importing_gin_for_a_type_only_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "api" in found
    assert "worker" not in found


def test_a_worker_building_its_router_deep_in_its_packages_stays(tmp_path: Path) -> None:
    # Counter-case: the worker's own package builds a router and serves it.
    files = _tree()
    files["worker/pkg/status/server.go"] = (
        'package status\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\n'
        "func Serve() {\n\tr := gin.New()\n\tr.GET(\"/tasks\", nil)\n"
        '\thttp.ListenAndServe(":9090", r)\n}\n'
    )
    found = by_folder(write(tmp_path, files))
    assert "worker" in found


def test_a_lone_module_is_left_to_the_other_rules(tmp_path: Path) -> None:
    # Counter-case: no other service in the tree; this rule leaves it alone.
    found = by_folder(write(tmp_path, _tree(api=False)))
    assert "worker" in found
