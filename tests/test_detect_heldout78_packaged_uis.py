""".NET: a Web SDK project only hosting a packaged UI for operators is no backend (set 78, #19).

A product's solution keeps its MVC application (controllers, EF Core on SQL Server) and, beside
it, Web SDK projects that host vendors' tools: a message bus's monitoring dashboard (CAP's
`UseDashboard()` over the bus's SQL Server tables) and a workflow designer (Elsa's API
endpoints over its SQLite store). Neither declares a route of its own; their only page,
`Pages/_Host.cshtml` behind `MapFallbackToPage("/_Host")`, mounts the designer package's static
web assets (`/_content/…`). They serve operators, not the product's clients
(`dotnet_packaged_uis`). Counter-cases keep them: a host page of the project's own, a
controller of its own.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_APP = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />\n'
    '    <PackageReference Include="DotNetCore.CAP.SqlServer" Version="8.2.0" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_APP_STARTUP = (
    "using Microsoft.EntityFrameworkCore;\n\nvar builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddDbContext<AppContext>(o =>\n"
    '    o.UseSqlServer(builder.Configuration.GetConnectionString("DefaultConnection")));\n'
    "builder.Services.AddControllersWithViews();\nvar app = builder.Build();\n"
    'app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");\napp.Run();\n'
)

_REQUESTS = (
    "using Microsoft.AspNetCore.Mvc;\n\nnamespace App.Controllers;\n\n"
    "public class RequestsController : Controller\n{\n"
    "    [HttpPost]\n"
    '    public IActionResult Create(Request request) => RedirectToAction("Index");\n'
    "    public IActionResult Index() => View();\n}\n"
)

_DASHBOARD = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="DotNetCore.CAP.Dashboard" Version="8.2.0" />\n'
    '    <PackageReference Include="DotNetCore.CAP.SqlServer" Version="8.2.0" />\n'
    '    <PackageReference Include="Elsa.Designer.Components.Web" Version="2.14.1" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_DASHBOARD_STARTUP = """namespace Dashboard
{
    public class Startup
    {
        public Startup(IConfiguration configuration) { Configuration = configuration; }
        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.AddRazorPages();
            services.AddCap(x =>
            {
                x.UseSqlServer(Configuration.GetConnectionString("CAPConnection"));
                x.UseInMemoryMessageQueue();
                x.UseDashboard();
            });
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseStaticFiles();
            app.UseRouting();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
                endpoints.MapFallbackToPage("/_Host");
            });
        }
    }
}
"""

_PROGRAM = (
    "namespace Dashboard\n{\n    public class Program\n    {\n"
    "        public static void Main(string[] args) =>\n"
    "            Host.CreateDefaultBuilder(args)\n"
    "                .ConfigureWebHostDefaults(w => w.UseStartup<Startup>()).Build().Run();\n"
    "    }\n}\n"
)

_SETTINGS = (
    '{\n  "ConnectionStrings": {\n    "CAPConnection": '
    '"Server=tcp:127.0.0.1,1433;Initial Catalog=App;User ID=sa;Password=x;"\n  }\n}\n'
)

_HOST_PAGE = """@page "/"
<!DOCTYPE html>
<html lang="en">
<head>
    <link rel="stylesheet" href="/_content/Elsa.Designer.Components.Web/studio/studio.css">
    <script src="/_content/Elsa.Designer.Components.Web/studio/studio.esm.js"></script>
</head>
<body>
    <elsa-studio-root server-url="https://localhost:44380/"></elsa-studio-root>
</body>
</html>
"""

_OWN_PAGE = """@page "/"
<!DOCTYPE html>
<html lang="en">
<head><link rel="stylesheet" href="/css/site.css"></head>
<body><h1>Queue</h1></body>
</html>
"""

_OWN_CONTROLLER = (
    "using Microsoft.AspNetCore.Mvc;\n\nnamespace Dashboard;\n\n"
    '[ApiController]\n[Route("api/messages")]\npublic class MessagesController : ControllerBase\n'
    "{\n    [HttpPost]\n    public IActionResult Retry(int id) => Ok();\n}\n"
)


def _tree(page: str = _HOST_PAGE, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "src/App/App.csproj": _APP,
        "src/App/Program.cs": _APP_STARTUP,
        "src/App/Controllers/RequestsController.cs": _REQUESTS,
        "src/App/Views/Requests/Index.cshtml": "<h1>Requests</h1>\n",
        "src/Dashboard/Dashboard.csproj": _DASHBOARD,
        "src/Dashboard/Program.cs": _PROGRAM,
        "src/Dashboard/Startup.cs": _DASHBOARD_STARTUP,
        "src/Dashboard/appsettings.json": _SETTINGS,
        "src/Dashboard/Pages/_Host.cshtml": page,
        "src/Dashboard/Pages/_ViewImports.cshtml": "@namespace Dashboard.Pages\n",
        **(extra or {}),
    }


def test_a_packaged_dashboards_host_is_no_backend(tmp_path: Path) -> None:
    assert set(by_folder(write(tmp_path, _tree()))) == {"src/App"}


def test_a_host_page_of_its_own_keeps_it(tmp_path: Path) -> None:
    assert "src/Dashboard" in by_folder(write(tmp_path, _tree(page=_OWN_PAGE)))


def test_a_controller_of_its_own_keeps_it(tmp_path: Path) -> None:
    extra = {"src/Dashboard/Controllers/MessagesController.cs": _OWN_CONTROLLER}
    assert "src/Dashboard" in by_folder(write(tmp_path, _tree(extra=extra)))
