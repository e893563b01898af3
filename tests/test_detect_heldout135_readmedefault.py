"""Held-out set 135 (#19): an ASP.NET Core host that supports three engines, the choice left to
a `DB_CONNECTION` setting with no default in code (the program stops when it is unset). The
host references the SQLite and PostgreSQL providers, its core library MySQL's and a switch
over the setting registers each; the development Compose file runs MariaDB. The README says
"By default, the app uses `MySQL`, however `PostgreSQL` and `SQLite` are also supported": the
documented default is the engine the program runs on when its operator does not choose.

Counter-cases: without that sentence the files decide as before; a README naming an engine the
files do not show, or a development setup's default ("By default, the dev version uses
postgres"), is not read; and production configuration in the files outranks the README.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_PROGRAM = """using App.Core.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<AppDbContext>(
    options => DatabaseConfiguration.ConfigureDbContext(options));
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_CONFIGURATION = """using Microsoft.EntityFrameworkCore;

namespace App.Core.Configuration;

public static class DatabaseConfiguration
{
    public static void ConfigureDbContext(DbContextOptionsBuilder options)
    {
        var dbConnection = Environment.GetEnvironmentVariable("DB_CONNECTION")?.ToLower();
        if (string.IsNullOrEmpty(dbConnection))
        {
            throw new InvalidOperationException("DB_CONNECTION is not set.");
        }

        switch (dbConnection)
        {
            case "mysql":
                options.UseMySql(connectionString, ServerVersion.AutoDetect(connectionString));
                break;
            case "postgresql":
                options.UseNpgsql(connectionString);
                break;
            case "sqlite":
                options.UseSqlite(connectionString);
                break;
        }
    }
}
"""

_COMPOSE_DEV = """services:
  App.Server:
    build:
      context: .
      dockerfile: App.Server/Dockerfile
    environment:
      - ASPNETCORE_ENVIRONMENT=Development
      - DB_CONNECTION=mysql
      - DB_HOST=App.Mysql
  App.Mysql:
    image: mariadb:latest
"""

_README = """# App

Translate your subtitles.

## Database

By default, the app uses `MySQL` however, `PostgreSQL` and `SQLite` are also supported.
"""

_WEB = "Microsoft.NET.Sdk.Web"


def _tree(readme: str | None = _README, extra: dict[str, str] | None = None) -> dict[str, str]:
    server = csproj(
        "Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL", sdk=_WEB
    ).replace(
        "</Project>",
        '  <ItemGroup>\n    <ProjectReference Include="..\\App.Core\\App.Core.csproj" />\n'
        "  </ItemGroup>\n</Project>",
    )
    tree = {
        "App.Server/App.Server.csproj": server,
        "App.Server/Program.cs": _PROGRAM,
        "App.Core/App.Core.csproj": csproj(
            "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL", "Pomelo.EntityFrameworkCore.MySql",
        ),
        "App.Core/Configuration/DatabaseConfiguration.cs": _CONFIGURATION,
        "docker-compose.dev.yml": _COMPOSE_DEV,
        **(extra or {}),
    }
    if readme is not None:
        tree["Readme.MD"] = readme
    return tree


def _engine(tmp_path: Path, readme: str | None = _README,
            extra: dict[str, str] | None = None) -> str:
    backend = by_folder(write(tmp_path, _tree(readme, extra)))["App.Server"]
    return first(backend, FindingKind.DATABASE)[0]


def test_the_readmes_documented_default_decides(tmp_path: Path) -> None:
    assert _engine(tmp_path) == "MySQL"


def test_without_the_sentence_the_files_decide(tmp_path: Path) -> None:
    assert _engine(tmp_path, readme="# App\n\nTranslate your subtitles.\n") == "PostgreSQL"


def test_an_engine_the_files_do_not_show_is_not_taken(tmp_path: Path) -> None:
    readme = _README.replace("`MySQL`", "`MongoDB`")
    assert _engine(tmp_path, readme=readme) == "PostgreSQL"


def test_a_development_setups_default_is_not_taken(tmp_path: Path) -> None:
    readme = _README.replace("the app uses", "the dev version uses")
    assert _engine(tmp_path, readme=readme) == "PostgreSQL"


def test_production_configuration_outranks_the_readme(tmp_path: Path) -> None:
    extra = {"docker-compose.prod.yml": _COMPOSE_DEV.replace("mysql", "postgresql").replace(
        "mariadb:latest", "postgres:16").replace("Development", "Production")}
    assert _engine(tmp_path, extra=extra) == "PostgreSQL"


def test_an_env_example_outranks_the_readme(tmp_path: Path) -> None:
    extra = {".env.example": "DB_CONNECTION=postgresql\nDB_HOST=localhost\n"}
    assert _engine(tmp_path, extra=extra) == "PostgreSQL"


def test_a_default_to_try_the_app_is_not_taken(tmp_path: Path) -> None:
    readme = _README.replace(
        "By default, the app uses `MySQL` however, `PostgreSQL` and `SQLite` are also supported.",
        "By default, the server will use MySQL, which allows you to test the app quickly.",
    )
    assert _engine(tmp_path, readme=readme) == "PostgreSQL"
