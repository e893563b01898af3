"""A Gin/GORM program whose engine setting is a package variable with a default, as held-out
set 144 showed (benchmarks/detect_heldout144.yaml, #19): go.mod requires GORM's sqlite, mysql
and postgres dialectors; `pkg/common/common.go` declares `var ( … DBType = "sqlite" … )` and
`LoadEnvs()` assigns `DBType = dbType` when `os.Getenv("DB_TYPE")` is set; the database is
opened by a switch over `common.DBType` in another package; a handler's example ConfigMap
holds a `postgresql://` URL. The variable's initial value is the engine the program runs on as
shipped (`Scope.CHOSEN`), above the drivers and a URL in an example text."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, write

from designer.model.stack import FindingKind as K

_MAIN = (
    "package main\n\nimport (\n\t\"github.com/gin-gonic/gin\"\n\n"
    "\t\"example.com/app/pkg/common\"\n\t\"example.com/app/pkg/model\"\n)\n\n"
    "func main() {\n\tcommon.LoadEnvs()\n\tmodel.InitDB()\n\tr := gin.Default()\n"
    "\tr.GET(\"/api/ping\", func(c *gin.Context) { c.String(200, \"pong\") })\n"
    "\tr.Run(\":\" + common.Port)\n}\n"
)

_COMMON = (
    "package common\n\nimport \"os\"\n\nvar (\n\tPort            = \"8080\"\n"
    "\tDBType          = \"{default}\"\n\tDBDSN           = \"dev.db\"\n)\n\n"
    "func LoadEnvs() {\n\tif port := os.Getenv(\"PORT\"); port != \"\" {\n\t\tPort = port\n\t}\n"
    "{override}}}\n"
)

_OVERRIDE = (
    "\tif dbType := os.Getenv(\"DB_TYPE\"); dbType != \"\" {\n\t\tDBType = dbType\n\t}\n"
)

_MODEL = (
    "package model\n\nimport (\n\t\"github.com/glebarez/sqlite\"\n"
    "\t\"gorm.io/driver/mysql\"\n\t\"gorm.io/driver/postgres\"\n\t\"gorm.io/gorm\"\n\n"
    "\t\"example.com/app/pkg/common\"\n)\n\nvar DB *gorm.DB\n\n"
    "func InitDB() {\n\tdsn := common.DBDSN\n\tcfg := &gorm.Config{}\n"
    "\tif common.DBType == \"sqlite\" {\n\t\tDB, _ = gorm.Open(sqlite.Open(dsn), cfg)\n\t}\n"
    "\tif common.DBType == \"mysql\" {\n\t\tDB, _ = gorm.Open(mysql.Open(dsn), cfg)\n\t}\n"
    "\tif common.DBType == \"postgres\" {\n\t\tDB, _ = gorm.Open(postgres.Open(dsn), cfg)\n\t}\n"
    "}\n"
)

_TEMPLATES = (
    "package handlers\n\nvar templates = []string{\n\t`apiVersion: v1\nkind: ConfigMap\n"
    "data:\n  database_url: \"postgresql://localhost:5432/mydb\"\n`,\n}\n"
)


def _tree(default: str = "sqlite", override: bool = True) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.11.0",
            "github.com/glebarez/sqlite v1.11.0",
            "gorm.io/driver/mysql v1.6.0",
            "gorm.io/driver/postgres v1.6.0",
            "gorm.io/gorm v1.31.1",
        ),
        "main.go": _MAIN,
        "pkg/common/common.go": _COMMON.replace("{default}", default).replace(
            "{override}", _OVERRIDE if override else ""
        ),
        "pkg/model/model.go": _MODEL,
        "pkg/handlers/templates.go": _TEMPLATES,
    }


def _common_engines(backend: object) -> set[str]:
    return {
        f.name
        for f in backend.findings  # type: ignore[attr-defined]
        if f.kind is K.DATABASE
        for e in f.evidence
        if e.path == "pkg/common/common.go"
    }


def test_the_settings_variables_default_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Gin"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_the_default_follows_the_variable(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(default="postgres")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_variable_never_assigned_again_names_no_default(tmp_path: Path) -> None:
    # Counter-case: with no assignment from the environment it is a value, not a setting.
    backend = by_folder(write(tmp_path, _tree(override=False)))["."]
    assert _common_engines(backend) == set()


def test_the_default_is_shown_from_the_variables_file(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["."]
    assert _common_engines(backend) == {"SQLite"}
