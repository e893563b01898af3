"""Held-out set 210 (#19): a .NET solution's provider `switch` and a console job shell.

- A scheduler API and its worker pick their EF Core provider in a `switch` over a database type
  they read at start, `case "PostgreSql":` → `UseNpgsql`, `default:` → `UseSqlServer`, in a
  helper deep in the project (beyond the files the walk samples): SQL Server is the program's
  own default, PostgreSQL a supported alternative (`dotnet_switch_defaults`). A switch whose
  default section calls no provider chooses nothing.
- A console project builds a `WebApplication` only to take its service provider and runs a
  job with it, never running the application: no backend (`dotnet_unrun_hosts`). One that runs
  the application it builds stays one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = "Microsoft.NET.Sdk.Web"

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
var dbType = builder.Configuration["DbType"] ?? "";
builder.Services.AddDbContext<SchedulerDbContext>(o => o.UseDbSql(dbType));
var app = builder.Build();
app.MapGet("/api/jobs", () => Results.Ok());
app.Run();
"""

_SWITCH = """namespace Acme.Scheduler.Api.Infrastructure.Extensions;

public static class DbContextBuilderExtensions
{
    public static DbContextOptionsBuilder UseDbSql(
        this DbContextOptionsBuilder builder, string dbType)
    {
        switch (dbType)
        {
            case "PostgreSql":
                builder.UseNpgsql(b => b.MigrationsAssembly("Acme.Scheduler.PostgreSql"));
                break;
            default:
                builder.UseSqlServer(b => b.MigrationsAssembly("Acme.Scheduler.SqlServer"));
                break;
        }
        return builder;
    }
}
"""

_NO_DEFAULT_PROVIDER = """public static class DbContextBuilderExtensions
{
    public static DbContextOptionsBuilder UseDbSql(
        this DbContextOptionsBuilder builder, string dbType)
    {
        switch (dbType)
        {
            case "PostgreSql":
                builder.UseNpgsql();
                break;
            case "SqlServer":
                builder.UseSqlServer();
                break;
            default:
                throw new NotSupportedException(dbType);
        }
        return builder;
    }
}
"""

_SHELL = """var builder = WebApplication.CreateBuilder();
var cmd = args.ToShellCommand();
builder.Services.AddHttpClient();
var app = builder.Build();
await ShellHelper.Execute(app.Services, cmd);
"""


def _api(helper: str) -> dict[str, str]:
    files = {
        "src/Api/Api.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql.EntityFrameworkCore.PostgreSQL",
            sdk=_WEB,
        ),
        "src/Api/Program.cs": _PROGRAM,
        "src/Api/Infrastructure/Extensions/Deep/Er/DbContextBuilderExtensions.cs": helper,
        "src/Api/Infrastructure/SchedulerDbContext.cs": (
            "public class SchedulerDbContext : DbContext\n{\n"
            "    public SchedulerDbContext(DbContextOptions<SchedulerDbContext> o)\n"
            "        : base(o) {}\n}\n"
        ),
    }
    # Many shallow files, so that the walk's sample of the project leaves the helper out.
    for index in range(30):
        files[f"src/Api/Model{index}.cs"] = f"public record Model{index}(int Id);\n"
    return files


def test_a_switch_default_provider_is_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _api(_SWITCH)))
    assert first(found["src/Api"], K.DATABASE)[0] == "SQL Server"


def test_the_default_section_decides_either_way(tmp_path: Path) -> None:
    # The same switch with its engines swapped: the default is PostgreSQL.
    swapped = (
        _SWITCH.replace("UseNpgsql", "USE_A").replace("UseSqlServer", "UseNpgsql")
        .replace("USE_A", "UseSqlServer").replace('"PostgreSql"', '"SqlServer"')
    )
    found = by_folder(write(tmp_path, _api(swapped)))
    assert first(found["src/Api"], K.DATABASE)[0] == "PostgreSQL"


def test_a_switch_whose_default_throws_chooses_nothing(tmp_path: Path) -> None:
    # Counter-case: the default section calls no provider, so no engine is the program's own
    # default: the engines read as without the switch's default rule (the two drivers' tie).
    found = by_folder(write(tmp_path / "throws", _api(_NO_DEFAULT_PROVIDER)))
    cases_only = _NO_DEFAULT_PROVIDER.replace(
        "            default:\n                throw new NotSupportedException(dbType);\n", ""
    )
    plain = by_folder(write(tmp_path / "plain", _api(cases_only)))
    assert first(found["src/Api"], K.DATABASE) == first(plain["src/Api"], K.DATABASE)
    assert [f.name for f in found["src/Api"].findings if f.kind is K.DATABASE] == [
        f.name for f in plain["src/Api"].findings if f.kind is K.DATABASE
    ]


def _shell(program: str) -> dict[str, str]:
    files = _api(_SWITCH)
    files["src/Shells/JobShell/JobShell.csproj"] = csproj(
        "Microsoft.EntityFrameworkCore.SqlServer"
    ).replace("<PropertyGroup>\n", "<PropertyGroup>\n    <OutputType>Exe</OutputType>\n")
    files["src/Shells/JobShell/Program.cs"] = program
    files["src/Shells/JobShell/ShellHelper.cs"] = (
        "public static class ShellHelper\n{\n"
        "    public static Task Execute(IServiceProvider services, string cmd) =>\n"
        "        Task.CompletedTask;\n"
        "}\n"
    )
    return files


def test_a_built_but_never_run_web_application_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _shell(_SHELL)))
    assert "src/Shells/JobShell" not in found
    assert "src/Api" in found


def test_a_web_application_that_runs_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the same shell maps a route and runs the application.
    program = _SHELL.replace(
        "await ShellHelper.Execute(app.Services, cmd);\n",
        'app.MapPost("/run", () => ShellHelper.Execute(app.Services, cmd));\napp.Run();\n',
    )
    found = by_folder(write(tmp_path, _shell(program)))
    assert "src/Shells/JobShell" in found
