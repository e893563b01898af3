"""Held-out set 294 (#19): a Blazor front keeping its template's EF Core packages unused.

A solution's web API (controllers taking writes, over a data library on linq2db and Npgsql)
has a Blazor Server project beside it, started from the `--auth Individual` template: its
csproj still declares EF Core's Identity store, the SQLite provider and the tools, but its own
code registers and declares no EF Core context; its sign-in page reads the product's users
through the data library the API shares. It renders UI and only reads the API's database: a
UI, not a backend. The same front registering an EF Core context of its own keeps data.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_WEB = "Microsoft.NET.Sdk.Web"


def _proj(packages: list[str], refs: list[str], sdk: str = "Microsoft.NET.Sdk") -> str:
    items = "\n".join(f'    <PackageReference Include="{p}" Version="8.0.4" />' for p in packages)
    links = "\n".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />' for r in refs)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n    <TargetFramework>net9.0</TargetFramework>\n'
        f"  </PropertyGroup>\n  <ItemGroup>\n{items}\n{links}\n  </ItemGroup>\n</Project>\n"
    )


_API_CONTROLLER = """using Microsoft.AspNetCore.Mvc;
using Shop.Data;

namespace Shop.App.Controllers;

[ApiController]
[Route("api/[controller]")]
public class CasesController : ControllerBase
{
    [HttpPost]
    public IActionResult Create(CaseDto dto) { new CaseRepository().Insert(dto); return Ok(); }
}
"""

_BLAZOR_MAIN = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddDatabaseDeveloperPageExceptionFilter();
{context}var app = builder.Build();
app.UseStaticFiles();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
"""

_HELPER = """using Shop.Data.Context;

namespace Shop.Blazor.Helpers;

public static class DataConnectionDbContext
{
    public static DbContext GetDbContextDataConnection(string connectionString)
    {
        return new DbContext(connectionString);
    }
}
"""


def _files(context: str) -> dict[str, str]:
    return {
        "Shop.App/Shop.App.csproj": _proj(["linq2db"], ["Shop.Data"], _WEB),
        "Shop.App/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\n"
            "builder.Services.AddControllers();\nvar app = builder.Build();\n"
            "app.MapControllers();\napp.Run();\n"
        ),
        "Shop.App/Controllers/CasesController.cs": _API_CONTROLLER,
        "Shop.Data/Shop.Data.csproj": _proj(["linq2db", "Npgsql"], []),
        "Shop.Data/Context/DbContext.cs": (
            "using LinqToDB.Data;\nnamespace Shop.Data.Context;\n"
            "public class DbContext : DataConnection { }\n"
        ),
        "Shop.Blazor/Shop.Blazor.csproj": _proj(
            [
                "Microsoft.AspNetCore.Diagnostics.EntityFrameworkCore",
                "Microsoft.AspNetCore.Identity.EntityFrameworkCore",
                "Microsoft.EntityFrameworkCore.Sqlite",
                "Microsoft.EntityFrameworkCore.Tools",
            ],
            ["Shop.Data"],
            _WEB,
        ),
        "Shop.Blazor/Program.cs": _BLAZOR_MAIN.format(context=context),
        "Shop.Blazor/Helpers/DataConnectionDbContext.cs": _HELPER,
        "Shop.Blazor/Components/App.razor": "<Routes />\n",
        "Shop.Blazor/Components/Pages/Login.razor": '@page "/login"\n<h1>Sign in</h1>\n',
    }


def test_blazor_front_with_unused_template_ef_core_is_a_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files("")))
    assert "Shop.App" in found
    assert "Shop.Blazor" not in found


def test_blazor_front_with_its_own_ef_context_stays(tmp_path: Path) -> None:
    context = 'builder.Services.AddDbContext<AppDbContext>(o => o.UseSqlite("Data Source=a"));\n'
    found = by_folder(write(tmp_path, _files(context)))
    assert "Shop.Blazor" in found
