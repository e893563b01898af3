"""Generic gaps the twenty-second held-out set showed (benchmarks/detect_heldout22.yaml), each as
a small fixture of the real files' shape (#19): the engine a program runs on as its image's ENV
and a `.gitignore`d configuration package state it; a server in a native client app's folder,
and a Python server a .NET project copies into its output."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- .NET ----------------------------------------------------------------------------------------


def test_a_python_server_a_dotnet_project_copies_into_its_output(tmp_path: Path) -> None:
    """AntSK: a .NET library ships a FastAPI model server (its requirements.txt and code
    copied to the output) that the .NET web app starts: no backend of its own."""
    library = csproj().replace(
        "</Project>",
        '  <ItemGroup>\n    <Content Include="llamafactory\\**">\n'
        "      <CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory>\n    </Content>\n"
        '    <None Update="requirements.txt">\n'
        "      <CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory>\n    </None>\n"
        "  </ItemGroup>\n</Project>",
    )
    files = {
        "src/Web/Web.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        "src/Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        "src/Factory/Factory.csproj": library,
        "src/Factory/requirements.txt": "fastapi\nuvicorn\n",
        "src/Factory/llamafactory/api.py": (
            "import uvicorn\nfrom fastapi import FastAPI\n\napp = FastAPI()\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/Web"]


# --- Python --------------------------------------------------------------------------------------


def test_the_database_url_the_applications_image_sets(tmp_path: Path) -> None:
    """gramps-web-api: code builds URLs for both engines; the image's ENV sets SQLite."""
    files = {
        "pyproject.toml": (
            '[project]\nname = "app"\ndependencies = [\n    "Flask>=2.1.0",\n'
            '    "SQLAlchemy>=2.0.0",\n]\n'
        ),
        "app/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "app/dbloader.py": (
            "def url(dbid, path):\n    if dbid == 'sqlite':\n"
            "        return f'sqlite:///{path}'\n"
            "    return f'postgresql+psycopg2://{user}@{host}/{name}'\n"
        ),
        "Dockerfile": (
            "FROM python:3.12\nENV APP_CONFIG=/app/config.cfg\n"
            "ENV APP_USER_DB_URI=sqlite:////app/users/users.sqlite\n"
        ),
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


# --- Go ------------------------------------------------------------------------------------------


_GIN = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default() }\n'


def test_a_gitignored_configuration_package_still_states_the_default(tmp_path: Path) -> None:
    """autobrr: `.gitignore`'s `config/` (the container's volume) also matches the tracked
    `internal/config/`, whose defaults pick sqlite over the compose's PostgreSQL."""
    files = {
        ".gitignore": "# Docker\nconfig/\n",
        "go.mod": go_mod("github.com/gin-gonic/gin v1.9.0", "github.com/lib/pq v1.12.3",
                         "modernc.org/sqlite v1.50.0"),
        "main.go": _GIN,
        "internal/config/config.go": (
            "package config\n\nfunc (c *AppConfig) defaults() {\n\tc.Config = &Config{\n"
            '\t\tHost:         "localhost",\n\t\tDatabaseType: "sqlite",\n\t}\n}\n'
        ),
        "docker-compose.yml": "services:\n  postgres:\n    image: postgres:12.10\n",
    }
    assert first(by_folder(write(tmp_path, files))["."], K.DATABASE)[0] == "SQLite"


# --- Monorepos -----------------------------------------------------------------------------------


def test_a_server_in_a_native_client_apps_folder_is_its_tool(tmp_path: Path) -> None:
    """omnivore: apple/gql-server serves the API's schema for the iOS app's code generation."""
    server = "var express = require('express');\nvar app = express();\napp.listen(4000);\n"
    files = {
        "packages/api/package.json": package_json({"express": "^5.2.1", "pg": "^8.11.0"}),
        "packages/api/src/server.js": server,
        "apple/gql-server/package.json": package_json({"express": "^4.19.2"}),
        "apple/gql-server/server.js": server,
    }
    assert list(by_folder(write(tmp_path, files))) == ["packages/api"]
