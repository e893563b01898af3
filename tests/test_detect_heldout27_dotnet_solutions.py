""".NET solutions of sets 84 and 85 (#19): a second Web SDK host of the same API for local
work (no backend of its own); an EF Core provider package referenced for a helper beside Dapper
(Dapper is the data layer); Umbraco CMS (SQL Server, its default provider); a context deriving
from a vendor's base whose constructor takes EF Core's options (EF Core); a SQL Server database
project in the service's solution (the engine, when nothing else names one)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _csproj(*packages: str, refs: tuple[str, ...] = (), sdk: str = "Microsoft.NET.Sdk.Web") -> str:
    items = "".join(f'    <PackageReference Include="{p}" Version="1.0.0" />\n' for p in packages)
    items += "".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />\n' for r in refs)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n'
        f"  </PropertyGroup>\n  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_CONTROLLER = """[ApiController]
[Route("api/actors")]
public class ActorController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Ok();
}
"""


def _hosts(**extra: str) -> dict[str, str]:
    return {
        "src/Market.WebApi/Market.WebApi.csproj": _csproj(
            "Microsoft.EntityFrameworkCore.SqlServer"
        ),
        "src/Market.WebApi/Program.cs": _PROGRAM,
        "src/Market.WebApi/Controllers/ActorController.cs": _CONTROLLER,
        "src/Market.LocalWebApi/Market.LocalWebApi.csproj": _csproj(refs=("Market.WebApi",)),
        "src/Market.LocalWebApi/Program.cs": _PROGRAM.replace(
            "builder.Build();", "builder.Build();\n// no authentication here"
        ),
        **extra,
    }


def test_a_host_of_a_referenced_api_with_no_route_of_its_own_is_none(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _hosts()))
    assert sorted(found) == ["src/Market.WebApi"]


def test_a_host_with_a_controller_of_its_own_stays(tmp_path: Path) -> None:
    extra = {"src/Market.LocalWebApi/Controllers/DevController.cs": _CONTROLLER}
    found = by_folder(write(tmp_path, _hosts(**extra)))
    assert sorted(found) == ["src/Market.LocalWebApi", "src/Market.WebApi"]


_SQL_CLIENT = """using Dapper;
using Microsoft.EntityFrameworkCore.SqlServer.Storage.Internal;

public class SqlClient
{
    public Task<IEnumerable<T>> Query<T>(string sql) => _connection.QueryAsync<T>(sql);
}
"""


def _dapper(**extra: str) -> dict[str, str]:
    return {
        "host/FileHost.csproj": _csproj(
            "Dapper", "Microsoft.Data.SqlClient", "Microsoft.EntityFrameworkCore.SqlServer"
        ),
        "host/Program.cs": _PROGRAM,
        "host/Controllers/ActorController.cs": _CONTROLLER,
        "host/Helpers/SqlClient.cs": _SQL_CLIENT,
        **extra,
    }


def test_an_ef_core_package_with_no_context_beside_dapper_is_not_the_layer(
    tmp_path: Path,
) -> None:
    backend = by_folder(write(tmp_path, _dapper()))["host"]
    assert first(backend, FindingKind.ORM) == ("", "")
    assert first(backend, FindingKind.QUERY)[0] == "Dapper"
    assert first(backend, FindingKind.DATABASE)[0] == "SQL Server"


def test_a_context_in_the_code_keeps_ef_core(tmp_path: Path) -> None:
    context = "public class FilesContext : DbContext\n{\n    public DbSet<File> Files;\n}\n"
    backend = by_folder(write(tmp_path, _dapper(**{"host/Data/Files.cs": context})))["host"]
    assert first(backend, FindingKind.ORM)[0] == "EF Core"


def test_umbraco_keeps_its_content_in_sql_server(tmp_path: Path) -> None:
    files = {
        "Cms/Cms.csproj": _csproj("Umbraco.Cms"),
        "Cms/Program.cs": _PROGRAM,
        "Cms/appsettings.json": '{"ConnectionStrings": {"umbracoDbDSN": ""}}\n',
    }
    backend = by_folder(write(tmp_path, files))["Cms"]
    assert first(backend, FindingKind.DATABASE)[0] == "SQL Server"


def test_umbraco_on_the_sqlite_provider_is_sqlite(tmp_path: Path) -> None:
    settings = (
        '{"ConnectionStrings": {"umbracoDbDSN": "Data Source=|DataDirectory|/Umbraco.sqlite.db",\n'
        '  "umbracoDbDSN_ProviderName": "Microsoft.Data.Sqlite"}}\n'
    )
    files = {
        "Cms/Cms.csproj": _csproj("Umbraco.Cms"),
        "Cms/Program.cs": _PROGRAM,
        "Cms/appsettings.json": settings,
    }
    backend = by_folder(write(tmp_path, files))["Cms"]
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"


_CONTEXT = """public class CabDBContext : VendorUsersDBContext<CabDBContext, UserEntity>
{
    public CabDBContext(DbContextOptions<CabDBContext> options) : base(options) { }
}
"""

_SOLUTION = """Microsoft Visual Studio Solution File, Format Version 12.00
Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Cab.API", "Cab.API\\Cab.API.csproj", "{1}"
EndProject
Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Cab.DAL", "Cab.DAL\\Cab.DAL.csproj", "{2}"
EndProject
Project("{00D1A9C2}") = "Cab.DataBase", "Cab.DataBase\\Cab.DataBase.sqlproj", "{3}"
EndProject
"""

_SQLPROJ = """<Project DefaultTargets="Build" ToolsVersion="4.0">
  <PropertyGroup>
    <DSP>Microsoft.Data.Tools.Schema.Sql.Sql130DatabaseSchemaProvider</DSP>
  </PropertyGroup>
</Project>
"""


def _vendor(**extra: str) -> dict[str, str]:
    return {
        "API/Cab.API/Cab.API.csproj": _csproj("Vendor.Common.API", refs=("Cab.DAL",)),
        "API/Cab.API/Program.cs": _PROGRAM,
        "API/Cab.API/Controllers/ActorController.cs": _CONTROLLER,
        "API/Cab.DAL/Cab.DAL.csproj": _csproj(
            "Vendor.Infrastructure.DataAccessLayer.EFCore", sdk="Microsoft.NET.Sdk"
        ),
        "API/Cab.DAL/CabDBContext.cs": _CONTEXT,
        "API/Cab.DataBase/Cab.DataBase.sqlproj": _SQLPROJ,
        **extra,
    }


def test_a_vendor_context_and_the_solutions_database_project(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _vendor(**{"API/Cab.sln": _SOLUTION})))
    assert sorted(found) == ["API/Cab.API"]
    assert first(found["API/Cab.API"], FindingKind.ORM)[0] == "EF Core"
    assert first(found["API/Cab.API"], FindingKind.DATABASE)[0] == "SQL Server"


def test_a_database_project_outside_the_solution_names_nothing(tmp_path: Path) -> None:
    solution = _SOLUTION.replace("Cab.DataBase\\Cab.DataBase.sqlproj", "Other\\Other.csproj")
    found = by_folder(write(tmp_path, _vendor(**{"API/Cab.sln": solution})))
    assert first(found["API/Cab.API"], FindingKind.DATABASE) == ("", "")


def test_a_named_engine_outranks_the_database_project(tmp_path: Path) -> None:
    startup = _PROGRAM.replace(
        "builder.Services.AddControllers();",
        "builder.Services.AddControllers();\n"
        "builder.Services.AddDbContext<CabDBContext>(o => o.UseNpgsql(cs));",
    )
    files = _vendor(**{"API/Cab.sln": _SOLUTION, "API/Cab.API/Program.cs": startup})
    found = by_folder(write(tmp_path, files))
    assert first(found["API/Cab.API"], FindingKind.DATABASE)[0] == "PostgreSQL"
