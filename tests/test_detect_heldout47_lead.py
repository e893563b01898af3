"""Held-out set 47's misses the lead closed (benchmarks/detect_heldout47.yaml), as small
fixtures of the real files' shape (#19): an application keeping its dependencies in PEP 735
groups of a project with no build system, two frameworks in code of which one alone is
installed at run time, boto3's DynamoDB client, Spring's JDBC module on its own, league/route
over Doctrine DBAL, and DBAL as the schema builder's helper of a Laravel application."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_heldout41_42_redis import _files as _redis_laravel
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _pyproject(build_system: bool) -> str:
    build = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n'
    return (
        (build if build_system else "")
        + '[project]\nname = "bitcart-api"\nversion = "1.0.0"\nrequires-python = ">=3.12"\n'
        'dependencies = ["python-decouple", "rust-just>=1.46.0"]\n\n'
        '[dependency-groups]\ntest = ["pytest>=8.3.5"]\n'
        'web = ["fastapi>=0.115.6", "sqlalchemy[asyncio]>=2.0.36", "asyncpg>=0.30.0"]\n'
        'daemon-base = ["aiohttp<4.0"]\n\n'
        '[tool.uv]\nrequired-version = ">=0.9"\n'
    )


_BITCART = {
    "main.py": "from api.bootstrap import configure_production_app\n\n"
    "app = configure_production_app()\n",
    "api/bootstrap.py": "from fastapi import FastAPI\n\n\ndef configure_production_app():\n"
    "    app = FastAPI(title='Bitcart')\n    return app\n",
    "daemons/base.py": "from aiohttp import web\n\n\nclass BaseDaemon:\n"
    "    def start(self):\n        web.run_app(self.app, host=self.HOST, port=self.PORT)\n",
}


def test_a_uv_project_with_no_build_system_installs_its_groups(tmp_path: Path) -> None:
    files = {"pyproject.toml": _pyproject(build_system=False), **_BITCART}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "FastAPI"
    assert not backend.ambiguous
    assert first(backend, K.ORM)[0] == "SQLAlchemy"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_package_with_dependencies_keeps_its_groups_for_development(tmp_path: Path) -> None:
    # The other side: a package built and installed with its dependencies never installs its
    # groups: what they name is its developers' tooling.
    files = {"pyproject.toml": _pyproject(build_system=True), **_BITCART}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM) == ("", "")


@pytest.mark.parametrize(
    "call",
    [
        'boto3.client("dynamodb", region_name=config["region"])',
        "boto3.resource('dynamodb')",
        "session.resource('dynamodb')",
    ],
)
def test_boto3s_dynamodb_client_names_dynamodb_over_a_tools_sqlite(
    tmp_path: Path, call: str
) -> None:
    files = {
        "requirements.txt": "Flask==3.1.3\nboto3==1.40.0\n",
        "app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "website/dynamo.py": f"import boto3\n\n\ndef connect(config):\n    return {call}\n",
        "tools/logs-to-db.py": "import sqlite3\n\nconnection = sqlite3.connect('db.sqlite3')\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "DynamoDB"


def test_springs_jdbc_module_on_its_own_is_spring_jdbc(tmp_path: Path) -> None:
    files = {
        "settings.gradle": "rootProject.name = 'datarepo'\n",
        "build.gradle": "plugins {\n    id 'org.springframework.boot' version '3.3.4'\n}\n\n"
        "dependencies {\n"
        "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
        "    implementation 'org.springframework:spring-jdbc'\n"
        "    implementation 'org.apache.commons:commons-dbcp2'\n"
        "    implementation 'org.postgresql:postgresql'\n}\n",
        "src/main/java/bio/terra/Main.java": "package bio.terra;\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class Main {}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.QUERY)[0] == "Spring JDBC"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


_LEAGUE_COMPOSER = (
    '{\n  "require": {\n    "php": ">=8.1",\n    "league/route": "^5.1",\n'
    '    "doctrine/dbal": "~2.4",\n    "doctrine/migrations": "~2.3.5"\n  },\n'
    '  "require-dev": {\n    "phpunit/phpunit": "^9.5"\n  }\n}\n'
)
_FRONT_CONTROLLER = (
    "<?php\n\nuse League\\Container\\DefinitionContainerInterface;\n"
    "use League\\Route\\Router;\n\n$container = require __DIR__ . '/../bootstrap.php';\n"
    "$response = $container->get(Router::class)->handle($request);\n"
)


def test_league_route_over_doctrine_dbal(tmp_path: Path) -> None:
    files = {"composer.json": _LEAGUE_COMPOSER, "web/index.php": _FRONT_CONTROLLER}
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK)[0] == "league/route"
    assert not backend.ambiguous
    assert first(backend, K.QUERY)[0] == "Doctrine DBAL"


def test_a_library_using_league_route_is_no_backend(tmp_path: Path) -> None:
    files = {
        "app/composer.json": _LEAGUE_COMPOSER,
        "app/web/index.php": _FRONT_CONTROLLER,
        "lib/composer.json": '{\n  "name": "acme/routing",\n  "type": "library",\n'
        '  "require": {\n    "league/route": "^5.1"\n  }\n}\n',
        "lib/src/RouterFactory.php": "<?php\n\nnamespace Acme\\Routing;\n\n"
        "use League\\Route\\Router;\n\nclass RouterFactory\n{\n}\n",
    }
    assert set(by_folder(write(tmp_path, files))) == {"app"}


def test_dbal_for_laravels_schema_builder_is_no_data_layer(tmp_path: Path) -> None:
    # A Laravel application keeping its data in Redis requires DBAL for its old migrations'
    # column changes: no data layer of its code's.
    files = _redis_laravel()
    files["composer.json"] = files["composer.json"].replace(
        '"predis/predis": "^1.1"', '"predis/predis": "^1.1",\n        "doctrine/dbal": "^2.5"'
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "Redis"
    assert first(backend, K.QUERY) == ("", "")
    assert first(backend, K.ORM) == ("", "")


def test_eloquent_ranks_above_the_schema_builders_dbal(tmp_path: Path) -> None:
    files = {
        "composer.json": '{\n  "require": {\n    "laravel/framework": "^10.0",\n'
        '    "doctrine/dbal": "^3.0"\n  }\n}\n',
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "app/Models/User.php": "<?php\n\nnamespace App\\Models;\n\n"
        "use Illuminate\\Database\\Eloquent\\Model;\n\nclass User extends Model\n{\n}\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    data = [f.name for f in backend.findings if f.kind in (K.ORM, K.QUERY)]
    assert data[0] == "Eloquent"
