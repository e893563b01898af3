"""A Compose database a built service depends on beside a pulled admin UI, as set 47 showed it
again (benchmarks/detect_heldout47.yaml, #19): Laravel Sail's docker-compose.yml builds the
runtime image from `./docker/8.5`, bind-mounts the project and depends on `mysql`; a pulled
database browser under a profile (`PMA_HOST: mysql`) depends on it too. The database is the
built application's: a pulled program addressing a database claims it only when no service
built from the tree depends on it (the simulator of set 300, whose gateway waits only for
it, keeps its claim)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import compose_claims
from designer.model.stack import FindingKind as K

_COMPOSER = (
    '{\n    "name": "acme/themes",\n    "require": {\n        "php": "^8.4",\n'
    '        "laravel/framework": "^12.0"\n    }\n}\n'
)

_SAIL = """services:
    laravel.test:
        build:
            context: ./docker/8.5
            dockerfile: Dockerfile
        image: sail-8.5/app
        environment:
            WWWUSER: '${WWWUSER:-1000}'
            LARAVEL_SAIL: 1
        volumes:
            - '.:/var/www/html'
        depends_on:
            - mysql
            - redis
    mysql:
        image: 'mysql:8.4'
        environment:
            MYSQL_DATABASE: '${DB_DATABASE}'
    redis:
        image: 'redis:alpine'
    phpmyadmin:
        image: phpmyadmin/phpmyadmin
        profiles:
            - local
        environment:
            PMA_HOST: mysql
            PMA_PORT: 3306
        depends_on:
            - mysql
"""


def _app() -> dict[str, str]:
    return {
        "composer.json": _COMPOSER,
        "artisan": "#!/usr/bin/env php\n<?php\n",
        "bootstrap/app.php": "<?php\n\n$app = new Illuminate\\Foundation\\Application(\n);\n",
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/', fn () => view('home'));\n",
        "docker/8.5/Dockerfile": "FROM ubuntu:24.04\nWORKDIR /var/www/html\n",
        "docker-compose.yml": _SAIL,
    }


def test_a_pulled_admin_ui_leaves_the_database_to_the_built_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _app()))
    assert first(found["."], K.FRAMEWORK)[0] == "Laravel"
    assert first(found["."], K.DATABASE)[0] == "MySQL"


def test_only_a_database_no_built_service_depends_on_is_claimed() -> None:
    import yaml

    services = yaml.safe_load(_SAIL)["services"]
    databases = {"mysql": object()}
    assert compose_claims.claimed(services, databases) == set()
    # Counter-case: the built service waits only for the program addressing the database.
    services["laravel.test"]["depends_on"] = ["phpmyadmin"]
    assert compose_claims.claimed(services, databases) == {"mysql"}
