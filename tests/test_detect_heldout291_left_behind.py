"""A web project a solution's upgrade left behind, as set 291 showed it
(benchmarks/detect_heldout291.yaml, #19): beside the solution's APIs (`net8.0`, each listed
in the root `Shop.sln` and built by the Compose file), an older Web SDK project (`net6.0`,
`Startup.cs` and a controller) that no solution lists and no Compose file, workflow or script
names: a leftover nothing builds or calls any more, no backend. Listed by a solution, named by
a Compose file, or on the same release as the listed APIs, it stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _web(target: str) -> str:
    return (
        f'<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
        f"    <TargetFramework>{target}</TargetFramework>\n  </PropertyGroup>\n"
        '  <ItemGroup>\n    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer"'
        ' Version="8.0.6" />\n  </ItemGroup>\n</Project>\n'
    )


_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddDbContext<ShopContext>(o => o.UseSqlServer(\"Server=db\"));\n"
    "builder.Services.AddControllers();\nvar app = builder.Build();\napp.MapControllers();\n"
    "app.Run();\n"
)

_CONTROLLER = (
    "[ApiController]\n[Route(\"stock\")]\npublic class StockController : ControllerBase\n{\n"
    "    [HttpPost]\n    public IActionResult Add(Stock stock) { return Ok(); }\n}\n"
)

_SOLUTION = (
    'Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Shop.Api", '
    '"Shop.Api\\Shop.Api.csproj", "{D9761966-DB85-4D41-B50E-5E0D8A4C865B}"\nEndProject\n'
)


def _repository(old_target: str, **extra: str) -> dict[str, str]:
    return {
        "Shop.sln": _SOLUTION + extra.pop("listed", ""),
        "docker-compose.yml": (
            "services:\n  api:\n    build:\n      context: .\n"
            "      dockerfile: Shop.Api/Dockerfile\n" + extra.pop("compose", "")
        ),
        "Shop.Api/Shop.Api.csproj": _web("net8.0"),
        "Shop.Api/Program.cs": _PROGRAM,
        "Shop.Api/Controllers/StockController.cs": _CONTROLLER,
        "Shop.Prices/Shop.Prices.csproj": _web(old_target),
        "Shop.Prices/Program.cs": _PROGRAM,
        "Shop.Prices/Controllers/StockController.cs": _CONTROLLER,
    }


def test_an_unlisted_project_on_an_older_release_is_a_leftover(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repository("net6.0")))
    assert set(found) == {"Shop.Api"}


def test_the_same_release_keeps_the_project(tmp_path: Path) -> None:
    # Counter-case: retargeted with the rest, nothing says it was dropped.
    found = by_folder(write(tmp_path, _repository("net8.0")))
    assert set(found) == {"Shop.Api", "Shop.Prices"}


def test_a_listed_project_stays(tmp_path: Path) -> None:
    listed = (
        'Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "Shop.Prices", '
        '"Shop.Prices\\Shop.Prices.csproj", "{DC94A553-BC79-42F6-AA8B-B41474812CA4}"\n'
        "EndProject\n"
    )
    found = by_folder(write(tmp_path, _repository("net6.0", listed=listed)))
    assert set(found) == {"Shop.Api", "Shop.Prices"}


def test_a_project_compose_builds_stays(tmp_path: Path) -> None:
    compose = "  prices:\n    build:\n      context: .\n      dockerfile: Shop.Prices/Dockerfile\n"
    found = by_folder(write(tmp_path, _repository("net6.0", compose=compose)))
    assert set(found) == {"Shop.Api", "Shop.Prices"}
