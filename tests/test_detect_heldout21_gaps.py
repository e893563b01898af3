"""Generic gaps the twenty-first held-out set showed (benchmarks/detect_heldout21.yaml), each as
a small fixture of the real files' shape (#19): fasthttp/router, a renamed fork of sqlx and an
integration suite's test doubles; Micronaut's minimal application plugin with its platform
catalogue and test runtime; a manage.py running a Flask app beside a FastAPI side app; an
asgi.py mounting Django on a FastAPI app built elsewhere; the local settings a Django image
copies from the example; Derby's driver; a CouchDB URL setting; EF Core registered in the
startup of an app on a metapackage; a vendor's EF Core package beside Dapper and SqlKata."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import dep, go_mod, kotest_spec, package_json, pom, write

from designer.model.stack import FindingKind as K

# --- Go ------------------------------------------------------------------------------------------


def test_fasthttp_router_a_sqlx_fork_and_an_integration_suites_doubles(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod(
            "github.com/fasthttp/router v1.5.4", "github.com/valyala/fasthttp v1.73.0",
            "github.com/rpadovani/sqlx-v2 v0.1.2", "github.com/mattn/go-sqlite3 v1.14.50",
        ),
        "cmd/app/main.go": 'package main\n\nimport "example.com/app/internal/server"\n',
        "internal/server/handlers.go": (
            'package server\n\nimport "github.com/fasthttp/router"\n\nfunc New() { router.New() }\n'
        ),
        # An integration suite's mock of a remote API and the database servers it runs: test
        # doubles, neither a backend nor the app's engine.
        "internal/suites/example/compose/duo-api/package.json": package_json(
            {"express": "5.2.1"}, main="duo_api.js"
        ),
        "internal/suites/example/compose/duo-api/duo_api.js": (
            "const express = require('express');\nconst app = express();\napp.listen(3000);\n"
        ),
        "internal/suites/example/compose/postgres/compose.yml": (
            "services:\n  postgres:\n    image: 'postgres:18'\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("fasthttp/router", "v1.5.4")
    assert first(found["."], K.QUERY)[0] == "sqlx"
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_couchdb_url_setting_names_the_engine(tmp_path: Path) -> None:
    files = {
        "go.mod": go_mod("github.com/labstack/echo/v4 v4.15.1"),
        "main.go": (
            'package main\n\nimport "github.com/labstack/echo/v4"\n\nfunc main() { echo.New() }\n'
        ),
        "cmd/serve.go": (
            'package cmd\n\nfunc init() {\n\tflags.String("couchdb-url", '
            '"http://localhost:5984/", "CouchDB URL")\n}\n'
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "CouchDB"


# --- JVM -----------------------------------------------------------------------------------------


def test_micronaut_minimal_application_its_catalogue_and_test_runtime(tmp_path: Path) -> None:
    files = {
        "settings.gradle.kts": 'rootProject.name = "app"\n',
        "gradle.properties": "micronautVersion=4.8.2\njooqVersion=3.20.4\n",
        "build.gradle.kts": (
            'plugins {\n    id("org.jetbrains.kotlin.jvm")\n'
            '    id("io.micronaut.minimal.application")\n}\n\n'
            'micronaut {\n    runtime("netty")\n    testRuntime("kotest5")\n}\n\n'
            "dependencies {\n    implementation(mn.micronaut.http.client)\n"
            "    implementation(mn.micronaut.jooq)\n    implementation(mn.postgresql)\n"
            '    testImplementation("io.mockk:mockk:1.14.2")\n}\n'
        ),
        "src/main/kotlin/app/Application.kt": (
            "package app\n\nimport io.micronaut.runtime.Micronaut.build\n\n"
            "object Application {\n    @JvmStatic\n    fun main(args: Array<String>) {\n"
            "        build().args(*args).start()\n    }\n}\n"
        ),
        "src/test/kotlin/app/ApplicationSpec.kt": kotest_spec("app", "ApplicationSpec"),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Micronaut", "4.8.2")
    assert first(backend, K.QUERY)[0] == "jOOQ"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "Kotest"


def test_derby_is_the_engine_of_its_driver(tmp_path: Path) -> None:
    files = {
        "pom.xml": pom(
            "\n".join(
                (
                    dep("org.springframework.boot", "spring-boot-starter-web", version="2.7.18"),
                    dep("org.mybatis", "mybatis", version="3.3.1"),
                    dep("org.apache.derby", "derby", version="10.14.2.0"),
                )
            )
        ),
        "src/main/java/app/AppApplication.java": (
            "package app;\n\n@SpringBootApplication\npublic class AppApplication {\n"
            "    public static void main(String[] args) {\n"
            "        SpringApplication.run(AppApplication.class, args);\n    }\n}\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "Derby"


# --- Python --------------------------------------------------------------------------------------


def test_a_manage_py_running_the_flask_app_beside_a_fastapi_side_app(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "flask==1.1.2\nflask-script==2.0.6\nfastapi==0.95.2\n",
        "manage.py": (
            "from flask_script import Manager\n\nfrom app.instance import current_app as app\n\n"
            "manager = Manager(app)\n"
        ),
        "app/instance.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "app/asgi.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK)[0] == "Flask"


def test_django_mounted_on_a_fastapi_app_built_elsewhere(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "django==4.2.14\nfastapi==0.111.0\n",
        "manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "server.settings")\n',
        "server/asgi.py": (
            "from django.core.asgi import get_asgi_application\n\n"
            "django_application = get_asgi_application()\n\n\ndef create_application():\n"
            "    from server.fastapi.main import create_application\n\n"
            "    app = create_application()\n    app.mount(\"/\", django_application)\n"
            "    return app\n"
        ),
        "server/fastapi/main.py": (
            "from fastapi import FastAPI\n\n\ndef create_application():\n"
            "    return FastAPI()\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.FRAMEWORK) == ("FastAPI", "==0.111.0")


def test_the_local_settings_an_image_copies_from_the_example(tmp_path: Path) -> None:
    databases = "DATABASES = {{\n    'default': {{\n        'ENGINE': 'django.db.backends.{}',\n"
    files = {
        "requirements.txt": "django==2.2.28\npsycopg2-binary==2.8.6\n",
        "manage.py": 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")\n',
        "app/settings/docker.py": (
            "from .base import *\n\n" + databases.format("postgresql_psycopg2")
            + "    }\n}\n\nfrom .local_settings import *\n"
        ),
        "app/settings/local_settings.example.py": (
            databases.format("sqlite3") + "        'NAME': '/data/production.db',\n    }\n}\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


# --- .NET ----------------------------------------------------------------------------------------

_WEB = "Microsoft.NET.Sdk.Web"


def test_ef_core_registered_by_an_app_on_the_metapackage(tmp_path: Path) -> None:
    files = {
        "Web/Web.csproj": csproj("Microsoft.AspNetCore.All", sdk=_WEB),
        "Web/Program.cs": "WebHost.CreateDefaultBuilder(args).UseStartup<Startup>();\n",
        "Web/Startup.cs": (
            "services.AddDbContext<AppContext>(options => "
            'options.UseSqlServer(Configuration["Data:ConnectionString"]));\n'
        ),
    }
    assert first(by_folder(write(tmp_path, files))["Web"], K.ORM)[0] == "EF Core"


def _vendor_data(tmp_path: Path, context: str) -> dict[str, str]:
    reference = '<ProjectReference Include="..\\Data\\Data.csproj" />'
    files = {
        "src/Data/Data.csproj": csproj(
            "Dapper", "SqlKata", "MySqlConnector", "Vendor.EntityFrameworkCore"
        ),
        "src/Data/Database.cs": context,
        "src/Web/Web.csproj": csproj(sdk=_WEB).replace("<ItemGroup>", f"<ItemGroup>\n{reference}"),
        "src/Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
    }
    return files


def test_a_vendors_ef_core_package_beside_dapper_is_its_ado_net_provider(tmp_path: Path) -> None:
    files = _vendor_data(tmp_path, "using Dapper;\nusing Vendor.Data;\n")
    backend = by_folder(write(tmp_path, files))["src/Web"]
    assert first(backend, K.ORM) == ("", "")
    assert first(backend, K.QUERY)[0] in ("Dapper", "SqlKata")


def test_a_dbcontext_still_proves_ef_core_beside_dapper(tmp_path: Path) -> None:
    files = _vendor_data(tmp_path, "public class AppDb : DbContext\n{\n}\n")
    assert first(by_folder(write(tmp_path, files))["src/Web"], K.ORM)[0] == "EF Core"
