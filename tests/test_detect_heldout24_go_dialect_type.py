"""A Go configuration field of the program's own dialect type whose struct tag sets the
default (``Dialect Dialect `default:"sqlite3"` ``) beside GORM's sqlite, postgres and mysql
dialectors: the engine the program opens unless configured (#19,
benchmarks/detect_heldout57.yaml)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_GO_MOD = go_mod(
    "github.com/gin-gonic/gin v1.9.1",
    "gorm.io/gorm v1.21.15",
    "gorm.io/driver/mysql v1.1.2",
    "gorm.io/driver/postgres v1.1.1",
    "gorm.io/driver/sqlite v1.1.5",
)

_APP = (
    "package main\n\nimport (\n\t\"github.com/gin-gonic/gin\"\n\t\"gorm.io/driver/mysql\"\n"
    "\t\"gorm.io/driver/postgres\"\n\t\"gorm.io/driver/sqlite\"\n\t\"gorm.io/gorm\"\n)\n\n"
    "func main() {\n\tr := gin.New()\n\t_ = r\n\t_, _ = gorm.Open(sqlite.Open(\"x\"))\n"
    "\t_ = mysql.Open\n\t_ = postgres.Open\n}\n"
)


def _config(field: str) -> str:
    return (
        "package config\n\ntype Config struct {\n\tDatabase struct {\n"
        f"\t\t{field}\n"
        "\t\tConnectionString  EnvString `default:\"/var/opt/app/app.db\"`\n\t}\n}\n"
    )


def test_a_dialect_typed_field_defaults_the_engine(tmp_path: Path) -> None:
    files = {
        "server/go.mod": _GO_MOD,
        "server/cmd/app/main.go": _APP,
        "server/config/definition.go": _config('Dialect           Dialect   `default:"sqlite3"`'),
    }
    assert first(by_folder(write(tmp_path, files))["server"], K.DATABASE)[0] == "SQLite"


def test_another_typed_field_says_nothing(tmp_path: Path) -> None:
    """A field of another type whose default names an engine word (a log level, a locale) is
    no database setting."""
    files = {
        "server/go.mod": _GO_MOD,
        "server/cmd/app/main.go": _APP,
        "server/config/definition.go": _config('Flavour           Locale    `default:"sqlite3"`'),
    }
    assert first(by_folder(write(tmp_path, files))["server"], K.DATABASE)[0] != "SQLite"
