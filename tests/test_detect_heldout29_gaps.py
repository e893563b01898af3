"""Generic gaps the twenty-ninth held-out set showed (benchmarks/detect_heldout29.yaml), each
as a small fixture of the real files' shape (#19): a setup.cfg holding only tools' settings
beside a Django project's `manage.py`; sample applications under an integration suite's
`fixtures/` folder."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import dep, go_mod, pom, write

from designer.model.stack import FindingKind as K

# --- Python --------------------------------------------------------------------------------------


def test_setup_cfg_of_tool_settings_makes_no_project_of_its_folder(tmp_path: Path) -> None:
    """tock: the Pipfile at the root, `manage.py` one folder down beside a setup.cfg holding
    flake8's settings only: the backend is the Pipfile's folder; a `[tool:pytest]` there still
    counts for it."""
    files = {
        "Pipfile": '[packages]\ndjango = "~=4.2"\n\n[requires]\npython_version = "3.10"\n',
        "app/setup.cfg": "[flake8]\nignore =\n  E501\n\n[tool:pytest]\naddopts = -q\n",
        "app/manage.py": (
            "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["."]
    assert first(backends["."], K.FRAMEWORK)[0] == "Django"
    assert first(backends["."], K.TEST)[0] == "pytest"


# --- Go ------------------------------------------------------------------------------------------


def test_apps_under_an_integration_suites_fixtures_are_no_backends(tmp_path: Path) -> None:
    """tsuru: a gorilla/mux API whose integration suite deploys sample Flask apps kept in
    `integration/fixtures/<app>/` (Procfile, requirements.txt, app.py)."""
    files = {
        "go.mod": go_mod("github.com/gorilla/mux v1.8.1"),
        "main.go": (
            'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gorilla/mux"\n)\n\n'
            'func main() {\n\tr := mux.NewRouter()\n\t_ = http.ListenAndServe(":8080", r)\n}\n'
        ),
        "integration/fixtures/swap-app/requirements.txt": "flask==3.0.0\n",
        "integration/fixtures/swap-app/Procfile": "web: python app.py\n",
        "integration/fixtures/swap-app/app.py": (
            "from flask import Flask\n\napp = Flask(__name__)\n\napp.run(port=8888)\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]


# --- PHP -----------------------------------------------------------------------------------------


def test_compose_database_of_the_project_its_runtime_images_mount(tmp_path: Path) -> None:
    """histologe: a PHP-FPM image and a worker image each built from a runtime folder of
    `.docker/`, both bind-mounting the project, no `depends_on`: the Compose file's MySQL is
    the project's, ahead of a tools Compose file's MariaDB (an analytics tool's database)."""
    runtime = "    working_dir: /app\n    volumes:\n      - .:/app/\n"
    files = {
        "composer.json": '{\n  "require": {\n    "symfony/framework-bundle": "8.1.*"\n  }\n}\n',
        "public/index.php": (
            "<?php\nuse App\\Kernel;\n\nreturn fn () => new Kernel('prod', false);\n"
        ),
        "docker-compose.yml": (
            "services:\n  app_mysql:\n    image: 'mysql:8.4.8'\n"
            f"  app_phpfpm:\n    build: .docker/php-fpm\n{runtime}"
            f"  app_worker:\n    build: .docker/php-worker\n{runtime}"
        ),
        "docker-compose.tools.yml": "services:\n  matomo_db:\n    image: mariadb:10.11\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE) == ("MySQL", "8.4.8")


# --- JVM -----------------------------------------------------------------------------------------


def _boot_app(name: str) -> str:
    return (
        f"package app.{name};\n\nimport org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class App {\n    public static void main(String[] a) "
        "{\n        SpringApplication.run(App.class, a);\n    }\n}\n"
    )


def test_a_spring_boot_app_configured_without_a_web_server_is_a_batch_job(
    tmp_path: Path,
) -> None:
    """cwa-server distribution: a Spring Boot application with a Dockerfile whose base
    application.yaml sets `spring.main.web-application-type: NONE` beside the web service."""
    boot = dep("org.springframework.boot", "spring-boot-starter", version="2.7.11")
    web = dep("org.springframework.boot", "spring-boot-starter-web", version="2.7.11")
    files = {
        "submission/pom.xml": pom(f"{boot}\n{web}"),
        "submission/src/main/java/app/submission/App.java": _boot_app("submission"),
        "distribution/pom.xml": pom(boot),
        "distribution/Dockerfile": "FROM eclipse-temurin:17\nCOPY target/app.jar /app.jar\n",
        "distribution/src/main/java/app/distribution/App.java": _boot_app("distribution"),
        "distribution/src/main/resources/application.yaml": (
            "spring:\n  main:\n    web-application-type: NONE\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["submission"]


# --- .NET ----------------------------------------------------------------------------------------

PROGRAM = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n"


def _referencing(project: str, sdk: str = "Microsoft.NET.Sdk") -> str:
    """A project file whose only item is a reference to `project` (a Windows path)."""
    return (
        f'<Project Sdk="{sdk}">\n  <ItemGroup>\n'
        f'    <ProjectReference Include="{project}" />\n  </ItemGroup>\n</Project>\n'
    )


def test_test_framework_added_by_a_props_file_to_arcade_test_projects(tmp_path: Path) -> None:
    """arcade-services: the root Directory.Build.props imports the Arcade SDK (which makes a
    project named `*.Tests` a test project) and sets the target framework; test/'s imports it
    (`GetPathOfFileAbove`) and adds NUnit to test projects only; the test project names none."""
    api = "src/Api/Api.csproj"
    files = {
        "Directory.Build.props": (
            '<Project>\n  <Import Project="Sdk.props" Sdk="Microsoft.DotNet.Arcade.Sdk" />\n'
            "  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n"
            "  </PropertyGroup>\n</Project>\n"
        ),
        "test/Directory.Build.props": (
            "<Project>\n  <Import Project=\"$([MSBuild]::GetPathOfFileAbove("
            "'Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" />\n"
            "  <ItemGroup Condition=\" '$(IsTestProject)' == 'true' \">\n"
            '    <PackageReference Include="NUnit" />\n  </ItemGroup>\n</Project>\n'
        ),
        api: csproj("Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web"),
        "src/Api/Program.cs": PROGRAM,
        "test/Api.Tests/Api.Tests.csproj": _referencing("..\\..\\src\\Api\\Api.csproj"),
    }
    backend = by_folder(write(tmp_path, files)).get("src/Api")
    assert backend is not None and first(backend, K.TEST)[0] == "NUnit"
    assert backend.language_version == "net10.0"


def test_a_data_library_whose_image_only_applies_migrations_is_a_library(tmp_path: Path) -> None:
    """manage-free-school-projects' Data project: plain SDK, EF Core and an ASP.NET Core
    abstractions package, no entry point; its Dockerfile runs `dotnet-ef database update` and
    exits. The API references it: its data layer is the API's."""
    files = {
        "Api/Api.csproj": _referencing("..\\Data\\Data.csproj", sdk="Microsoft.NET.Sdk.Web"),
        "Api/Program.cs": PROGRAM,
        "Data/Data.csproj": csproj(
            "Microsoft.AspNetCore.Http.Abstractions", "Microsoft.EntityFrameworkCore.SqlServer"
        ),
        "Data/Dockerfile": (
            "FROM mcr.microsoft.com/dotnet/sdk:10.0\nCOPY . .\n"
            "RUN dotnet tool install --global dotnet-ef\n"
            'ENTRYPOINT dotnet-ef database update --connection "$CONNECTION_STRING"\n'
        ),
    }
    backends = by_folder(write(tmp_path, files))
    assert list(backends) == ["Api"]
    assert first(backends["Api"], K.ORM)[0] == "EF Core"


def test_a_host_of_a_blazor_webassembly_client_with_no_data_serves_the_ui(tmp_path: Path) -> None:
    """arcade-services' BarViz.Hosting: Web SDK, `Components.WebAssembly.Server` and a
    reference to the Blazor WebAssembly client, no data; the API beside it keeps its data."""
    client = "Microsoft.AspNetCore.Components.WebAssembly"
    files = {
        "Api/Api.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL", sdk="Microsoft.NET.Sdk.Web"
        ),
        "Api/Program.cs": PROGRAM,
        "Ui/Ui.csproj": csproj(client, sdk="Microsoft.NET.Sdk.BlazorWebAssembly"),
        "Ui.Hosting/Ui.Hosting.csproj": csproj(client + ".Server", sdk="Microsoft.NET.Sdk.Web"),
        "Ui.Hosting/Program.cs": PROGRAM,
    }
    assert list(by_folder(write(tmp_path, files))) == ["Api"]
