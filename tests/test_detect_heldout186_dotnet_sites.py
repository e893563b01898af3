"""ASP.NET Core: a file service is no site, and a read-only preview site is a UI (set 186, #19).

A .NET solution keeps its EF Core context in a `Services` library that a back office
(`Management`: MVC views and `[HttpPost]` routes) and a public preview site (`WebSite`: MVC
views, every route a GET) both reference. The preview renders what the back office writes:
no data of its own, a UI. A `FileServices` project registers `AddControllersWithViews()` as
the template does, but has no view and returns none: its `Controller` answers `Json(…)` to the
other services' `[HttpPost]` calls, saving files on disk, a data-less backend. Counter-cases:
the same file service returning a view is a site; a preview site taking a form post keeps the
data it writes; and one with no writing host beside it keeps the library's data."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project(*references: str, packages: tuple[str, ...] = (), web: bool = True) -> str:
    sdk = "Microsoft.NET.Sdk.Web" if web else "Microsoft.NET.Sdk"
    items = "".join(f'    <PackageReference Include="{p}" Version="7.0.8" />\n' for p in packages)
    refs = "".join(
        f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />\n' for r in references
    )
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}{refs}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();
var app = builder.Build();
app.UseStaticFiles();
app.UseRouting();
app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");
app.Run();
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Services
{
    public partial class AppContext : DbContext
    {
        public static string ConnectionString = "";
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            optionsBuilder.UseSqlServer(ConnectionString);
        }
    }
}
"""

_HTTP_HELPER = """using System.Net.Http;

namespace Utility
{
    public static class Api
    {
        public static string Get(string url) => new HttpClient().GetStringAsync(url).Result;
    }
}
"""

_BACK_OFFICE = """using Microsoft.AspNetCore.Mvc;

public class PagesController : Controller
{
    public IActionResult Index() => View();

    [HttpPost]
    public IActionResult Save(PageModel model)
    {
        PageService.Save(model);
        return RedirectToAction("Index");
    }
}
"""

_PREVIEW = """using Microsoft.AspNetCore.Mvc;

public class HomeController : Controller
{
    public IActionResult Index(string key) => View(PageService.Get(key));
}
"""

_FILES = """using Microsoft.AspNetCore.Mvc;

public class FileController : Controller
{
    [HttpPost]
    public IActionResult Save([FromBody] SaveFileModel model)
    {
        var file = Files.Upload(model);
        return Json(new { StatusCode = 200, Content = file });
    }
}
"""

_VIEW = "@model PageModel\n<h1>@Model.Title</h1>\n"


def _solution() -> dict[str, str]:
    return {
        "Services/Services.csproj": _project(
            "Utility", packages=("Microsoft.EntityFrameworkCore.SqlServer",), web=False
        ),
        "Services/AppContext.cs": _CONTEXT,
        "Utility/Utility.csproj": _project(web=False),
        "Utility/Api.cs": _HTTP_HELPER,
        "Management/Management.csproj": _project("Services", "Utility"),
        "Management/Program.cs": _PROGRAM,
        "Management/Controllers/PagesController.cs": _BACK_OFFICE,
        "Management/Views/Pages/Index.cshtml": _VIEW,
        "WebSite/WebSite.csproj": _project("Services"),
        "WebSite/Program.cs": _PROGRAM,
        "WebSite/Controllers/HomeController.cs": _PREVIEW,
        "WebSite/Views/Home/Index.cshtml": _VIEW,
        "FileServices/FileServices.csproj": _project("Utility"),
        "FileServices/Program.cs": _PROGRAM,
        "FileServices/Controllers/FileController.cs": _FILES,
    }


def test_the_file_service_counts_and_the_preview_is_a_ui(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert set(found) == {"Management", "FileServices"}
    assert first(found["Management"], K.DATABASE)[0] == "SQL Server"
    assert first(found["FileServices"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found["FileServices"], K.ORM) == ("", "")
    assert first(found["FileServices"], K.DATABASE) == ("", "")


def test_a_file_service_returning_a_view_is_a_site(tmp_path: Path) -> None:
    # Counter-case: its controller renders a page.
    files = _solution()
    files["FileServices/Controllers/FileController.cs"] = _FILES.replace(
        "return Json(new { StatusCode = 200, Content = file });", "return View(file);"
    )
    assert "FileServices" not in by_folder(write(tmp_path, files))


def test_a_preview_taking_a_form_post_keeps_its_data(tmp_path: Path) -> None:
    # Counter-case: the site writes what its visitors post.
    files = _solution()
    files["WebSite/Controllers/HomeController.cs"] = _BACK_OFFICE
    found = by_folder(write(tmp_path, files))
    assert first(found["WebSite"], K.DATABASE)[0] == "SQL Server"


def test_a_read_only_site_with_no_writing_host_keeps_its_data(tmp_path: Path) -> None:
    # Counter-case: no other host of the solution writes the database it reads.
    files = _solution()
    for path in [p for p in files if p.startswith("Management/")]:
        del files[path]
    found = by_folder(write(tmp_path, files))
    assert first(found["WebSite"], K.DATABASE)[0] == "SQL Server"
