"""Held-out set 114 (#19): an ASP.NET Core receiver of monitoring webhooks that only logs them,
beside a data library it references and never uses, is a stub (HELDOUT.md, settled in session
34), and a console job of that part of the repository keeps its data to itself.

The shape: a solution of SharePoint tools holds a data library (an EF Core context on SQL
Server), a console job over it (`<OutputType>Exe</OutputType>`, `UseSqlServer` in its
commands) and a small Web SDK project scaffolded beside them that references the library but
whose code imports nothing of it: one `ControllerBase` whose action logs the alert it is sent
through Serilog's static logger and whose other action lists the app's routes (taking
ASP.NET Core's `IActionDescriptorCollectionProvider`). Another solution of the repository
holds the product's web application, with no data. `log_sinks` reads the reference as unused
(no `using` of a namespace the library declares, no name qualified by one) and the receiver as
no backend; the console job, referencing only projects no service reaches, folds into no
service (`monorepo._apart`), so the web application does not take its SQL Server.

Counter-cases: the receiver importing the library's namespace stays a backend, and a console
program referencing nothing still folds into the service beside it.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind

_LIBRARY = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>netcoreapp3.1</TargetFramework>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="3.1.4" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_CONTEXT = (
    "using Microsoft.EntityFrameworkCore;\n\nnamespace Acme.Office.Database\n{\n"
    "    public class AnalyticsContext : DbContext\n    {\n"
    "        public AnalyticsContext(DbContextOptions<AnalyticsContext> options) "
    ": base(options) { }\n"
    "        public DbSet<SiteRow> Sites { get; set; }\n    }\n"
    "    public class SiteRow { public int Id { get; set; } }\n}\n"
)

_CONSOLE = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <OutputType>Exe</OutputType>\n"
    "    <TargetFramework>netcoreapp3.1</TargetFramework>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Acme.Office\\Acme.Office.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_COMMAND = (
    "using Acme.Office.Database;\nusing Microsoft.EntityFrameworkCore;\n\n"
    "namespace Acme.Office.SysConsole\n{\n    public class Program\n    {\n"
    "        public static void Main(string[] args)\n        {\n"
    "            var builder = new DbContextOptionsBuilder<AnalyticsContext>();\n"
    "            builder.UseSqlServer(args[0]);\n"
    "            using var context = new AnalyticsContext(builder.Options);\n"
    "            context.SaveChanges();\n        }\n    }\n}\n"
)

_RECEIVER = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>netcoreapp3.1</TargetFramework>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.AspNetCore.Mvc.NewtonsoftJson" Version="3.1.4" />\n'
    '    <PackageReference Include="Serilog.AspNetCore" Version="3.2.0" />\n'
    "  </ItemGroup>\n  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Acme.Office\\Acme.Office.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_RECEIVER_PROGRAM = (
    "using Microsoft.AspNetCore;\nusing Microsoft.AspNetCore.Hosting;\nusing Serilog;\n\n"
    "namespace Acme.Office.API\n{\n    public class Program\n    {\n"
    "        public static void Main(string[] args)\n        {\n"
    "            WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().UseSerilog()"
    ".Build().Run();\n        }\n    }\n}\n"
)

_STARTUP = (
    "using Acme.Office.API.Attributes;\nusing Microsoft.AspNetCore.Builder;\n"
    "using Microsoft.Extensions.DependencyInjection;\n\nnamespace Acme.Office.API\n{\n"
    "    public class Startup\n    {\n"
    "        public void ConfigureServices(IServiceCollection services)\n        {\n"
    "            services.AddCors();\n"
    "            services.AddControllers().AddNewtonsoftJson();\n        }\n\n"
    "        public void Configure(IApplicationBuilder app)\n        {\n"
    "            app.UseHttpsRedirection();\n            app.UseMvc();\n        }\n    }\n}\n"
)

_DIAGNOSTICS = (
    "{using}using Acme.Office.API.Attributes;\nusing Microsoft.AspNetCore.Mvc;\n"
    "using Microsoft.AspNetCore.Mvc.Infrastructure;\nusing Newtonsoft.Json.Linq;\n"
    "using Serilog;\n\nnamespace Acme.Office.API.Controllers\n{{\n"
    '    [Produces("application/json")]\n    [ResponseCache(NoStore = true)]\n'
    "    public class DiagnosticsController : ControllerBase\n    {{\n"
    "        private readonly IActionDescriptorCollectionProvider provider;\n"
    "        public DiagnosticsController(IActionDescriptorCollectionProvider provider)\n"
    "        {{\n            this.provider = provider;\n        }}\n\n"
    '        [HttpGet("v2.0/routes")]\n'
    "        public IActionResult GetAllRoutes() => Ok(provider.ActionDescriptors.Items);\n\n"
    "        [AlertWebHook]\n"
    "        public IActionResult Alerts(string id, string @event, JObject data)\n        {{\n"
    '            Log.Information($"Alerts {{id}} received {{@event}} with data {{data}}");\n'
    "            return Ok();\n        }}\n    }}\n}}\n"
)

_ATTRIBUTE = (
    "using System;\n\nnamespace Acme.Office.API.Attributes\n{\n"
    "    public class AlertWebHookAttribute : Attribute { }\n}\n"
)

_SITE = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n"
)

_SITE_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllers();\nvar app = builder.Build();\n"
    "app.MapControllers();\napp.Run();\n"
)

_SITE_CONTROLLER = (
    "[ApiController]\npublic class RoomsController : ControllerBase {\n"
    '    [HttpPost("/rooms/find")] public IActionResult Find() => Ok();\n}\n'
)


def _tree(using: str = "", console: str = _CONSOLE) -> dict[str, str]:
    return {
        "Admin/src/Acme.Office/Acme.Office.csproj": _LIBRARY,
        "Admin/src/Acme.Office/Database/AnalyticsContext.cs": _CONTEXT,
        "Admin/src/Acme.Office.SysConsole/Acme.Office.SysConsole.csproj": console,
        "Admin/src/Acme.Office.SysConsole/Program.cs": _COMMAND,
        "Admin/src/Acme.Office.API/Acme.Office.API.csproj": _RECEIVER,
        "Admin/src/Acme.Office.API/Program.cs": _RECEIVER_PROGRAM,
        "Admin/src/Acme.Office.API/Startup.cs": _STARTUP,
        "Admin/src/Acme.Office.API/Controllers/DiagnosticsController.cs": _DIAGNOSTICS.format(
            using=using
        ),
        "Admin/src/Acme.Office.API/Attributes/AlertWebHookAttribute.cs": _ATTRIBUTE,
        "Web/src/Finder.Web/Finder.Web.csproj": _SITE,
        "Web/src/Finder.Web/Program.cs": _SITE_PROGRAM,
        "Web/src/Finder.Web/Controllers/RoomsController.cs": _SITE_CONTROLLER,
    }


def _engines(backend: object) -> set[str]:
    return {
        f.name
        for f in getattr(backend, "findings", [])
        if f.kind in (FindingKind.DATABASE, FindingKind.ORM)
    }


def test_a_receiver_that_only_logs_beside_an_unused_data_library_is_no_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"Web/src/Finder.Web"}
    # The console job of the other solution keeps its SQL Server to itself.
    assert _engines(found["Web/src/Finder.Web"]) == set()


def test_a_receiver_importing_the_library_stays_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(using="using Acme.Office.Database;\n")))
    assert "Admin/src/Acme.Office.API" in found


def test_a_console_program_referencing_nothing_still_folds_beside_the_service(
    tmp_path: Path,
) -> None:
    alone = _CONSOLE.replace(
        '    <ProjectReference Include="..\\Acme.Office\\Acme.Office.csproj" />\n', ""
    )
    files = _tree(console=alone)
    files["Admin/src/Acme.Office.SysConsole/Program.cs"] = _COMMAND.replace(
        "using Acme.Office.Database;\n", ""
    )
    found = by_folder(write(tmp_path, files))
    # Nothing tells where a lone console program belongs: it folds into the nearest service
    # as before (here the only one).
    assert "SQL Server" in _engines(found["Web/src/Finder.Web"])
