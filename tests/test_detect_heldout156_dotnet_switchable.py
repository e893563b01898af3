""".NET: a host whose settings pick one of several EF Core providers, and whose tests reference
MSTest's adapter alone (set 156, #19).

The host references a provider library per engine (`App.Sqlite`, `App.MySql`, each with a
design-time factory calling `UseSqlite`/`UseMySql`), and its appsettings.json picks one under
`"ConnectionStrings"`: `"DbType": "Sqlite"`, with the other choice kept commented out beneath
(`//"DbType": "MySql",`). The settings rules read the commented line as a second choice of the
same rank; a line commented out chooses nothing. Counter-case: the live MySQL choice with SQLite
commented out gives MySQL.

The test project (`tests/`, a ProjectReference to the host) references `MSTest.TestAdapter` and
`Microsoft.NET.Test.Sdk`, no `MSTest` nor `MSTest.TestFramework` package: its `[TestMethod]`s
are MSTest's. Counter-case: an xUnit project keeping a leftover adapter stays on xUnit."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HOST = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <IsTestProject>false</IsTestProject>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="10.0.11" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\App.MySql\\App.MySql.csproj" />
    <ProjectReference Include="..\\App.Sqlite\\App.Sqlite.csproj" />
  </ItemGroup>
</Project>
"""

_PROVIDER = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.Relational" Version="10.0.11" />
  </ItemGroup>
</Project>
"""

_FACTORY = """using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace App.{name};

public class {name}ContextFactory : IDesignTimeDbContextFactory<{name}Context>
{{
    public {name}Context CreateDbContext(string[] args)
    {{
        var optionsBuilder = new DbContextOptionsBuilder<{name}Context>();
        optionsBuilder.{call}("DataSource=design-time-placeholder.db");
        return new {name}Context(optionsBuilder.Options);
    }}
}}
"""

_SETTINGS = """{{
  "ConnectionStrings": {{
    "AllowCache": "True",

    "DbType": "{live}",
    "DefaultConnection": "{connection}"

    // the other engine, for a server:
    //"DbType": "{other}",
    //"DefaultConnection": "{other_connection}"
  }},
  "AppSettings": {{
    "AuthProvider": "Local"
  }}
}}
"""

_SQLITE = ("Sqlite", "DataSource=app.db;Cache=Shared")
_MYSQL = ("MySql", "Server=localhost;Database=app;Uid=app;Pwd=secret;")

_TESTS = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <OutputType>Library</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <IsTestProject>true</IsTestProject>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.9.0" />
{packages}  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\src\\App\\App.csproj" />
  </ItemGroup>
</Project>
"""

_MSTEST_FILE = """using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace App.Tests;

[TestClass]
public class {name}Tests
{{
    [TestMethod]
    public void Works() => Assert.IsTrue(true);
}}
"""

_XUNIT_FILE = """using Xunit;

namespace App.Tests;

public class {name}Tests
{{
    [Fact]
    public void Works() => Assert.True(true);
}}
"""


def _tree(live: tuple[str, str], other: tuple[str, str], tests: str, test_file: str) -> dict:
    settings = _SETTINGS.format(
        live=live[0], connection=live[1], other=other[0], other_connection=other[1]
    )
    tree = {
        "App.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "src/App/App.csproj": _HOST,
        "src/App/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "var app = builder.Build();\napp.Run();\n",
        "src/App/appsettings.json": settings,
        "src/App.MySql/App.MySql.csproj": _PROVIDER,
        "src/App.MySql/MySqlContextFactory.cs": _FACTORY.format(name="MySql", call="UseMySql"),
        "src/App.Sqlite/App.Sqlite.csproj": _PROVIDER,
        "src/App.Sqlite/SqliteContextFactory.cs": _FACTORY.format(
            name="Sqlite", call="UseSqlite"
        ),
        "tests/App.Tests.csproj": _TESTS.format(packages=tests),
    }
    for name in ("Metrics", "Agents", "Servers"):
        tree[f"tests/{name}Tests.cs"] = test_file.format(name=name)
    return tree


_ADAPTER = '    <PackageReference Include="MSTest.TestAdapter" Version="4.3.3" />\n'
_XUNIT = '    <PackageReference Include="xunit" Version="2.9.3" />\n'


def test_the_live_choice_and_the_adapters_tests(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_SQLITE, _MYSQL, _ADAPTER, _MSTEST_FILE)))
    assert list(found) == ["src/App"]
    assert first(found["src/App"], K.DATABASE)[0] == "SQLite"
    assert first(found["src/App"], K.TEST) == ("MSTest", "4.3.3")


def test_the_live_choice_is_mysql_when_sqlite_is_commented_out(tmp_path: Path) -> None:
    # Counter-case: the same settings the other way round.
    found = by_folder(write(tmp_path, _tree(_MYSQL, _SQLITE, _ADAPTER, _MSTEST_FILE)))
    assert first(found["src/App"], K.DATABASE)[0] == "MySQL"


def test_a_leftover_adapter_beside_xunit_leaves_xunit(tmp_path: Path) -> None:
    # Counter-case: the tests are written to xUnit; the adapter is only left in the project.
    found = by_folder(write(tmp_path, _tree(_SQLITE, _MYSQL, _ADAPTER + _XUNIT, _XUNIT_FILE)))
    assert first(found["src/App"], K.TEST)[0] == "xUnit"


def test_a_url_earlier_on_a_one_line_settings_file_is_no_comment(tmp_path: Path) -> None:
    # Counter-case: a settings file written on one line, a URL (`//`) before the live choice.
    tree = _tree(_SQLITE, _MYSQL, _ADAPTER, _MSTEST_FILE)
    tree["src/App/appsettings.json"] = (
        '{"ConnectionStrings": {"Docs": "https://example.org/db", "DbType": "MySql", '
        '"DefaultConnection": "Server=localhost;Database=app;"}}\n'
    )
    found = by_folder(write(tmp_path, tree))
    assert first(found["src/App"], K.DATABASE)[0] == "MySQL"
