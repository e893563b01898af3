"""The program's own engine default, over drivers for every engine it supports and Compose
servers for the others (held-out sets 64 and 65, #19): a Go switch over the connection
string's prefix whose `default:` opens SQLite, a SQLite `file:` URI as a database URL field's
default, NestJS's `configService.get('DATABASE_DRIVER', 'sqlite')`. And Huma over the router
it adapts: the router serves its operations, so it is the framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind

_GO_MOD = """module example.com/video

go 1.25

require (
\tgithub.com/gin-gonic/gin v1.11.0
\tgithub.com/glebarez/sqlite v1.11.0
\tgorm.io/driver/mysql v1.6.0
\tgorm.io/driver/postgres v1.5.11
\tgorm.io/gorm v1.30.3
)
"""

_MAIN = """package main

import "github.com/gin-gonic/gin"

func main() {
\tr := gin.Default()
\tr.Run(":15123")
}
"""

_PROVIDER = """package data

import (
\t"strings"

\t"github.com/glebarez/sqlite"
\t"gorm.io/driver/mysql"
\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"
)

func getDialector(dsn string) (gorm.Dialector, bool) {
\tswitch true {
\tcase strings.HasPrefix(dsn, "postgres"):
\t\treturn postgres.New(postgres.Config{DSN: dsn}), false
\tcase strings.HasPrefix(dsn, "mysql"):
\t\treturn mysql.Open(dsn), false
\tdefault:
\t\treturn %s.Open(dsn), true
\t}
}
"""


def _engine(root: Path, folder: str = ".") -> str:
    return first(by_folder(root)[folder], FindingKind.DATABASE)[0]


def test_a_go_prefix_switch_defaulting_to_sqlite_picks_sqlite(tmp_path: Path) -> None:
    files = {"go.mod": _GO_MOD, "main.go": _MAIN, "internal/data/provider.go": _PROVIDER}
    files["internal/data/provider.go"] = _PROVIDER % "sqlite"
    assert _engine(write(tmp_path, files)) == "SQLite"


def test_a_prefix_switch_defaulting_to_a_server_picks_that_server(tmp_path: Path) -> None:
    files = {"go.mod": _GO_MOD, "main.go": _MAIN}
    files["internal/data/provider.go"] = (
        _PROVIDER.replace('"mysql"):\n\t\treturn mysql', '"sqlite"):\n\t\treturn sqlite') % "mysql"
    )
    assert _engine(write(tmp_path, files)) == "MySQL"


_ECHO_MOD = """module example.com/arcane

go 1.25

require (
\tgithub.com/danielgtaylor/huma/v2 v2.39.1
\tgithub.com/labstack/echo/v5 v5.3.1
\tgithub.com/libtnb/sqlite v1.0.0
\tgorm.io/driver/postgres v1.6.2
\tgorm.io/gorm v1.31.2
)
"""

_API = """package main

import (
\t"github.com/danielgtaylor/huma/v2"
\t"github.com/danielgtaylor/huma/v2/adapters/humaecho"
\t"github.com/labstack/echo/v5"
\t"gorm.io/driver/postgres"
\t"gorm.io/gorm"
)

func main() {
\te := echo.New()
\tapi := humaecho.New(e, huma.DefaultConfig("API", "1.0.0"))
\t_ = api
\tgorm.Open(postgres.Open("x"))
\te.Start(":3552")
}
"""

_CONFIG = """package config

type Config struct {
\tDatabaseURL string `env:"DATABASE_URL" default:"%s" options:"file"`
\tPort        string `env:"PORT" default:"3552"`
}
"""


def _arcane(root: Path, url: str) -> Path:
    return write(
        root,
        {
            "backend/go.mod": _ECHO_MOD,
            "backend/main.go": _API,
            "backend/internal/config/config.go": _CONFIG % url,
        },
    )


def test_a_sqlite_file_uri_as_the_url_default_picks_sqlite(tmp_path: Path) -> None:
    root = _arcane(tmp_path, "file:data/arcane.db?_pragma=journal_mode(WAL)")
    assert _engine(root, "backend") == "SQLite"


def test_a_file_uri_to_no_database_file_is_no_engine_default(tmp_path: Path) -> None:
    root = _arcane(tmp_path, "file:data/arcane.json")
    assert _engine(root, "backend") == "PostgreSQL"


def test_huma_over_echo_is_echo(tmp_path: Path) -> None:
    backend = by_folder(_arcane(tmp_path, ""))["backend"]
    assert first(backend, FindingKind.FRAMEWORK) == ("Echo", "v5.3.1")


def test_huma_over_net_http_alone_is_huma(tmp_path: Path) -> None:
    main = (
        'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/danielgtaylor/huma/v2"\n'
        '\t"github.com/danielgtaylor/huma/v2/adapters/humago"\n)\n\nfunc main() {\n'
        "\tmux := http.NewServeMux()\n"
        '\tapi := humago.New(mux, huma.DefaultConfig("API", "1.0.0"))\n\t_ = api\n'
        '\thttp.ListenAndServe(":8888", mux)\n}\n'
    )
    mod = "module example.com/a\n\ngo 1.25\n\nrequire github.com/danielgtaylor/huma/v2 v2.39.1\n"
    backend = by_folder(write(tmp_path, {"go.mod": mod, "main.go": main}))["."]
    assert first(backend, FindingKind.FRAMEWORK) == ("Huma", "v2.39.1")


_APP_IMPORTS = """import { ConfigModule, ConfigService } from '@nestjs/config'
import { TypeOrmModule } from '@nestjs/typeorm'

export const imports = [
  TypeOrmModule.forRootAsync({
    imports: [ConfigModule],
    inject: [ConfigService],
    useFactory: (configService: ConfigService) => {
      const type: any = configService.get<string>('DATABASE_DRIVER', '%s')
      return ({
        type,
        url: configService.get<string>('DATABASE_URL'),
      })
    },
  }),
]
"""

_COMPOSE = """version: "3"
services:
  maria:
    image: mariadb
  postgres:
    image: postgres:10-alpine
"""


def _nest(root: Path, driver: str) -> Path:
    deps = {
        "@nestjs/core": "^8.3.1",
        "@nestjs/typeorm": "^8.0.3",
        "mysql2": "^2.3.3",
        "pg": "^8.7.3",
        "sqlite3": "^5.0.2",
        "typeorm": "^0.2.44",
    }
    main = (
        "import { NestFactory } from '@nestjs/core'\nimport { AppModule } from './app.module'\n"
        "async function bootstrap() {\n  const app = await NestFactory.create(AppModule)\n"
        "  await app.listen(3000)\n}\nbootstrap()\n"
    )
    return write(
        root,
        {
            "package.json": package_json(deps),
            "docker-compose.yml": _COMPOSE,
            "src/main.ts": main,
            "src/app.imports.ts": _APP_IMPORTS % driver,
        },
    )


def test_a_nest_config_lookup_default_picks_the_engine(tmp_path: Path) -> None:
    assert _engine(_nest(tmp_path, "sqlite")) == "SQLite"


def test_a_nest_config_lookup_default_naming_a_server(tmp_path: Path) -> None:
    root = _nest(tmp_path, "postgres")
    (root / "docker-compose.yml").write_text(_COMPOSE.split("  postgres:")[0])
    assert _engine(root) == "PostgreSQL"
