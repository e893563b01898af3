""".NET: the deployed image's connection string names the engine (set 236, #19).

Two ASP.NET Core hosts share a database library referencing EF Core's SQL Server and SQLite
providers; its registration picks SQL Server when a `SqlServer` connection string is set, else
SQLite, and the hosts' `appsettings.json` keep both commented out. The root Dockerfile building
both hosts sets `ConnectionStrings__SQLite="Filename=/db/app.sqlite;"`: the production
configuration, so SQLite (`dotnet_image_connections`). A commented `ENV` line, or a root image
building another project only, says nothing of the host."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Charge.Data\\Charge.Data.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_DATA = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="10.0.7" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.7" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="10.0.7" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_REGISTRATION = """using Microsoft.EntityFrameworkCore;

namespace Charge.Data
{
    public static class DbContextExtensions
    {
        public static void AddChargeDbContext(this IServiceCollection services, IConfiguration c)
        {
            string sqlServer = c.GetConnectionString("SqlServer");
            string sqlite = c.GetConnectionString("SQLite");
            if (!string.IsNullOrWhiteSpace(sqlServer))
            {
                services.AddDbContext<ChargeContext>(o => o.UseSqlServer(sqlServer));
            }
            else if (!string.IsNullOrWhiteSpace(sqlite))
            {
                services.AddDbContext<ChargeContext>(o => o.UseSqlite(sqlite));
            }
        }
    }

    public class ChargeContext : DbContext { }
}
"""

_PROGRAM = """namespace Charge.{name}
{
    public class Program
    {
        public static void Main(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(b => b.UseStartup<Startup>()).Build().Run();
    }
}
"""

_SETTINGS = """{
  "ConnectionStrings": {
    //"SQLite": "Filename=.\\\\app.sqlite;"
    //"SqlServer": "Server=.;Database=Charge;Trusted_Connection=True;"
  }
}
"""


def _dockerfile(env: str, projects: tuple[str, ...] = ("Charge.Server", "Charge.Admin")) -> str:
    builds = "".join(
        f'COPY ["{p}/{p}.csproj", "{p}/"]\nRUN dotnet publish "./{p}/{p}.csproj" -o /app/{p}\n'
        for p in projects
    )
    return (
        "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\n"
        f"{builds}\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nWORKDIR /app\n"
        f'ENV ASPNETCORE_ENVIRONMENT="Production" \\\n{env}'
        '    MessageDumpDir="/tmp/dump"\n'
        "COPY --from=build /app .\n"
    )


def _solution(dockerfile: str) -> dict[str, str]:
    files = {
        "Charge.Data/Charge.Data.csproj": _DATA,
        "Charge.Data/DbContextExtensions.cs": _REGISTRATION,
        "Dockerfile": dockerfile,
    }
    for name in ("Server", "Admin"):
        files[f"Charge.{name}/Charge.{name}.csproj"] = _WEB
        files[f"Charge.{name}/Program.cs"] = _PROGRAM.replace("{name}", name)
        files[f"Charge.{name}/appsettings.json"] = _SETTINGS
    return files


_SQLITE_ENV = '    ConnectionStrings__SQLite="Filename=/db/app.sqlite;" \\\n'


def test_the_image_s_sqlite_connection_string_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution(_dockerfile(_SQLITE_ENV))))
    for folder in ("Charge.Server", "Charge.Admin"):
        assert first(found[folder], K.FRAMEWORK)[0] == "ASP.NET Core"
        assert first(found[folder], K.DATABASE)[0] == "SQLite"


def test_without_the_image_s_setting_the_code_s_first_branch_stays(tmp_path: Path) -> None:
    # Counter-case: the same solution, its image setting no connection string.
    found = by_folder(write(tmp_path, _solution(_dockerfile(""))))
    assert first(found["Charge.Server"], K.DATABASE)[0] == "SQL Server"


def test_a_commented_setting_or_another_project_s_image_says_nothing(tmp_path: Path) -> None:
    # Counter-cases: the setting commented out of the ENV; an image building the admin only.
    commented = _dockerfile("").replace(
        "COPY --from", '# ENV ConnectionStrings__SQLite="Filename=/db/app.sqlite;"\nCOPY --from'
    )
    found = by_folder(write(tmp_path / "a", _solution(commented)))
    assert first(found["Charge.Server"], K.DATABASE)[0] == "SQL Server"
    admin_only = _dockerfile(_SQLITE_ENV, projects=("Charge.Admin",))
    found = by_folder(write(tmp_path / "b", _solution(admin_only)))
    assert first(found["Charge.Admin"], K.DATABASE)[0] == "SQLite"
    assert first(found["Charge.Server"], K.DATABASE)[0] == "SQL Server"
