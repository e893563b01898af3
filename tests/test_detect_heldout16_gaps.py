"""Generic gaps the sixteenth held-out set showed (benchmarks/detect_heldout16.yaml), each as a
small fixture of the real files' shape (#19): an ASP.NET MVC 5 project on the .NET Framework
(an old-style project whose packages are named by its assemblies' hint paths); a Next.js app
started by its own custom server beside a workspace's other services; Lumen and its stock
mysql connection; a Python function returning a SQLite URL when nothing is configured; a Go
program's shipped config naming a database file; a JVM program's own `datasource:` dialect; a
Spring `mybatis-plus:` section; servers under `scripts/` are the developers' tools."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- .NET Framework: ASP.NET MVC 5, Entity Framework 6, MSTest --------------------------------

_CLASSIC = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="12.0" DefaultTargets="Build" '
    'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n"
    "    <TargetFrameworkVersion>v4.6</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n{references}\n  </ItemGroup>\n{extra}</Project>\n"
)


def _reference(assembly: str, package: str) -> str:
    return (
        f'    <Reference Include="{assembly}, Version=1.0.0.0, Culture=neutral">\n'
        f"      <HintPath>..\\packages\\{package}\\lib\\net45\\{assembly}.dll</HintPath>\n"
        "    </Reference>"
    )


def _bonobo(global_asax: bool = True) -> dict[str, str]:
    web = "\n".join((
        _reference("System.Web.Mvc", "Microsoft.AspNet.Mvc.5.2.7"),
        _reference("EntityFramework", "EntityFramework.6.1.3"),
        _reference("System.Data.SQLite", "System.Data.SQLite.Core.1.0.104.0"),
        _reference("System.Data.SQLite.EF6", "System.Data.SQLite.EF6.1.0.104.0"),
    ))
    tests = "\n".join((
        _reference("System.Web.Mvc", "Microsoft.AspNet.Mvc.5.2.7"),
        _reference("Microsoft.VisualStudio.TestPlatform.TestFramework",
                   "MSTest.TestFramework.2.1.2"),
    ))
    project_reference = (
        '  <ItemGroup>\n    <ProjectReference Include="..\\Git.Server\\Git.Server.csproj" />\n'
        "  </ItemGroup>\n"
    )
    files = {
        "Git.Server.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "Git.Server/Git.Server.csproj": _CLASSIC.format(references=web, extra=""),
        "Git.Server/web.config": (
            "<configuration>\n  <connectionStrings>\n"
            '    <add name="Context" connectionString="Data Source=|DataDirectory|app.db;" '
            'providerName="System.Data.SQLite" />\n'
            '    <!--<add name="Context" connectionString="Server=.;Database=git;" '
            'providerName="System.Data.SqlClient" />-->\n'
            "  </connectionStrings>\n</configuration>\n"
        ),
        "Git.Server/Controllers/HomeController.cs": (
            "using System.Web.Mvc;\n\nnamespace Git.Server.Controllers\n{\n"
            "    public class HomeController : Controller { }\n}\n"
        ),
        "Git.Server.Test/Git.Server.Test.csproj": _CLASSIC.format(
            references=tests, extra=project_reference
        ),
        "Git.Server.Test/UnitTests.cs": (
            "using Microsoft.VisualStudio.TestTools.UnitTesting;\n\n"
            "[TestClass]\npublic class UnitTests { [TestMethod] public void Works() { } }\n"
        ),
    }
    if global_asax:
        files["Git.Server/Global.asax.cs"] = (
            "using System.Web;\nusing System.Web.Mvc;\n\nnamespace Git.Server\n{\n"
            "    public class MvcApplication : HttpApplication\n    {\n"
            "        protected void Application_Start()\n        {\n"
            "            AreaRegistration.RegisterAllAreas();\n        }\n    }\n}\n"
        )
    return files


def test_an_aspnet_mvc_5_project_is_the_backend_and_its_test_project_is_not(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _bonobo()))
    assert list(found) == ["Git.Server"]
    backend = found["Git.Server"]
    # The platform it runs on, as an ASP.NET Core project's target framework is.
    assert first(backend, K.FRAMEWORK) == ("ASP.NET MVC", "4.6")
    assert first(backend, K.ORM) == ("Entity Framework", "6.1.3")
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert first(backend, K.TEST) == ("MSTest", "2.1.2")


def test_the_mvc_package_alone_makes_the_service(tmp_path: Path) -> None:
    # No Global.asax.cs read: the package its assemblies come from still names the framework.
    found = by_folder(write(tmp_path, _bonobo(global_asax=False)))
    assert list(found) == ["Git.Server"]
    assert first(found["Git.Server"], K.FRAMEWORK)[0] == "ASP.NET MVC"


def test_a_commented_web_config_provider_is_no_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _bonobo()))["Git.Server"]
    engines = [f.name for f in backend.findings if f.kind is K.DATABASE]
    assert "SQL Server" not in engines


# --- Node: a Next.js app started by its own server, beside a Hono service ---------------------

_CUSTOM_SERVER = (
    'import http from "node:http";\nimport next from "next";\n\n'
    'const dev = process.env.NODE_ENV !== "production";\n'
    "const app = next({ dev, turbopack: false });\nconst handle = app.getRequestHandler();\n\n"
    "app.prepare().then(() => {\n  http.createServer((req, res) => handle(req, res))"
    ".listen(3000);\n});\n"
)


def _platform(server: str) -> dict[str, str]:
    return {
        "package.json": package_json({}, scripts={"build": "pnpm -r build"}),
        "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
        "apps/web/package.json": package_json(
            {"next": "16.3.0", "drizzle-orm": "0.45.2", "postgres": "3.4.4"},
            scripts={"start": "node -r dotenv/config dist/server.mjs",
                     "build": "next build"},
        ),
        "apps/web/server/server.ts": server,
        "apps/web/pages/index.tsx": "export default function Home() { return null; }\n",
        "apps/api/package.json": package_json({"hono": "4.12.2"}),
        "apps/api/src/index.ts": (
            "import { Hono } from 'hono';\n\nconst app = new Hono();\nexport default app;\n"
        ),
    }


def test_a_next_app_with_a_custom_server_is_a_backend_beside_another(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _platform(_CUSTOM_SERVER)))
    assert sorted(found) == ["apps/api", "apps/web"]
    assert first(found["apps/web"], K.FRAMEWORK)[0] == "Next.js"
    assert first(found["apps/web"], K.ORM)[0] == "Drizzle"


def test_a_next_app_without_its_own_server_stays_a_library_beside_a_service(
    tmp_path: Path,
) -> None:
    server = "import http from 'node:http';\nhttp.createServer(() => {}).listen(3000);\n"
    assert sorted(by_folder(write(tmp_path, _platform(server)))) == ["apps/api"]


def test_a_next_app_handed_to_express_leaves_express_the_framework(tmp_path: Path) -> None:
    # Express serves the app and passes page requests on: Next.js only renders its pages.
    server = (
        "import express from 'express';\nimport next from 'next';\n\n"
        "const app = next({ dev: false });\nconst handle = app.getRequestHandler();\n\n"
        "app.prepare().then(() => {\n  const server = express();\n"
        "  server.all('*', (req, res) => handle(req, res));\n  server.listen(5055);\n});\n"
    )
    files = {
        "package.json": package_json(
            {"express": "4.18.2", "next": "14.2.4", "typeorm": "0.3.11", "sqlite3": "5.1.7"},
            scripts={"start": "node dist/index.js"},
        ),
        "server/index.ts": server,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Express"
    assert not backend.ambiguous


# --- PHP: Lumen and the connection it ships with ---------------------------------------------

def _lumen(extra: dict[str, str]) -> dict[str, str]:
    return {
        "composer.json": (
            '{\n  "require": {\n    "laravel/lumen-framework": "5.1.*"\n  },\n'
            '  "require-dev": {\n    "phpunit/phpunit": "^5.2"\n  }\n}\n'
        ),
        "bootstrap/app.php": (
            "<?php\n\n$app = new Laravel\\Lumen\\Application(\n    realpath(__DIR__.'/../')\n);\n"
        ),
        **extra,
    }


def test_lumen_is_named_and_runs_on_its_stock_mysql_connection(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _lumen({})))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Lumen"
    assert first(backend, K.ORM)[0] == "Eloquent"
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_an_env_example_outranks_lumens_stock_connection(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _lumen({".env.example": "DB_CONNECTION=sqlite\n"})))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


# --- Python: the SQLite URL returned when no connection is configured -------------------------

_CONFIG = (
    "import os\n\n\ndef get_env_database_connection_str() -> str:\n"
    '    if url := os.getenv("APP_SQL_DATABASE_URL"):\n        return url\n\n'
    "{tail}\n"
)


def _python_app(tail: str) -> dict[str, str]:
    return {
        "pyproject.toml": (
            '[project]\nname = "app"\ndependencies = [\n    "fastapi",\n    "sqlalchemy",\n'
            '    "aiosqlite",\n    "asyncpg",\n]\n'
        ),
        "src/app/server.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
        "src/app/config.py": _CONFIG.format(tail=tail),
        "docker-compose.yml": (
            "services:\n  app:\n    build: .\n    environment:\n"
            "      - APP_SQL_DATABASE_URL=postgresql://postgres:postgres@db:5432/postgres\n"
            "  db:\n    image: postgres:16\n"
        ),
    }


def test_the_sqlite_url_a_connection_function_falls_back_to_is_the_default(
    tmp_path: Path,
) -> None:
    tail = '    working_dir = os.getcwd()\n    return f"sqlite:///{working_dir}/app.db"'
    backend = by_folder(write(tmp_path, _python_app(tail)))["."]
    # Over the Compose file's postgres: one recipe for deploying it, not its own default.
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_sqlite_url_returned_only_in_a_branch_is_no_default(tmp_path: Path) -> None:
    tail = (
        '    if os.getenv("APP_LOCAL"):\n        return "sqlite:///app.db"\n'
        '    raise RuntimeError("no database")'
    )
    backend = by_folder(write(tmp_path, _python_app(tail)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Go: the shipped config's database file ---------------------------------------------------

def _go_app(config: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/labstack/echo/v4 v4.15.4", "gorm.io/gorm v1.31.2",
            "gorm.io/driver/mysql v1.6.0", "gorm.io/driver/postgres v1.6.0",
            "github.com/glebarez/sqlite v1.11.0",
        ),
        "main.go": (
            'package main\n\nimport "github.com/labstack/echo/v4"\n\n'
            "func main() { e := echo.New(); e.Start(\":6157\") }\n"
        ),
        "internal/db/db.go": (
            'package db\n\nimport (\n\t"github.com/glebarez/sqlite"\n'
            '\t"gorm.io/driver/mysql"\n\t"gorm.io/driver/postgres"\n\t"gorm.io/gorm"\n)\n'
        ),
        "config.yml": config,
    }


def test_a_database_file_in_the_shipped_config_is_sqlite(tmp_path: Path) -> None:
    config = "# URI of the database. Default: app.db (SQLite)\ndb-uri: app.db\n"
    backend = by_folder(write(tmp_path, _go_app(config)))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_server_url_in_the_shipped_config_is_no_sqlite_default(tmp_path: Path) -> None:
    config = "db-uri: postgres://app:app@localhost:5432/app\n"
    backend = by_folder(write(tmp_path, _go_app(config)))["."]
    assert first(backend, K.DATABASE)[0] != "SQLite"


# --- JVM: the program's own config.yaml dialect; a Spring `mybatis-plus:` section -------------

_SERVICE_POM = (
    "<project>\n  <artifactId>console</artifactId>\n  <dependencies>\n{deps}\n"
    "  </dependencies>\n</project>\n"
)
_MAIN = (
    "package com.example;\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication;"
    "\n\n@SpringBootApplication\npublic class ConsoleApplication {}\n"
)


def _console(files: dict[str, str], *deps: str) -> dict[str, str]:
    return {
        "pom.xml": _SERVICE_POM.format(deps="\n".join(
            (dep("org.springframework.boot", "spring-boot-starter-web", version="2.7.11"),
             *deps)
        )),
        "src/main/java/com/example/ConsoleApplication.java": _MAIN,
        **files,
    }


def test_the_dialect_of_a_programs_own_config_yaml_is_its_engine(tmp_path: Path) -> None:
    config = (
        "# system database, default h2, mysql|pgsql|h2\ndatasource:\n"
        "    dialect: h2  #h2, mysql, pgsql\n    username:\n"
    )
    files = _console(
        {"src/main/resources/config.yaml": config},
        dep("com.h2database", "h2"), dep("mysql", "mysql-connector-java"),
        dep("org.postgresql", "postgresql"),
    )
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "H2"


def test_a_mybatis_plus_section_names_the_data_layer_a_packaged_server_brings(
    tmp_path: Path,
) -> None:
    config = (
        "spring:\n  application:\n    name: job-server\n\nmybatis-plus:\n"
        "  typeAliasesPackage: com.example.job.po\n"
    )
    files = _console({"src/main/resources/application.yml": config},
                     dep("com.example", "job-server-starter"))
    assert first(by_folder(write(tmp_path, files))["."], K.ORM)[0] == "MyBatis-Plus"


def test_a_nested_mybatis_plus_key_names_nothing(tmp_path: Path) -> None:
    config = "spring:\n  mybatis-plus:\n    enabled: false\n"
    files = _console({"src/main/resources/application.yml": config})
    assert first(by_folder(write(tmp_path, files))["."], K.ORM)[0] == ""


# --- Tooling: servers under scripts/ ----------------------------------------------------------

def test_servers_under_scripts_are_tools_beside_the_product(tmp_path: Path) -> None:
    files = {
        **_python_app('    return "sqlite:///app.db"'),
        "scripts/mock-server/package.json": package_json({"express": "5.2.1"}),
        "scripts/mock-server/src/server.ts": (
            "import express from 'express';\nconst app = express();\napp.listen(8080);\n"
        ),
        "scripts/dev/oidc/package.json": package_json({"fastify": "5.10.0", "pg": "8.22.0"}),
        "scripts/dev/oidc/Dockerfile": "FROM node:22\nCMD [\"node\", \"dist/server.js\"]\n",
        "scripts/dev/oidc/src/server.ts": (
            "import Fastify from 'fastify';\nconst fastify = Fastify({});\nfastify.listen();\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]


def test_a_server_under_scripts_alone_is_still_reported(tmp_path: Path) -> None:
    files = {
        "scripts/mock-server/package.json": package_json({"express": "5.2.1"}),
        "scripts/mock-server/src/server.ts": (
            "import express from 'express';\nconst app = express();\napp.listen(8080);\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["scripts/mock-server"]
