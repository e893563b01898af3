"""A .NET tracing or profiling instrumentation is no data layer (set 142, #19).

Solution templates add the whole OpenTelemetry family to every web project of a solution:
`OpenTelemetry.Instrumentation.EntityFrameworkCore` sits beside `...AspNetCore` and `...Http`
in a Razor Pages front that reaches its data only through the product's API (a typed
`HttpClient`). The package watches EF Core calls where some project of the process makes
them; it neither makes the front keep data nor names its layer, so the front stays a UI
(HELDOUT.md "Not backends: UIs") and the API keeps its own EF Core."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.detect.ecosystems import dotnet
from designer.model.stack import FindingKind as K

_WEB = "Microsoft.NET.Sdk.Web"

_API_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllers();\n"
    "builder.Services.AddDbContext<AppDbContext>(options =>\n"
    '    options.UseSqlServer(builder.Configuration.GetConnectionString("DefaultConnection")));\n'
    "var app = builder.Build();\n"
    "app.MapControllers();\n"
    "app.Run();\n"
)
_API_CONTROLLER = (
    "[ApiController]\n"
    '[Route("api/questionnaires")]\n'
    "public class QuestionnaireController(AppDbContext db) : ControllerBase\n{\n"
    "    [HttpPost]\n"
    "    public async Task<IActionResult> Create(Questionnaire q)\n    {\n"
    "        db.Questionnaires.Add(q);\n        await db.SaveChangesAsync();\n"
    "        return Ok();\n    }\n}\n"
)
_FRONT_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddOpenTelemetry()\n"
    "    .WithTracing(t => t.AddAspNetCoreInstrumentation()\n"
    "        .AddEntityFrameworkCoreInstrumentation()\n"
    "        .AddHttpClientInstrumentation());\n"
    "builder.Services.AddHttpClient<IApiClient, ApiClient>(client =>\n"
    '    client.BaseAddress = new Uri(builder.Configuration["ApiSettings:BaseUrl"]));\n'
    "{db}"
    "builder.Services.AddRazorPages();\n"
    "var app = builder.Build();\n"
    "app.MapRazorPages();\n"
    "app.Run();\n"
)
_FRONT_PAGE = (
    "public class QuestionnaireNextModel(IApiClient apiClient) : PageModel\n{\n"
    "    [BindProperty] public NextStateRequest Request { get; set; } = new();\n\n"
    "    public async Task<IActionResult> OnPost()\n    {\n"
    "        var destination = await apiClient.GetNextState(Request);\n"
    "        return RedirectToPage(destination);\n    }\n}\n"
)
_TELEMETRY = (
    "OpenTelemetry.Extensions.Hosting",
    "OpenTelemetry.Instrumentation.AspNetCore",
    "OpenTelemetry.Instrumentation.EntityFrameworkCore",
    "OpenTelemetry.Instrumentation.Http",
)


def _solution(front_packages: tuple[str, ...], front_db: str = "") -> dict[str, str]:
    return {
        "src/Api/Api.csproj": csproj(
            "Microsoft.EntityFrameworkCore",
            "Microsoft.EntityFrameworkCore.SqlServer",
            "OpenTelemetry.Instrumentation.EntityFrameworkCore",
            sdk=_WEB,
        ),
        "src/Api/Program.cs": _API_PROGRAM,
        "src/Api/Controllers/QuestionnaireController.cs": _API_CONTROLLER,
        "src/Front/Front.csproj": csproj(*front_packages, sdk=_WEB),
        "src/Front/Program.cs": _FRONT_PROGRAM.replace("{db}", front_db),
        "src/Front/Pages/QuestionnaireNext.cshtml.cs": _FRONT_PAGE,
        "src/Front/Pages/QuestionnaireNext.cshtml": "@page\n@model QuestionnaireNextModel\n",
    }


def test_an_instrumentation_package_names_no_data_layer() -> None:
    for package in (
        "OpenTelemetry.Instrumentation.EntityFrameworkCore",
        "OpenTelemetry.Instrumentation.SqlClient",
        "OpenTelemetry.Instrumentation.StackExchangeRedis",
        "MiniProfiler.EntityFrameworkCore",
    ):
        assert dotnet.classify(package) == (), package


def test_ef_core_and_its_integrations_still_name_it() -> None:
    # Counter-case: EF Core's own packages, a provider and a third party's integration.
    for package in (
        "Microsoft.EntityFrameworkCore",
        "Npgsql.EntityFrameworkCore.PostgreSQL",
        "Microsoft.AspNetCore.Identity.EntityFrameworkCore",
        "Pgvector.EntityFrameworkCore",
    ):
        assert (K.ORM, "EF Core") in dotnet.classify(package), package


def test_a_razor_front_with_only_the_instrumentation_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution(_TELEMETRY)))
    assert set(found) == {"src/Api"}
    assert first(found["src/Api"], K.ORM)[0] == "EF Core"
    assert first(found["src/Api"], K.DATABASE)[0] == "SQL Server"


def test_a_front_registering_its_own_context_keeps_ef_core(tmp_path: Path) -> None:
    # Counter-case: the front registers a DbContext of its own and references EF Core's
    # provider: the instrumentation beside it changes nothing of that.
    db = (
        "builder.Services.AddDbContext<FrontDbContext>(options =>\n"
        '    options.UseSqlServer(builder.Configuration.GetConnectionString("Front")));\n'
    )
    packages = (*_TELEMETRY, "Microsoft.EntityFrameworkCore.SqlServer")
    found = by_folder(write(tmp_path, _solution(packages, db)))
    assert "src/Front" in found
    assert first(found["src/Front"], K.ORM)[0] == "EF Core"
