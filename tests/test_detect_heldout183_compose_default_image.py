"""Compose: an image given as `${VAR:-default}` is its default (set 183, #19).

A Go ledger's docker-compose.yaml runs its database as `image: ${POSTGRES_IMAGE:-postgres:16}`
(an override for those who want another build) while its code keeps a stable id in a small
SQLite file through go-sqlite3 (opened at a path its caller passes), lib/pq imported only by
code deeper than the few files read. The image was read as the literal text, which names no
engine, so only the drivers spoke and SQLite (imported by the code) came first. Read as its
default, the image is the Compose database: PostgreSQL 16. An interpolation whose default names
no database (or has none) still names no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.detect.engines import engine_of_image
from designer.model.stack import FindingKind as K

_GO_MOD = go_mod(
    "github.com/gin-gonic/gin v1.10.0",
    "github.com/lib/pq v1.10.9",
    "github.com/mattn/go-sqlite3 v1.14.27",
)
_MAIN = (
    'package main\n\nimport (\n\t"database/sql"\n\n\t"github.com/gin-gonic/gin"\n'
    '\t_ "github.com/mattn/go-sqlite3"\n)\n\n'
    # The stable id's file, opened at a path the caller passes.
    "func stableID(path string) {\n\tdb, _ := sql.Open(\"sqlite3\", path)\n\t_ = db\n}\n\n"
    "func main() {\n\tstableID(\"./id.db\")\n\tr := gin.New()\n\tr.Run()\n}\n"
)


def _compose(image: str) -> str:
    return (
        "services:\n  server:\n    build: .\n    depends_on:\n      - postgres\n"
        f"  postgres:\n    image: {image}\n"
    )


def test_an_interpolated_image_counts_as_its_default(tmp_path: Path) -> None:
    files = {
        "go.mod": _GO_MOD,
        "main.go": _MAIN,
        "docker-compose.yaml": _compose("${POSTGRES_IMAGE:-postgres:16}"),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE) == ("PostgreSQL", "16")


def test_engine_of_image_reads_the_default() -> None:
    assert engine_of_image("${DB_IMAGE:-mysql:8.0}") == ("MySQL", "8.0")
    assert engine_of_image("${PG_IMAGE-postgres:15-alpine}") == ("PostgreSQL", "15")
    # Counter-cases: no default, or a default that is no database.
    assert engine_of_image("${DB_IMAGE}") == ("", "")
    assert engine_of_image("${APP_IMAGE:-acme/ledger:1.2}") == ("", "")
    assert engine_of_image("postgres:16") == ("PostgreSQL", "16")


def test_an_interpolation_without_a_default_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: `${DB_IMAGE}` alone says nothing; the drivers decide as before, and the
    # one the code imports (go-sqlite3) comes first.
    files = {
        "go.mod": _GO_MOD,
        "main.go": _MAIN,
        "docker-compose.yaml": _compose("${DB_IMAGE}"),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE) == ("SQLite", "")
