"""Held-out set 308 (#19): a Go module whose REST API is go-swagger's generated server, built
at build time and ignored by git, so neither `restapi/server.go` nor its marker line is in the
tree; go.mod requires only go-openapi/runtime, the generated code's run-time library. The
program's `main.go` reaches, through packages of its own past the walk's quota, the file that
mounts the generated `restapi` package over its `restapi/operations` handlers: go-swagger at
the run-time library's version. A module importing only a generated client shows no
framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MOD = """module example.org/app

go 1.22

require (
	github.com/go-openapi/loads v0.25.0
	github.com/go-openapi/runtime v0.33.0
	github.com/go-pg/pg/v10 v10.15.1
	github.com/stretchr/testify v1.11.1
)
"""

_MAIN = """package main

import "example.org/app/server"

func main() {
	server.Run()
}
"""

_SERVER = """package server

import "example.org/app/server/restservice"

func Run() {
	restservice.Serve()
}
"""

_MOUNT = """package restservice

import (
	"net/http"

	"example.org/app/server/gen/restapi"
	"example.org/app/server/gen/restapi/operations"
)

func Serve() {
	h, _ := restapi.Handler(restapi.Config{UsersAPI: operations.UsersAPI(nil)})
	http.ListenAndServe(":8080", h)
}
"""

_CLIENT = """package restservice

import (
	"example.org/app/gen/client"
	"example.org/app/gen/client/operations"
)

func Serve() {
	client.Default.Operations.GetUsers(operations.NewGetUsersParams())
}
"""


def _tree(mount: str) -> dict[str, str]:
    files = {
        "backend/go.mod": _MOD,
        "backend/cmd/app-server/main.go": _MAIN,
        "backend/server/server.go": _SERVER,
        "backend/server/restservice/restservice.go": mount,
        "backend/server/restservice/restservice_test.go": "package restservice\n\n"
        'import "testing"\n\nfunc TestServe(t *testing.T) {}\n',
    }
    # Shallow packages of the module's own that fill the walk's quota of ordinary files.
    for index in range(30):
        files[f"backend/util/util{index}.go"] = f"package util\n\nfunc F{index}() {{}}\n"
    return files


def test_a_mounted_generated_server_is_go_swagger(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(_MOUNT)))["backend"]
    assert first(backend, K.FRAMEWORK) == ("go-swagger", "v0.33.0")


def test_a_generated_client_alone_is_no_go_swagger_server(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_CLIENT)))
    frameworks = [f.name for b in found.values() for f in b.findings if f.kind is K.FRAMEWORK]
    assert "go-swagger" not in frameworks
