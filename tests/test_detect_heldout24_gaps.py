"""Generic gaps the twenty-fourth held-out set showed (benchmarks/detect_heldout24.yaml), each as
a small fixture of the real files' shape (#19): an ASP.NET Core host keeping NUnit classes beside
its controllers; Pando over postgres.py; Egg.js over Leoric; tedsuo/rata as a Go router."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- .NET ----------------------------------------------------------------------------------------


def test_a_web_host_keeping_its_test_classes_beside_its_controllers(tmp_path: Path) -> None:
    """OpenAuth.Net: OpenAuth.WebApi (Web SDK) references NUnit for the test classes under its
    own Test/ folder, and its Program.cs starts the web host: a service, not a test project."""
    web = csproj(
        "NUnit", "NUnit3TestAdapter", "Swashbuckle.AspNetCore", sdk="Microsoft.NET.Sdk.Web"
    )
    files = {
        "Repository/Repository.csproj": csproj("Pomelo.EntityFrameworkCore.MySql"),
        "WebApi/WebApi.csproj": web.replace(
            "<ItemGroup>",
            '<ItemGroup>\n    <ProjectReference Include="..\\Repository\\Repository.csproj" />',
        ),
        "WebApi/Program.cs": (
            "public class Program\n{\n    public static void Main(string[] args) =>\n"
            "        Host.CreateDefaultBuilder(args)\n"
            "            .ConfigureWebHostDefaults(b => b.UseStartup<Startup>())\n"
            "            .Build().Run();\n}\n"
        ),
        "WebApi/Test/CheckControllerTest.cs": "[TestFixture]\npublic class CheckTest {}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["WebApi"]
    assert first(found["WebApi"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found["WebApi"], K.ORM)[0] == "EF Core"
    assert first(found["WebApi"], K.TEST)[0] == "NUnit"


# --- Python --------------------------------------------------------------------------------------


def test_pando_over_postgres_py(tmp_path: Path) -> None:
    """liberapay: hash-pinned requirements name pando and postgres (postgres.py over psycopg2);
    gunicorn serves the `pando.Website` object."""
    files = {
        "requirements_base.txt": (
            "pando==0.47 \\\n    --hash=sha256:00\npostgres==4.0 \\\n    --hash=sha256:01\n"
            "psycopg2-binary==2.9.11 \\\n    --hash=sha256:02\ngunicorn==24.1.1 \\\n"
            "    --hash=sha256:03\n"
        ),
        "app/main.py": "import pando\n\nwebsite = pando.Website(www_root='www/')\n",
        "app/models/user.py": "from postgres.orm import Model\n\n\nclass User(Model):\n    pass\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Pando", "==0.47")
    assert first(backend, K.QUERY)[0] == "postgres.py"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


# --- Node ----------------------------------------------------------------------------------------


def test_egg_over_leoric_with_no_lock(tmp_path: Path) -> None:
    """cnpmcore: no lock; package.json declares egg as a beta range, leoric with mysql2 and pg;
    eggctl starts the app from its folders (no entry file)."""
    files = {
        "package.json": package_json(
            {"egg": "^4.1.2-beta.2", "leoric": "^2.16.0", "mysql2": "^3.15.3", "pg": "^8.16.3"},
            {"vitest": "4.1.10"},
            scripts={"start": "eggctl start --daemon", "test": "egg-bin test"},
        ),
        "app/port/controller/HomeController.ts": "export class HomeController {}\n",
        "docker-compose.yml": "services:\n  mysql:\n    image: mysql:9\n",
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Egg.js", "^4.1.2-beta.2")
    assert first(backend, K.ORM)[0] == "Leoric"
    assert first(backend, K.DATABASE)[0] == "MySQL"


# --- Go ------------------------------------------------------------------------------------------


def test_rata_routes_a_go_program(tmp_path: Path) -> None:
    """concourse: the API's router is tedsuo/rata, required at a pseudo-version."""
    files = {
        "go.mod": go_mod("github.com/tedsuo/rata v1.0.1-0.20170830210128-07d200713958"),
        "cmd/app/main.go": "package main\n\nfunc main() { run() }\n",
        "api/handler.go": (
            'package api\n\nimport "github.com/tedsuo/rata"\n\n'
            "func NewHandler() (http.Handler, error) {\n"
            "\treturn rata.NewRouter(Routes, handlers)\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("rata", "v1.0.1-0.20170830210128-07d200713958")


def test_a_test_list_layered_on_the_applications_and_a_db_module(tmp_path: Path) -> None:
    """spiderfoot: test/requirements.txt starts with `-r ../requirements.txt` and adds pytest;
    the package's db.py opens SQLite through the stdlib, past the ordinary file quota."""
    modules = {f"modules/sfp_{n:02}.py": "import requests\n" for n in range(30)}
    files = {
        **modules,
        "requirements.txt": "CherryPy>=18.8.0,<19\nrequests>=2.28.2,<3\n",
        "test/requirements.txt": "-r ../requirements.txt\npytest==7.2.1\n",
        "test/unit/test_db.py": "import pytest\n",
        "sf.py": "import cherrypy\n\ncherrypy.quickstart(WebUi(), script_name='/')\n",
        "spiderfoot/db.py": "import sqlite3\n\nconnection = sqlite3.connect(path)\n",
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("CherryPy", ">=18.8.0,<19")
    assert first(found["."], K.DATABASE)[0] == "SQLite"
    assert first(found["."], K.TEST)[0] == "pytest"
