"""Held-out set 394 (#19): a Go program whose plugins are Go modules of their own, each
required by the program's go.mod and `replace`d by its folder. A plugin's go.mod names the
program's web framework (its handlers take `echo.Context` and are registered on the router the
program builds), but no source of it is `package main`: the program compiles it in, so it is a
library, no backend. A plugin module that builds a program of its own stays one, and so does a
module nothing of the tree requires."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_ECHO = "github.com/labstack/echo/v4 v4.11.3"
_PLUGIN_PATH = "example.com/console/plugins/kube"

_PROGRAM_MOD = f"""module example.com/console

go 1.21

replace (
\t{_PLUGIN_PATH} => ./plugins/kube
)

require (
\t{_ECHO}
\t{_PLUGIN_PATH} v0.0.0-00010101000000-000000000000
)
"""

_PLUGIN_MOD = f"""module {_PLUGIN_PATH}

go 1.21

require (
\t{_ECHO}
)
"""

_PROGRAM_MAIN = """package main

import "github.com/labstack/echo/v4"

func main() {
\te := echo.New()
\te.GET("/api/v1/info", info)
\te.Logger.Fatal(e.Start(":3003"))
}

func info(c echo.Context) error { return c.JSON(200, "ok") }
"""

_PLUGIN_MAIN = """package kube

import (
\t"net/http"

\t"github.com/labstack/echo/v4"
)

type Kube struct{}

func (k *Kube) AddRoutes(group *echo.Group) {
\tgroup.GET("/kube/releases", k.releases)
}

func (k *Kube) releases(c echo.Context) error {
\treturn c.JSON(http.StatusOK, []string{})
}
"""


def _tree() -> dict[str, str]:
    return {
        "go.mod": _PROGRAM_MOD,
        "main.go": _PROGRAM_MAIN,
        "plugins/kube/go.mod": _PLUGIN_MOD,
        "plugins/kube/main.go": _PLUGIN_MAIN,
        "plugins/kube/helm.go": "package kube\n\nfunc (k *Kube) install() {}\n",
    }


def test_a_plugin_module_the_program_requires_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"."}


def test_a_required_module_building_a_program_of_its_own_stays(tmp_path: Path) -> None:
    files = _tree()
    files["plugins/kube/cmd/server/main.go"] = _PROGRAM_MAIN
    assert set(by_folder(write(tmp_path, files))) == {".", "plugins/kube"}


def test_a_module_nothing_requires_is_left_to_the_other_rules(tmp_path: Path) -> None:
    files = _tree()
    required = f"\t{_PLUGIN_PATH} v0.0.0-00010101000000-000000000000\n"
    files["go.mod"] = _PROGRAM_MOD.replace(required, "")
    assert "plugins/kube" in by_folder(write(tmp_path, files))
