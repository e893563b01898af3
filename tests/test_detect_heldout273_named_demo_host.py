""".NET: a host named for the product and then as a demo API, beside the product's API, is no
backend (set 273, #19).

A bibliography service's solution keeps its API (`AcmeBiblioApi`: EF Core over PostgreSQL)
and, beside it, `AcmeBiblioDemoApi`: an ASP.NET Core host the README starts only to try an
editor against the API. Its name is the product's, then a demonstration's word, then only the
kind of program (`DemoApi`), so beside another host of the repository it is a demo, not a part
of the product (`nonservices._demo_twin`). A repository whose only host is so named deploys
that host, and a project named for what it shows (`AcmeDemoInvoices`) is left as it was."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = "Microsoft.NET.Sdk.Web"


def _csproj(*packages: str) -> str:
    items = "".join(
        f'    <PackageReference Include="{name}" Version="{version}" />\n'
        for name, version in (p.split("@") for p in packages)
    )
    return (
        f'<Project Sdk="{_WEB}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net9.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = (
    "WebApplicationBuilder builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllers();\n"
    "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
)


def _product() -> dict[str, str]:
    return {
        "AcmeBiblio.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "AcmeBiblioApi/AcmeBiblioApi.csproj": _csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL@9.0.4", "Microsoft.EntityFrameworkCore@9.0.8"
        ),
        "AcmeBiblioApi/Program.cs": _PROGRAM,
        "AcmeBiblioApi/BiblioDbContext.cs": (
            "using Microsoft.EntityFrameworkCore;\n\n"
            "public sealed class BiblioDbContext : DbContext\n{\n"
            "    public DbSet<Work> Works { get; set; }\n}\n"
        ),
    }


def _demo(name: str) -> dict[str, str]:
    return {
        f"{name}/{name}.csproj": _csproj(
            "Microsoft.AspNetCore.Authentication.JwtBearer@9.0.8",
            "Microsoft.AspNetCore.OpenApi@9.0.8",
        ),
        f"{name}/Program.cs": _PROGRAM,
    }


def test_a_named_demo_api_beside_the_product_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_product(), **_demo("AcmeBiblioDemoApi")}))
    assert sorted(found) == ["AcmeBiblioApi"]
    assert first(found["AcmeBiblioApi"], K.FRAMEWORK)[0] == "ASP.NET Core"


def test_a_named_demo_host_alone_stays_the_backend(tmp_path: Path) -> None:
    # Counter-case: the repository's only host is what it deploys.
    files = {"AcmeBiblio.sln": "Microsoft Visual Studio Solution File\n"}
    found = by_folder(write(tmp_path, {**files, **_demo("AcmeBiblioDemoApi")}))
    assert sorted(found) == ["AcmeBiblioDemoApi"]


def test_a_project_named_for_what_it_shows_stays(tmp_path: Path) -> None:
    # Counter-case: after the demonstration's word comes what it is about, not its kind.
    found = by_folder(write(tmp_path, {**_product(), **_demo("AcmeDemoInvoices")}))
    assert "AcmeDemoInvoices" in found
