"""fastglue (github.com/zerodha/fastglue), a thin framework over fasthttp and fasthttp/router,
as a Go service's framework, versioned from go.mod (held-out set 71, #19): the program makes
its router and server with `fastglue.NewGlue()`, over sqlx and lib/pq."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K
from designer.questionnaire.stacks import FRAMEWORKS

_MAIN = """package main

import (
	"github.com/valyala/fasthttp"
	"github.com/zerodha/fastglue"
)

func main() {
	g := fastglue.NewGlue()
	initHandlers(g)
	s := &fasthttp.Server{Name: "desk"}
	g.ListenAndServe(":9000", "", s)
}
"""

_HANDLERS = """package main

import "github.com/zerodha/fastglue"

func initHandlers(g *fastglue.Fastglue) {
	g.GET("/api/v1/roles", handleGetRoles)
}

func handleGetRoles(r *fastglue.Request) error {
	return r.SendEnvelope(nil)
}
"""


def test_fastglue_is_the_framework(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/jmoiron/sqlx v1.4.0",
            "github.com/lib/pq v1.10.9",
            "github.com/valyala/fasthttp v1.62.0",
            "github.com/zerodha/fastglue v1.8.0",
            "github.com/fasthttp/router v1.5.0 // indirect",
        ),
        "cmd/main.go": _MAIN,
        "cmd/handlers.go": _HANDLERS,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("fastglue", "v1.8.0")
    assert first(backend, K.QUERY)[0] == "sqlx"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_fastglue_has_stack_facts() -> None:
    assert FRAMEWORKS["fastglue"].server == "fasthttp"
