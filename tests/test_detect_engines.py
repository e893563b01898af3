"""The database engine from configuration: env examples, settings defaults, ORM dialect
settings and Compose images (with the image tag as version), and `apply` filling the design's
database (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import PROJECTS, go_mod, package_json, write

from designer.detect import apply, detect
from designer.model import Design
from designer.model.data import Database, Engine
from designer.model.stack import DetectedBackend, FindingKind

FASTAPI = {
    "requirements.txt": "fastapi==0.111.0\nsqlalchemy==2.0.30\n",
    "main.py": "app = FastAPI()\n",
}
EXPRESS = {
    "package.json": package_json({"express": "^4.19.2"}),
    "index.js": "const app = express()\n",
}


def engines(backend: DetectedBackend) -> list[tuple[str, str]]:
    return [(f.name, f.version) for f in backend.findings if f.kind is FindingKind.DATABASE]


def only(root: Path) -> DetectedBackend:
    (backend,) = detect(root).backends
    return backend


def by_folder(root: Path) -> dict[str, DetectedBackend]:
    return {b.folder: b for b in detect(root).backends}


def test_env_example_database_url(tmp_path: Path) -> None:
    env = "# copy to .env\nDEBUG=1\nDATABASE_URL=postgresql+asyncpg://u:p@db/app\n"
    files = {**FASTAPI, ".env.example": env}
    (backend,) = detect(write(tmp_path, files)).backends
    assert engines(backend) == [("PostgreSQL", "")]
    (finding,) = [f for f in backend.findings if f.kind is FindingKind.DATABASE]
    assert (finding.evidence[0].path, finding.evidence[0].line) == (".env.example", 3)


def test_laravel_env_example_and_database_php(tmp_path: Path) -> None:
    files = {
        "composer.json": '{"require": {"laravel/framework": "^11.0"}}\n',
        "artisan": "<?php\nuse Illuminate\\Foundation\\Application;\n",
        ".env.sample": "APP_NAME=shop\nDB_CONNECTION=pgsql\nREDIS_URL=redis://cache\n",
    }
    (backend,) = detect(write(tmp_path / "env", files)).backends
    assert engines(backend) == [("PostgreSQL", "")]
    files.pop(".env.sample")
    files["config/database.php"] = "<?php\nreturn ['default' => env('DB_CONNECTION', 'mysql')];\n"
    (backend,) = detect(write(tmp_path / "php", files)).backends
    assert engines(backend) == [("MySQL", "")]


def test_settings_default_url_counts_but_a_test_suite_url_does_not(tmp_path: Path) -> None:
    files = {
        **FASTAPI,
        "app/settings.py": "import os\n\nDATABASE_URL = os.environ.get(\n"
        "    'DATABASE_URL', 'mysql+pymysql://app@localhost/app'\n)\n",
        "tests/conftest.py": "URL = 'sqlite:///./test.db'\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert engines(backend) == [("MySQL", "")]
    (finding,) = [f for f in backend.findings if f.kind is FindingKind.DATABASE]
    assert (finding.evidence[0].path, finding.evidence[0].line) == ("app/settings.py", 4)


def test_orm_dialect_configuration(tmp_path: Path) -> None:
    prisma = {
        **EXPRESS,
        "prisma/schema.prisma": 'datasource db {\n  provider = "postgresql"\n'
        '  url = env("DB")\n}\n',
    }
    (backend,) = detect(write(tmp_path / "prisma", prisma)).backends
    assert engines(backend) == [("PostgreSQL", "")]
    sequelize = {**EXPRESS, "src/db.js": "new Sequelize(url, { dialect: 'mariadb' })\n"}
    (backend,) = detect(write(tmp_path / "sequelize", sequelize)).backends
    assert engines(backend) == [("MariaDB", "")]
    django = dict(PROJECTS["django"][2])
    django["site/settings.py"] += (
        "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n"
    )
    (backend,) = detect(write(tmp_path / "django", django)).backends
    assert engines(backend) == [("PostgreSQL", "")]
    rails = {
        "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n",
        "config/application.rb": "class App < Rails::Application\nend\n",
        "config/database.yml": "default: &default\n  adapter: mysql2\n  pool: 5\n",
    }
    (backend,) = detect(write(tmp_path / "rails", rails)).backends
    assert engines(backend) == [("MySQL", "")]


COMPOSE = """services:
  api:
    build: ./api
    depends_on:
      - db
  web:
    build:
      context: web
    depends_on: [mongo, cache]
  db:
    image: postgres:16-alpine
  mongo:
    image: docker.io/library/mongo:7.0
  cache:
    image: redis:7
"""


def test_compose_images_go_to_the_service_that_uses_them_with_the_tag_as_version(
    tmp_path: Path,
) -> None:
    files = {f"api/{k}": v for k, v in FASTAPI.items()}
    files |= {f"web/{k}": v for k, v in EXPRESS.items()}
    files["docker-compose.yml"] = COMPOSE
    found = by_folder(write(tmp_path, files))
    assert engines(found["api"]) == [("PostgreSQL", "16")]
    assert engines(found["web"]) == [("MongoDB", "7.0")]
    finding = next(f for f in found["api"].findings if f.kind is FindingKind.DATABASE)
    assert (finding.evidence[0].path, finding.evidence[0].line) == ("docker-compose.yml", 11)


def test_driver_and_compose_the_version_is_the_image_tag(tmp_path: Path) -> None:
    files = {
        **FASTAPI,
        "requirements.txt": "fastapi\npsycopg[binary]==3.1.19\n",
        "compose.yaml": "services:\n  db:\n    image: postgis/postgis:15-3.4\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    assert engines(backend) == [("PostgreSQL", "15")]


def test_root_compose_without_build_goes_to_the_only_backend_below(tmp_path: Path) -> None:
    compose = "services:\n  db:\n    image: mysql:8.4\n"
    files = {f"server/{k}": v for k, v in FASTAPI.items()} | {"docker-compose.yml": compose}
    files["frontend/package.json"] = package_json({"react": "^18"})
    assert engines(by_folder(write(tmp_path / "one", files))["server"]) == [("MySQL", "8.4")]
    files |= {f"worker/{k}": v for k, v in EXPRESS.items()}
    found = by_folder(write(tmp_path / "two", files))
    assert sorted(found) == ["server", "worker"]
    assert all(engines(b) == [] for b in found.values()), "whose database it is is unknown"


def test_compose_or_env_alone_is_no_backend(tmp_path: Path) -> None:
    files = {
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        ".env.example": "DATABASE_URL=postgres://localhost/app\n",
        "package.json": package_json({"react": "^18"}),
    }
    assert detect(write(tmp_path, files)).backends == []


def test_broken_compose_is_a_warning(tmp_path: Path) -> None:
    files = {**FASTAPI, "docker-compose.yml": "services: [\n"}
    detection = detect(write(tmp_path, files))
    assert [b.folder for b in detection.backends] == ["."]
    assert detection.warnings == ["docker-compose.yml: not valid YAML"]


def test_apply_fills_the_design_database(tmp_path: Path) -> None:
    files = {**FASTAPI, "docker-compose.yml": "services:\n  db:\n    image: postgres:16.3\n"}
    detection = detect(write(tmp_path, files))
    design = Design.new("shop")
    messages = apply(design, detection)
    (database,) = design.data.databases
    assert (database.name, database.engine, database.version) == ("main", Engine.POSTGRESQL, "16.3")
    assert "set data.databases[main] = PostgreSQL 16.3" in messages

    kept = Design.new("shop")
    kept.data.databases.append(Database(name="orders", engine=Engine.MYSQL, version="8"))
    messages = apply(kept, detection)
    assert (kept.data.databases[0].engine, kept.data.databases[0].version) == (Engine.MYSQL, "8")
    assert any(m.startswith("kept data.databases[orders] engine mysql") for m in messages)
    apply(kept, detection, overwrite=True)
    assert (kept.data.databases[0].engine, kept.data.databases[0].version) == (
        Engine.POSTGRESQL,
        "16.3",
    )

    same = Design.new("shop")
    same.data.databases.append(Database(name="main", engine=Engine.POSTGRESQL))
    apply(same, detection)
    assert same.data.databases[0].version == "16.3"


def test_apply_without_engine_leaves_databases_alone(tmp_path: Path) -> None:
    design = Design.new("shop")
    apply(design, detect(write(tmp_path, FASTAPI)))
    assert design.data.databases == []


def test_go_driver_imported_for_its_side_effect_or_named_when_opening(tmp_path: Path) -> None:
    # go.mod lists the driver as indirect (it came with the ORM); the code imports it.
    base = {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.10.0",
            "github.com/jinzhu/gorm v1.9.16",
            "github.com/mattn/go-sqlite3 v1.14.15 // indirect",
        ),
        "main.go": "package main\n\nfunc main() { r := gin.Default(); r.Run() }\n",
    }
    assert engines(only(write(tmp_path / "none", base))) == []
    dialect = {
        **base,
        "common/db.go": 'package common\n\nimport (\n\t"github.com/jinzhu/gorm"\n'
        '\t_ "github.com/jinzhu/gorm/dialects/sqlite"\n)\n',
    }
    assert engines(only(write(tmp_path / "dialect", dialect))) == [("SQLite", "")]
    opened = {**base, "store/db.go": 'package store\n\nvar db, _ = sql.Open("pgx", dsn)\n'}
    assert engines(only(write(tmp_path / "open", opened))) == [("PostgreSQL", "")]


def test_sqlite_jdbc_driver_and_url(tmp_path: Path) -> None:
    files = {
        "build.gradle": "plugins {\n  id 'org.springframework.boot' version '2.6.3'\n}\n"
        "dependencies {\n  implementation 'org.xerial:sqlite-jdbc:3.36.0.3'\n}\n",
        "src/main/java/demo/App.java": "@SpringBootApplication\nclass App {}\n",
        "src/main/resources/application.properties": "spring.datasource.url=jdbc:sqlite:dev.db\n",
    }
    backend = only(write(tmp_path, files))
    (finding,) = [f for f in backend.findings if f.kind is FindingKind.DATABASE]
    assert finding.name == "SQLite"
    assert {e.path for e in finding.evidence} == {
        "build.gradle",
        "src/main/resources/application.properties",
    }


def test_python_query_builders_are_query_libraries(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "a"\ndependencies = [\n  "fastapi",\n'
        '  "asyncpg",\n  "aiosql",\n  "pypika",\n]\n',
        "app/main.py": "app = FastAPI()\n",
    }
    backend = only(write(tmp_path, files))
    # The driver is raw access (#19 catalogue audit): named, after the libraries over it.
    assert [f.name for f in backend.findings if f.kind is FindingKind.QUERY] == [
        "PyPika",
        "aiosql",
        "asyncpg",
    ]
    assert [f.name for f in backend.findings if f.kind is FindingKind.ORM] == []


def test_ef_core_provider_configuration(tmp_path: Path) -> None:
    files = {
        "Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n'
        '    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="8.0.6" />\n'
        "  </ItemGroup>\n</Project>\n",
        "Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddDbContext<Db>(o => o.UseNpgsql(connection));\n",
    }
    backend = only(write(tmp_path, files))
    assert engines(backend) == [("PostgreSQL", "")]
