"""A legacy helper service kept beside its replacement, as set 114 showed it
(benchmarks/detect_heldout114.yaml, #19): `screenshot-python-legacy` is a FastAPI screenshot
service with no data of its own, beside the Gin API (over GORM on PostgreSQL) whose compose
builds the Go service that replaced it. No backend. A legacy folder keeping data stays a
backend, and so does a legacy service that is the repository's only one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import go_mod, write

_SERVER = (
    "from fastapi import FastAPI, HTTPException\nfrom fastapi.responses import Response\n\n"
    'app = FastAPI(title="Screenshot Service")\n\n\n'
    '@app.get("/{url:path}/.png")\ndef png(url: str) -> Response:\n'
    '    return Response(content=b"", media_type="image/png")\n'
)
_API = {
    "api/go.mod": go_mod(
        "github.com/gin-gonic/gin v1.12.0",
        "gorm.io/gorm v1.31.1",
        "gorm.io/driver/postgres v1.6.0",
    ),
    "api/main.go": (
        'package main\n\nimport (\n\t"github.com/gin-gonic/gin"\n\t"gorm.io/driver/postgres"\n'
        '\t"gorm.io/gorm"\n)\n\nfunc main() {\n\tgorm.Open(postgres.Open(""), &gorm.Config{})\n'
        "\tgin.Default().Run()\n}\n"
    ),
}


def _legacy(requirements: str = "") -> dict[str, str]:
    return {
        "screenshot-python-legacy/requirements.txt": (
            "fastapi==0.108.0\nrequests==2.28.2\nselenium==4.26.1\nuvicorn==0.25.0\n"
            + requirements
        ),
        "screenshot-python-legacy/server.py": _SERVER,
    }


def test_a_stateless_legacy_helper_beside_the_api_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, {**_API, **_legacy()}))) == {"api"}


def test_a_legacy_service_keeping_data_stays_a_backend(tmp_path: Path) -> None:
    files = {**_API, **_legacy("SQLAlchemy==2.0.25\npsycopg2-binary==2.9.9\n")}
    files["screenshot-python-legacy/db.py"] = (
        "from sqlalchemy import create_engine\n\n"
        'engine = create_engine("postgresql://app@db/app")\n'
    )
    assert "screenshot-python-legacy" in by_folder(write(tmp_path, files))


def test_a_lone_legacy_service_stays_a_backend(tmp_path: Path) -> None:
    assert "screenshot-python-legacy" in by_folder(write(tmp_path, _legacy()))


def test_a_legacy_service_beside_a_stateless_api_stays_a_backend(tmp_path: Path) -> None:
    files = {
        **_legacy(),
        "api/go.mod": go_mod("github.com/gin-gonic/gin v1.12.0"),
        "api/main.go": (
            'package main\n\nimport "github.com/gin-gonic/gin"\n\n'
            "func main() { gin.Default().Run() }\n"
        ),
    }
    assert "screenshot-python-legacy" in by_folder(write(tmp_path, files))
