"""Generic gaps the thirty-seventh held-out set showed (benchmarks/detect_heldout37.yaml) in Go
and in what is not a backend, each as a small fixture of the real files' shape (#19): a Go
program's shipped config.yaml holding one section per engine, the one switched on (`sqlite3:` /
`enable: true`) being the engine it opens beside a `mysql:` section's placeholder DSN."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

# --- Go: the engine section switched on ----------------------------------------------------------

_DAL = """package dal

import (
\t"gorm.io/driver/mysql"
\t"gorm.io/driver/sqlite"
\t"gorm.io/gorm"

\t"example.com/app/config"
)

func NewGormDB(conf *config.Config) *gorm.DB {
\tif conf.SQLite3 != nil && conf.SQLite3.Enable {
\t\tdb, _ := gorm.Open(sqlite.Open(conf.SQLite3.File), &gorm.Config{})
\t\treturn db
\t}
\tdb, _ := gorm.Open(mysql.Open(conf.MySQL.Dsn), &gorm.Config{})
\treturn db
}
"""


def _blog(config: str) -> dict[str, str]:
    """A Gin blog over GORM with drivers for MySQL and SQLite, which one it opens settled by
    the sections of its shipped conf/config.yaml."""
    return {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.1",
            "gorm.io/gorm v1.25.6",
            "gorm.io/driver/mysql v1.5.2",
            "gorm.io/driver/sqlite v1.5.4",
        ),
        "main.go": (
            'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() {\n'
            '\trouter := gin.New()\n\trouter.Run(":8080")\n}\n'
        ),
        "dal/dal.go": _DAL,
        "conf/config.yaml": config,
    }


_SECTIONS = (
    "server:\n  host: 0.0.0.0\n  port: 8080\n\n"
    "### Choose one of MySQL and SQLite3; if both are configured, SQLite3 is used first\n"
    "{sqlite}\n"
    "### mysql database configuration, replace the user name, password, host with your own\n\n"
    "mysql:\n  dsn: username:password@tcp(host:port)/db_name?charset=utf8mb4&parseTime=True\n\n"
    'sonic:\n  mode: "production"\n'
)


def test_the_engine_section_switched_on_is_the_engine(tmp_path: Path) -> None:
    config = _SECTIONS.format(sqlite="sqlite3:\n  enable: true\n")
    backend = by_folder(write(tmp_path, _blog(config)))["."]
    assert first(backend, K.FRAMEWORK) == ("Gin", "v1.9.1")
    assert first(backend, K.ORM)[0] == "GORM"
    database = next(f for f in backend.findings if f.kind is K.DATABASE)
    assert database.name == "SQLite"
    assert ("conf/config.yaml", 6) in {(e.path, e.line) for e in database.evidence}


def test_a_switch_turned_off_or_nested_deeper_chooses_nothing(tmp_path: Path) -> None:
    """The other side: the SQLite section switched off, and a switch of a section nested in the
    MySQL one (its TLS), leave the engine to the drivers, MySQL first as before."""
    config = _SECTIONS.format(sqlite="sqlite3:\n  enable: false\n").replace(
        "mysql:\n  dsn:", "mysql:\n  tls:\n    enabled: true\n  dsn:"
    )
    backend = by_folder(write(tmp_path, _blog(config)))["."]
    database = next(f for f in backend.findings if f.kind is K.DATABASE)
    assert database.name == "MySQL"
    assert "conf/config.yaml" not in {e.path for e in database.evidence}


def test_a_sibling_section_switched_on_is_that_engine(tmp_path: Path) -> None:
    """Nested under a `database:` key, the switch counts for its own section only: MySQL's
    `enable: true` never lends itself to the SQLite section above it."""
    config = (
        "database:\n  sqlite3:\n    # the file beside the binary\n    file: sonic.db\n"
        "  mysql:\n    dsn: user:pass@tcp(db:3306)/blog\n    enable: true\n"
    )
    backend = by_folder(write(tmp_path, _blog(config)))["."]
    database = next(f for f in backend.findings if f.kind is K.DATABASE)
    assert database.name == "MySQL"
    assert ("conf/config.yaml", 5) in {(e.path, e.line) for e in database.evidence}
