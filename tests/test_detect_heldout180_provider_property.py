""".NET: a settings class's provider property default is the program's own engine (set 180, #19).

A payroll API supports two engines: a persistence project per engine (`Microsoft.Data.SqlClient`,
`MySqlConnector`), a start-up that switches on the settings' `DbProvider`, and a Compose file
that runs MySQL for the MySQL option. The settings class initializes the property
(`public string DbProvider { get; set; } = "SqlServer";`), which the configuration binder
keeps when the shipped settings name no provider: SQL Server is the program's own default and
outranks the Compose database (`defaults.property_default_rules`). A property with no
initializer, or one named for something other than the database, leaves the Compose file's
engine in first place."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.Data.SqlClient" Version="7.0.0" />\n'
    '    <PackageReference Include="MySqlConnector" Version="2.5.0" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllers();\n"
    "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
)

_COMPOSE = (
    "services:\n  mysql:\n    image: mysql:8.0\n    ports:\n      - \"3306:3306\"\n"
)


def _settings(property_line: str) -> str:
    return (
        "namespace Payroll.Server;\n\npublic class ServerConfiguration\n{\n"
        "    /// <summary>Database provider (default: SqlServer). Supported: SqlServer | MySql"
        "</summary>\n"
        f"    {property_line}\n"
        "}\n"
    )


def _api(property_line: str) -> dict[str, str]:
    return {
        "Server/Server.csproj": _WEB,
        "Server/Program.cs": _PROGRAM,
        "Server/ServerConfiguration.cs": _settings(property_line),
        "Server/Persistence/SqlServerContext.cs": "using Microsoft.Data.SqlClient;\n",
        "Server/Persistence/MySqlContext.cs": "using MySqlConnector;\n",
        "Database/docker/docker-compose.yml": _COMPOSE,
    }


def test_the_provider_property_default_outranks_a_compose_database(tmp_path: Path) -> None:
    found = by_folder(
        write(tmp_path, _api('public string DbProvider { get; set; } = "SqlServer";'))
    )
    assert first(found["Server"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found["Server"], K.DATABASE)[0] == "SQL Server"


def test_a_property_with_no_initializer_leaves_the_compose_database(tmp_path: Path) -> None:
    # Counter-case: the setting has no default of the program's own.
    found = by_folder(write(tmp_path, _api("public string DbProvider { get; set; }")))
    assert first(found["Server"], K.DATABASE)[0] == "MySQL"


def test_a_property_named_for_something_else_is_no_provider(tmp_path: Path) -> None:
    # Counter-case: an engine-like literal on a property that does not choose the database.
    found = by_folder(
        write(tmp_path, _api('public string ReportFormat { get; set; } = "SqlServer";'))
    )
    assert first(found["Server"], K.DATABASE)[0] == "MySQL"
