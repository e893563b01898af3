"""A server-rendered front sharing its solution's libraries with the API (#19): the front
references the application library (for request types) and the infrastructure library (for
its API clients), and through them reaches the Dapper library whose repositories open SQL
Server. Only the API's start-up names the repositories' namespaces to register them; the
front's code never does. The data library was lent to the front, which then kept data and was
counted as a backend. A library another host wires and this host's code never names lends it
nothing; a front naming it (registering a repository itself) keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _web(*refs: str) -> str:
    items = "\n".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />' for r in refs)
    return (
        '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
        "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}\n  </ItemGroup>\n</Project>\n"
    )


def _library(packages: tuple[str, ...], refs: tuple[str, ...] = ()) -> str:
    pkgs = "\n".join(f'    <PackageReference Include="{p}" Version="2.1.79" />' for p in packages)
    items = "\n".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />' for r in refs)
    return (
        '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
        "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{pkgs}\n{items}\n  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = """namespace App.{name}
{{
    public class Program
    {{
        public static void Main(string[] args) =>
            WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().Build().Run();
    }}
}}
"""
_API_STARTUP = """using App.Data.Repositories;

namespace App.Api
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllers();
            services.AddTransient<IApplyRepository, ApplyRepository>();
        }

        public void Configure(IApplicationBuilder app) => app.UseRouting();
    }
}
"""
_WEB_STARTUP = """using App.Application.Apply;
using App.Infrastructure.ApiClients;

namespace App.Web
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllersWithViews();
            services.AddHttpClient<IApplyApiClient, ApplyApiClient>();
        }

        public void Configure(IApplicationBuilder app) => app.UseRouting();
    }
}
"""
_REPOSITORY = """using System.Data.SqlClient;
using Dapper;

namespace App.Data.Repositories
{
    public class ApplyRepository : IApplyRepository
    {
        public async Task Save(Apply apply)
        {
            using var connection = new SqlConnection(_connectionString);
            await connection.ExecuteAsync("UPDATE Apply SET Status = @Status", apply);
        }
    }
}
"""
_HELPER = """namespace App.Infrastructure.Database
{
    public class DbConnectionHelper
    {
        public IDbConnection GetDatabaseConnection() =>
            new System.Data.SqlClient.SqlConnection(_connectionString);
    }
}
"""


def _tree(tmp_path: Path, web_startup: str) -> dict[str, object]:
    write(
        tmp_path,
        {
            "src/App.Api/App.Api.csproj": _web("App.Application", "App.Data"),
            "src/App.Api/Program.cs": _PROGRAM.format(name="Api"),
            "src/App.Api/Startup.cs": _API_STARTUP,
            "src/App.Api/Controllers/ApplyController.cs": (
                "namespace App.Api.Controllers\n{\n    [ApiController]\n"
                "    public class ApplyController : ControllerBase { }\n}\n"
            ),
            "src/App.Web/App.Web.csproj": _web("App.Application", "App.Infrastructure"),
            "src/App.Web/Program.cs": _PROGRAM.format(name="Web"),
            "src/App.Web/Startup.cs": web_startup,
            "src/App.Web/Controllers/HomeController.cs": (
                "namespace App.Web.Controllers\n{\n"
                "    public class HomeController : Controller\n    {\n"
                "        public IActionResult Index() => View();\n    }\n}\n"
            ),
            "src/App.Web/Views/Home/Index.cshtml": "<h1>Apply</h1>\n",
            "src/App.Application/App.Application.csproj": _library((), ("App.Data",)),
            "src/App.Application/Apply/StartApplyHandler.cs": (
                "using App.Data.Repositories;\n\nnamespace App.Application.Apply\n{\n"
                "    public class StartApplyHandler\n    {\n"
                "        public StartApplyHandler(IApplyRepository repository) { }\n    }\n}\n"
            ),
            "src/App.Data/App.Data.csproj": _library(("Dapper",), ("App.Infrastructure",)),
            "src/App.Data/Repositories/ApplyRepository.cs": _REPOSITORY,
            "src/App.Infrastructure/App.Infrastructure.csproj": _library(
                ("System.Data.SqlClient",)
            ),
            "src/App.Infrastructure/Database/DbConnectionHelper.cs": _HELPER,
            "src/App.Infrastructure/ApiClients/ApplyApiClient.cs": (
                "namespace App.Infrastructure.ApiClients\n{\n"
                "    public class ApplyApiClient : IApplyApiClient { }\n}\n"
            ),
        },
    )
    return by_folder(tmp_path)


def test_a_front_never_naming_the_data_library_keeps_no_data(tmp_path: Path) -> None:
    backends = _tree(tmp_path, _WEB_STARTUP)
    assert "src/App.Api" in backends
    assert first(backends["src/App.Api"], K.DATABASE)[0] == "SQL Server"
    assert "src/App.Web" not in backends


def test_a_front_registering_a_repository_itself_keeps_it(tmp_path: Path) -> None:
    startup = _WEB_STARTUP.replace(
        "using App.Infrastructure.ApiClients;",
        "using App.Infrastructure.ApiClients;\nusing App.Data.Repositories;",
    ).replace(
        "services.AddHttpClient<IApplyApiClient, ApplyApiClient>();",
        "services.AddTransient<IApplyRepository, ApplyRepository>();",
    )
    backends = _tree(tmp_path, startup)
    assert "src/App.Web" in backends
    assert first(backends["src/App.Web"], K.DATABASE)[0] == "SQL Server"
