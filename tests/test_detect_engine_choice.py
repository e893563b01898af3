"""The primary database engine among several, by stated precedence; the others stay listed
as secondary engines with their evidence (#19).

Precedence: production configuration (a prod profile or settings module), a database service
of the main Compose file that a service built from the tree uses, and the value an env example
sets; then a runtime driver and base settings; then development fallbacks (a dev profile, the
default of an environment lookup); then test settings. A driver only the tests install never
names an engine. At equal rank a server engine comes before an embedded one (SQLite, H2).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import package_json, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind

EXPRESS_APP = "const express = require('express');\nconst app = express();\n"
DJANGO_MANAGE = "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
FASTAPI_APP = "from fastapi import FastAPI\n\napp = FastAPI()\n"
SPRING_APP = "package demo;\n@SpringBootApplication\nclass App {}\n"


def only(root: Path) -> DetectedBackend:
    (backend,) = detect(root).backends
    return backend


def engines(backend: DetectedBackend) -> list[str]:
    return [f.name for f in backend.findings if f.kind is FindingKind.DATABASE]


def evidence_paths(backend: DetectedBackend, engine: str) -> set[str]:
    found = next(f for f in backend.findings if f.kind is FindingKind.DATABASE and f.name == engine)
    return {e.path for e in found.evidence}


def test_production_settings_beat_test_settings(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "Django==5.0.6\n",
        "manage.py": DJANGO_MANAGE,
        "site/settings/production.py": 'DATABASES = {"default": {"ENGINE": '
        '"django.db.backends.postgresql"}}\n',
        "site/settings/test.py": 'DATABASES = {"default": {"ENGINE": '
        '"django.db.backends.mysql"}}\n',
    }
    backend = only(write(tmp_path, files))
    assert engines(backend) == ["PostgreSQL", "MySQL"]
    assert evidence_paths(backend, "MySQL") == {"site/settings/test.py"}


def test_base_settings_beat_test_settings(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "Django==5.0.6\n",
        "manage.py": DJANGO_MANAGE,
        "site/settings.py": 'DATABASES = {"default": {"ENGINE": '
        '"django.db.backends.postgresql"}}\n',
        "site/ci_settings.py": 'DATABASES = {"default": {"ENGINE": '
        '"django.db.backends.mysql"}}\n',
    }
    assert engines(only(write(tmp_path, files))) == ["PostgreSQL", "MySQL"]


def test_database_url_default_is_a_dev_fallback(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "fastapi==0.111.0\nsqlalchemy==2.0.30\nasyncpg==0.29.0\n",
        "app/main.py": FASTAPI_APP,
        "app/config.py": 'import os\n\nDATABASE_URL = os.getenv("DATABASE_URL", '
        '"sqlite+aiosqlite:///./dev.db")\n',
    }
    backend = only(write(tmp_path, files))
    assert engines(backend) == ["PostgreSQL", "SQLite"]
    assert evidence_paths(backend, "SQLite") == {"app/config.py"}


def test_env_example_decides_among_several_drivers(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"express": "^4.19.2", "pg": "^8.11.0", "mysql2": "^3.9.0"}),
        "index.js": EXPRESS_APP,
        ".env.example": "PORT=3000\nDATABASE_URL=mysql://app:secret@localhost:3306/app\n",
    }
    assert engines(only(write(tmp_path, files))) == ["MySQL", "PostgreSQL"]


def test_main_compose_service_beats_test_compose_file(tmp_path: Path) -> None:
    files = {
        "package.json": package_json({"express": "^4.19.2"}),
        "index.js": EXPRESS_APP,
        "docker-compose.yml": "services:\n  api:\n    build: .\n    depends_on: [db]\n"
        "  db:\n    image: postgres:16\n",
        "docker-compose.test.yml": "services:\n  api:\n    build: .\n    depends_on: [db]\n"
        "  db:\n    image: mysql:8.0\n",
    }
    backend = only(write(tmp_path, files))
    assert engines(backend) == ["PostgreSQL", "MySQL"]
    assert evidence_paths(backend, "MySQL") == {"docker-compose.test.yml"}


def test_compose_databases_nothing_is_built_with_are_only_help(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "fastapi==0.111.0\npsycopg==3.1.19\n",
        "main.py": FASTAPI_APP,
        "docker-compose.yml": "services:\n  cache:\n    image: mysql:8.0\n",
        ".env.example": "DATABASE_URL=postgresql://app@localhost/app\n",
    }
    assert engines(only(write(tmp_path, files))) == ["PostgreSQL", "MySQL"]


def test_spring_prod_profile_beats_h2_dev_profile(tmp_path: Path) -> None:
    pom = (
        "<project><dependencies>"
        "<dependency><groupId>org.springframework.boot</groupId>"
        "<artifactId>spring-boot-starter-data-jpa</artifactId></dependency>\n"
        "<dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId></dependency>\n"
        "<dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId>"
        "</dependency>\n</dependencies></project>\n"
    )
    files = {
        "pom.xml": pom,
        "src/main/java/demo/App.java": SPRING_APP,
        "src/main/resources/config/application-dev.yml": "spring:\n  datasource:\n"
        "    url: jdbc:h2:mem:demo\n",
        "src/main/resources/config/application-prod.yml": "spring:\n  datasource:\n"
        "    url: jdbc:postgresql://localhost:5432/demo\n",
    }
    backend = only(write(tmp_path, files))
    assert engines(backend) == ["PostgreSQL", "H2"]
    assert "src/main/resources/config/application-dev.yml" in evidence_paths(backend, "H2")


def test_laravel_env_example_beats_the_config_default(tmp_path: Path) -> None:
    files = {
        "composer.json": '{"require": {"laravel/framework": "^11.0"}}\n',
        "artisan": "<?php\n",
        "config/database.php": "<?php\nreturn ['default' => env('DB_CONNECTION', 'mysql')];\n",
        ".env.example": "APP_NAME=Demo\nDB_CONNECTION=pgsql\n",
    }
    assert engines(only(write(tmp_path, files))) == ["PostgreSQL", "MySQL"]


def test_dev_only_driver_never_names_the_engine(tmp_path: Path) -> None:
    files = {
        "package.json": package_json(
            {"express": "^4.19.2", "pg": "^8.11.0"}, {"better-sqlite3": "^9.0.0"}
        ),
        "index.js": EXPRESS_APP,
    }
    assert engines(only(write(tmp_path, files))) == ["PostgreSQL"]
    files["package.json"] = package_json({"express": "^4.19.2"}, {"better-sqlite3": "^9.0.0"})
    assert engines(only(write(tmp_path, files))) == []


def test_server_engine_before_embedded_one_at_equal_rank(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "Django==5.0.6\npsycopg==3.1.19\n",
        "manage.py": DJANGO_MANAGE,
        "site/settings.py": 'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}\n',
    }
    assert engines(only(write(tmp_path, files))) == ["PostgreSQL", "SQLite"]


def test_embedded_engine_alone_is_primary(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "Django==5.0.6\n",
        "manage.py": DJANGO_MANAGE,
        "site/settings.py": 'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}\n',
    }
    assert engines(only(write(tmp_path, files))) == ["SQLite"]


def test_data_layer_of_the_primary_engine_first(tmp_path: Path) -> None:
    deps = {"@nestjs/core": "^10.0.0", "mongoose": "^8.0.0", "typeorm": "^0.3.20", "pg": "^8"}
    files = {
        "package.json": package_json(deps),
        "src/main.ts": "const app = await NestFactory.create(AppModule);\n",
        "docker-compose.yml": "services:\n  api:\n    build: .\n  postgres:\n"
        "    image: postgres:16\n",
        "docker-compose.document.yml": "services:\n  api:\n    build: .\n  mongo:\n"
        "    image: mongo:7\n",
    }
    backend = only(write(tmp_path, files))
    assert engines(backend) == ["PostgreSQL", "MongoDB"]
    layers = [f.name for f in backend.findings if f.kind is FindingKind.ORM]
    assert layers == ["TypeORM", "Mongoose"]


def test_report_marks_the_secondary_engines(tmp_path: Path) -> None:
    from designer.detect.report import render

    files = {
        "requirements.txt": "Django==5.0.6\npsycopg==3.1.19\n",
        "manage.py": DJANGO_MANAGE,
        "site/settings.py": 'DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3"}}\n',
    }
    rows = [line.split() for line in render(detect(write(tmp_path, files))).splitlines()]
    assert ["database", "PostgreSQL", "-", "0.80"] in rows
    assert ["database", "(secondary)", "SQLite", "-", "0.60"] in rows
