"""Held-out set 315 (#19): an auth server's .NET solution keeps `Acme.TestClient`, an ASP.NET
Core OpenID Connect relying party with no data, that only the end-to-end test project references
(to host it beside the server): a client of the backend, not a backend. A web project named so
that keeps a database, or that a product project references, stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();
var app = builder.Build();
app.MapDefaultControllerRoute();
app.Run();
"""

_SERVER_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
var connection = builder.Configuration.GetConnectionString("Default");
builder.Services.AddDbContext<AcmeDbContext>(o => o.UseNpgsql(connection));
var app = builder.Build();
app.MapControllers();
app.Run();
"""


def _project(
    packages: tuple[str, ...] = (),
    references: tuple[str, ...] = (),
    sdk: str = "Microsoft.NET.Sdk.Web",
    test: bool = False,
) -> str:
    items = [f'    <PackageReference Include="{p}" Version="7.0.13" />' for p in packages]
    items += [f'    <ProjectReference Include="{r}" />' for r in references]
    marker = "    <IsTestProject>true</IsTestProject>\n" if test else ""
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n    <TargetFramework>net7.0</TargetFramework>\n'
        f"{marker}  </PropertyGroup>\n  <ItemGroup>\n"
        + "\n".join(items)
        + "\n  </ItemGroup>\n</Project>\n"
    )


_CLIENT_REF = r"..\..\src\Acme.TestClient\Acme.TestClient.csproj"
_SERVER_REF = r"..\..\src\Acme.AuthServer\Acme.AuthServer.csproj"
_TESTS = ("Microsoft.NET.Test.Sdk", "xunit", "Microsoft.Playwright")


def _solution(client_packages: tuple[str, ...], product_refers: bool) -> dict[str, str]:
    client_program = _SERVER_PROGRAM if client_packages[1:] else _PROGRAM
    files = {
        "src/Acme.AuthServer/Acme.AuthServer.csproj": _project(
            ("Npgsql.EntityFrameworkCore.PostgreSQL", "OpenIddict.AspNetCore")
        ),
        "src/Acme.AuthServer/Program.cs": _SERVER_PROGRAM,
        "src/Acme.TestClient/Acme.TestClient.csproj": _project(client_packages),
        "src/Acme.TestClient/Program.cs": client_program,
        "tests/Acme.AuthServer.EndToEndTests/Acme.AuthServer.EndToEndTests.csproj": _project(
            _TESTS, (_SERVER_REF, _CLIENT_REF), sdk="Microsoft.NET.Sdk", test=True
        ),
        "tests/Acme.AuthServer.Tests/Acme.AuthServer.Tests.csproj": _project(
            _TESTS, (_SERVER_REF,), sdk="Microsoft.NET.Sdk", test=True
        ),
    }
    if product_refers:
        portal = _project((), (r"..\Acme.TestClient\Acme.TestClient.csproj",))
        files["src/Acme.Portal/Acme.Portal.csproj"] = portal
        files["src/Acme.Portal/Program.cs"] = _PROGRAM
    return files


_OIDC = ("Microsoft.AspNetCore.Authentication.OpenIdConnect",)


def test_test_client_only_tests_reference_is_not_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution(_OIDC, product_refers=False)))
    assert "src/Acme.AuthServer" in found
    assert "src/Acme.TestClient" not in found


def test_test_client_keeping_a_database_stays(tmp_path: Path) -> None:
    packages = (*_OIDC, "Npgsql.EntityFrameworkCore.PostgreSQL")
    found = by_folder(write(tmp_path, _solution(packages, product_refers=False)))
    assert "src/Acme.TestClient" in found


def test_test_client_a_product_project_references_stays(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution(_OIDC, product_refers=True)))
    assert "src/Acme.TestClient" in found
