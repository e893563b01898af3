"""An ASP.NET Core host whose referenced library registers its EF Core context in one branch
per engine of a configuration value, which the host's appsettings.json sets
(benchmarks/detect_heldout131.yaml, #19): the branch the shipped value selects is the engine
the program runs on; the others are engines its operator may opt into. Without a value, or
with one no branch compares to, the other rules answer as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HOST = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="7.0.0" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="7.0.1" />\n'
    "  </ItemGroup>\n  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Shop.Core\\Shop.Core.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_CORE = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.1.0" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="7.0.1" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="7.0.1" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="7.0.1" />\n'
    '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="7.0.1" />\n'
    '    <PackageReference Include="Pomelo.EntityFrameworkCore.MySql" Version="7.0.0" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_PROGRAM = (
    "using Shop.Core.Extentions;\n\nnamespace Shop\n{\n    public class Program\n    {\n"
    "        public static void Main(string[] args)\n        {\n"
    "            Host.CreateDefaultBuilder(args)\n"
    "                .ConfigureWebHostDefaults(webBuilder =>\n                {\n"
    "                    webBuilder.UseStartup<Startup>();\n"
    "                }).Build().Run();\n        }\n    }\n}\n"
)

_STARTUP = (
    "using Shop.Core.Extentions;\n\nnamespace Shop\n{\n    public class Startup\n    {\n"
    "        public Startup(IConfiguration configuration) { Configuration = configuration; }\n"
    "        public IConfiguration Configuration { get; }\n\n"
    "        public void ConfigureServices(IServiceCollection services)\n        {\n"
    "            services.AddExtensionsService(Configuration);\n        }\n    }\n}\n"
)

_EXTENSIONS = (
    "using Microsoft.EntityFrameworkCore;\nusing Shop.Core.DBContext;\n\n"
    "namespace Shop.Core.Extentions\n{\n    public static class StartupExtensions\n    {\n"
    "        public static void AddExtensionsService(this IServiceCollection services,"
    " IConfiguration configuration)\n        {\n"
    '            var database_config = configuration.GetSection("Database")["db"];\n'
    "            services.AddDbContextPool<SqlDBContext>(t =>\n            {\n"
    '                if (database_config.ToUpper() == "SQLLITE")\n                {\n'
    '                    var conn = configuration.GetConnectionString("SqlLiteConn");\n'
    "                    t.UseSqlite(conn);\n                }\n"
    '                else if (database_config.ToUpper() == "MYSQL")\n                {\n'
    '                    var conn = configuration.GetConnectionString("MySqlConn");\n'
    "                    t.UseMySql(conn, new MySqlServerVersion(new Version(8, 0, 26)));\n"
    "                }\n"
    '                else if (database_config.ToUpper() == "SQLSERVER")\n                {\n'
    '                    var conn = configuration.GetConnectionString("SqlServerConn");\n'
    "                    t.UseSqlServer(conn);\n                }\n"
    '                else if (database_config.ToUpper() == "POSTGRES")\n                {\n'
    '                    var conn = configuration.GetConnectionString("PostGresConn");\n'
    "                    t.UseNpgsql(conn);\n                }\n"
    "            }, 100);\n        }\n    }\n}\n"
)

_CONTEXT = (
    "using Microsoft.Data.SqlClient;\nusing Microsoft.EntityFrameworkCore;\n\n"
    "namespace Shop.Core.DBContext\n{\n    public class SqlDBContext : DbContext\n    {\n"
    "        public SqlDBContext(DbContextOptions<SqlDBContext> options) : base(options) { }\n"
    "    }\n}\n"
)


def _settings(database: dict[str, str] | None) -> str:
    settings: dict[str, object] = {"AllowedHosts": "*"}
    if database is not None:
        settings["Database"] = database
    settings["ConnectionStrings"] = {
        "MySqlConn": "Server=127.0.0.1;Database=shop;Port=3306;uid=root;pwd=123456;",
        "SqlServerConn": "Data Source=127.0.0.1;User ID=sa;Password=123456;Initial Catalog=shop;",
        "SqlLiteConn": "Data Source = shop.db",
        "PostGresConn": "Server=127.0.0.1;Port=5432;User Id=postgres;Database=shop;",
    }
    return json.dumps(settings, indent=2) + "\n"


def _engine(tmp_path: Path, database: dict[str, str] | None) -> str:
    files = {
        "backend/Shop/Shop.csproj": _HOST,
        "backend/Shop/Program.cs": _PROGRAM,
        "backend/Shop/Startup.cs": _STARTUP,
        "backend/Shop/appsettings.json": _settings(database),
        "backend/Shop.Core/Shop.Core.csproj": _CORE,
        "backend/Shop.Core/Extentions/StartupExtensions.cs": _EXTENSIONS,
        "backend/Shop.Core/DBContext/SqlDBContext.cs": _CONTEXT,
    }
    return first(by_folder(write(tmp_path, files))["backend/Shop"], K.DATABASE)[0]


@pytest.mark.parametrize(
    ("value", "engine"),
    [
        # The shipped value selects a branch (compared upper-cased, so any case): its engine.
        ("MySql", "MySQL"),
        ("postgres", "PostgreSQL"),
        ("SqlLite", "SQLite"),
    ],
)
def test_the_branch_the_shipped_setting_selects_is_the_engine(
    tmp_path: Path, value: str, engine: str
) -> None:
    assert _engine(tmp_path, {"db": value}) == engine


def test_without_a_value_or_with_one_no_branch_compares_to_the_answer_stays(
    tmp_path: Path,
) -> None:
    # Counter-cases: the settings set no value (or another key), or one no branch tests for:
    # every branch is an engine the operator opts into, and the other rules answer alike.
    unset = _engine(tmp_path / "unset", None)
    assert _engine(tmp_path / "other", {"db": "Oracle"}) == unset
    assert _engine(tmp_path / "key", {"timeout": "30"}) == unset
