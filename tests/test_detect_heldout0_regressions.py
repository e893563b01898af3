"""Regressions session 34's sample of old sets found (benchmarks/detect_corpus.yaml and
detect_heldout40/47/51/56.yaml), each mended by narrowing the rule that caused it, and set
130's first-look miss, as small fixtures of the real files' shape with the rule's own case
beside them (#19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

# --- Django: the unset variable's SQLite branch, when the shipped Compose sets it ----------

_SETTINGS = (
    "import os\n\nimport dj_database_url\n\nBASE_DIR = os.path.dirname(__file__)\n\n"
    'if "DATABASE_URL" in os.environ:\n'
    '    DATABASES = {"default": dj_database_url.config(conn_max_age=500)}\n'
    "else:\n    DATABASES = {\n        \"default\": {\n"
    '            "ENGINE": "django.db.backends.sqlite3",\n'
    '            "NAME": os.path.join(BASE_DIR, "demodb"),\n        }\n    }\n'
)
_COMPOSE = (
    "services:\n  db:\n    image: postgres:18.1\n    environment:\n"
    "      POSTGRES_DB: app_db\n  app:\n    environment:\n"
    "      {key}: postgres://app_user:changeme@db/app_db\n"
    "    build:\n      context: .\n    ports:\n      - '8000:8000'\n"
)


def _django(key: str | None) -> dict[str, str]:
    files = {
        "requirements.txt": "Django>=6.0,<6.1\ndj-database-url==3.0.1\npsycopg[binary]>=3.3\n",
        "manage.py": "import os\nimport sys\n\n\ndef main():\n"
        '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")\n'
        "    from django.core.management import execute_from_command_line\n\n"
        "    execute_from_command_line(sys.argv)\n",
        "demo/settings.py": _SETTINGS,
        "demo/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
    }
    if key is not None:
        files["docker-compose.yml"] = _COMPOSE.format(key=key)
    return files


@pytest.mark.parametrize(
    ("key", "engine"),
    [
        # The shipped Compose sets the very variable the settings test for the app: as
        # deployed, the program takes the configured branch, the SQLite one is a developer's.
        ("DATABASE_URL", "PostgreSQL"),
        # Counter-cases: a Compose that sets some other variable, or none at all, leaves the
        # variable unset, and the unset branch's SQLite is the program's default (the rule's
        # own case, set 41's).
        ("OTHER_URL", "SQLite"),
        (None, "SQLite"),
    ],
)
def test_django_unset_default_yields_to_the_variable_compose_sets(
    tmp_path: Path, key: str | None, engine: str
) -> None:
    found = by_folder(write(tmp_path, _django(key)))
    assert first(found["."], K.DATABASE)[0] == engine


# --- Django: a deployment folder whose urls.py only mounts the project's routes -----------


def _projects(second_urls: str) -> dict[str, str]:
    wsgi = (
        "import os\n\nfrom django.core.wsgi import get_wsgi_application\n\n"
        'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{}.settings")\n\n'
        "application = get_wsgi_application()\n"
    )
    return {
        "setup.py": "from setuptools import setup\n\nsetup(name='booking')\n",
        "requirements.txt": "Django==2.2.28\npsycopg2==2.9.9\n",
        "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n"
        '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "booking.settings")\n'
        "    from django.core.management import execute_from_command_line\n"
        "    execute_from_command_line(sys.argv)\n",
        "booking/__init__.py": "",
        "booking/settings.py": "DATABASES = {'default': {'ENGINE': "
        "'django.db.backends.postgresql', 'NAME': 'booking'}}\nROOT_URLCONF = 'booking.urls'\n",
        "booking/urls.py": "from django.urls import path\n\nurlpatterns = []\n",
        "booking/wsgi.py": wsgi.format("booking"),
        # Deployment settings over the project's, for its container and uWSGI.
        "site2/__init__.py": "",
        "site2/settings.py": "from booking.settings import *\n\nROOT_URLCONF = 'site2.urls'\n",
        "site2/urls.py": second_urls,
        "site2/wsgi.py": wsgi.format("site2"),
    }


@pytest.mark.parametrize(
    ("urls", "folders"),
    [
        # Its routes are the project's own, mounted under a prefix: the project deployed.
        (
            "from django.urls import path\nfrom django.conf.urls import include\n"
            "from django.conf import settings\n\nurlpatterns = [\n"
            "    path(settings.MOUNT_PATH, include('booking.urls')),\n]\n",
            ["."],
        ),
        # Counter-case: routes of its own (its views) make a second project, as the rule
        # that splits them was written for.
        (
            "from django.urls import path\n\nfrom . import views\n\nurlpatterns = [\n"
            "    path('reports/', views.index),\n]\n",
            [".", "site2"],
        ),
    ],
)
def test_django_deployment_folder_mounting_the_projects_routes_is_no_project(
    tmp_path: Path, urls: str, folders: list[str]
) -> None:
    assert sorted(by_folder(write(tmp_path, _projects(urls)))) == folders


# --- npm: an Nx project under the root's one lock ------------------------------------------


def _nx(tmp_path: Path, nx: bool) -> str:
    import json

    # The root installs the tools (Nest's CLI, bringing Nest 11); the lock lists no folder.
    root = {"name": "admin", "version": "4.0.0", "private": True,
            "devDependencies": {"@nestjs/cli": "^11.0.0"}}
    lock = {"name": "admin", "version": "4.0.0", "lockfileVersion": 3, "requires": True,
            "packages": {
                "": {"name": "admin", "version": "4.0.0",
                     "devDependencies": {"@nestjs/cli": "^11.0.0"}},
                "node_modules/@nestjs/cli": {"version": "11.0.10", "dev": True},
                "node_modules/@nestjs/core": {"version": "11.1.28"},
                "node_modules/@nestjs/common": {"version": "11.1.28"},
            }}
    files = {
        "package.json": json.dumps(root, indent=2) + "\n",
        "package-lock.json": json.dumps(lock, indent=2) + "\n",
        # The project's own manifest lists what it publishes, with older ranges.
        "packages/api/package.json": json.dumps(
            {"name": "@org/api", "version": "4.0.0", "main": "dist/main.js",
             "dependencies": {"@nestjs/core": "^10.4.19", "@nestjs/common": "^10.3.9"}},
            indent=2) + "\n",
        "packages/api/src/main.ts": "import { NestFactory } from '@nestjs/core';\n"
        "import { AppModule } from './app.module';\n\nasync function bootstrap() {\n"
        "  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\n"
        "bootstrap();\n",
    }
    if nx:
        files["nx.json"] = '{\n  "targetDefaults": {}\n}\n'
        files["packages/api/project.json"] = (
            '{\n  "name": "api",\n  "projectType": "application"\n}\n'
        )
    return first(by_folder(write(tmp_path, files))["packages/api"], K.FRAMEWORK)[1]


def test_an_nx_project_runs_on_the_root_locks_release(tmp_path: Path) -> None:
    # Nx builds and serves each project (its project.json) from the root's one install.
    assert _nx(tmp_path, nx=True) == "11.1.28"


def test_a_nested_package_outside_an_nx_workspace_keeps_its_range(tmp_path: Path) -> None:
    # Counter-case (the narrowed rule's own, set 98's): a lock that neither lists the folder
    # nor serves it as a workspace or an Nx project lends it nothing.
    assert _nx(tmp_path, nx=False) == "^10.4.19"


# --- Spring: Boot's core modules in a Spring MVC war ---------------------------------------

_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>registry-api</artifactId>
  <version>1.0.0</version>
  <packaging>war</packaging>
  <dependencies>
    <dependency>
      <groupId>org.springframework</groupId>
      <artifactId>spring-webmvc</artifactId>
      <version>6.1.6</version>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-autoconfigure</artifactId>
      <version>3.2.5</version>
    </dependency>
    <dependency>
      <groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot</artifactId>
      <version>3.2.5</version>
    </dependency>
  </dependencies>
</project>
"""
_INITIALIZER = """package org.example.registry;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.springframework.web.WebApplicationInitializer;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

public class RegistryWebappInitializer implements WebApplicationInitializer {
    @Override
    public void onStartup(ServletContext container) {
        AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
        ServletRegistration.Dynamic dispatcher =
            container.addServlet("dispatcher", new DispatcherServlet(context));
        dispatcher.addMapping("/");
    }
}
"""
_BOOT_MAIN = """package org.example.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegistryApplication {
    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }
}
"""


@pytest.mark.parametrize(
    ("boot_main", "framework"),
    [
        # A war registering the DispatcherServlet itself, Boot's modules declared for a few of
        # their classes: Spring MVC, not Spring Boot.
        (False, "Spring MVC"),
        # Counter-case (the rule's own): the same modules with Boot's entry point in the code.
        (True, "Spring Boot"),
    ],
)
def test_boot_core_modules_beside_a_spring_mvc_initializer(
    tmp_path: Path, boot_main: bool, framework: str
) -> None:
    java = "src/main/java/org/example/registry/"
    files = {"pom.xml": _POM, java + "RegistryWebappInitializer.java": _INITIALIZER}
    if boot_main:
        files[java + "RegistryApplication.java"] = _BOOT_MAIN
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)[0] == framework


# --- Node: a registry package requiring the drivers of several engines --------------------


def test_a_package_on_several_engines_drivers_names_no_engine(tmp_path: Path) -> None:
    # A connector to whatever database its user names (Knex beside mysql2, pg, tedious and
    # better-sqlite3) opens no engine of the server's own; the models package on one driver
    # (the rule's own case) still lends its engine.
    from test_detect_heldout28_lent_engine import _SCHEMA_REQUIRES, _tree

    several = {**_SCHEMA_REQUIRES, "mysql2": "^3.11.0", "tedious": "^16.6.1",
               "better-sqlite3": "^9.4.0"}
    backend = by_folder(write(tmp_path / "several", _tree(several)))["."]
    assert first(backend, K.DATABASE) == ("", "")
    backend = by_folder(write(tmp_path / "one", _tree(_SCHEMA_REQUIRES)))["."]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Go: one module per engine, named for it, past the walk's ordinary quota ---------------

_GO_MOD = (
    "module example.com/fleet\n\ngo 1.21\n\nrequire (\n"
    "\tgithub.com/gin-gonic/gin v1.10.0\n\tgorm.io/gorm v1.24.6\n"
    "\tgorm.io/driver/mysql v1.4.7\n\tgorm.io/driver/postgres v1.4.8\n)\n"
)
_OPEN = (
    "package database\n\nimport (\n\t\"gorm.io/driver/{driver}\"\n\t\"gorm.io/gorm\"\n)\n\n"
    "func new{name}(dsn string) (*gorm.DB, error) {{\n"
    "\treturn gorm.Open({driver}.Open(dsn), &gorm.Config{{}})\n}}\n"
)
_COMPOSE_MARIADB = (
    "services:\n  mysql:\n    image: mariadb:10.6\n  manager:\n    image: example/manager\n"
    "    depends_on:\n      - mysql\n"
)


def test_go_modules_named_for_each_engine_choose_none(tmp_path: Path) -> None:
    # `postgres.go` beside `mysql.go`, each opening its engine: the walk reads neither as a
    # settings module (the Node-only stem), so neither looks chosen over the other, and the
    # deployment's MariaDB stays first.
    files = {
        "go.mod": _GO_MOD,
        "cmd/manager/main.go": "package main\n\nimport \"github.com/gin-gonic/gin\"\n\n"
        "func main() {\n\tr := gin.New()\n\tr.Run()\n}\n",
        "deploy/docker-compose/docker-compose.yaml": _COMPOSE_MARIADB,
        "manager/database/mysql.go": _OPEN.format(driver="mysql", name="Mysql"),
        "manager/database/postgres.go": _OPEN.format(driver="postgres", name="Postgres"),
    }
    # Code enough to spend the walk's ordinary quota before the database modules.
    for index in range(40):
        files[f"client/util/file{index:02}.go"] = (
            f"package util\n\nfunc F{index}() int {{ return {index} }}\n"
        )
    engine = first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0]
    assert engine != "PostgreSQL"


# --- Node: Sequelize built in each branch of an environment variable's test ----------------

_MYSQL = (
    "    module.exports = new Sequelize(process.env.DB_NAME, process.env.DB_USER,"
    " process.env.DB_PASS, {{\n        host: process.env.DB_HOST || \"localhost\",\n"
    "        dialect: 'mysql',\n        logging: false\n    }});\n"
)
_SQLITE = "    module.exports = new Sequelize({{dialect: 'sqlite', storage: STORAGE_PATH}});\n"
_DATABASE_JS = (
    "const {{Sequelize}} = require('sequelize');\n\n"
    "const STORAGE_PATH = `data/storage.db`;\n\n"
    "if ({first}) {{\n\n" + _MYSQL + "}} else if ({second}) {{\n" + _SQLITE
    + "}} else {{\n    throw new Error(\"Invalid database type\");\n}}\n"
)


@pytest.mark.parametrize(
    ("first_test", "second_test", "engine"),
    [
        # MySQL only when the variable says so; SQLite when it is unset: SQLite is the default.
        ('process.env.DB_TYPE === "mysql"',
         '!process.env.DB_TYPE || process.env.DB_TYPE === "sqlite"', "SQLite"),
        # Counter-case: the MySQL branch is the one taken unset; the SQLite one is opted into.
        ('!process.env.DB_TYPE || process.env.DB_TYPE === "mysql"',
         'process.env.DB_TYPE === "sqlite"', "MySQL"),
    ],
)
def test_node_sequelize_branch_taken_with_the_variable_unset_is_the_default(
    tmp_path: Path, first_test: str, second_test: str, engine: str
) -> None:
    import json

    package = {"name": "speed", "version": "1.0.0", "main": "server/index.js",
               "dependencies": {"express": "^4.21.1", "sequelize": "^6.37.4",
                                "mysql2": "^3.11.3", "sqlite3": "^5.1.7"}}
    files = {
        "package.json": json.dumps(package, indent=2) + "\n",
        "server/index.js": "const express = require('express');\n"
        "const db = require('./config/database');\n\nconst app = express();\n"
        "app.get('/api/results', async (req, res) => res.json(await db.query('SELECT 1')));\n"
        "app.listen(5216);\n",
        "server/config/database.js": _DATABASE_JS.format(first=first_test, second=second_test),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == engine


# --- Django: an ORM's glue package only in the development requirements --------------------


@pytest.mark.parametrize(
    ("dev_requirements", "layer"),
    [
        # A Django project pinning SQLAlchemy for a deprecated module, whose development
        # requirements add SQLAlchemy-Utils for that module's tests: the development file
        # declares, it does not use, and Django's ORM stays the layer.
        ("pytest==8.3.3\npytest-django==4.9.0\nSQLAlchemy-Utils==0.41.2\n", "Django ORM"),
        # Counter-case (the glue rule's own): SQLAlchemy-Utils among the runtime requirements
        # is a second file the program uses SQLAlchemy from, and SQLAlchemy leads.
        (None, "SQLAlchemy"),
    ],
)
def test_django_orm_beside_a_glue_package_only_developers_install(
    tmp_path: Path, dev_requirements: str | None, layer: str
) -> None:
    files = {
        "requirements.txt": "Django==4.2.29\ngunicorn==23.0.0\npsycopg[binary]==3.2.10\n"
        "SQLAlchemy==1.4.54\n",
        "manage.py": "import os\nimport sys\n\n\ndef main():\n"
        '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")\n'
        "    from django.core.management import execute_from_command_line\n\n"
        "    execute_from_command_line(sys.argv)\n",
        "config/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\n"
        "application = get_wsgi_application()\n",
    }
    if dev_requirements is None:
        files["requirements-prod.txt"] = "SQLAlchemy-Utils==0.41.2\n"
    else:
        files["requirements-dev.txt"] = dev_requirements
    assert first(by_folder(write(tmp_path, files))["."], K.ORM)[0] == layer


# --- PHP: a Codeception unit suite whose folder the repository does not keep ---------------

_CODECEPTION = (
    "paths:\n  tests: tests\n  output: tests/_output\n  data: tests/_data\n"
    "  support: tests/_support\nactor_suffix: Tester\n"
)


@pytest.mark.parametrize(
    ("unit_suite", "unit_folder", "phpunit", "framework"),
    [
        # `codecept bootstrap`'s unit suite settings kept without their `unit/` folder (git
        # keeps no empty folder) while the unit tests are PHPUnit's, under phpunit.xml.dist:
        # the suite runs nothing, PHPUnit is the main framework.
        ("actor: UnitTester\nmodules:\n  enabled:\n    - Asserts\n", False, True, "PHPUnit"),
        # Counter-cases: the suite's folder holds Codeception unit tests (the rule's own
        # case), the settings name a folder of their own, or no PHPUnit configuration is
        # kept (a fixture of the rule's own, its folder left out): Codeception runs them.
        ("actor: UnitTester\nmodules:\n  enabled:\n    - Asserts\n", True, True, "Codeception"),
        ("actor: UnitTester\npath: unit-tests\nmodules:\n  enabled:\n    - Asserts\n", False,
         True, "Codeception"),
        ("actor: UnitTester\nmodules:\n  enabled:\n    - Asserts\n", False, False,
         "Codeception"),
    ],
)
def test_codeception_unit_suite_without_its_folder(
    tmp_path: Path, unit_suite: str, unit_folder: bool, phpunit: bool, framework: str
) -> None:
    files = {
        "composer.json": '{\n    "require": {\n        "php": ">=8.1",\n'
        '        "symfony/framework-bundle": "5.4.*",\n        "doctrine/orm": "^2.18"\n    },\n'
        '    "require-dev": {\n        "codeception/codeception": "^5.0",\n'
        '        "phpunit/phpunit": "^9.6"\n    }\n}\n',
        "src/Kernel.php": "<?php\n\nnamespace App;\n\n"
        "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\n"
        "class Kernel extends BaseKernel\n{\n}\n",
        "codeception.yml": _CODECEPTION,
        "tests/unit.suite.yml": unit_suite,
        "tests/acceptance.suite.yml": "actor: AcceptanceTester\nmodules:\n  enabled:\n"
        "    - WebDriver\n",
        "tests/acceptance/ContactCest.php": "<?php\n\nclass ContactCest\n{\n}\n",
        "app/phpunit.xml.dist": '<?xml version="1.0"?>\n<phpunit bootstrap="tests/bootstrap.php">'
        "\n</phpunit>\n",
        "app/bundles/CoreBundle/Tests/Unit/ParserTest.php": "<?php\n\n"
        "class ParserTest extends \\PHPUnit\\Framework\\TestCase\n{\n}\n",
    }
    if not phpunit:
        del files["app/phpunit.xml.dist"]
    if unit_folder:
        files["tests/unit/ParserTest.php"] = (
            "<?php\n\nclass ParserTest extends \\Codeception\\Test\\Unit\n{\n}\n"
        )
    assert first(by_folder(write(tmp_path, files))["."], K.TEST)[0] == framework


# --- Session 36's third sample: a query library outranking the ORM beside it ----------------


def _data_layer(backend: object) -> str:
    """The first ORM or query library, as measure_detect.py reads the data layer."""
    for finding in backend.findings:  # type: ignore[attr-defined]
        if finding.kind in (K.ORM, K.QUERY):
            return finding.name
    return "none"


_NEST_MAIN = (
    "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
    "const app = await NestFactory.create(AppModule);\nawait app.listen(3000);\n"
)


@pytest.mark.parametrize(
    ("db_deps", "layer"),
    [
        # The workspace's data package holds Prisma and exports its service: the modules
        # importing it query through Prisma, and Knex (which only writes SQL strings the
        # Prisma client runs) is imported by fewer of them.
        ({"@prisma/client": "5.11.0"}, "Prisma"),
        # Counter-case: a workspace package holding no ORM lends its importers to none, and
        # the modules importing Knex are the census's leader (the census's own case).
        ({"lodash": "^4.17.21"}, "Knex"),
    ],
)
def test_node_modules_importing_a_workspace_data_package_count_for_its_orm(
    tmp_path: Path, db_deps: dict[str, str], layer: str
) -> None:
    files = {
        "package.json": package_json({}, name="root", workspaces=["apps/*", "packages/*"]),
        "apps/api/package.json": package_json(
            {"@nestjs/core": "10.3.5", "@prisma/client": "5.11.0", "knex": "3.1.0",
             "@app/db": "workspace:^"}
        ).replace('"name": "app"', '"name": "@app/api"'),
        "apps/api/src/main.ts": _NEST_MAIN,
        "packages/db/package.json": package_json(db_deps).replace(
            '"name": "app"', '"name": "@app/db"'
        ),
        "packages/db/src/index.ts": "export * from './prisma.service';\n",
    }
    for name in ("record", "table", "view", "field", "base", "space", "user", "share"):
        files[f"apps/api/src/{name}/{name}.service.ts"] = (
            "import { Injectable } from '@nestjs/common';\n"
            "import { PrismaService } from '@app/db';\n\n"
            "@Injectable()\nexport class Service {\n"
            "  constructor(private prisma: PrismaService) {}\n"
            f"  all() {{ return this.prisma.{name}.findMany(); }}\n}}\n"
        )
    for name in ("aggregate", "search", "sort"):
        files[f"apps/api/src/query/{name}.ts"] = (
            "import { Knex } from 'knex';\n\n"
            f"export const {name} = (knex: Knex) => knex('t').select('*').toQuery();\n"
        )
    found = by_folder(write(tmp_path, files))
    assert _data_layer(found["apps/api"]) == layer


@pytest.mark.parametrize(
    ("orm", "layer"),
    [
        # Objection's models run on Knex: every service takes a `Knex.Transaction`, so more
        # files import Knex's types than Objection, and Objection is still the data layer.
        ("objection", "Objection"),
        # Counter-case: Sequelize is not built on Knex; the Knex most modules import leads
        # the census (the census's own case).
        ("sequelize", "Knex"),
    ],
)
def test_node_census_leaves_the_layer_an_orm_is_built_on_beneath_it(
    tmp_path: Path, orm: str, layer: str
) -> None:
    files = {
        "package.json": package_json(
            {"express": "^4.21.2", "knex": "^3.1.0", orm: "^3.1.5", "mysql2": "^3.11.4"}
        ),
        "src/server.js": "const express = require('express');\nconst app = express();\n"
        "app.listen(3000);\n",
    }
    for name in ("Account", "Invoice"):
        files[f"src/models/{name}.js"] = (
            f"const {{ Model }} = require('{orm}');\n\n"
            f"class {name} extends Model {{}}\nmodule.exports = {name};\n"
        )
    for name in ("accounts", "invoices", "bills", "items", "payments", "expenses", "journals"):
        files[f"src/services/{name}.ts"] = (
            "import { Knex } from 'knex';\n\n"
            f"export async function {name}(trx: Knex.Transaction) {{ return trx; }}\n"
        )
    assert _data_layer(by_folder(write(tmp_path, files))["."]) == layer


@pytest.mark.parametrize(
    ("deps", "layer"),
    [
        # Parse Server over MongoDB beside the mongodb driver its migration scripts open: Parse
        # Server is not bound to another engine than the primary one, so the driver does not
        # outrank it.
        ({"mongodb": "^7.2.0", "parse-server": "^8.6.84"}, "Parse Server"),
        # Counter-case: Mongoose is MongoDB's alone, and the settings choose PostgreSQL, so the
        # query library on the primary engine comes first (the rule's own case).
        ({"mongoose": "^8.0.0", "pg": "^8.11.0"}, "pg"),
    ],
)
def test_an_orm_not_bound_to_another_engine_stays_before_the_driver(
    tmp_path: Path, deps: dict[str, str], layer: str
) -> None:
    sql = "pg" in deps
    url = "postgres://app@db/app" if sql else "mongodb://localhost:27017/dev"
    files = {
        "package.json": package_json({"express": "^5.2.1", **deps}),
        "index.js": (
            "import express from 'express';\n"
            + ("" if sql else "import { ParseServer } from 'parse-server';\n")
            + f"const databaseUri = process.env.DATABASE_URI || '{url}';\n"
            "export const app = express();\napp.listen(8080);\n"
        ),
    }
    if not sql:
        files["migrationdb/createIndex.js"] = (
            "import { MongoClient } from 'mongodb';\n"
            "const uri = process.env.MONGODB_URI || 'mongodb://localhost:27017/dev';\n"
        )
    backend = by_folder(write(tmp_path, files))["."]
    assert _data_layer(backend) == layer


# --- nose's setup.cfg section beside a pytest a pyproject.toml chose (set 1) --------------

_NOSE_CFG = "[nosetests]\nstop=1\nverbosity=2\nwith-coverage=1\ncover-package=app\n"
_FLASK_APP = (
    "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/api/v1/ping')\n"
    "def ping():\n    return {'ok': True}\n"
)


@pytest.mark.parametrize(
    ("chosen", "test"),
    [
        # pytest in pyproject.toml's development dependency group (with its plugins), a
        # `[nosetests]` section left over in setup.cfg: pytest was chosen, it runs the suite.
        (True, "pytest"),
        # Counter-case (the rule's own, set 123's): pytest only in a frozen pip list beside
        # nose's section: nose runs the suite.
        (False, "nose"),
    ],
)
def test_nose_section_beside_a_pytest_pyproject_chose(
    tmp_path: Path, chosen: bool, test: str
) -> None:
    files = {"setup.cfg": _NOSE_CFG, "app/__init__.py": _FLASK_APP}
    if chosen:
        files["pyproject.toml"] = (
            '[project]\nname = "app"\nversion = "1.0.0"\nrequires-python = ">=3.11"\n'
            'dependencies = [\n    "Flask==2.1.3",\n]\n\n[dependency-groups]\ndev = [\n'
            '    "pytest==8.4.2",\n    "pytest-xdist==3.8.0",\n    "pytest-cov==7.0.0",\n]\n'
        )
        files["requirements.txt"] = "flask==2.1.3\n"
    else:
        files["requirements.txt"] = "Flask==2.1.3\nnose==1.3.7\npytest==4.6.11\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == test


# --- Django: a Celery worker's settings star-importing the site's settings (set 12) -------

_SITE_SETTINGS = (
    "import os\n\nINSTALLED_APPS = ['django.contrib.admin', 'site_app']\n"
    "ROOT_URLCONF = 'site_app.urls'\nDATABASES = {'default': {\n"
    "    'ENGINE': 'django.db.backends.postgresql', 'NAME': 'app'}}\n"
)
_URLS = (
    # startproject's docstring, its examples no routes.
    '"""URL configuration.\n\nFunction views\n'
    "    2. Add a URL to urlpatterns:  path('', views.home, name='home')\n\"\"\"\n"
    "from django.contrib import admin\nfrom django.urls import path\n\n"
    "urlpatterns = [\n    path('admin/', admin.site.urls),\n]\n"
)


def _entry(module: str, kind: str) -> str:
    return (
        f"import os\n\nfrom django.core.{kind} import get_{kind}_application\n\n"
        f'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{module}")\n\n'
        f"application = get_{kind}_application()\n"
    )


def _site_and_worker(star: bool) -> dict[str, str]:
    worker_settings = (
        "from site_app.settings import *  # noqa\n\n"
        if star
        else "import os\n\nDATABASES = {'default': {\n"
        "    'ENGINE': 'django.db.backends.postgresql', 'NAME': 'reports'}}\n"
    )
    worker_settings += (
        "CELERY_BROKER_URL = 'redis://broker:6379/0'\n"
        "INSTALLED_APPS = ['django.contrib.admin', 'worker']\n"
        "ROOT_URLCONF = 'worker.urls'\nWSGI_APPLICATION = 'worker.wsgi.application'\n"
    )
    return {
        "pyproject.toml": '[project]\nname = "site"\nversion = "1.0.0"\n'
        'dependencies = ["Django==5.2.16", "celery==5.5.3", "psycopg2==2.9.10"]\n',
        "manage.py": "import os\nimport sys\n\n\ndef main():\n"
        '    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_app.settings")\n'
        "    from django.core.management import execute_from_command_line\n\n"
        "    execute_from_command_line(sys.argv)\n",
        "site_app/__init__.py": "",
        "site_app/settings.py": _SITE_SETTINGS,
        "site_app/urls.py": _URLS,
        "site_app/wsgi.py": _entry("site_app.settings", "wsgi"),
        "worker/__init__.py": "from .celery import app as celery_app\n",
        "worker/celery.py": "import os\n\nfrom celery import Celery\n\n"
        'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "worker.settings")\n'
        'app = Celery("worker")\n',
        "worker/settings.py": worker_settings,
        "worker/urls.py": _URLS,
        "worker/wsgi.py": _entry("worker.settings", "wsgi"),
        "worker/asgi.py": _entry("worker.settings", "asgi"),
    }


def test_a_worker_settings_star_importing_the_sites_is_no_project(tmp_path: Path) -> None:
    """The Celery app's folder has a wsgi.py, settings and urls of its own, but its settings
    begin `from site_app.settings import *`: the same project run as a worker, no backend."""
    assert sorted(by_folder(write(tmp_path, _site_and_worker(star=True)))) == ["."]


def test_two_projects_with_settings_of_their_own_still_split(tmp_path: Path) -> None:
    """Counter-case (the rule's own, set 123's): settings written apart, two projects."""
    assert sorted(by_folder(write(tmp_path, _site_and_worker(star=False)))) == [".", "worker"]


# --- Session 37's fifth sample: a Go census reading imports spelled with capitals ----------

_SQ_MOD = """module github.com/example/music

go 1.24

require (
\tgithub.com/Masterminds/squirrel v1.5.4
\tgithub.com/go-chi/chi/v5 v5.2.0
\tgithub.com/mattn/go-sqlite3 v1.14.22
\tgithub.com/pocketbase/dbx v1.11.0
)
"""

_SQ_MAIN = """package main

import (
\t"net/http"

\t"github.com/example/music/persistence"
\t"github.com/go-chi/chi/v5"
)

func main() {
\tr := chi.NewRouter()
\tr.Get("/albums", persistence.Albums)
\thttp.ListenAndServe(":4533", r)
}
"""


def _go_repository(index: int, layers: tuple[str, ...]) -> str:
    imported = "".join(f'\t"{path}"\n' for path in layers)
    return (
        f"package persistence\n\nimport (\n{imported})\n\n"
        f"func Repository{index}() {{}}\n"
    )


@pytest.mark.parametrize(
    ("squirrel_files", "dbx_files", "layer"),
    [
        # Repositories build their SQL with squirrel (imported as go.mod spells it,
        # `github.com/Masterminds/squirrel`) in far more files than run it through dbx: the
        # census must count those imports, although the catalogue's keys are go.mod's paths
        # lowered, and squirrel is the data layer.
        (9, 3, "squirrel"),
        # Counter-case: dbx imported by far more files than squirrel leads the census (the
        # census's own case).
        (3, 9, "dbx"),
    ],
)
def test_go_census_counts_imports_spelled_with_capitals(
    tmp_path: Path, squirrel_files: int, dbx_files: int, layer: str
) -> None:
    files = {"go.mod": _SQ_MOD, "main.go": _SQ_MAIN}
    for index in range(squirrel_files):
        files[f"persistence/sq{index}.go"] = _go_repository(
            index, ("github.com/Masterminds/squirrel",)
        )
    for index in range(dbx_files):
        files[f"persistence/dbx{index}.go"] = _go_repository(
            100 + index, ("github.com/pocketbase/dbx",)
        )
    assert _data_layer(by_folder(write(tmp_path, files))["."]) == layer


_SQ_PGX_MOD = """module github.com/example/clean

go 1.24

require (
\tgithub.com/Masterminds/squirrel v1.5.4
\tgithub.com/gofiber/fiber/v2 v2.52.5
\tgithub.com/jackc/pgx/v5 v5.7.1
)
"""

_SQ_PGX_MAIN = """package main

import (
\t"github.com/example/clean/repo"
\t"github.com/gofiber/fiber/v2"
)

func main() {
\tapp := fiber.New()
\tapp.Get("/tasks", repo.Tasks)
\tapp.Listen(":8080")
}
"""


@pytest.mark.parametrize(
    ("pool_only_files", "layer"),
    [
        # Each repository builds its query with squirrel and runs it on a pgx pool: the two
        # are imported by as many files, the census decides nothing, and the query builder
        # outranks the driver that runs what it builds.
        (0, "squirrel"),
        # Counter-case: code written to the pool in far more files than squirrel is pgx's.
        (8, "pgx"),
    ],
)
def test_go_query_builder_over_a_pgx_pool(
    tmp_path: Path, pool_only_files: int, layer: str
) -> None:
    files = {"go.mod": _SQ_PGX_MOD, "main.go": _SQ_PGX_MAIN}
    both = ("github.com/Masterminds/squirrel", "github.com/jackc/pgx/v5/pgxpool")
    for index in range(3):
        files[f"repo/repo{index}.go"] = _go_repository(index, both).replace(
            "package persistence", "package repo"
        )
    for index in range(pool_only_files):
        files[f"repo/pool{index}.go"] = _go_repository(
            100 + index, ("github.com/jackc/pgx/v5/pgxpool",)
        ).replace("package persistence", "package repo")
    assert _data_layer(by_folder(write(tmp_path, files))["."]) == layer


# --- Session 37's fifth sample: a search engine's client beside the store it indexes ---------


@pytest.mark.parametrize(
    ("doobie", "engine"),
    [
        # The build lists elastic4s (the search index) and doobie-postgres (the layer the code
        # keeps its records with), both run-time dependencies: the search engine indexes the
        # store, so PostgreSQL is the primary engine, whatever line comes first.
        (True, "PostgreSQL"),
        # Counter-case: with elastic4s the only engine, the index is the service's database.
        (False, "Elasticsearch"),
    ],
)
def test_a_search_engine_ranks_below_a_store_seen_as_strongly(
    tmp_path: Path, doobie: bool, engine: str
) -> None:
    from test_detect_heldout122_sbt import _search

    files = _search("ember-server")
    if doobie:
        files["project/Dependencies.scala"] = files["project/Dependencies.scala"].replace(
            "  val weaver",
            '  val doobiePostgres = "org.tpolecat" %% "doobie-postgres" % "1.0.0-RC5"\n'
            "  val weaver",
        )
        files["build.sbt"] = files["build.sbt"].replace(
            "elastic4sHttp4sClient, weaver", "elastic4sHttp4sClient, doobiePostgres, weaver"
        )
    found = by_folder(write(tmp_path, files))["modules/app"]  # the project's own folder
    assert first(found, K.DATABASE)[0] == engine


# --- Session 37's fifth sample: a module inherited through a used module's Maven parent -------


def _inherited(app_uses_base: bool) -> dict[str, str]:
    from test_detect_heldout114_users import _BOOT, _ROOT, _dependency, _module

    api_parent = _module("api", _dependency("org.example", "store")).replace(
        "  <dependencies>", "  <packaging>pom</packaging>\n  <modules>\n"
        "    <module>base</module>\n  </modules>\n  <dependencies>"
    )
    base = _module("api-base", "").replace(
        "<artifactId>shop</artifactId>", "<artifactId>api</artifactId>"
    )
    app_deps = _dependency("org.springframework.boot", "spring-boot-starter-web")
    if app_uses_base:
        app_deps += _dependency("org.example", "api-base")
    modules = "".join(f"    <module>{m}</module>\n" for m in ("app", "store", "api"))
    return {
        "pom.xml": _ROOT.format(modules=modules),
        "app/pom.xml": _module("app", app_deps),
        "app/src/main/java/org/example/ShopApplication.java": _BOOT,
        "store/pom.xml": _module(
            "store",
            _dependency("org.hibernate.orm", "hibernate-core")
            + _dependency("org.postgresql", "postgresql"),
        ),
        "api/pom.xml": api_parent,
        "api/base/pom.xml": base,
    }


@pytest.mark.parametrize(
    ("app_uses_base", "orm"),
    [
        # The application depends on `api-base`, whose Maven parent `api` (a pom of modules)
        # names the `store` module in its own <dependencies>: api-base inherits it, so the
        # application reaches store and store's JPA is the application's.
        (True, "JPA / Hibernate"),
        # Counter-case: an application reaching no module below `api` does not reach store,
        # whose one known user (the api parent) is no service: it folds into none (set 114's
        # rule).
        (False, ""),
    ],
)
def test_a_used_modules_maven_parent_lends_its_module_dependencies(
    tmp_path: Path, app_uses_base: bool, orm: str
) -> None:
    app = by_folder(write(tmp_path, _inherited(app_uses_base)))["app"]
    assert first(app, K.ORM)[0] == orm
