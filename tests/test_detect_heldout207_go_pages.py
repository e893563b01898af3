"""Held-out set 207 (#19): a console kept as one Go workspace of two modules, its API (`api/`,
Echo with GORM over PostgreSQL) and its front (`front/`, an Echo server whose go.mod requires
the Jet template engine, rendering every page from templates and handing the browser's calls on
to the API through a reverse proxy and requests it builds). The front keeps no data: a
server-rendered front over the product's own API is a UI (`go_pages`), not a backend. The same
front with no forwarding, with data of its own, with no template engine, or with no backend
keeping data beside it stays a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WORK = "go 1.22\n\nuse (\n\t./api\n\t./front\n)\n"

_API_MOD = """module api

go 1.22

require (
	github.com/labstack/echo/v4 v4.12.0
	gorm.io/driver/postgres v1.5.0
	gorm.io/gorm v1.25.0
)
"""

_API_MAIN = """package main

import (
	"github.com/labstack/echo/v4"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

type Session struct{ ID string `gorm:"primaryKey"` }

func main() {
	db, _ := gorm.Open(postgres.Open("host=db"), &gorm.Config{})
	db.AutoMigrate(&Session{})
	e := echo.New()
	e.POST("/api/auth/login", func(c echo.Context) error { return nil })
	e.Logger.Fatal(e.Start(":3000"))
}
"""

_FRONT_MOD = """module front

go 1.22

require (
%s	github.com/labstack/echo/v4 v4.12.0
%s)
"""

_JET = "\tgithub.com/CloudyKit/jet/v6 v6.2.0\n"

_FRONT_MAIN = """package main

import "front/actions"

func main() {
	actions.App().Logger.Fatal(actions.App().Start(":3001"))
}
"""

_FRONT_APP = """package actions

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func App() *echo.Echo {
	app := echo.New()
	app.GET("/webconsole/*", Page)
	app.Any("/api/*", ApiCaller)
	return app
}

func Page(c echo.Context) error {
	return c.Render(http.StatusOK, c.Request().URL.Path+".html", nil)
}
"""

_FRONT_PROXY = """package actions

import (
	"net/http/httputil"
	"net/url"

	"github.com/labstack/echo/v4"
)

var target, _ = url.Parse("http://localhost:3000")
var proxy = httputil.NewSingleHostReverseProxy(target)

func ApiCaller(c echo.Context) error {
	proxy.ServeHTTP(c.Response(), c.Request())
	return nil
}
"""

_FRONT_LOCAL = """package actions

import "github.com/labstack/echo/v4"

func ApiCaller(c echo.Context) error { return c.JSON(200, map[string]string{}) }
"""

_FRONT_STORE = """package actions

import (
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func Open() (*gorm.DB, error) { return gorm.Open(postgres.Open("host=db"), &gorm.Config{}) }
"""

_FRONT_RENDER = """package actions

import (
	"io"

	"github.com/CloudyKit/jet/v6"
	"github.com/labstack/echo/v4"
)

var views = jet.NewSet(jet.NewOSFileSystemLoader("./templates"))

type Renderer struct{}

func (Renderer) Render(w io.Writer, name string, data interface{}, c echo.Context) error {
	t, err := views.GetTemplate(name)
	if err != nil {
		return err
	}
	return t.Execute(w, nil, data)
}
"""


def _folders(
    root: Path,
    *,
    forwards: bool = True,
    data: bool = False,
    engine: bool = True,
    api: bool = True,
) -> list[str]:
    gorm = "\tgorm.io/driver/postgres v1.5.0\n\tgorm.io/gorm v1.25.0\n" if data else ""
    files = {
        "front/go.mod": _FRONT_MOD % (_JET if engine else "", gorm),
        "front/cmd/app/main.go": _FRONT_MAIN,
        "front/actions/app.go": _FRONT_APP,
        "front/actions/proxy.go": _FRONT_PROXY if forwards else _FRONT_LOCAL,
        "front/templates/pages/home.html": "<h1>{{ title }}</h1>\n",
    }
    if engine:
        files["front/actions/render.go"] = _FRONT_RENDER
    if data:
        files["front/actions/store.go"] = _FRONT_STORE
    if api:
        files |= {"go.work": _WORK, "api/go.mod": _API_MOD, "api/cmd/main.go": _API_MAIN}
    return sorted(by_folder(write(root, files)))


def test_a_go_front_rendering_templates_over_the_api_is_a_ui(tmp_path: Path) -> None:
    assert _folders(tmp_path) == ["api"]


def test_a_front_that_forwards_nothing_stays(tmp_path: Path) -> None:
    # Counter-case: templates alone may render the pages of a small web application.
    assert "front" in _folders(tmp_path, forwards=False)


def test_a_front_keeping_data_stays(tmp_path: Path) -> None:
    # Counter-case: a server with a data layer of its own is a classic web application.
    assert "front" in _folders(tmp_path, data=True)


def test_a_forwarding_server_with_no_template_engine_stays(tmp_path: Path) -> None:
    # Counter-case: forwarding alone is a gateway or a relay, which HELDOUT counts.
    assert "front" in _folders(tmp_path, engine=False)


def test_with_no_backend_keeping_data_beside_it_it_stays(tmp_path: Path) -> None:
    # Counter-case: no API of the product in the tree for its pages to go to.
    assert _folders(tmp_path, api=False) == ["front"]
