""".NET: the legacy MongoDB driver package is MongoDB.Driver, lent by the library (set 164, #19).

An ASP.NET Core web project references EF Core's SQL Server packages (and Identity's EF Core
store) that none of its code uses, and a class library of the solution that keeps the data in
MongoDB through `mongocsharpdriver`, the legacy package (1.x, and the 2.x build carrying the old
API over MongoDB.Driver). The package is MongoDB.Driver and MongoDB, as `MongoDB.Driver` itself
is: lent to the web project, whose controllers import it, it is the data layer and MongoDB the
engine. A web project whose own code registers an EF Core context on SQL Server keeps EF Core and
SQL Server."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.AspNetCore.Identity.EntityFrameworkCore"'
    ' Version="8.0.8" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.0" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.Tools" Version="8.0.0" />\n'
    '    <PackageReference Include="Swashbuckle.AspNetCore" Version="5.6.3" />\n'
    "  </ItemGroup>\n  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Acme.Store\\Acme.Store.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_STORE = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="mongocsharpdriver" Version="2.29.0" />\n'
    "  </ItemGroup>\n</Project>\n"
)


def _solution() -> dict[str, str]:
    return {
        "src/Acme.Web/Acme.Web.csproj": _WEB,
        "src/Acme.Web/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\n"
            "builder.Services.AddControllers();\nvar app = builder.Build();\n"
            "app.MapControllers();\napp.Run();\n"
        ),
        "src/Acme.Web/Controllers/CityController.cs": (
            "using Microsoft.AspNetCore.Mvc;\nusing MongoDB.Driver;\n\n"
            "namespace Acme.Web.Controllers;\n\n"
            "public class CityController : ControllerBase {}\n"
        ),
        "src/Acme.Store/Acme.Store.csproj": _STORE,
        "src/Acme.Store/MongoDbContext.cs": (
            "using MongoDB.Driver;\n\nnamespace Acme.Store;\n\n"
            "public class MongoDbContext {\n"
            "    public IMongoDatabase Database { get; }\n}\n"
        ),
    }


def _data(backend: object) -> str:
    found = next(
        (f for f in backend.findings if f.kind in (K.ORM, K.QUERY)),  # type: ignore[attr-defined]
        None,
    )
    return found.name if found else ""


def test_the_legacy_driver_lent_by_a_library_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    web = found["src/Acme.Web"]
    assert _data(web) == "MongoDB.Driver"
    assert first(web, K.DATABASE)[0] == "MongoDB"


def test_an_ef_core_context_on_sql_server_keeps_it(tmp_path: Path) -> None:
    # Counter-case: the web project registers its own EF Core context on SQL Server.
    files = _solution()
    files["src/Acme.Web/Program.cs"] = (
        "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddDbContext<AppDbContext>(o =>\n"
        '    o.UseSqlServer(builder.Configuration.GetConnectionString("Default")));\n'
        "var app = builder.Build();\napp.Run();\n"
    )
    files["src/Acme.Web/Data/AppDbContext.cs"] = (
        "using Microsoft.EntityFrameworkCore;\n\nnamespace Acme.Web.Data;\n\n"
        "public class AppDbContext : DbContext {\n"
        "    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) {}\n}\n"
    )
    files["src/Acme.Web/Controllers/CityController.cs"] = (
        "using Microsoft.AspNetCore.Mvc;\n\nnamespace Acme.Web.Controllers;\n\n"
        "public class CityController : ControllerBase {}\n"
    )
    web = by_folder(write(tmp_path, files))["src/Acme.Web"]
    assert _data(web) == "EF Core"
    assert first(web, K.DATABASE)[0] == "SQL Server"
