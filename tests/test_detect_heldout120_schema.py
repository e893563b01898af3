"""Held-out set 120 (#19): a Hangfire scheduler on the Web SDK that owns the application's
schema. Its only route is the Hangfire dashboard and it imports data into the database the
API reads, but it applies the EF Core migrations of the solution's data library on start and
no other project does: it keeps the application's data, a backend. Counter-cases (set 107's
shapes): a job host migrating only a context declared in itself (its job store's) stays no
backend, and a test project migrating its throwaway database does not take the ownership
away. Session 34 (the lead's settled rule): a job host registering the data library's context
itself keeps data of its own whether or not it migrates it (`worker_stores`); one registering
none stays no backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write
from test_detect_unseen import by_folder, csproj, first

from designer.model.stack import FindingKind as K

_API_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddDbContext<ShopContext>(o => o.UseNpgsql(""));
var app = builder.Build();
app.MapControllers();
app.Run();
"""

_API_MIGRATING = _API_PROGRAM.replace(
    "var app = builder.Build();\n",
    "var app = builder.Build();\nusing (var scope = app.Services.CreateScope())\n{\n"
    "    var db = scope.ServiceProvider.GetRequiredService<ShopContext>();\n"
    "    db.Database.Migrate();\n}\n",
)

_CONTROLLER = """[ApiController]
[Route("api/packages")]
public class PackageController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Ok();
}
"""

_CONTEXT = "public class ShopContext : DbContext { }\n"

_SCHEDULER_STARTUP = """using Hangfire;

public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddDbContext<ShopContext>((sp, options) => options.UseNpgsql(""));
        services.AddHangfire(config => config.UseMemoryStorage());
        services.AddHangfireServer();
    }

    public void Configure(IApplicationBuilder app)
    {
        // Auto-apply EF Core migrations on startup.
        using var scope = app.ApplicationServices.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopContext>();
        db.Database.Migrate();
        app.UseHangfireDashboard("/dashboard");
    }
}
"""

_PROGRAM = """public static class Program
{
    public static void Main(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(b => b.UseStartup<Startup>())
            .Build().Run();
}
"""

_TEST_FIXTURE = """public class PostgreSqlFixture
{
    public async Task InitializeAsync()
    {
        await using var context = new ShopContext(Options);
        await context.Database.MigrateAsync();
    }
}
"""

_REF = r"..\Shop.Data\Shop.Data.csproj"


def _tree(startup: str, api: str = _API_PROGRAM, *extra: tuple[str, str]) -> dict[str, str]:
    files = {
        "src/Shop.Data/Shop.Data.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL/10.0.0", sdk="Microsoft.NET.Sdk"
        ),
        "src/Shop.Data/ShopContext.cs": _CONTEXT,
        "src/Shop.Web/Shop.Web.csproj": csproj(refs=(_REF,)),
        "src/Shop.Web/Program.cs": api,
        "src/Shop.Web/PackageController.cs": _CONTROLLER,
        "src/Shop.Scheduler/Shop.Scheduler.csproj": csproj(
            "Hangfire.AspNetCore/1.8.22", "RabbitMQ.Client/6.8.1", refs=(_REF,)
        ),
        "src/Shop.Scheduler/Program.cs": _PROGRAM,
        "src/Shop.Scheduler/Startup.cs": startup,
        "src/Shop.Scheduler/DailyDownloadWorker.cs": (
            "public class DailyDownloadWorker : BackgroundService\n{\n"
            "    private AsyncEventingBasicConsumer _consumer;\n}\n"
        ),
    }
    files.update(dict(extra))
    return files


def test_a_job_host_migrating_the_application_s_schema_is_a_backend(tmp_path: Path) -> None:
    tests = (
        (
            "src/Shop.Scheduler.Tests/Shop.Scheduler.Tests.csproj",
            csproj("xunit/2.9.2", "Microsoft.NET.Test.Sdk", sdk="Microsoft.NET.Sdk",
                   refs=(r"..\Shop.Scheduler\Shop.Scheduler.csproj",)),
        ),
        ("src/Shop.Scheduler.Tests/PostgreSqlFixture.cs", _TEST_FIXTURE),
    )
    found = by_folder(write(tmp_path, _tree(_SCHEDULER_STARTUP, _API_PROGRAM, *tests)))
    assert set(found) == {"src/Shop.Web", "src/Shop.Scheduler"}
    scheduler = found["src/Shop.Scheduler"]
    assert first(scheduler, K.ORM)[0] == "EF Core"
    assert first(scheduler, K.DATABASE)[0] == "PostgreSQL"


def test_a_job_host_registering_the_application_s_context_is_a_backend(tmp_path: Path) -> None:
    # Session 34 (the lead's settled rule): without migrating, it still registers the data
    # library's context itself and its jobs write it: data of its own (`worker_stores`).
    startup = _SCHEDULER_STARTUP.replace("        db.Database.Migrate();\n", "")
    found = by_folder(write(tmp_path, _tree(startup)))
    assert set(found) == {"src/Shop.Web", "src/Shop.Scheduler"}


def test_a_job_host_neither_migrating_nor_registering_a_context_is_no_backend(
    tmp_path: Path,
) -> None:
    startup = _SCHEDULER_STARTUP.replace("        db.Database.Migrate();\n", "").replace(
        '        services.AddDbContext<ShopContext>((sp, options) => options.UseNpgsql(""));\n', ""
    )
    assert set(by_folder(write(tmp_path, _tree(startup)))) == {"src/Shop.Web"}


def test_a_job_host_migrating_its_own_job_store_is_no_backend(tmp_path: Path) -> None:
    # Set 107's shape: the context it migrates is declared in the host (Hangfire's store).
    startup = _SCHEDULER_STARTUP.replace("<ShopContext>", "<HangfireContext>")
    own = (
        "src/Shop.Scheduler/HangfireContext.cs",
        "public class HangfireContext : DbContext { }\n",
    )
    found = by_folder(write(tmp_path, _tree(startup, _API_PROGRAM, own)))
    assert set(found) == {"src/Shop.Web"}


def test_a_job_host_migrating_what_the_api_migrates_too_is_a_backend(tmp_path: Path) -> None:
    # Session 34: the schema is not its to own, but it registers the context itself and its
    # jobs write it (`worker_stores`): a backend all the same.
    found = by_folder(write(tmp_path, _tree(_SCHEDULER_STARTUP, _API_MIGRATING)))
    assert set(found) == {"src/Shop.Web", "src/Shop.Scheduler"}
