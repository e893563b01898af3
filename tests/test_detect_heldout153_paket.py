"""A .NET solution whose packages Paket manages (held-out set 153, #19).

No project names a package or a target framework: `paket.dependencies` at the root restricts
the solution to one framework (`framework: netcoreapp31`) and lists the packages, `paket.lock`
resolves them, and each project's `paket.references` names those it takes; the target
framework itself comes from a build pipeline's `.props` restored into `packages/` at build
time, not in the repository. The projects' references are read as `PackageReference`s (the
version from the lock), the framework from the restriction: the API runs on ASP.NET Core 3.1
and its test project, taking the test SDK and xUnit, gives it xUnit.

And a projection host on the Web SDK that starts hosted services and serves its routes through
a controller derived from a library's base controller (`: DefaultProjectorController`, routed
by the library's `[ApiRoute]`): a controller, so it serves HTTP and is a backend, not a worker.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PIPELINE = (
    '  <Import Project="..\\..\\packages\\Build.Pipeline\\Content\\'
    'Build.Pipeline.Settings.App.props" />\n'
)


def _csproj(sdk: str, *references: str) -> str:
    items = "".join(
        f'    <ProjectReference Include="..\\..\\src\\{r}\\{r}.csproj" />\n' for r in references
    )
    return (
        f'<Project Sdk="{sdk}">\n{_PIPELINE}'
        "  <PropertyGroup>\n    <ServerGarbageCollection>true</ServerGarbageCollection>\n"
        "  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n"
        '  <Import Project="..\\..\\.paket\\Paket.Restore.targets" />\n</Project>\n'
    )


_DEPENDENCIES = (
    "// Only the target frameworks that are used in projects.\n"
    "framework: netcoreapp31\n\n"
    "source https://api.nuget.org/v3/index.json\n\n"
    "nuget AspNetCore.HealthChecks.SqlServer 3.0.0\n"
    "nuget Microsoft.EntityFrameworkCore.SqlServer 3.1.1\n"
    "nuget Microsoft.NET.Test.Sdk 16.4.0\n"
    "nuget xunit 2.4.1\n"
    "nuget xunit.runner.visualstudio 2.4.1\n"
)

_LOCK = (
    "RESTRICTION: == netcoreapp3.1\nNUGET\n  remote: https://api.nuget.org/v3/index.json\n"
    "    AspNetCore.HealthChecks.SqlServer (3.0)\n"
    "      System.Data.SqlClient (>= 4.7)\n"
    "    Microsoft.EntityFrameworkCore.SqlServer (3.1.1)\n"
    "    Microsoft.NET.Test.Sdk (16.4)\n"
    "    xunit (2.4.1)\n"
    "      xunit.core (2.4.1)\n"
    "    xunit.runner.visualstudio (2.4.1)\n"
)

_PROGRAM = (
    "public class Program\n{\n"
    "    public static void Main(string[] args)\n"
    "        => new WebHostBuilder().UseDefaultForApi<Startup>(options).Build().Run();\n}\n"
)

_CONTEXT = (
    "public class BackofficeContext : DbContext\n{\n"
    "    public BackofficeContext(DbContextOptions<BackofficeContext> o) : base(o) { }\n"
    "}\n"
)

_MODULE = (
    "public static class BackofficeModule\n{\n"
    "    public static void Add(IServiceCollection services, string cs)\n"
    "        => services.AddDbContext<BackofficeContext>(o => o.UseSqlServer(cs));\n}\n"
)

_API_CONTROLLER = (
    '[ApiRoute("services")]\npublic class ServiceController : ControllerBase\n{\n}\n'
)

_PROJECTOR_STARTUP = (
    "public class Startup\n{\n"
    "    public void ConfigureServices(IServiceCollection services)\n"
    "        => services.AddSingleton<IHostedService, ClockTickingService>();\n}\n"
)

_PROJECTOR_CONTROLLER = (
    '[ApiVersion("1.0")]\n[ApiRoute("projections")]\n'
    "public class ProjectionsController : DefaultProjectorController\n{\n"
    "    public ProjectionsController(IConnectedProjectionsManager manager) : base(manager) { }\n"
    "}\n"
)

_TICKING = "public class ClockTickingService : IHostedService\n{\n}\n"


def _solution() -> dict[str, str]:
    web = "Microsoft.NET.Sdk.Web"
    return {
        "paket.dependencies": _DEPENDENCIES,
        "paket.lock": _LOCK,
        "src/Registry.Projections/Registry.Projections.csproj": _csproj("Microsoft.NET.Sdk"),
        "src/Registry.Projections/paket.references": "Microsoft.EntityFrameworkCore.SqlServer\n",
        "src/Registry.Projections/BackofficeContext.cs": _CONTEXT,
        "src/Registry.Projections/BackofficeModule.cs": _MODULE,
        "src/Registry.Api/Registry.Api.csproj": _csproj(web, "Registry.Projections"),
        "src/Registry.Api/paket.references": "AspNetCore.HealthChecks.SqlServer\n",
        "src/Registry.Api/Infrastructure/Program.cs": _PROGRAM,
        "src/Registry.Api/ServiceController.cs": _API_CONTROLLER,
        "src/Registry.Projector/Registry.Projector.csproj": _csproj(web, "Registry.Projections"),
        "src/Registry.Projector/paket.references": "AspNetCore.HealthChecks.SqlServer\n",
        "src/Registry.Projector/Infrastructure/Program.cs": _PROGRAM,
        "src/Registry.Projector/Infrastructure/Startup.cs": _PROJECTOR_STARTUP,
        "src/Registry.Projector/Infrastructure/ClockTickingService.cs": _TICKING,
        "src/Registry.Projector/Projections/ProjectionsController.cs": _PROJECTOR_CONTROLLER,
        "test/Registry.Api.Tests/Registry.Api.Tests.csproj": _csproj(
            "Microsoft.NET.Sdk", "Registry.Api"
        ),
        "test/Registry.Api.Tests/paket.references": (
            "Microsoft.NET.Test.Sdk\n\nxunit\nxunit.runner.visualstudio\n"
        ),
        "test/Registry.Api.Tests/ServiceTests.cs": "public class ServiceTests\n{\n    [Fact]\n"
        "    public void Lists() { }\n}\n",
    }


def test_paket_references_give_packages_framework_and_tests(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    api = found["src/Registry.Api"]
    assert first(api, K.FRAMEWORK) == ("ASP.NET Core", "3.1")
    assert first(api, K.LANGUAGE)[1] == "netcoreapp3.1"
    assert first(api, K.TEST) == ("xUnit", "2.4.1")
    assert first(api, K.DATABASE)[0] == "SQL Server"
    # The test project and the library are no backends.
    assert "test/Registry.Api.Tests" not in found
    assert "src/Registry.Projections" not in found


def test_a_project_naming_its_framework_keeps_it(tmp_path: Path) -> None:
    """Counter-case: a target framework the project writes wins over the restriction."""
    tree = _solution()
    tree["src/Registry.Api/Registry.Api.csproj"] = tree["src/Registry.Api/Registry.Api.csproj"]\
        .replace("<ServerGarbageCollection>", "<TargetFramework>net6.0</TargetFramework>\n"
                 "    <ServerGarbageCollection>")
    api = by_folder(write(tmp_path, tree))["src/Registry.Api"]
    assert first(api, K.FRAMEWORK) == ("ASP.NET Core", "6.0")


def test_a_restriction_to_several_frameworks_names_none(tmp_path: Path) -> None:
    """Counter-case: `framework: netcoreapp3.1, net6.0` does not tell which one a project
    targets; nor does a project without `paket.references` take the solution's packages."""
    tree = _solution()
    tree["paket.dependencies"] = _DEPENDENCIES.replace(
        "framework: netcoreapp31", "framework: netcoreapp3.1, net6.0"
    )
    del tree["test/Registry.Api.Tests/paket.references"]
    api = by_folder(write(tmp_path, tree))["src/Registry.Api"]
    assert first(api, K.FRAMEWORK) == ("ASP.NET Core", "")
    assert first(api, K.TEST) == ("", "")


def test_a_host_with_a_library_base_controller_is_a_backend(tmp_path: Path) -> None:
    projector = by_folder(write(tmp_path, _solution()))["src/Registry.Projector"]
    assert first(projector, K.FRAMEWORK) == ("ASP.NET Core", "3.1")
    assert first(projector, K.DATABASE)[0] == "SQL Server"


def test_a_hosted_service_host_without_controller_is_no_backend(tmp_path: Path) -> None:
    """Counter-case: without the controller it only runs background work (and keeps no
    context class of its own): a worker, as before."""
    tree = _solution()
    del tree["src/Registry.Projector/Projections/ProjectionsController.cs"]
    assert "src/Registry.Projector" not in by_folder(write(tmp_path, tree))
