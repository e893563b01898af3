""".NET: a web project in an archive folder the solution no longer lists is a leftover (set 228,
#19).

A repository rewritten in a new layout keeps its former ASP.NET Core projects under
`src/_archive/` (each with `Program.cs`, an EF Core context and its old Dockerfile), while the
root `Shop.sln` lists only the new `apps/api/Shop.Api.csproj` — a project of the same file
name as the archived API. Nothing builds the archived ones any more: no backend (HELDOUT.md).
Counter-cases: the same archived project still listed by the solution, or still built by a
Compose file, stays; and with no solution file at all, nothing tells it is unbuilt.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

_SLN = (
    "Microsoft Visual Studio Solution File, Format Version 12.00\n"
    'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Shop.Api", '
    '"apps\\api\\Shop.Api.csproj", "{08B72858-E940-457A-8B9B-7DBD07AD23B1}"\nEndProject\n'
    "{extra}"
)

_API = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddDbContext<ShopContext>(o => o.UseNpgsql(\"Host=db\"));\n"
    "var app = builder.Build();\n"
    'app.MapPost("/api/orders", (Order o) => Results.Ok());\napp.Run();\n'
)

_EF = ("Microsoft.EntityFrameworkCore", "Npgsql.EntityFrameworkCore.PostgreSQL")


def _repo(extra: str = "") -> dict[str, str]:
    return {
        "Shop.sln": _SLN.replace("{extra}", extra),
        "apps/api/Shop.Api.csproj": csproj(*_EF, sdk="Microsoft.NET.Sdk.Web"),
        "apps/api/Program.cs": _API,
        "src/_archive/Shop.Api/Shop.Api.csproj": csproj(*_EF, sdk="Microsoft.NET.Sdk.Web"),
        "src/_archive/Shop.Api/Program.cs": _API,
        "src/_archive/Shop.Api/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n",
    }


def test_an_archived_project_the_solution_drops_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo()))
    assert "apps/api" in found
    assert "src/_archive/Shop.Api" not in found


def test_an_archived_project_the_solution_lists_stays(tmp_path: Path) -> None:
    # Counter-case: still listed, still built.
    extra = (
        'Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "Shop.Api.Old", '
        '"src\\_archive\\Shop.Api\\Shop.Api.csproj", "{18B72858-E940-457A-8B9B-7DBD07AD23B1}"\n'
        "EndProject\n"
    )
    assert "src/_archive/Shop.Api" in by_folder(write(tmp_path, _repo(extra)))


def test_an_archived_project_compose_builds_stays(tmp_path: Path) -> None:
    # Counter-case: a Compose service outside the folder still builds it.
    files = _repo()
    files["docker-compose.yml"] = (
        "services:\n  old-api:\n    build:\n      context: .\n"
        "      dockerfile: src/_archive/Shop.Api/Dockerfile\n"
    )
    assert "src/_archive/Shop.Api" in by_folder(write(tmp_path, files))


def test_no_solution_keeps_the_archived_project(tmp_path: Path) -> None:
    # Counter-case: with no solution file, nothing tells what the repository builds.
    files = _repo()
    del files["Shop.sln"]
    assert "src/_archive/Shop.Api" in by_folder(write(tmp_path, files))
