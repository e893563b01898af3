"""A Go module whose main program's web panel is built on a router hosted off GitHub (#19).

The module requires two routers: Goji (import path `goji.io`), which the main program's web
package and every plugin's handlers import, and Gin, which only an operator's side program
(`cmd/orchestrator`: a shard orchestrator's REST control) imports. The primary framework is
the one the programs' packages import most; a router whose import path is not on GitHub
(`goji.io`, `gopkg.in/macaron.v1`) must be counted like any other, or the side program's Gin
wins by default."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MODULE = "github.com/example/bot/v2"

_GO_MOD = (
    f"module {_MODULE}\n\ngo 1.22\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.9.1\n"
    "\tgithub.com/lib/pq v1.10.9\n"
    "\tgoji.io v2.0.2+incompatible\n)\n"
)


def _plugin(name: str) -> str:
    return (
        f"package {name}\n\nimport (\n\t\"net/http\"\n\n"
        f"\t\"{_MODULE}/web\"\n\t\"goji.io\"\n\t\"goji.io/pat\"\n)\n\n"
        "func InitWeb() {\n\tsub := goji.SubMux()\n"
        f"\tweb.CPMux.Handle(pat.New(\"/{name}/*\"), sub)\n"
        "\tsub.HandleFunc(pat.Get(\"\"), func(w http.ResponseWriter, r *http.Request) {})\n}\n"
    )


def _files() -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        "cmd/bot/main.go": (
            "package main\n\nimport (\n"
            f"\t\"{_MODULE}/common\"\n\t\"{_MODULE}/web\"\n"
            f"\t\"{_MODULE}/plugins/alerts\"\n\t\"{_MODULE}/plugins/roles\"\n"
            f"\t\"{_MODULE}/plugins/logs\"\n)\n\n"
            "func main() {\n\tcommon.Init()\n\talerts.InitWeb()\n\troles.InitWeb()\n"
            "\tlogs.InitWeb()\n\tweb.Run()\n}\n"
        ),
        "common/db.go": (
            "package common\n\nimport (\n\t\"database/sql\"\n\n\t_ \"github.com/lib/pq\"\n)\n\n"
            "var PQ *sql.DB\n\nfunc Init() {\n"
            "\tPQ, _ = sql.Open(\"postgres\", \"dbname=bot sslmode=disable\")\n}\n"
        ),
        "web/web.go": (
            "package web\n\nimport (\n\t\"net/http\"\n\n\t\"goji.io\"\n\t\"goji.io/pat\"\n)\n\n"
            "var CPMux = goji.NewMux()\n\nfunc Run() {\n\tmux := goji.NewMux()\n"
            "\tmux.Handle(pat.New(\"/manage/*\"), CPMux)\n"
            "\tserver := &http.Server{Addr: \":5000\", Handler: mux}\n"
            "\tserver.ListenAndServe()\n}\n"
        ),
        "plugins/alerts/web.go": _plugin("alerts"),
        "plugins/roles/web.go": _plugin("roles"),
        "plugins/logs/web.go": _plugin("logs"),
        "cmd/orchestrator/main.go": (
            "package main\n\nimport (\n"
            f"\t\"{_MODULE}/lib/orchestrator/rest\"\n)\n\n"
            "func main() {\n\tapi := rest.New(\":7448\")\n\tapi.Run()\n}\n"
        ),
        "lib/orchestrator/rest/rest.go": (
            "package rest\n\nimport (\n\t\"github.com/gin-gonic/gin\"\n)\n\n"
            "type RESTAPI struct {\n\tg    *gin.Engine\n\taddr string\n}\n\n"
            "func New(addr string) *RESTAPI {\n\tg := gin.New()\n"
            "\tg.GET(\"/status\", func(c *gin.Context) { c.JSON(200, nil) })\n"
            "\treturn &RESTAPI{g: g, addr: addr}\n}\n\n"
            "func (r *RESTAPI) Run() error {\n\treturn r.g.Run(r.addr)\n}\n"
        ),
    }


def test_the_router_the_main_programs_packages_import_is_primary(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _files()))["."]
    assert first(backend, K.FRAMEWORK) == ("Goji", "v2.0.2+incompatible")


def test_the_side_programs_router_stays_primary_when_it_is_the_more_imported(
    tmp_path: Path,
) -> None:
    # Counter-case: the same module with the plugins on Gin too leaves Gin primary.
    files = _files()
    for name in ("alerts", "roles", "logs"):
        files[f"plugins/{name}/web.go"] = (
            f"package {name}\n\nimport (\n\t\"github.com/gin-gonic/gin\"\n)\n\n"
            "func InitWeb() {\n\tg := gin.New()\n"
            f"\tg.GET(\"/{name}\", func(c *gin.Context) {{}})\n}}\n"
        )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Gin", "v1.9.1")
