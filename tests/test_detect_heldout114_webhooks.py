"""An ASP.NET Core receiver of Azure diagnostics webhooks, as set 114 showed it
(benchmarks/detect_heldout114.yaml, #19): one controller logging each alert through Serilog's
static `Log` and listing its routes through the framework's action catalogue, beside a project
reference to a library (EF Core on SQL Server) that none of its code names. Nothing it receives
is kept: no backend. The same receiver whose code uses the library's namespace stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_CSPROJ = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>netcoreapp3.1</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.AspNetCore.Mvc.NewtonsoftJson" Version="3.1.4" />\n'
    '    <PackageReference Include="Microsoft.AspNetCore.WebHooks.Receivers"'
    ' Version="1.0.0-preview2-final" />\n'
    '    <PackageReference Include="Serilog.AspNetCore" Version="3.2.0" />\n  </ItemGroup>\n'
    "  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Office.Library\\Office.Library.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_LIBRARY = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>netstandard2.1</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="3.1.4" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_CONTEXT = (
    "using Microsoft.EntityFrameworkCore;\n\nnamespace Office.Library.Database\n{\n"
    "    public class AnalyticDbContext : DbContext { }\n}\n"
)

_PROGRAM = (
    "using Microsoft.AspNetCore;\nusing Microsoft.AspNetCore.Hosting;\nusing Serilog;\n\n"
    "namespace Office.Library.Api\n{\n    public class Program\n    {\n"
    "        public static void Main(string[] args)\n        {\n"
    "            WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().UseSerilog()"
    ".Build().Run();\n        }\n    }\n}\n"
)

_STARTUP = (
    "using Microsoft.AspNetCore.Builder;\nusing Microsoft.Extensions.DependencyInjection;\n\n"
    "namespace Office.Library.Api\n{\n    public class Startup\n    {\n"
    "        public void ConfigureServices(IServiceCollection services)\n        {\n"
    "            services.AddCors();\n"
    "            services.AddControllers().AddNewtonsoftJson().AddWebHooks();\n        }\n\n"
    "        public void Configure(IApplicationBuilder app) { app.UseMvc(); }\n    }\n}\n"
)

_CONTROLLER = (
    "{using}using Microsoft.AspNetCore.Mvc;\nusing Microsoft.AspNetCore.Mvc.Infrastructure;\n"
    "using Serilog;\n\nnamespace Office.Library.Api.Controllers\n{{\n"
    "    [ResponseCache(NoStore = true)]\n"
    "    public class AzureDiagnosticsController : ControllerBase\n    {{\n"
    "        private readonly IActionDescriptorCollectionProvider provider;\n"
    "        public AzureDiagnosticsController(IActionDescriptorCollectionProvider provider)\n"
    "        {{\n            this.provider = provider;\n        }}\n\n"
    '        [HttpGet("v2.0/routes")]\n'
    "        public IActionResult GetAllRoutes() => Ok(provider.ActionDescriptors.Items);\n\n"
    "        public IActionResult AzureAlerts(string id, string @event, object data)\n        {{\n"
    '            Log.Information($"AzureAlerts {{id}} received {{@event}} with {{data}}");\n'
    "            return Ok();\n        }}\n    }}\n}}\n"
)


def _backends(tmp_path: Path, using: str = "") -> set[str]:
    files = {
        "src/Office.Library.Api/Office.Library.Api.csproj": _CSPROJ,
        "src/Office.Library.Api/Program.cs": _PROGRAM,
        "src/Office.Library.Api/Startup.cs": _STARTUP,
        "src/Office.Library.Api/Controllers/AzureDiagnosticsController.cs": (
            _CONTROLLER.format(using=using)
        ),
        "src/Office.Library/Office.Library.csproj": _LIBRARY,
        "src/Office.Library/Database/AnalyticDbContext.cs": _CONTEXT,
        # The solution's real backend beside it (a site on Microsoft Graph, no database).
        "web/Rooms.Web/Rooms.Web.csproj": (
            '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
            "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n"
        ),
        "web/Rooms.Web/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\n"
            "builder.Services.AddScoped<IRoomService, RoomService>();\n"
            "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
        ),
    }
    return set(by_folder(write(tmp_path, files)))


def test_a_webhook_receiver_never_naming_its_library_is_no_backend(tmp_path: Path) -> None:
    assert _backends(tmp_path) == {"web/Rooms.Web"}


def test_a_receiver_using_its_library_stays_a_backend(tmp_path: Path) -> None:
    assert "src/Office.Library.Api" in _backends(tmp_path, "using Office.Library.Database;\n")
