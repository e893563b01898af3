"""Held-out set 107 (#19): .NET solutions whose Web SDK projects are not all backends, and a
host whose context registration is named for its provider.

- A shared integration-test fixture library references `xunit.core` (not the `xunit`
  package) beside `Microsoft.AspNetCore.Mvc.Testing`, and builds test hosts: test code.
- A Hangfire job host on the Web SDK starts a Hangfire server, serves the dashboard and
  `/health`, and calls `MapControllers()` with no controller of its own: no backend. One with
  a controller of its own stays one.
- A Web SDK project named as a migrations runner that maps no endpoint is no backend; one so
  named that maps routes stays one.
- A host registering its context through `AddPsqlDbContext<T>` runs on PostgreSQL, although
  the shared library it references names SQL Server's provider too; a host configuring
  `UseSqlServer` itself as well is left to the other rules.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = "Microsoft.NET.Sdk.Web"

_API_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_API_CONTROLLER = """using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/keys")]
public class KeysController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Ok();
}
"""

_HANGFIRE_STARTUP = """using Hangfire;

public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddControllers().AddApplicationPart(typeof(Startup).Assembly);
        services.AddDbContext<HangfireContext>(o => o.UseNpgsql(""));
        services.AddHangfire(c => c.UsePostgreSqlStorage(""));
        services.AddHealthChecks();
    }

    public void Configure(IApplicationBuilder app)
    {
        app.UseHangfireDashboard();
        app.UseHangfireServer(options: new BackgroundJobServerOptions { WorkerCount = 1 });
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapControllers();
            endpoints.MapHealthChecks("/health");
        });
    }
}
"""

_HANGFIRE_PROGRAM = """public static class Program
{
    public static void Main(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(b => b.UseStartup<Startup>())
            .Build().Run();
}
"""

_MIGRATOR_STARTUP = """public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddDbContext<AppContext>(o => o.UseNpgsql(""));
    }

    public void Configure(IApplicationBuilder app)
    {
        app.ApplicationServices.InitializeDatabase<AppContext>();
    }
}
"""

_FIXTURE = """using Microsoft.AspNetCore.Mvc.Testing;

public class OptimisedWebApplicationFactory<TStartup> : WebApplicationFactory<TStartup>
    where TStartup : class
{
    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(builder => builder.UseTestServer());
}
"""


def _api(folder: str, *extra: tuple[str, str]) -> dict[str, str]:
    files = {
        f"{folder}/{folder}.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL", sdk=_WEB
        ),
        f"{folder}/Program.cs": _API_PROGRAM,
        f"{folder}/Controllers/KeysController.cs": _API_CONTROLLER,
    }
    files.update({f"{folder}/{name}": text for name, text in extra})
    return files


def _host(folder: str, startup: str, *extra: tuple[str, str]) -> dict[str, str]:
    files = {
        f"{folder}/{folder}.csproj": csproj(
            "Hangfire.AspNetCore", "Npgsql.EntityFrameworkCore.PostgreSQL", sdk=_WEB
        ),
        f"{folder}/Program.cs": _HANGFIRE_PROGRAM,
        f"{folder}/Startup.cs": startup,
    }
    files.update({f"{folder}/{name}": text for name, text in extra})
    return files


def test_a_fixture_library_on_xunit_core_is_no_backend(tmp_path: Path) -> None:
    folder = "Acme.Common.IntegrationTests.WebApp"
    tree = {
        **_api("Acme.Api"),
        f"{folder}/{folder}.csproj": csproj(
            "Microsoft.AspNetCore.Mvc.Testing",
            "Microsoft.EntityFrameworkCore.InMemory",
            "xunit.core",
        ),
        f"{folder}/OptimisedWebApplicationFactory.cs": _FIXTURE,
    }
    assert set(by_folder(write(tmp_path, tree))) == {"Acme.Api"}


def test_the_same_fixture_library_without_a_test_framework_is_read_as_before(
    tmp_path: Path,
) -> None:
    # Counter-case: xunit.core is what makes it test code; without it the host builder
    # still reads as ASP.NET Core, as before.
    folder = "Acme.Common.IntegrationTests.WebApp"
    tree = {
        **_api("Acme.Api"),
        f"{folder}/{folder}.csproj": csproj(
            "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.EntityFrameworkCore.InMemory"
        ),
        f"{folder}/OptimisedWebApplicationFactory.cs": _FIXTURE,
    }
    assert folder in by_folder(write(tmp_path, tree))


def test_a_hangfire_job_host_is_no_backend(tmp_path: Path) -> None:
    context = ("HangfireContext.cs", "public class HangfireContext : DbContext { }\n")
    tree = {**_api("Acme.Api"), **_host("Acme.Hangfire", _HANGFIRE_STARTUP, context)}
    assert set(by_folder(write(tmp_path, tree))) == {"Acme.Api"}


def test_a_job_host_with_a_controller_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    controller = ("Controllers/JobsController.cs", _API_CONTROLLER)
    tree = {**_api("Acme.Api"), **_host("Acme.Hangfire", _HANGFIRE_STARTUP, controller)}
    assert set(by_folder(write(tmp_path, tree))) == {"Acme.Api", "Acme.Hangfire"}


def test_a_migrations_runner_is_no_backend(tmp_path: Path) -> None:
    folder = "Acme.DbMigrations"
    tree = {
        **_api("Acme.Api"),
        f"{folder}/{folder}.csproj": csproj("Npgsql.EntityFrameworkCore.PostgreSQL", sdk=_WEB),
        f"{folder}/Program.cs": _HANGFIRE_PROGRAM,
        f"{folder}/Startup.cs": _MIGRATOR_STARTUP,
    }
    assert set(by_folder(write(tmp_path, tree))) == {"Acme.Api"}


def test_a_host_so_named_that_maps_routes_stays_a_backend(tmp_path: Path) -> None:
    folder = "Acme.DbMigrations"
    tree = {
        **_api("Acme.Api"),
        f"{folder}/{folder}.csproj": csproj("Npgsql.EntityFrameworkCore.PostgreSQL", sdk=_WEB),
        f"{folder}/Program.cs": _API_PROGRAM,
        f"{folder}/Startup.cs": _MIGRATOR_STARTUP,
    }
    assert set(by_folder(write(tmp_path, tree))) == {"Acme.Api", "Acme.DbMigrations"}


_COMMON = "Acme.Common"
_MODEL = "Acme.Data.Model"

_HELPER = """public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddPsqlDbContext<TDbContext>(
        this IServiceCollection services, string connectionString)
        where TDbContext : DbContext =>
        services.AddDbContext<TDbContext>(o => o.UseNpgsql(connectionString));
}
"""

_SQL_HELPER = """using Microsoft.Data.SqlClient;

public static class DbUtils
{
    public static SqlConnection Open(string cs) => new SqlConnection(cs);
}
"""


def _shared_tree(startup: str) -> dict[str, str]:
    project = csproj(
        "Microsoft.EntityFrameworkCore.SqlServer",
        "Npgsql.EntityFrameworkCore.PostgreSQL",
        "Microsoft.Data.SqlClient",
    ).replace(
        "</Project>",
        '  <ItemGroup>\n    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n'
        "  </ItemGroup>\n</Project>",
    )
    api = (
        f'<Project Sdk="{_WEB}">\n  <ItemGroup>\n'
        f'    <ProjectReference Include="..\\{_COMMON}\\{_COMMON}.csproj" />\n'
        f'    <ProjectReference Include="..\\{_MODEL}\\{_MODEL}.csproj" />\n'
        "  </ItemGroup>\n</Project>\n"
    )
    model = (
        '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n'
        f'    <ProjectReference Include="..\\{_COMMON}\\{_COMMON}.csproj" />\n'
        "  </ItemGroup>\n</Project>\n"
    )
    return {
        f"{_COMMON}/{_COMMON}.csproj": project,
        f"{_COMMON}/ServiceCollectionExtensions.cs": _HELPER,
        f"{_MODEL}/{_MODEL}.csproj": model,
        f"{_MODEL}/Database/DbUtils.cs": _SQL_HELPER,
        f"{_MODEL}/Database/QueryGenerator.cs": _SQL_HELPER.replace("DbUtils", "QueryGenerator"),
        "Acme.Public.Api/Acme.Public.Api.csproj": api,
        "Acme.Public.Api/Program.cs": _API_PROGRAM,
        "Acme.Public.Api/Startup.cs": startup,
        "Acme.Public.Api/Controllers/KeysController.cs": _API_CONTROLLER,
    }


def test_a_provider_named_registration_picks_the_engine(tmp_path: Path) -> None:
    startup = (
        "public class Startup { public void ConfigureServices(IServiceCollection services) {\n"
        "    services.AddPsqlDbContext<PublicDataDbContext>(connectionString);\n} }\n"
    )
    backend = by_folder(write(tmp_path, _shared_tree(startup)))["Acme.Public.Api"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_a_host_also_configuring_another_provider_is_left_alone(tmp_path: Path) -> None:
    startup = (
        "public class Startup { public void ConfigureServices(IServiceCollection services) {\n"
        "    services.AddDbContext<ContentDbContext>(o => o.UseSqlServer(cs));\n"
        "    services.AddPsqlDbContext<PublicDataDbContext>(connectionString);\n} }\n"
    )
    backend = by_folder(write(tmp_path, _shared_tree(startup)))["Acme.Public.Api"]
    assert first(backend, K.DATABASE)[0] == "SQL Server"


def _layered(host_startup: str) -> dict[str, str]:
    """A layered API: the Web SDK host starts the app (and a Hangfire server), the
    `Acme.HttpApi` library it references holds the controllers."""
    host = "Acme.HttpApi.Host"
    library = "Acme.HttpApi"
    return {
        f"{host}/{host}.csproj": csproj(
            "Hangfire.AspNetCore", "Npgsql.EntityFrameworkCore.PostgreSQL", sdk=_WEB
        ).replace(
            "</ItemGroup>",
            f'  <ProjectReference Include="..\\{library}\\{library}.csproj" />\n  </ItemGroup>',
        ),
        f"{host}/Program.cs": _HANGFIRE_PROGRAM,
        f"{host}/Startup.cs": host_startup,
        f"{library}/{library}.csproj": csproj("Microsoft.AspNetCore.Mvc.Core"),
        f"{library}/Controllers/KeysController.cs": _API_CONTROLLER,
    }


def test_a_host_mapping_a_referenced_librarys_controllers_stays_a_backend(
    tmp_path: Path,
) -> None:
    # Its jobs run beside the API the referenced library's controllers make: a backend.
    assert "Acme.HttpApi.Host" in by_folder(write(tmp_path, _layered(_HANGFIRE_STARTUP)))


def test_a_host_building_conventional_controllers_stays_a_backend(tmp_path: Path) -> None:
    # ABP: the controllers come from the application services, declared nowhere as such.
    tree = _layered(_HANGFIRE_STARTUP.replace(
        "services.AddHealthChecks();",
        "services.AddHealthChecks();\n        Configure<AbpAspNetCoreMvcOptions>(o => "
        "o.ConventionalControllers.Create(typeof(AcmeApplicationModule).Assembly));",
    ))
    del tree["Acme.HttpApi/Controllers/KeysController.cs"]
    assert "Acme.HttpApi.Host" in by_folder(write(tmp_path, tree))


def test_a_job_host_referencing_only_libraries_without_routes_is_no_backend(
    tmp_path: Path,
) -> None:
    # Counter-case: the referenced library holds no controller, so the host serves none.
    tree = {**_api("Acme.Api"), **_layered(_HANGFIRE_STARTUP)}
    del tree["Acme.HttpApi/Controllers/KeysController.cs"]
    tree["Acme.HttpApi/Jobs/Import.cs"] = "public class Import { public void Run() { } }\n"
    assert "Acme.HttpApi.Host" not in by_folder(write(tmp_path, tree))
