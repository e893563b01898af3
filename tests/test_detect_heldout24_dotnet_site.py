"""An ASP.NET Core MVC project that is a product's marketing website (held-out set 62, #19):
controllers returning views and a sitemap, static files, no data, no route taking data from
clients. It is a UI beside the product's API; a view project with a form's POST route stays a
backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllersWithViews();\nvar app = builder.Build();\n"
    "app.UseStaticFiles();\napp.UseRouting();\n"
    'app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");\n'
    "app.Run();\n"
)

_HOME = (
    "using Microsoft.AspNetCore.Mvc;\n\nnamespace Site.Controllers;\n\n"
    "public class HomeController : Controller\n{\n"
    "    public IActionResult Index() => View();\n%s}\n"
)

_SITEMAP = (
    "public class SitemapController : Controller\n{\n"
    '    [HttpGet("/sitemap.xml")]\n'
    '    public IActionResult Index() => Content("<urlset/>", "application/xml");\n}\n'
)

_API = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddDbContext<ChatContext>(o => o.UseNpgsql(cs));\n"
    'var app = builder.Build();\napp.MapGet("/api/channels", () => Results.Ok());\napp.Run();\n'
)


def _tree(extra: str) -> dict[str, str]:
    return {
        "App/Server/Server.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL", sdk="Microsoft.NET.Sdk.Web"
        ),
        "App/Server/Program.cs": _API,
        "App/Web/Web.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        "App/Web/Program.cs": _PROGRAM,
        "App/Web/Controllers/HomeController.cs": _HOME % extra,
        "App/Web/Controllers/SitemapController.cs": _SITEMAP,
        "App/Web/Views/Home/Index.cshtml": "<h1>Welcome</h1>\n",
    }


def test_a_marketing_site_of_views_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _tree("")))) == ["App/Server"]


def test_a_view_project_taking_a_form_post_stays_a_backend(tmp_path: Path) -> None:
    post = "    [HttpPost]\n    public IActionResult Contact(string email) => View();\n"
    assert sorted(by_folder(write(tmp_path, _tree(post)))) == ["App/Server", "App/Web"]
