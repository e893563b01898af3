""".NET: the engine a data library's EF Core context configures in its own `OnConfiguring`
(set 258, #19).

A solution's web host references the data library holding the context (`ShopContext.cs`, named
for the product, under `Models/Domain/` below a folder of migrations that fills the walker's
quotas) and lists SQL Server's and SQLite's EF Core packages of its own for its tools; the
context configures PostgreSQL itself (`optionsBuilder.UseNpgsql(…)` in `OnConfiguring`), the
library declaring Npgsql's provider. The host runs on PostgreSQL (`ef_configured_contexts`). A
context configured by the host (no provider in `OnConfiguring`), or contexts configuring two
engines, leave the host's packages to decide."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _csproj(sdk: str, packages: tuple[str, ...], refs: tuple[str, ...] = ()) -> str:
    items = "\n".join(
        f'    <PackageReference Include="{p}" Version="3.1.9" />' for p in packages
    )
    projects = "\n".join(f'    <ProjectReference Include="{r}" />' for r in refs)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>netcoreapp3.1</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}\n  </ItemGroup>\n  <ItemGroup>\n{projects}\n  </ItemGroup>\n"
        "</Project>\n"
    )


def _context(hook: str) -> str:
    return (
        "using Microsoft.EntityFrameworkCore;\n\nnamespace Shop.Data.Models.Domain\n{\n"
        "    public class ShopContext : DbContext\n    {\n"
        "        public DbSet<Order> Orders { get; set; }\n\n"
        "        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)\n"
        f"        {{\n{hook}"
        "            base.OnConfiguring(optionsBuilder);\n        }\n    }\n}\n"
    )


_NPGSQL = (
    '            optionsBuilder\n                .UseNpgsql("Host=" + host + ";Database=shop");\n'
)


def _solution(hook: str = _NPGSQL) -> dict[str, str]:
    files = {
        "Server/Shop.Web/Shop.Web.csproj": _csproj(
            "Microsoft.NET.Sdk.Web",
            (
                "Microsoft.EntityFrameworkCore",
                "Microsoft.EntityFrameworkCore.Sqlite",
                "Microsoft.EntityFrameworkCore.SqlServer",
            ),
            ("..\\Shop.Data\\Shop.Data.csproj",),
        ),
        "Server/Shop.Web/Program.cs": "public class Program\n{\n    public static void Main("
        "string[] args) => Host.CreateDefaultBuilder(args)\n"
        "        .ConfigureWebHostDefaults(b => b.UseStartup<Startup>()).Build().Run();\n}\n",
        "Server/Shop.Web/Startup.cs": "public class Startup\n{\n    public void "
        "ConfigureServices(IServiceCollection services)\n    {\n"
        "        services.AddControllersWithViews();\n    }\n}\n",
        "Server/Shop.Data/Shop.Data.csproj": _csproj(
            "Microsoft.NET.Sdk",
            ("Microsoft.EntityFrameworkCore", "Npgsql.EntityFrameworkCore.PostgreSQL"),
        ),
        "Server/Shop.Data/Models/Domain/ShopContext.cs": _context(hook),
        "Server/Shop.Data/Models/Domain/Order.cs": "public class Order { public int Id; }\n",
    }
    # Migrations, shallower than the context, fill the ordinary quota.
    for n in range(30):
        files[f"Server/Shop.Data/Migrations/2020{n:04d}_Step{n}.cs"] = (
            f"public partial class Step{n} : Migration {{ }}\n"
        )
    return files


def test_the_context_configured_provider_is_the_hosts_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert first(found["Server/Shop.Web"], K.DATABASE)[0] == "PostgreSQL"


def test_a_context_the_host_configures_leaves_the_packages(tmp_path: Path) -> None:
    # Counter-case: no provider in `OnConfiguring`; nothing in code names the engine.
    found = by_folder(write(tmp_path, _solution(hook="")))
    assert first(found["Server/Shop.Web"], K.DATABASE)[0] == "SQL Server"


def test_contexts_on_two_engines_are_left_alone(tmp_path: Path) -> None:
    # Counter-case: the hook picks between two providers; neither is chosen here.
    hook = (
        "            if (local) optionsBuilder.UseSqlite(\"Data Source=shop.db\");\n"
        + _NPGSQL.replace("optionsBuilder", "else optionsBuilder", 1)
    )
    found = by_folder(write(tmp_path, _solution(hook=hook)))
    assert first(found["Server/Shop.Web"], K.DATABASE)[0] == "SQL Server"
