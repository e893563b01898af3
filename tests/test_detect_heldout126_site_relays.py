"""Held-out set 126 (#19): an ASP.NET Core MVC site over the product's APIs whose only API
controllers hand its own pages the JSON of their charts is a UI, and a tree whose server code is
otherwise Azure Functions then has no backend (HELDOUT.md, settled in session 34).

The shape: the site (Sdk.Web) registers views (`AddControllersWithViews`), posts its forms to
the product's APIs through typed HTTP clients (`AddHttpClient<ISchoolApi, SchoolApi>`), keeps
its sessions in a distributed cache, and holds `[ApiController]`s deriving from MVC's
`Controller` whose routes are all GETs relaying the APIs' data to the browser code of its pages
(a BFF): `dotnet_sites` reads such controllers as the UI's own calls. The APIs are Azure
Functions apps (`AzureFunctionsVersion`) sharing a middleware library on ASP.NET Core's shared
framework (`FrameworkReference`, no entry point) and a Dapper library on SQL Server: the
middleware library is those functions' code (`monorepo._ui_libraries`), and with the site set
aside as a UI beside cloud functions, no library or job is guessed to be a backend.

Counter-cases: the same site whose API controller takes a POST, or derives from
`ControllerBase`, stays a backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_SITE = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.AspNetCore.Authentication.OpenIdConnect" />\n'
    '    <PackageReference Include="Microsoft.Extensions.Caching.StackExchangeRedis" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();
builder.Services.AddHttpClient<ISchoolApi, SchoolApi>();
builder.Services.AddStackExchangeRedisCache(o => o.Configuration = "redis");
builder.Services.AddSession();
var app = builder.Build();
app.UseSession();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
app.Run();
"""

_HOME = """using Microsoft.AspNetCore.Mvc;

namespace Site.Controllers;

public class SchoolController(ISchoolApi api) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string id) => View(await api.GetAsync(id));

    [HttpPost]
    public async Task<IActionResult> Plan(string id, PlanForm form)
    {
        await api.PostPlanAsync(id, form);
        return RedirectToAction("Index");
    }
}
"""

_CLIENT = """namespace Site.Infrastructure;

public class SchoolApi(HttpClient httpClient) : ISchoolApi
{
    public Task<string> GetAsync(string id) => httpClient.GetStringAsync($"api/school/{id}");
}
"""

_RELAY = """using Microsoft.AspNetCore.Mvc;

namespace Site.Controllers.Api;

[ApiController]
[Route("api/income")]
public class IncomeProxyController(
    ILogger<IncomeProxyController> logger,
    ISchoolApi schoolApi) : {base}
{{
    [{verb}]
    [Produces("application/json")]
    [Route("history")]
    public async Task<IActionResult> History([FromQuery] string id)
    {{
        return new JsonResult(await schoolApi.GetAsync(id));
    }}
}}
"""

_VIEW = "@model string\n<h1>@Model</h1>\n"

_MIDDLEWARE = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n'
    '    <PackageReference Include="Microsoft.Azure.Functions.Worker.Core" />\n'
    '    <PackageReference Include="Microsoft.Data.SqlClient" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_SQL = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Dapper" />\n'
    '    <PackageReference Include="Microsoft.Data.SqlClient" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_FUNCTIONS = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n"
    "    <AzureFunctionsVersion>v4</AzureFunctionsVersion>\n"
    "    <OutputType>Exe</OutputType>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.Azure.Functions.Worker" />\n'
    '    <PackageReference Include="Microsoft.Azure.Functions.Worker.Sdk" />\n'
    '    <PackageReference Include="Microsoft.Azure.Functions.Worker.Extensions.Http" />\n'
    '    <ProjectReference Include="..\\..\\abstractions\\Platform.Functions\\'
    'Platform.Functions.csproj" />\n'
    '    <ProjectReference Include="..\\..\\abstractions\\Platform.Sql\\Platform.Sql.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_FUNCTION = """using Microsoft.Azure.Functions.Worker;

namespace Platform.Api.School;

public class GetSchoolFunction
{
    [Function("GetSchool")]
    public Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Admin, "get")] HttpRequestData req)
        => throw new NotImplementedException();
}
"""


def _tree(base: str = "Controller", verb: str = "HttpGet") -> dict[str, str]:
    return {
        "web/src/Site/Site.csproj": _SITE,
        "web/src/Site/Program.cs": _PROGRAM,
        "web/src/Site/Controllers/SchoolController.cs": _HOME,
        "web/src/Site/Controllers/Api/IncomeProxyController.cs": _RELAY.format(
            base=base, verb=verb
        ),
        "web/src/Site/Infrastructure/SchoolApi.cs": _CLIENT,
        "web/src/Site/Views/School/Index.cshtml": _VIEW,
        "platform/src/abstractions/Platform.Functions/Platform.Functions.csproj": _MIDDLEWARE,
        "platform/src/abstractions/Platform.Functions/Middleware/Errors.cs": (
            "using Microsoft.Data.SqlClient;\n\nnamespace Platform.Functions;\n\n"
            "public class ErrorsMiddleware { }\n"
        ),
        "platform/src/abstractions/Platform.Sql/Platform.Sql.csproj": _SQL,
        "platform/src/abstractions/Platform.Sql/DatabaseFactory.cs": (
            "using Dapper;\nusing Microsoft.Data.SqlClient;\n\nnamespace Platform.Sql;\n\n"
            "public class DatabaseFactory\n{\n"
            "    public SqlConnection Create(string c) => new SqlConnection(c);\n}\n"
        ),
        "platform/src/apis/Platform.Api.School/Platform.Api.School.csproj": _FUNCTIONS,
        "platform/src/apis/Platform.Api.School/GetSchoolFunction.cs": _FUNCTION,
        "platform/src/apis/Platform.Api.School/host.json": '{ "version": "2.0" }\n',
    }


def test_a_site_relaying_reads_to_its_pages_beside_functions_has_no_backend(
    tmp_path: Path,
) -> None:
    assert by_folder(write(tmp_path, _tree())) == {}


def test_a_site_whose_api_controller_takes_a_post_stays_a_backend(tmp_path: Path) -> None:
    assert "web/src/Site" in by_folder(write(tmp_path, _tree(verb="HttpPost")))


def test_a_site_whose_api_controller_is_a_controller_base_stays_a_backend(
    tmp_path: Path,
) -> None:
    assert "web/src/Site" in by_folder(write(tmp_path, _tree(base="ControllerBase")))
