"""Held-out set 107 (#19), as the lead settled what a backend is in session 34: a Hangfire job
host on the Web SDK whose only HTTP is the dashboard and `/health` is a backend when it keeps
data of its own, that is when it registers the solution's database context itself (here in
an extension of its own that its Startup calls, `AddJobsDependencies`) and its jobs write it,
even the database the API keeps. One registering no context of the solution (only its job
store's, declared in itself; or a health check over a context) stays no backend.

And a test project named after the solution's prefix tests every service it references that
bears that prefix, whatever the case of the prefix (`Acme.APP.Jobs` beside `Acme.App.Api`):
MSBuild names projects regardless of case.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write
from test_detect_unseen import by_folder, csproj, first

from designer.model.stack import FindingKind as K

_WEB = "Microsoft.NET.Sdk.Web"
_DAL = "Acme.App.DAL"
_API = "Acme.App.Api"
_JOBS = "Acme.APP.Jobs"

_API_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddDbContext<AcmeContext>(o => o.UseSqlServer(cs));
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_CONTROLLER = """[ApiController]
[Route("api/keys")]
public class KeysController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Ok();
}
"""

_STARTUP = """using Hangfire;

public class HangfireStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddJobsDependencies(_configuration);
    }

    public void Configure(IApplicationBuilder app)
    {
        app.UseHangfireDashboard();
        app.UseRouting();
        app.UseHangfireServer(options: new BackgroundJobServerOptions { WorkerCount = 1 });
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapControllers();
        });
    }
}
"""

_REGISTRATION = """public static class ContainerRegistration
{
    public static IServiceCollection AddJobsDependencies(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHangfire(x => x.UseSqlServerStorage(configuration["HangFire"]));
        services.AddDbContext<AcmeContext>(opts => opts.UseSqlServer(configuration["Db"]));
        services.AddHealthChecks().AddDbContextCheck<AcmeContext>();
        return services;
    }
}
"""

_PROGRAM = """public static class Program
{
    public static void Main(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(b => b.UseStartup<HangfireStartup>())
            .Build().Run();
}
"""


def _ref(name: str) -> str:
    return f"..\\{name}\\{name}.csproj"


def _tree(registration: str = _REGISTRATION) -> dict[str, str]:
    return {
        f"{_DAL}/{_DAL}.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk"
        ),
        f"{_DAL}/Context/AcmeContext.cs": (
            "public partial class AcmeContext : DbContext\n{\n}\n"
        ),
        f"{_API}/{_API}.csproj": csproj(sdk=_WEB, refs=(_ref(_DAL),)),
        f"{_API}/Program.cs": _API_PROGRAM,
        f"{_API}/Controllers/KeysController.cs": _CONTROLLER,
        f"{_JOBS}/{_JOBS}.csproj": csproj("Hangfire.AspNetCore", sdk=_WEB, refs=(_ref(_DAL),)),
        f"{_JOBS}/Program.cs": _PROGRAM,
        f"{_JOBS}/HangfireStartup.cs": _STARTUP,
        f"{_JOBS}/ContainerRegistration.cs": registration,
    }


def test_a_job_host_registering_the_solution_s_context_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {_API, _JOBS}
    assert first(found[_JOBS], K.ORM)[0] == "EF Core"


def test_a_job_host_checking_the_context_s_health_only_is_no_backend(tmp_path: Path) -> None:
    # Counter-case: a health check over the context opens no store of its own.
    registration = _REGISTRATION.replace(
        "        services.AddDbContext<AcmeContext>(opts => opts.UseSqlServer(configuration"
        '["Db"]));\n',
        "",
    )
    assert set(by_folder(write(tmp_path, _tree(registration)))) == {_API}


def test_a_job_host_registering_its_own_job_store_context_is_no_backend(tmp_path: Path) -> None:
    # Counter-case: the context it registers is declared in itself (the job store's).
    tree = _tree(_REGISTRATION.replace("AcmeContext", "JobStoreContext"))
    tree[f"{_JOBS}/JobStoreContext.cs"] = "public class JobStoreContext : DbContext { }\n"
    assert set(by_folder(write(tmp_path, tree))) == {_API}


def _with_tests(tree: dict[str, str], name: str) -> dict[str, str]:
    tree = dict(tree)
    tree[f"{name}/{name}.csproj"] = csproj(
        "NUnit/3.12.0", "Microsoft.NET.Test.Sdk", sdk=_WEB, refs=(_ref(_API), _ref(_JOBS))
    )
    tree[f"{name}/JobTests.cs"] = (
        "using NUnit.Framework;\n\npublic class JobTests\n{\n    [Test]\n"
        "    public void Runs() { }\n}\n"
    )
    return tree


def test_a_test_project_named_after_the_prefix_tests_both_services(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _with_tests(_tree(), "Acme.App.Testing")))
    assert first(found[_API], K.TEST)[0] == "NUnit"
    assert first(found[_JOBS], K.TEST)[0] == "NUnit"


def test_a_test_project_named_after_one_service_tests_that_one(tmp_path: Path) -> None:
    # Counter-case: named after the API alone, it does not test the job host.
    found = by_folder(write(tmp_path, _with_tests(_tree(), "Acme.App.Api.Tests")))
    assert first(found[_API], K.TEST)[0] == "NUnit"
    assert first(found[_JOBS], K.TEST)[0] != "NUnit"
