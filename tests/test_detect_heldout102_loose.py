"""A loose mock server among a repository's helpers, as set 102 showed it
(benchmarks/detect_heldout102.yaml, #19): a repository root declaring no project (a Makefile,
Go modules and a Spring Boot module in folders of their own) gathers the Python file of a
folder holding no manifest either, `dev-tools/local-stack/mockoidc.py`, a mock OIDC provider
starting aiohttp for a local stack. The file's name says it is a test double: the root is no
backend because of it. A root holding the same file named as an application stays one, and
a folder with a manifest of its own is a project whatever its files are named."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_GO_MOD = (
    "module github.com/example/archive/sda\n\ngo 1.25.7\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.12.0\n\tgithub.com/lib/pq v1.12.3\n)\n"
)

_GO_MAIN = (
    'package main\n\nimport (\n\t"database/sql"\n\n\t"github.com/gin-gonic/gin"\n'
    '\t_ "github.com/lib/pq"\n)\n\nfunc main() {\n\tsql.Open("postgres", "")\n'
    "\tr := gin.New()\n\tr.Run()\n}\n"
)

_MOCK = (
    '"""Mock OIDC server for local development."""\n\nfrom aiohttp import web\n\n\n'
    "async def init():\n    server = web.Application()\n    return server\n\n\n"
    "if __name__ == '__main__':\n    web.run_app(init(), port=8000)\n"
)


def _repository(python: dict[str, str]) -> dict[str, str]:
    return {
        "Makefile": "build:\n\tdocker compose build\n",
        "sda/go.mod": _GO_MOD,
        "sda/cmd/api/main.go": _GO_MAIN,
        **python,
    }


def test_a_mock_server_among_development_tools_makes_no_root_backend(tmp_path: Path) -> None:
    files = _repository({"dev-tools/local-stack/mockoidc.py": _MOCK})
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"sda"}
    assert first(found["sda"], K.FRAMEWORK)[0] == "Gin"


def test_a_loose_application_stays_the_roots_backend(tmp_path: Path) -> None:
    # Counter-case: the same aiohttp server kept as the product's `server/app.py`, with no
    # manifest: nothing says it is a helper.
    files = _repository({"server/app.py": _MOCK})
    found = by_folder(write(tmp_path, files))
    assert "." in found
    assert first(found["."], K.FRAMEWORK)[0] == "aiohttp"


def test_a_project_with_a_manifest_stays_whatever_its_file_is_named(tmp_path: Path) -> None:
    # Counter-case: a folder declaring its Python project is one, its file's name aside.
    files = _repository(
        {
            "oidc/requirements.txt": "aiohttp==3.9.5\nasyncpg==0.29.0\n",
            "oidc/mockoidc.py": _MOCK,
        }
    )
    found = by_folder(write(tmp_path, files))
    assert "oidc" in found
