"""Go: a service run by gizmo's server, whose routes are a map it returns (set 431, #19).

gizmo is a microservice toolkit: `main.go` imports its `server` package, initialises it, registers
the service and runs it (`server.Init(name, cfg)`, `server.Register(svc)`, `server.Run()`); the
service's `Endpoints()` returns a map of path to method to handler, served on gorilla/mux, which
go.mod never names (go.sum holds it). The framework is gizmo at go.mod's version. A program
requiring only gizmo's config package serves nothing through it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = (
    "module example.com/captions\n\nrequire (\n\tgithub.com/NYTimes/gizmo v1.3.6\n"
    "\tgithub.com/sirupsen/logrus v1.7.0\n)\n\ngo 1.13\n"
)


def _service() -> dict[str, str]:
    return {
        "go.mod": _GO_MOD,
        "main.go": 'package main\n\nimport (\n\t"github.com/NYTimes/gizmo/server"\n'
        '\t"example.com/captions/service"\n)\n\nfunc main() {\n'
        '\tserver.Init("captions", nil)\n\tif err := server.Register(service.New()); err != nil {\n'
        '\t\tserver.Log.Fatal(err)\n\t}\n\tif err := server.Run(); err != nil {\n'
        "\t\tserver.Log.Fatal(err)\n\t}\n}\n",
        "service/service.go": 'package service\n\nimport (\n\t"net/http"\n\n'
        '\t"github.com/NYTimes/gizmo/server"\n)\n\ntype Service struct{}\n\n'
        "func New() *Service { return &Service{} }\n\n"
        'func (s *Service) Prefix() string { return "" }\n\n'
        "func (s *Service) Endpoints() map[string]map[string]http.HandlerFunc {\n"
        '\treturn map[string]map[string]http.HandlerFunc{\n\t\t"/jobs/{id}": {\n'
        '\t\t\t"GET": server.JSONToHTTP(s.GetJob).ServeHTTP,\n\t\t},\n\t}\n}\n',
    }


def test_a_service_gizmo_runs_takes_gizmo_at_the_go_mod_version(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service()))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("gizmo", "v1.3.6")


def test_gizmo_config_alone_names_no_framework(tmp_path: Path) -> None:
    files = {
        "go.mod": _GO_MOD,
        "main.go": 'package main\n\nimport (\n\t"fmt"\n\n\t"github.com/NYTimes/gizmo/config"\n)\n\n'
        "func main() {\n\tvar c struct{}\n\tconfig.LoadEnvConfig(&c)\n\tfmt.Println(c)\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert all(first(b, K.FRAMEWORK)[0] != "gizmo" or b.ambiguous for b in found.values())
