"""Held-out set 347 (#19): a .NET API runs Dapper over two connections, a context class
opening a `SqlConnection` that most repositories and units of work use and one opening an
`NpgsqlConnection` that two reads use: the primary engine is SQL Server, PostgreSQL a
secondary one. Where the code is split evenly, the drivers' ranking stands."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup><ProjectReference Include="..\\Exam.Data\\Exam.Data.csproj" /></ItemGroup>
</Project>
"""

_DATA = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Dapper" Version="2.0.123" />
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.1.1" />
    <PackageReference Include="Npgsql" Version="6.0.9" />
  </ItemGroup>
</Project>
"""

_PROGRAM = """var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "ok");
app.Run();
"""

_CONTEXT = """using System.Data;
using %s;

namespace Exam.Data;

public sealed class %s : ContextBase
{
    public %s(string connection) : base(new %s(connection)) { Conexao.Open(); }
}
"""

_REPOSITORY = """using Dapper;

namespace Exam.Data;

public class Repository%d
{
    private readonly %s context;
    public Repository%d(%s context) { this.context = context; }
    public Task<int> Count() => context.Conexao.ExecuteScalarAsync<int>("select 1");
}
"""


def _tree(main: int, side: int) -> dict[str, str]:
    tree = {
        "src/Exam.Api/Exam.Api.csproj": _API,
        "src/Exam.Api/Program.cs": _PROGRAM,
        "src/Exam.Data/Exam.Data.csproj": _DATA,
        "src/Exam.Data/Contexts/AssessmentContext.cs": _CONTEXT
        % ("Microsoft.Data.SqlClient", "AssessmentContext", "AssessmentContext", "SqlConnection"),
        "src/Exam.Data/Contexts/StudentsContext.cs": _CONTEXT
        % ("Npgsql", "StudentsContext", "StudentsContext", "NpgsqlConnection"),
    }
    for i in range(main):
        tree[f"src/Exam.Data/Repositories/Repository{i}.cs"] = _REPOSITORY % (
            i,
            "AssessmentContext",
            i,
            "AssessmentContext",
        )
    for i in range(main, main + side):
        tree[f"src/Exam.Data/Repositories/Repository{i}.cs"] = _REPOSITORY % (
            i,
            "StudentsContext",
            i,
            "StudentsContext",
        )
    return tree


def test_the_connection_most_code_uses_is_the_engine(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(main=10, side=2)))["src/Exam.Api"]
    assert first(backend, K.DATABASE)[0] == "SQL Server"


def test_the_other_way_round(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tree(main=2, side=10)))["src/Exam.Api"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_an_even_split_leaves_the_drivers_ranking(tmp_path: Path) -> None:
    even = by_folder(write(tmp_path / "even", _tree(main=3, side=3)))["src/Exam.Api"]
    none = by_folder(write(tmp_path / "none", _tree(main=0, side=0)))["src/Exam.Api"]
    assert first(even, K.DATABASE)[0] == first(none, K.DATABASE)[0]


_EF_API = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.4" />
    <ProjectReference Include="..\\Exam.Data\\Exam.Data.csproj" />
  </ItemGroup>
</Project>
"""


def test_an_orm_provider_outweighs_hand_opened_connections(tmp_path: Path) -> None:
    """Set 23's shape: the host's EF Core context runs on SQL Server while a referenced
    project opens another engine's connections by hand in many files."""
    tree = _tree(main=2, side=10)
    tree["src/Exam.Api/Exam.Api.csproj"] = _EF_API
    tree["src/Exam.Api/AppDbContext.cs"] = (
        "using Microsoft.EntityFrameworkCore;\n\npublic class AppDbContext : DbContext\n{\n"
        "    protected override void OnConfiguring(DbContextOptionsBuilder options)\n"
        '        => options.UseSqlServer("Server=db");\n}\n'
    )
    backend = by_folder(write(tmp_path, tree))["src/Exam.Api"]
    assert first(backend, K.DATABASE)[0] == "SQL Server"
