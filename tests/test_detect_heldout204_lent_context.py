""".NET: an EF Core context lent by a package, its engine named by the README's port (set 204,
#19).

A feed service's solution holds an ASP.NET Core host and a class library referencing a
package of the product that brings the EF Core context, its provider and migrations: no
project file names EF Core or a provider. The code does: its writers take
`IDbContextFactory<DomainDbContext>` in files importing EF Core's namespace (the EF Core rule in
`ecosystems.dotnet`). The settings read the SQL server's host and port from the environment,
and the README documents the port: "`APP_SQL_PORT` - SQL server port (`5432`)", PostgreSQL's
(`readme_ports`). Counter-cases: Entity Framework 6's interface of the same name; a port
variable the code never reads; a provider the project references, which the README does not
override."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = "Feed.Web"

_WRITER = (
    "using Microsoft.EntityFrameworkCore;\nusing Acme.Data.Context;\n\n"
    "namespace Feed.Data;\n\npublic class SampleWriter\n{\n"
    "    private readonly IDbContextFactory<DomainDbContext> _factory;\n\n"
    "    public SampleWriter(IDbContextFactory<DomainDbContext> factory)\n    {\n"
    "        _factory = factory;\n    }\n}\n"
)

_README = (
    "# Feed service\n\n## Configuration\n"
    "- `APP_SQL_HOST` - SQL server host (`sql.example.net`).\n"
    "- `APP_SQL_PORT` - SQL server port (`5432`).\n\n"
    "```bash\ndocker run \\\n-e APP_SQL_HOST=sql.example.net \\\n-e APP_SQL_PORT=5432 \\\n"
    "feed:latest\n```\n"
)


def _solution() -> dict[str, str]:
    return {
        "README.md": _README,
        f"{_WEB}/{_WEB}.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
        "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
        '    <ProjectReference Include="..\\Feed\\Feed.csproj" />\n  </ItemGroup>\n</Project>\n',
        f"{_WEB}/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddControllers();\nvar app = builder.Build();\n"
        "app.MapControllers();\napp.Run();\n",
        f"{_WEB}/Controllers/SamplesController.cs": "using Microsoft.AspNetCore.Mvc;\n\n"
        "[ApiController]\n[Route(\"api/samples\")]\npublic class SamplesController : "
        "ControllerBase\n{\n    [HttpPost]\n    public IActionResult Post() => Ok();\n}\n",
        f"{_WEB}/Options/SqlOptions.cs": "namespace Feed.Web.Options;\n\n"
        "public class SqlOptions\n{\n"
        '    public string Host => Environment.GetEnvironmentVariable("APP_SQL_HOST");\n'
        '    public string Port => Environment.GetEnvironmentVariable("APP_SQL_PORT");\n}\n',
        f"{_WEB}/Services/TasksService.cs": _WRITER.replace("Feed.Data", "Feed.Web.Services"),
        "Feed/Feed.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
        "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
        '    <PackageReference Include="Acme.Data.Context" Version="12.10.0" />\n'
        "  </ItemGroup>\n</Project>\n",
        "Feed/Data/SampleWriter.cs": _WRITER,
    }


def test_the_lent_context_and_the_documented_port(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert first(found[_WEB], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found[_WEB], K.ORM)[0] == "EF Core"
    assert first(found[_WEB], K.DATABASE)[0] == "PostgreSQL"


def test_entity_framework_6s_factory_is_no_ef_core(tmp_path: Path) -> None:
    # Counter-case: EF6's IDbContextFactory<T>, in its own namespace; with no data layer, the
    # README's port is not read either.
    files = _solution()
    for path in (f"{_WEB}/Services/TasksService.cs", "Feed/Data/SampleWriter.cs"):
        files[path] = files[path].replace(
            "using Microsoft.EntityFrameworkCore;", "using System.Data.Entity.Infrastructure;"
        )
    found = by_folder(write(tmp_path, files))
    assert first(found[_WEB], K.ORM) == ("", "")
    assert first(found[_WEB], K.DATABASE) == ("", "")


def test_a_port_the_code_never_reads_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: the README documents a variable no code of the project reads.
    files = _solution()
    files["README.md"] = _README.replace("APP_SQL_PORT", "OTHER_DB_PORT")
    found = by_folder(write(tmp_path, files))
    assert first(found[_WEB], K.ORM)[0] == "EF Core"
    assert first(found[_WEB], K.DATABASE) == ("", "")


def test_a_referenced_provider_is_not_overridden(tmp_path: Path) -> None:
    # Counter-case: the project names its provider; the README's MySQL port adds nothing.
    files = _solution()
    files["README.md"] = _README.replace("5432", "3306")
    files[f"{_WEB}/{_WEB}.csproj"] = files[f"{_WEB}/{_WEB}.csproj"].replace(
        "  <ItemGroup>\n",
        "  <ItemGroup>\n    <PackageReference Include=\"Npgsql.EntityFrameworkCore.PostgreSQL\""
        ' Version="8.0.0" />\n',
        1,
    )
    found = by_folder(write(tmp_path, files))
    assert first(found[_WEB], K.DATABASE)[0] == "PostgreSQL"
