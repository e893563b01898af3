"""Held-out set 220 (#19): .NET, the EF Core provider a switch expression's arm registers for
the enum member the host's shipped settings name.

The shape: an ASP.NET Core host supporting several engines registers its context in a helper
of its own (`Database/ContextRegistration.cs`) through a switch expression over the provider
enum its settings are parsed into (`StorageProviders.Files => options.UseSqlite(…)`, one arm
per engine, a product-named member meaning its file database); `appsettings.json` (with a
comment, as .NET reads it) sets `"Provider": "Files"`. The packages of every provider are
referenced, SQL Server's first. `dotnet_setting_branches` reads the host's own C# files for
such arms: the member the settings name selects SQLite, the program's choice, with the
setting's line as evidence.

Counter-cases: a setting naming no arm's member, and arms all of one engine, choose nothing
here.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROJECT = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="8.0.6" />
    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.4" />
  </ItemGroup>
</Project>
"""

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
ContextRegistration.Register(builder.Services, builder.Configuration);
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_REGISTRATION = """using Microsoft.EntityFrameworkCore;

namespace Parts.Web.Database
{
    public static class ContextRegistration
    {
        public static void Register(IServiceCollection services, StorageSettings configuration)
        {
            services.AddDbContext<PartsContext>(options => _ = configuration.StorageProvider switch
            {
                // the file database and sqlite are the same
                StorageProviders.Files => options.UseSqlite(configuration.ConnectionString),
                StorageProviders.Sqlite => options.UseSqlite(configuration.ConnectionString),
                StorageProviders.SqlServer => options.UseSqlServer(configuration.ConnectionString),
                StorageProviders.Postgresql => options.UseNpgsql(configuration.ConnectionString),
                _ => throw new NotSupportedException()
            });
        }
    }
}
"""

_SETTINGS = """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "StorageSettings": {
    // Provider options: Files, SqlServer, Postgresql, Sqlite
    "Provider": "%s",
    "ConnectionString": "Data Source=parts.db"
  }
}
"""


def _host(provider: str, registration: str = _REGISTRATION) -> dict[str, str]:
    return {
        "Parts.Web/Parts.Web.csproj": _PROJECT,
        "Parts.Web/Program.cs": _PROGRAM,
        "Parts.Web/Database/ContextRegistration.cs": registration,
        "Parts.Web/appsettings.json": _SETTINGS % provider,
    }


def _database_evidence(found: dict, engine: str) -> list[str]:
    return [
        e.path
        for f in found["Parts.Web"].findings
        if f.kind is K.DATABASE and f.name == engine
        for e in f.evidence
    ]


def test_the_arm_the_settings_name_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _host("Files")))
    assert first(found["Parts.Web"], K.DATABASE)[0] == "SQLite"
    assert "Parts.Web/appsettings.json" in _database_evidence(found, "SQLite")


def test_a_setting_naming_no_arm_chooses_nothing(tmp_path: Path) -> None:
    # Counter-case: no arm matches "Memory".
    found = by_folder(write(tmp_path, _host("Memory")))
    assert "Parts.Web/appsettings.json" not in _database_evidence(found, "SQLite")


def test_arms_of_one_engine_choose_nothing(tmp_path: Path) -> None:
    # Counter-case: every arm registers SQLite: no choice among engines to read.
    registration = _REGISTRATION.replace("UseSqlServer", "UseSqlite").replace(
        "UseNpgsql", "UseSqlite"
    )
    found = by_folder(write(tmp_path, _host("Files", registration)))
    assert "Parts.Web/appsettings.json" not in _database_evidence(found, "SQLite")
