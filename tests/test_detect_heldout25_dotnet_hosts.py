""".NET host shapes of the blind held-out sets 68 and 69 (#19), each as a small fixture of the
real files' shape: an OS-specific target framework (`net10.0-windows7.0`); a plain executable
hosting ASP.NET Core through another vendor's integration package; the EF Core provider a
context is registered with, before an ADO.NET SQLite provider kept for file exports; several
Web SDK hosts compiling one shared source folder; a Razor Pages site in front of the API."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project(packages: str = "", sdk: str = "Microsoft.NET.Sdk.Web", target: str = "net8.0",
             extra: str = "") -> str:
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        f"    <TargetFramework>{target}</TargetFramework>\n{extra}  </PropertyGroup>\n"
        f"  <ItemGroup>\n{packages}  </ItemGroup>\n</Project>\n"
    )


def _package(name: str, version: str) -> str:
    return f'    <PackageReference Include="{name}" Version="{version}" />\n'


_HOST = (
    "public class Program {\n  public static void Main(string[] args) =>\n"
    "    Host.CreateDefaultBuilder(args)\n"
    "      .ConfigureWebHostDefaults(b => b.UseStartup<Startup>()).Build().Run();\n}\n"
)

_STARTUP_SQLSERVER = (
    "public class Startup {\n  public void ConfigureServices(IServiceCollection services) {\n"
    "    services.AddDbContextPool<MuseumDbContext>(\n"
    "        options => options.UseSqlServer(\n"
    '            Configuration.GetConnectionString("DefaultConnection")));\n'
    "    services.AddControllers();\n  }\n}\n"
)


def test_an_os_specific_target_runs_its_shared_framework(tmp_path: Path) -> None:
    """GanjoorService: RMuseum.csproj on the Web SDK targets net10.0-windows7.0."""
    files = {
        "Api/Api.csproj": _project(target="net10.0-windows7.0"),
        "Api/Program.cs": _HOST,
        "Api/Controllers/PoemController.cs": "[ApiController]\npublic class PoemController {}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["Api"], K.FRAMEWORK) == ("ASP.NET Core", "10.0")


def test_a_plain_executable_hosting_aspnet_core_through_an_integration(tmp_path: Path) -> None:
    """miningcore: Microsoft.NET.Sdk, OutputType Exe, net6.0, NSwag.AspNetCore referenced;
    Program.cs builds the host with `ConfigureWebHost(… UseKestrel())`."""
    packages = _package("NSwag.AspNetCore", "13.17.0") + _package("Dapper", "2.0.123") + (
        _package("Npgsql", "6.0.7")
    )
    program = (
        "var hostBuilder = new HostBuilder();\n"
        "hostBuilder.ConfigureWebHost(builder => builder.UseKestrel());\n"
    )
    files = {
        "src/Pool/Pool.csproj": _project(
            packages, sdk="Microsoft.NET.Sdk", target="net6.0",
            extra="    <OutputType>Exe</OutputType>\n",
        ),
        "src/Pool/Program.cs": program,
    }
    found = by_folder(write(tmp_path, files))
    assert not found["src/Pool"].ambiguous
    assert first(found["src/Pool"], K.FRAMEWORK) == ("ASP.NET Core", "6.0")


def test_an_integration_package_alone_makes_no_backend(tmp_path: Path) -> None:
    """A console tool referencing an ASP.NET Core integration but starting no web host."""
    files = {
        "Tool/Tool.csproj": _project(
            _package("Serilog.AspNetCore", "8.0.0"), sdk="Microsoft.NET.Sdk",
            extra="    <OutputType>Exe</OutputType>\n",
        ),
        "Tool/Program.cs": 'Console.WriteLine("hello");\n',
    }
    assert by_folder(write(tmp_path, files)) == {}


def test_the_provider_a_context_is_registered_with_outranks_an_export_driver(
    tmp_path: Path,
) -> None:
    """GanjoorService: EF Core lent by a package, `AddDbContextPool<…>(options =>
    options.UseSqlServer(…))`, beside Microsoft.Data.Sqlite used to export SQLite files."""
    files = {
        "Api/Api.csproj": _project(_package("Microsoft.Data.Sqlite", "10.0.10")),
        "Api/Program.cs": _HOST,
        "Api/Startup.cs": _STARTUP_SQLSERVER,
        "Api/Services/Export.cs": (
            "using Microsoft.Data.Sqlite;\n"
            "class Export { void Run() { using var c = new SqliteConnection(cs); } }\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["Api"]
    assert first(backend, K.DATABASE)[0] == "SQL Server"


def test_hosts_compiling_one_shared_source_folder_are_each_a_backend(tmp_path: Path) -> None:
    """spark: Applications/Spark.Web.{R4,R5} each a Web SDK project compiling
    `..\\Spark.Web.Shared\\**\\*.cs` (Program, Startup, controllers), no project of its own
    there, and referencing the MongoDB store library."""
    shared = (
        '    <Compile Include="..\\Web.Shared\\**\\*.cs" Link="%(RecursiveDir)%(Filename)" />\n'
    )
    store = '    <ProjectReference Include="..\\..\\Libraries\\Store\\Store.csproj" />\n'
    files = {
        "Directory.Build.props": "<Project>\n  <PropertyGroup>\n  </PropertyGroup>\n</Project>\n",
        "Applications/Web.R4/Web.R4.csproj": _project(shared + store, target="net10.0"),
        "Applications/Web.R5/Web.R5.csproj": _project(shared + store, target="net10.0"),
        "Applications/Web.Shared/Program.cs": _HOST,
        "Applications/Web.Shared/Controllers/FhirController.cs": (
            "[ApiController]\npublic class FhirController {}\n"
        ),
        "Libraries/Store/Store.csproj": _project(
            _package("MongoDB.Driver", "3.9.0"), sdk="Microsoft.NET.Sdk", target="net10.0"
        ),
        "Libraries/Store/MongoStore.cs": "using MongoDB.Driver;\nclass MongoStore {}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["Applications/Web.R4", "Applications/Web.R5"]
    for backend in found.values():
        assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "10.0")
        assert first(backend, K.DATABASE)[0] == "MongoDB"


def test_a_razor_site_posting_its_forms_to_the_api_is_no_backend(tmp_path: Path) -> None:
    """GanjooRazor: Razor Pages referencing the API project for its models; every form handler
    (`OnPostAsync`) posts through an HttpClient to the API, which keeps the data."""
    page = (
        "public class EditModel : PageModel {\n"
        "  private readonly HttpClient _httpClient;\n"
        "  public async Task<IActionResult> OnPostAsync() {\n"
        '    var response = await _httpClient.PostAsync("api/poems", content);\n'
        "    return Page();\n  }\n}\n"
    )
    files = {
        "Api/Api.csproj": _project(),
        "Api/Program.cs": _HOST,
        "Api/Startup.cs": _STARTUP_SQLSERVER,
        "Site/Site.csproj": _project(
            extra="", packages='    <ProjectReference Include="..\\Api\\Api.csproj" />\n'
        ),
        "Site/Program.cs": _HOST,
        "Site/Startup.cs": (
            "public class Startup {\n  public void ConfigureServices(IServiceCollection s) {\n"
            "    s.AddHttpClient();\n    s.AddRazorPages();\n  }\n}\n"
        ),
        "Site/Pages/Edit.cshtml.cs": page,
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["Api"]
