"""ASP.NET Core projects of one solution that are no backend (held-out set 59, #19): a worker
on the Web SDK whose own code only starts a hosted service (an anti-virus scanner fed by a
queue dispatcher) mapping no endpoint but `/health`; and prototypes in a `Prototype/` folder.
A worker with a context class of its own keeps data, and stays a backend.

Session 34 (the lead's settled rule, HELDOUT.md): an outbox relay handing the solution's
context to a library's publisher registration, and a scheduled worker registering that
context itself (mapping Npgsql enums), open the database and write it: data of their own,
backends (`worker_stores`), though their only route is `/health`."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, csproj
from test_detect_projects import write

_HEALTH = (
    'var app = builder.Build();\napp.MapHealthChecks("/health").AllowAnonymous();\napp.Run();\n'
)

_API = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddDbContext<OrdersContext>(o => o.UseNpgsql(cs));\n"
    'var app = builder.Build();\napp.MapGet("/orders", () => Results.Ok());\napp.Run();\n'
)

_CONTEXT = "public class OrdersContext : DbContext\n{\n}\n"

_SCANNER = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddScoped<IScanner, Scanner>();\nbuilder.Services.AddHealthChecks();\n"
    "builder.Services.AddHostedService<DispatcherBackgroundService>();\n" + _HEALTH
)

_OUTBOX = (
    "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHealthChecks();\n"
    "builder.Services.AddOutboxSqsPublisher<OrdersContext>(builder.Configuration);\n" + _HEALTH
)

_SCHEDULED = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddSingleton(new NpgsqlDataSourceBuilder(cs).MapEnums().Build());\n"
    "builder.Services.AddDbContext<OrdersContext>((sp, o) => o.UseNpgsql(cs));\n"
    "builder.Services.AddHostedService<ReminderTimedHostedService>();\n" + _HEALTH
)

_WEB = "Microsoft.NET.Sdk.Web"


def _solution() -> dict[str, str]:
    persistence = "..\\Orders.Persistence\\Orders.Persistence.csproj"
    with_persistence = csproj("Npgsql", sdk=_WEB).replace(
        "</Project>",
        f'  <ItemGroup>\n    <ProjectReference Include="{persistence}" />\n'
        "  </ItemGroup>\n</Project>",
    )
    return {
        "Services/Orders.Persistence/Orders.Persistence.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL"
        ),
        "Services/Orders.Persistence/OrdersContext.cs": _CONTEXT,
        "Services/Orders.WebApi/Orders.WebApi.csproj": with_persistence,
        "Services/Orders.WebApi/Program.cs": _API,
        "Services/Scanner/Scanner.csproj": csproj(sdk=_WEB),
        "Services/Scanner/Program.cs": _SCANNER,
        "Services/Scanner/Scanner.cs": "public class Scanner : IScanner\n{\n}\n",
        "Services/Outbox/Outbox.csproj": with_persistence,
        "Services/Outbox/Program.cs": _OUTBOX,
        "Services/Scheduled/Scheduled.csproj": with_persistence,
        "Services/Scheduled/Program.cs": _SCHEDULED,
        "Prototype/Registry.Integration/Registry.Integration.csproj": csproj(sdk=_WEB),
        "Prototype/Registry.Integration/Program.cs": WEB_MAIN
        + 'app.MapGet("/company/{id}", (string id) => id);\napp.Run();\n',
    }


def test_background_workers_and_prototypes_are_no_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    # The scanner keeps no data; the outbox relay and the scheduled worker register the
    # persistence project's context: they keep data of their own.
    assert sorted(found) == ["Services/Orders.WebApi", "Services/Outbox", "Services/Scheduled"]


def test_workers_registering_no_context_of_the_solution_are_no_backends(tmp_path: Path) -> None:
    # Counter-case: the same workers handing their registrations a type that is no context
    # of a referenced project (a library's own options) keep no data.
    files = _solution()
    files["Services/Outbox/Program.cs"] = _OUTBOX.replace("<OrdersContext>", "<OutboxOptions>")
    files["Services/Scheduled/Program.cs"] = _SCHEDULED.replace(
        "builder.Services.AddDbContext<OrdersContext>((sp, o) => o.UseNpgsql(cs));\n", ""
    )
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["Services/Orders.WebApi"]


def test_a_worker_with_a_context_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    files = _solution()
    files["Services/Scheduled/ReminderContext.cs"] = (
        "public class ReminderContext : DbContext\n{\n}\n"
    )
    found = by_folder(write(tmp_path, files))
    assert "Services/Scheduled" in found
