"""Held-out set 350 (#19): a go-zero back office whose go.mod also requires Gin and gorilla/mux.
Its program is `cmd/server/<program>.go` (no `main.go`): it builds a Gin router through a
contrib adapter, then starts go-zero's `rest.MustNewServer(…)` with the goctl-generated handlers,
which all import go-zero's `rest/httpx`; a plugin package starts a small `gin.Default()` in its
`server.go`, a middleware builds a `mux.NewRouter()`. Its go.mod requires GORM's MySQL and
PostgreSQL dialectors; the example settings it ships (`etc/<program>-example.yaml`, which a
`.gitignore` pattern `etc/<program>-*` covers) choose `Driver: postgres`.

The framework the program's packages are written to wins over a router only built on the side
(`go_programs` reads the programs of Go's `cmd/<name>/` layout too), and the example settings
are read although the ignore pattern covers them.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_GO_MOD = """module shop

go 1.23

require (
\tgithub.com/gin-gonic/gin v1.9.0
\tgithub.com/gorilla/mux v1.8.0
\tgithub.com/zeromicro/go-zero v1.7.2
\tgorm.io/driver/mysql v1.4.7
\tgorm.io/driver/postgres v1.4.6
\tgorm.io/gorm v1.24.6
)
"""

_PROGRAM = """package main

import (
\t"flag"

\t"shop/internal/handler"
\t"shop/pkg/plugin"

\t"github.com/gin-gonic/gin"
\t"github.com/zeromicro/go-zero/core/conf"
\t"github.com/zeromicro/go-zero/rest"
)

var configFile = flag.String("f", "etc/shop.yaml", "the config file")

func main() {
\tflag.Parse()
\tvar c handler.Config
\tconf.MustLoad(*configFile, &c)
\tgin.SetMode(gin.ReleaseMode)
\tserver := rest.MustNewServer(c.Server)
\tdefer server.Stop()
\tgo plugin.Start()
\thandler.RegisterHandlers(server)
\tserver.Start()
}
"""

_PLUGIN = """package plugin

import "github.com/gin-gonic/gin"

func Start() {
\tr := gin.Default()
\t_ = r.Run(":9000")
}
"""

_MIDDLEWARE = """package middleware

import (
\t"net/http"

\t"github.com/gorilla/mux"
)

func Public() http.Handler {
\tpublicRouter := mux.NewRouter()
\treturn publicRouter
}
"""


def _handler(name: str) -> str:
    return f"""package {name}

import (
\t"net/http"

\t"github.com/zeromicro/go-zero/rest/httpx"
)

func Get(w http.ResponseWriter, r *http.Request) {{
\thttpx.OkJsonCtx(r.Context(), w, nil)
}}
"""


_ROUTES = """package handler

import (
\t"shop/internal/handler/order"
\t"shop/internal/handler/user"
\t"shop/internal/middleware"

\t"github.com/zeromicro/go-zero/rest"
)

type Config struct{ Server rest.RestConf }

func RegisterHandlers(server *rest.Server) {
\t_ = middleware.Public
\t_ = order.Get
\t_ = user.Get
}
"""

_SETTINGS = """Server:
  Port: 8888
Database:
  Driver: postgres # we develop on PostgreSQL
#  Driver: mysql
  DSN: host=localhost user=shop dbname=shop port=5432
"""


def _tree() -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        ".gitignore": "etc/shop-*\netc/shop.yaml\n",
        "cmd/server/shop.go": _PROGRAM,
        "pkg/plugin/server.go": _PLUGIN,
        "internal/middleware/auth.go": _MIDDLEWARE,
        "internal/handler/routes.go": _ROUTES,
        "internal/handler/order/get.go": _handler("order"),
        "internal/handler/user/get.go": _handler("user"),
        "etc/shop-example.yaml": _SETTINGS,
    }


def test_the_framework_a_cmd_program_is_written_to_wins(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK) == ("go-zero", "v1.7.2")


def test_an_ignored_example_settings_file_chooses_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_a_program_written_to_gin_stays_on_gin(tmp_path: Path) -> None:
    files = _tree()
    files["cmd/server/shop.go"] = """package main

import (
\t"shop/internal/api"

\t"github.com/gin-gonic/gin"
)

func main() {
\tr := gin.New()
\tapi.Register(r)
\t_ = r.Run(":8080")
}
"""
    files["internal/api/api.go"] = """package api

import "github.com/gin-gonic/gin"

func Register(r *gin.Engine) {}
"""
    files["internal/api/orders/orders.go"] = "package orders\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, FindingKind.FRAMEWORK)[0] == "Gin"
