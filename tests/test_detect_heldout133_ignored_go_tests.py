"""Go test files a `.gitignore` pattern names (`*_test.go`) yet the repository commits, as set
133 showed it (benchmarks/detect_heldout133.yaml, #19): a Gin server whose root .gitignore
lists `*_test.go` while seventeen `_test.go` files are tracked under backend/internal/. Git
ignores no tracked file, so the tests present are the module's suite: go test. A folder an
ignore names is still not walked."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_APP = {
    "go.mod": (
        "module App\n\ngo 1.24.0\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n"
        "\tmodernc.org/sqlite v1.37.0\n)\n"
    ),
    "cmd/main.go": (
        'package main\n\nimport "App/backend/server"\n\nfunc main() {\n\tserver.Run()\n}\n'
    ),
    "backend/server/server.go": (
        'package server\n\nimport "github.com/gin-gonic/gin"\n\nfunc Run() {\n'
        '\tr := gin.Default()\n\tr.GET("/v1/cert", list)\n\tr.Run(":8888")\n}\n\n'
        "func list(c *gin.Context) {}\n"
    ),
}

_TEST = (
    'package deploy\n\nimport "testing"\n\nfunc TestDeploy(t *testing.T) {\n'
    '\tif err := Deploy(nil); err != nil {\n\t\tt.Errorf("failed: %v", err)\n\t}\n}\n'
)


def test_committed_go_tests_an_ignore_pattern_names_are_the_suite(tmp_path: Path) -> None:
    files = {
        **_APP,
        ".gitignore": "/data/\n*_test.go\n*.exe\n",
        "backend/internal/deploy/deploy.go": "package deploy\n\nfunc Deploy(c any) error {"
        " return nil }\n",
        "backend/internal/deploy/deploy_test.go": _TEST,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "go test"


def test_go_tests_in_an_ignored_folder_are_not_walked(tmp_path: Path) -> None:
    # Counter-case: a folder an ignore names (a developer's scratch space) is not the tree's.
    files = {
        **_APP,
        ".gitignore": "/scratch/\n",
        "scratch/deploy_test.go": _TEST,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST) == ("", "")
