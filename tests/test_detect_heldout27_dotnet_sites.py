""".NET shapes of set 80 (#19): a Web SDK project built as a class library
(`<OutputType>Library</OutputType>`, a NuGet package of authorization middleware keeping a
`Program.cs` for trials) is no backend; nor is a showcase of a solution's UI components, an MVC
site whose attribute-routed controllers only return views, mapped by `MapControllers`, that
references the solution's EF Core project for an entity's type while only the main web app
registers the context."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_PROGRAM = """using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_API = """using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/decisions")]
public class DecisionController : ControllerBase
{
    [HttpPost]
    public IActionResult Post() => Ok();
}
"""


def _web(output: str = "") -> str:
    return f"""<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>{output}
  </PropertyGroup>
</Project>
"""


def _pep(tmp_path: Path, output: str) -> list[str]:
    root = write(
        tmp_path,
        {
            "src/Pep/Pep.csproj": _web(output),
            "src/Pep/Program.cs": _PROGRAM,
            "src/Pep/DecisionController.cs": _API,
        },
    )
    return sorted(by_folder(root))


def test_a_web_sdk_class_library_is_no_backend(tmp_path: Path) -> None:
    library = "\n    <OutputType>Library</OutputType>\n    <IsPackable>true</IsPackable>"
    assert _pep(tmp_path, library) == []


def test_a_web_sdk_executable_stays_a_backend(tmp_path: Path) -> None:
    assert _pep(tmp_path, "\n    <OutputType>Exe</OutputType>") == ["src/Pep"]


_DATA = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.1" />
  </ItemGroup>
</Project>
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Shop.Data;

public class Address { public string Line1 { get; set; } }

public class ShopContext : DbContext
{
    public DbSet<Address> Addresses { get; set; }
}
"""


def _referencing(sdk: str = "Microsoft.NET.Sdk.Web") -> str:
    return f"""<Project Sdk="{sdk}">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Shop.Data\\Shop.Data.csproj" />
  </ItemGroup>
</Project>
"""


_APP_PROGRAM = """using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Shop.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();
builder.Services.AddDbContext<ShopContext>(o => o.UseSqlServer("Server=db"));
var app = builder.Build();
app.MapPost("/orders", () => "ok");
app.Run();
"""

_SHOWCASE_PROGRAM = """using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
var app = builder.Build();
app.UseRouting();
app.MapControllers();
app.MapDefaultControllerRoute();
app.Run();
"""

_SHOWCASE_CONTROLLER = """using Microsoft.AspNetCore.Mvc;
using Shop.Data;

public sealed class HomeController : Controller
{
    [HttpGet("address")]
    public IActionResult Address() => View(new Address());
}
"""


def _solution(tmp_path: Path, controller: str) -> list[str]:
    root = write(
        tmp_path,
        {
            "src/Shop.Data/Shop.Data.csproj": _DATA,
            "src/Shop.Data/ShopContext.cs": _CONTEXT,
            "src/Shop.WebApp/Shop.WebApp.csproj": _referencing(),
            "src/Shop.WebApp/Program.cs": _APP_PROGRAM,
            "src/Shop.Showcase/Shop.Showcase.csproj": _referencing(),
            "src/Shop.Showcase/Program.cs": _SHOWCASE_PROGRAM,
            "src/Shop.Showcase/Controllers/HomeController.cs": controller,
        },
    )
    return sorted(by_folder(root))


def test_a_component_showcase_rendering_views_is_no_backend(tmp_path: Path) -> None:
    assert _solution(tmp_path, _SHOWCASE_CONTROLLER) == ["src/Shop.WebApp"]


def test_a_site_with_an_api_controller_stays_a_backend(tmp_path: Path) -> None:
    api = _SHOWCASE_CONTROLLER.replace(": Controller", ": ControllerBase").replace(
        "View(new Address())", "Ok(new Address())"
    )
    assert _solution(tmp_path, api) == ["src/Shop.Showcase", "src/Shop.WebApp"]
