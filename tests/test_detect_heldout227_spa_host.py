""".NET: the SPA template's host with no route of its own is the UI's server (set 227, #19).

A solution's Web SDK project made from the Angular template keeps `Program.cs`, a `Startup.cs`
registering `AddControllersWithViews()` and `AddSpaStaticFiles(…)`, calling `UseSpa(…)`, and
`ClientApp/`, but has no controller: it only hands out the browser application's build
(HELDOUT.md: a server that only hands out a UI's build is no backend). Counter-cases: the same
host with an API controller of its own, and one with a minimal API route, stay backends.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

_STARTUP = (
    "using Microsoft.AspNetCore.Builder;\n\nnamespace Portal.WebApp\n{\n"
    "    public class Startup\n    {\n"
    "        public void ConfigureServices(IServiceCollection services)\n        {\n"
    "            services.AddControllersWithViews();\n"
    '            services.AddSpaStaticFiles(configuration => { configuration.RootPath = '
    '"ClientApp/dist"; });\n'
    "        }\n\n"
    "        public void Configure(IApplicationBuilder app)\n        {\n"
    "            app.UseStaticFiles();\n            app.UseSpaStaticFiles();\n"
    "            app.UseRouting();\n"
    "            app.UseEndpoints(endpoints =>\n            {\n"
    '                endpoints.MapControllerRoute(name: "default", pattern: '
    '"{controller}/{action=Index}/{id?}");\n'
    "            });\n"
    '            app.UseSpa(spa => { spa.Options.SourcePath = "ClientApp"; });\n'
    "        }\n    }\n}\n"
)

_PROGRAM = (
    "namespace Portal.WebApp\n{\n    public class Program\n    {\n"
    "        public static void Main(string[] args) =>\n"
    "            Host.CreateDefaultBuilder(args)\n"
    "                .ConfigureWebHostDefaults(b => b.UseStartup<Startup>()).Build().Run();\n"
    "    }\n}\n"
)


def _host() -> dict[str, str]:
    return {
        "src/Portal.WebApp/Portal.WebApp.csproj": csproj(
            "Microsoft.AspNetCore.SpaServices.Extensions", sdk="Microsoft.NET.Sdk.Web"
        ),
        "src/Portal.WebApp/Program.cs": _PROGRAM,
        "src/Portal.WebApp/Startup.cs": _STARTUP,
        "src/Portal.WebApp/ClientApp/package.json": '{"name": "portal", "private": true}\n',
    }


def test_an_spa_host_without_routes_is_no_backend(tmp_path: Path) -> None:
    assert "src/Portal.WebApp" not in by_folder(write(tmp_path, _host()))


def test_an_spa_host_with_an_api_controller_stays(tmp_path: Path) -> None:
    # Counter-case: the template's host with an API of its own beside the build.
    files = _host()
    files["src/Portal.WebApp/Controllers/OrdersController.cs"] = (
        "using Microsoft.AspNetCore.Mvc;\n\nnamespace Portal.WebApp.Controllers\n{\n"
        '    [Route("api/[controller]")]\n'
        "    public class OrdersController : ControllerBase\n    {\n"
        "        [HttpGet]\n        public IActionResult Get() => Ok();\n    }\n}\n"
    )
    assert "src/Portal.WebApp" in by_folder(write(tmp_path, files))


def test_an_spa_host_with_a_minimal_route_stays(tmp_path: Path) -> None:
    # Counter-case: a minimal API beside the fallback to the build.
    files = {
        "Api/Api.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        "Api/Program.cs": "var app = WebApplication.CreateBuilder(args).Build();\n"
        'app.MapGet("/api/orders", () => Results.Ok());\n'
        'app.MapFallbackToFile("index.html");\napp.Run();\n',
    }
    assert "Api" in by_folder(write(tmp_path, files))
