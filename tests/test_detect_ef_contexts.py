"""Of two EF Core contexts a .NET service registers on two providers, the one it migrates
holds its own data (#19): the other reads another application's database."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CSPROJ = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="10.0.1" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.1" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_SERVICES = (
    "public static class ServiceCollectionExtensions\n{\n"
    "    public static IServiceCollection AddMyDependencies(this IServiceCollection services)\n"
    "        => services\n"
    "            .AddDbContext<ITeslamateContext, TeslamateContext>((provider, options) =>\n"
    "            {\n"
    "                options.UseNpgsql(provider.GetRequiredService<IDbHelper>().TeslaMate());\n"
    "                options.EnableDetailedErrors();\n"
    "            }, ServiceLifetime.Transient, ServiceLifetime.Transient)\n"
    "            .AddDbContext<IChargerContext, ChargerContext>((provider, options) =>\n"
    "            {\n"
    "                options.UseSqlite(provider.GetRequiredService<IDbHelper>().DbPath());\n"
    "            }, ServiceLifetime.Transient, ServiceLifetime.Transient);\n}\n"
)


def _snapshot(context: str) -> str:
    return (
        "using Microsoft.EntityFrameworkCore.Infrastructure;\n\n"
        "namespace Charger.Model.Migrations\n"
        f"{{\n    [DbContext(typeof({context}))]\n"
        f"    partial class {context}ModelSnapshot : ModelSnapshot\n    {{\n    }}\n}}\n"
    )


def _tree(*migrated: str) -> dict[str, str]:
    files = {
        "Server/Server.csproj": _CSPROJ,
        "Server/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddMyDependencies();\nbuilder.Build().Run();\n",
        "Server/ServiceCollectionExtensions.cs": _SERVICES,
    }
    for context in migrated:
        files[f"Model/Migrations/{context}ModelSnapshot.cs"] = _snapshot(context)
    return files


def _engines(tmp_path: Path, *migrated: str) -> list[str]:
    backend = by_folder(write(tmp_path, _tree(*migrated)))["Server"]
    assert first(backend, K.ORM)[0] == "EF Core"
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


def test_the_migrated_context_names_the_engine(tmp_path: Path) -> None:
    assert _engines(tmp_path, "ChargerContext") == ["SQLite", "PostgreSQL"]


def test_the_other_way_round(tmp_path: Path) -> None:
    assert _engines(tmp_path, "TeslamateContext") == ["PostgreSQL", "SQLite"]


def test_with_every_context_migrated_nothing_is_chosen(tmp_path: Path) -> None:
    # Both contexts own a schema: the server engine ranks before the embedded one, as ever.
    assert _engines(tmp_path, "ChargerContext", "TeslamateContext") == ["PostgreSQL", "SQLite"]
    assert _engines(tmp_path / "none") == ["PostgreSQL", "SQLite"]
