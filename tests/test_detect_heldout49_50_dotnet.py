"""A .NET gap the forty-ninth held-out set showed (benchmarks/detect_heldout49.yaml), as a small
fixture of the real files' shape (#19): an ASP.NET Core frontend referencing a PostgreSQL
backend project (bare Npgsql) and a SQL Server one (Microsoft.Data.SqlClient), whose shipped
appsettings.json picks one (`"Datastore": "postgresql"`)."""

from __future__ import annotations

from pathlib import Path

from layout_fixtures import csproj, pkg, ref
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HOST = (
    "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n"
)
_FRONTEND = "src/frontend/Registry.Frontend.AspNetCore"


def _settings(store: str) -> str:
    return (
        '{\n  "AllowedHosts": "*",\n  "AppSettings": {\n'
        '    "AuthenticationService": "http://localhost:5126/connect/token",\n'
        f'    "Datastore": "{store}",\n    "MaximumPageSize": 500\n  }}\n}}\n'
    )


def _tree(store: str) -> dict[str, str]:
    return {
        f"{_FRONTEND}/Registry.Frontend.AspNetCore.csproj": csproj(
            "Microsoft.NET.Sdk.Web",
            ref("..\\..\\backend\\Registry.Backend.Mssql\\Registry.Backend.Mssql.csproj"),
            ref("..\\..\\backend\\Registry.Backend.Postgresql\\Registry.Backend.Postgresql.csproj"),
            tfm="net10.0",
        ),
        f"{_FRONTEND}/Program.cs": _HOST,
        f"{_FRONTEND}/appsettings.json": _settings(store),
        "src/backend/Registry.Backend.Mssql/Registry.Backend.Mssql.csproj": csproj(
            "Microsoft.NET.Sdk", pkg("Microsoft.Data.SqlClient", "5.2.2"), tfm="net10.0"
        ),
        "src/backend/Registry.Backend.Postgresql/Registry.Backend.Postgresql.csproj": csproj(
            "Microsoft.NET.Sdk", pkg("Npgsql", "8.0.4"), tfm="net10.0"
        ),
    }


def test_datastore_setting_picks_postgresql(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("postgresql")))[_FRONTEND]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_datastore_setting_picks_sql_server(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree("mssql")))[_FRONTEND]
    assert first(backend, K.DATABASE)[0] == "SQL Server"
