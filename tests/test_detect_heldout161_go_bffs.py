"""Held-out set 161 (#19): a UI folder holding its React application (`frontend/`) beside a Go
server of its own (`bff/`, its own go.mod on httprouter) whose API routes forward the UI's calls
to the product's services and whose catch-all hands out the UI's build, every unknown path
answered with `index.html`. The UI's Dockerfile builds the frontend in a Node stage and copies
its `dist` beside the Go binary. That server keeps no data: it is the UI's BFF, part of the UI,
not a backend. The same server whose image carries no Node build, or which keeps data of its
own (GORM over PostgreSQL), stays a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.detect.go_bffs import _copies_node_stage

_GO_MOD = """module example.org/registry/ui/bff

go 1.22

require (
	github.com/julienschmidt/httprouter v1.3.0
%s)
"""

_MAIN = """package main

import (
	"log"
	"net/http"

	"example.org/registry/ui/bff/internal/api"
)

func main() {
	app := api.NewApp("./static")
	log.Fatal(http.ListenAndServe(":8080", app.Routes()))
}
"""

_APP = """package api

import (
	"net/http"
	"path"

	"github.com/julienschmidt/httprouter"
)

type App struct{ staticDir string }

func NewApp(dir string) *App { return &App{staticDir: dir} }

func (app *App) Routes() http.Handler {
	apiRouter := httprouter.New()
	apiRouter.GET("/api/v1/models", app.forward)
	apiRouter.POST("/api/v1/models", app.forward)

	mux := http.NewServeMux()
	mux.Handle("/api/v1/", apiRouter)

	staticDir := http.Dir(app.staticDir)
	fileServer := http.FileServer(staticDir)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if _, err := staticDir.Open(r.URL.Path); err == nil {
			fileServer.ServeHTTP(w, r)
			return
		}
		http.ServeFile(w, r, path.Join(app.staticDir, "index.html"))
	})
	return mux
}

func (app *App) forward(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(http.StatusOK)
}
"""

_STORE = """package api

import (
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func Open(dsn string) (*gorm.DB, error) { return gorm.Open(postgres.Open(dsn), &gorm.Config{}) }
"""

_DOCKERFILE = """ARG UI_SOURCE_CODE=./frontend
ARG BFF_SOURCE_CODE=./bff
ARG NODE_BASE_IMAGE=node:22
ARG GOLANG_BASE_IMAGE=golang:1.22

FROM ${NODE_BASE_IMAGE} AS ui-builder
WORKDIR /usr/src/app
COPY ${UI_SOURCE_CODE} /usr/src/app
RUN npm ci && npm run build

FROM ${GOLANG_BASE_IMAGE} AS bff-builder
WORKDIR /usr/src/app
COPY ${BFF_SOURCE_CODE}/ ./
RUN CGO_ENABLED=0 go build -o bff ./cmd

FROM gcr.io/distroless/static:nonroot
COPY --from=bff-builder /usr/src/app/bff ./
%s
ENTRYPOINT ["/bff"]
"""

_UI_COPY = "COPY --from=ui-builder /usr/src/app/dist ./static/"

_API_MOD = """module example.org/registry

go 1.22

require github.com/go-chi/chi/v5 v5.0.12
"""

_API_MAIN = """package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func main() {
	r := chi.NewRouter()
	r.Get("/api/model_registry/v1/models", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", r)
}
"""

_PACKAGE = """{
  "name": "registry-ui",
  "private": true,
  "scripts": {"build": "webpack"},
  "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}
}
"""


def _folders(root: Path, *, node_build: bool = True, data: bool = False) -> list[str]:
    extra = "\tgorm.io/gorm v1.25.0\n\tgorm.io/driver/postgres v1.5.0\n" if data else ""
    files = {
        # The product's own API, which the BFF forwards the UI's calls to.
        "go.mod": _API_MOD,
        "main.go": _API_MAIN,
        "ui/bff/go.mod": _GO_MOD % extra,
        "ui/bff/cmd/main.go": _MAIN,
        "ui/bff/internal/api/app.go": _APP,
        "ui/Dockerfile": _DOCKERFILE % (_UI_COPY if node_build else ""),
        "ui/frontend/package.json": _PACKAGE,
        "ui/frontend/src/index.jsx": "import React from 'react';\n",
    }
    if data:
        files["ui/bff/internal/api/store.go"] = _STORE
    return sorted(by_folder(write(root, files)))


def test_a_go_server_shipping_the_ui_build_with_no_data_is_its_bff(tmp_path: Path) -> None:
    assert "ui/bff" not in _folders(tmp_path)


def test_without_the_node_build_in_its_image_it_stays(tmp_path: Path) -> None:
    # Counter-case: nothing says the files it hands out are the UI's build.
    assert "ui/bff" in _folders(tmp_path, node_build=False)


def test_with_data_of_its_own_it_stays(tmp_path: Path) -> None:
    # Counter-case: a server keeping data is a backend whatever UI it embeds.
    assert "ui/bff" in _folders(tmp_path, data=True)


def test_node_stage_copies() -> None:
    assert _copies_node_stage(_DOCKERFILE % _UI_COPY)
    assert not _copies_node_stage(_DOCKERFILE % "")
    assert _copies_node_stage("FROM node:20-alpine AS web\nFROM golang\nCOPY --from=web /a /b\n")
