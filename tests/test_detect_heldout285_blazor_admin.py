"""Held-out set 285 (#19): a Blazor Server admin UI on the Web SDK whose pages go to the
product's API through typed HttpClients, beside that API. It references the solution's
application library, which declares EF Core's base package (for the query types its handlers
share) but no provider; the infrastructure library naming the engine (EF Core's SQL Server
provider) and registering the context is the API's alone. The admin UI reaches no engine: a
UI, not a backend (HELDOUT.md). Referencing the infrastructure library keeps it one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _csproj(sdk: str, packages: tuple[str, ...] = (), refs: tuple[str, ...] = ()) -> str:
    items = "".join(f'    <PackageReference Include="{p}" Version="9.0.16" />\n' for p in packages)
    items += "".join(
        f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />\n' for r in refs
    )
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net9.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_ADMIN_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddHttpClient<FestivalApiClient>(client =>
    client.BaseAddress = new Uri(builder.Configuration["Api:BaseUrl"]!));
var app = builder.Build();
app.MapPost("/account/logout", async (HttpContext context) => await context.SignOutAsync());
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
"""

_ADMIN_CLIENT = """public class FestivalApiClient(HttpClient http)
{
    public Task<HttpResponseMessage> Save(object festival) =>
        http.PostAsJsonAsync("festivals", festival);
}
"""

_API_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddInfrastructure(builder.Configuration);
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_API_CONTROLLER = """[ApiController]
[Route("festivals")]
public class FestivalsController : ControllerBase
{
    [HttpPost]
    public IActionResult Create(object festival) => Ok();
}
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

public class FestivalDbContext(DbContextOptions<FestivalDbContext> options) : DbContext(options)
{
}
"""

_QUERIES = """using Microsoft.EntityFrameworkCore;

public interface IFestivalQueries
{
    IQueryable<object> Festivals { get; }
}
"""


def _files(admin_refs: tuple[str, ...]) -> dict[str, str]:
    web = "Microsoft.NET.Sdk.Web"
    return {
        "Fest.sln": "",
        "Fest.Admin/Fest.Admin.csproj": _csproj(web, refs=admin_refs),
        "Fest.Admin/Program.cs": _ADMIN_PROGRAM,
        "Fest.Admin/Services/FestivalApiClient.cs": _ADMIN_CLIENT,
        "Fest.Admin/Components/App.razor": "<Routes />\n",
        "Fest.Api/Fest.Api.csproj": _csproj(
            web, refs=("Fest.Application", "Fest.Infrastructure")
        ),
        "Fest.Api/Program.cs": _API_PROGRAM,
        "Fest.Api/Controllers/FestivalsController.cs": _API_CONTROLLER,
        "Fest.Application/Fest.Application.csproj": _csproj(
            "Microsoft.NET.Sdk", ("Microsoft.EntityFrameworkCore",)
        ),
        "Fest.Application/Queries/IFestivalQueries.cs": _QUERIES,
        "Fest.Infrastructure/Fest.Infrastructure.csproj": _csproj(
            "Microsoft.NET.Sdk",
            ("Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.SqlServer"),
            ("Fest.Application",),
        ),
        "Fest.Infrastructure/Persistence/FestivalDbContext.cs": _CONTEXT,
    }


def test_a_blazor_admin_over_a_library_naming_no_engine_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _files(("Fest.Application",))))) == ["Fest.Api"]


def test_a_blazor_admin_referencing_the_engines_library_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(("Fest.Application", "Fest.Infrastructure"))))
    assert sorted(found) == ["Fest.Admin", "Fest.Api"]
