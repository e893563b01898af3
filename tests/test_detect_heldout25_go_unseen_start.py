"""A Go module whose one framework is started deep in its packages, past the walk's quota
(#19, set 68): its programs' imports, followed into the module's packages, show the framework
started, so the module is the application and not a build root over the small server of a
load-test mock below it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MODULE = "example.com/app"


def _files() -> dict[str, str]:
    files = {
        "go.mod": go_mod("github.com/gin-gonic/gin v1.12.0", "github.com/jackc/pgx/v5 v5.10.0"),
        "cmd/server/main.go": (
            f'package main\n\nimport "{_MODULE}/internal/app"\n\nfunc main() {{ app.Run() }}\n'
        ),
        "internal/app/app.go": (
            f'package app\n\nimport "{_MODULE}/internal/services"\n\n'
            "func Run() { services.Build() }\n"
        ),
        # Deeper than the shallow files that fill the walk's quota.
        "internal/services/api/v1/builder/router.go": (
            'package builder\n\nimport "github.com/gin-gonic/gin"\n\n'
            "func Router() *gin.Engine { return gin.New() }\n"
        ),
        "internal/services/services.go": (
            f'package services\n\nimport "{_MODULE}/internal/services/api/v1/builder"\n\n'
            "func Build() { builder.Router() }\n"
        ),
        "loadtest/mock/webhook/go.mod": (
            "module example.com/app/loadtest/mock/webhook\n\ngo 1.23\n\n"
            "require github.com/gorilla/mux v1.8.1\n"
        ),
        "loadtest/mock/webhook/main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
            'func main() {\n\tr := mux.NewRouter()\n\thttp.ListenAndServe(":8080", r)\n}\n'
        ),
        "loadtest/mock/webhook/Dockerfile": "FROM golang:1.23\nCOPY . .\nRUN go build .\n",
    }
    for index in range(30):
        files[f"internal/util{index}/util.go"] = f"package util{index}\n\nfunc F() {{}}\n"
    return files


def test_a_framework_started_past_the_quota_makes_the_module_the_application(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _files()))
    assert sorted(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Gin", "v1.12.0")


def test_a_module_whose_programs_never_import_the_framework_is_not_started(
    tmp_path: Path,
) -> None:
    files = _files()
    files["internal/app/app.go"] = "package app\n\nfunc Run() {}\n"
    found = by_folder(write(tmp_path, files))
    gin = [
        evidence.path
        for backend in found.values()
        for finding in backend.findings
        if finding.kind is K.FRAMEWORK and finding.name == "Gin"
        for evidence in finding.evidence
    ]
    assert gin == [] or gin == ["go.mod"]
