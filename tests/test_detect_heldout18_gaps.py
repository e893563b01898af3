"""Generic gaps the eighteenth held-out set showed (benchmarks/detect_heldout18.yaml), each as a
small fixture of the real files' shape (#19): a Compose service whose image is a runtime built
from a folder of the project that bind-mounts the project itself (Laravel Sail); a web page
for the tests in a folder named `test-…`; an example endpoint under `utilities/`; a Go getter
of the engine setting that starts at an engine, in a `db` package; Dropwizard taken through
its server bundles, versioned by the root's dependencyManagement, its application class
configured by a `…Config`; a `test_requirements.txt` pinning pytest; MSTest v1 referenced as
an installed assembly."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_heldout17_gaps import _OLD_STYLE
from test_detect_projects import dep, go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- Compose: Laravel Sail's runtime image runs the bind-mounted project ------------------------

_SAIL = (
    "services:\n  laravel.test:\n    build:\n      context: ./docker/8.4\n"
    "      dockerfile: Dockerfile\n    image: sail-8.4/app\n    volumes:\n"
    "      - '{mount}:/var/www/html'\n    depends_on:\n      - mariadb\n"
    "  mariadb:\n    image: 'mariadb:11'\n    environment:\n"
    "      MYSQL_DATABASE: '${{DB_DATABASE}}'\n"
)


def _laravel(mount: str) -> dict[str, str]:
    return {
        "composer.json": '{"require": {"laravel/framework": "^11.0"}}\n',
        "artisan": "<?php\n",
        "config/database.php": "<?php\nreturn ['default' => env('DB_CONNECTION', 'mysql')];\n",
        ".env.example": "APP_NAME=Demo\nDB_CONNECTION=mysql\nDB_HOST=mariadb\n",
        "docker/8.4/Dockerfile": "FROM ubuntu:24.04\n",
        "docker-compose.yml": _SAIL.format(mount=mount),
    }


def test_a_runtime_image_running_the_mounted_project_gives_it_the_mariadb(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _laravel(".")))["."]
    assert first(backend, K.DATABASE) == ("MariaDB", "11")


def test_a_named_volume_mounts_no_project(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _laravel("sail-data")))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


# --- Node: a page for the tests, an example endpoint among the utilities ------------------------

_EXPRESS_MAIN = "const express = require('express');\n\nconst app = express();\napp.listen(3000);\n"


def _node_repo(extra: str) -> dict[str, str]:
    return {
        "server/package.json": package_json({"express": "^4.17.1", "mysql": "^2.17.1"}),
        "server/index.js": _EXPRESS_MAIN,
        f"{extra}/package.json": package_json({"express": "^4.15.2", "hbs": "^4.0.6"}),
        f"{extra}/index.js": _EXPRESS_MAIN,
    }


def test_a_web_page_in_a_test_named_folder_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _node_repo("mvis/test-embed")))) == ["server"]


def test_an_endpoint_among_the_utilities_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _node_repo("utilities/externalModPhase")))
    assert list(found) == ["server"]


def test_a_folder_merely_containing_test_in_a_word_is_still_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _node_repo("contest-api")))
    assert sorted(found) == ["contest-api", "server"]


# --- Go: a getter of the engine setting in a `db` package ---------------------------------------

def _go_service(getter: str) -> dict[str, str]:
    files = {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.1",
            "github.com/lib/pq v1.11.2",
            "github.com/mattn/go-sqlite3 v1.14.37",
        ),
        "main.go": (
            'package main\n\nimport "github.com/gorilla/mux"\n\n'
            "func main() { r := mux.NewRouter(); _ = r }\n"
        ),
        "db/connector.go": (
            'package db\n\nimport "os"\n\n// GetDB - the database type\nfunc GetDB() string {\n'
            f'\tdatabase := "{getter}"\n\tif os.Getenv("DATABASE") != "" {{\n'
            '\t\tdatabase = os.Getenv("DATABASE")\n\t}\n\treturn database\n}\n'
        ),
    }
    # Shallow files enough to spend the ordinary quota, as in a real service's tree.
    for n in range(30):
        files[f"a{n:02}/x.go"] = f"package a{n:02}\n"
    return files


def test_a_getter_starting_at_sqlite_is_the_programs_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _go_service("sqlite")))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_a_getter_starting_at_postgres_is_the_programs_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _go_service("postgres")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- JVM: Dropwizard through its server bundles, versioned by the root -------------------------

_ROOT_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>app-parent</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <properties>
    <dropwizard.version>1.3.29</dropwizard.version>
  </properties>
  <modules>
    <module>model</module>
    <module>server</module>
  </modules>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.dropwizard</groupId>
        <artifactId>dropwizard-auth</artifactId>
        <version>${dropwizard.version}</version>
      </dependency>
    </dependencies>
  </dependencyManagement>
</project>
"""


def _module(artifact: str, deps: str) -> str:
    return (
        "<project>\n  <parent>\n    <groupId>org.example</groupId>\n"
        "    <artifactId>app-parent</artifactId>\n    <version>1.0</version>\n  </parent>\n"
        f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n{deps}\n"
        "  </dependencies>\n</project>\n"
    )


def _dropwizard(config: str) -> dict[str, str]:
    return {
        "pom.xml": _ROOT_POM,
        "model/pom.xml": _module(
            "app-model", dep("org.jooq", "jooq") + "\n" + dep("mysql", "mysql-connector-java")
        ),
        "server/pom.xml": _module(
            "app-server",
            dep("org.example", "app-model") + "\n" + dep("io.dropwizard", "dropwizard-auth"),
        ),
        "server/src/main/java/org/example/AppService.java": (
            "package org.example;\n\nimport io.dropwizard.Application;\n\n"
            f"public class AppService extends Application<{config}> {{\n"
            "  public static void main(String[] args) throws Exception {\n"
            "    new AppService().run(args);\n  }\n}\n"
        ),
    }


def test_dropwizard_through_its_auth_bundle_versioned_by_the_root(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _dropwizard("AppConfig")))
    assert list(found) == ["server"]
    assert first(found["server"], K.FRAMEWORK) == ("Dropwizard", "1.3.29")
    assert first(found["server"], K.DATABASE)[0] == "MySQL"


def test_a_dropwizard_client_alone_makes_no_server(tmp_path: Path) -> None:
    files = _dropwizard("AppConfig")
    files["server/pom.xml"] = _module("app-server", dep("io.dropwizard", "dropwizard-client"))
    del files["server/src/main/java/org/example/AppService.java"]
    assert "server" not in by_folder(write(tmp_path, files))


# --- Python: a test_requirements.txt beside requirements.txt ------------------------------------

def test_a_test_requirements_file_names_the_test_framework(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "Flask==3.1.3\nFlask-SQLAlchemy==3.0.3\n",
        "test_requirements.txt": "Flask-Testing >= 0.6.2\nmock >= 2.0.0\npytest==9.0.2\n",
        "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "e2e/interface.py": (
            "import unittest\n\n\nclass Interface:\n"
            "    def __init__(self):\n        self.assertions = unittest.TestCase()\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST) == ("pytest", "==9.0.2")
    # The test file's framework is a development dependency, never the service's framework.
    assert first(backend, K.FRAMEWORK)[0] == "Flask"


# --- .NET: MSTest v1 referenced as an installed assembly ---------------------------------------

def test_mstest_v1_referenced_from_the_gac_is_the_test_framework(tmp_path: Path) -> None:
    web = "\n".join((
        '    <Reference Include="System.Web.Mvc, Version=5.2.3.0" />',
        '    <Reference Include="Dapper">\n'
        "      <HintPath>..\\packages\\Dapper.1.50.2\\lib\\net451\\Dapper.dll</HintPath>\n"
        "    </Reference>",
        '    <Reference Include="Microsoft.AspNet.Mvc">\n'
        "      <HintPath>..\\packages\\Microsoft.AspNet.Mvc.5.2.3\\lib\\net45\\"
        "System.Web.Mvc.dll</HintPath>\n    </Reference>",
    ))
    tests = "\n".join((
        '    <Reference Include="Microsoft.VisualStudio.QualityTools.UnitTestFramework, '
        'Version=10.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" />',
        '    <ProjectReference Include="..\\App\\App.csproj" />',
    ))
    files = {
        "App.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "App/App.csproj": _OLD_STYLE.format(items=web),
        "App/Global.asax.cs": (
            "using System.Web.Mvc;\n\nnamespace App\n{\n    public class MvcApplication : "
            "System.Web.HttpApplication\n    {\n        protected void Application_Start()\n"
            "        {\n            AreaRegistration.RegisterAllAreas();\n        }\n    }\n}\n"
        ),
        "App.Tests/App.Tests.csproj": _OLD_STYLE.format(items=tests),
        "App.Tests/BaseTest.cs": (
            "using Microsoft.VisualStudio.TestTools.UnitTesting;\n\n"
            "[TestClass]\npublic class BaseTest {}\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["App"]
    assert first(found["App"], K.TEST) == ("MSTest", "")


# --- Python: an options schema's default engine ------------------------------------------------

def _options_app(default: str) -> dict[str, str]:
    files = {
        "requirements.txt": "-r requirements/base.txt\n",
        "requirements/base.txt": "django==3.2.25\n",
        "requirements/postgres.txt": "psycopg2-binary==2.9.9\n",
        "app/manage.py": (
            "import os\n\nfrom django.core.management import execute_from_command_line\n\n"
            'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")\n'
            "execute_from_command_line()\n"
        ),
        "app/utils/options.py": (
            "base_option_spec = {\n    \"Database\": {\n        \"DATABASE_ENGINE\": {\n"
            '            "type": "option",\n            "options": ("sqlite", "postgres"),\n'
            f'            "default": "{default}",\n'
            '            "description": "Which database backend to use",\n        },\n'
            "    },\n}\n"
        ),
        "docker-compose.yml": (
            "services:\n  postgres:\n    image: postgres:12\n    ports:\n"
            '      - "15432:5432"\n'
        ),
    }
    # Shallow modules enough to spend the ordinary quota, as in a real project's tree.
    for n in range(30):
        files[f"app/m{n:02}.py"] = "VALUE = 1\n"
    return files


def test_an_options_schemas_default_engine_is_the_programs_default(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _options_app("sqlite")))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_an_options_schema_defaulting_to_postgres_keeps_postgres(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _options_app("postgres")))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
