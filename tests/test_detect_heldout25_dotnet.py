"""Generic .NET gaps blind held-out sets 64 and 66 showed (benchmarks/detect_heldout64.yaml,
detect_heldout66.yaml), each as a small fixture of the real files' shape (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PROGRAM = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n"

_PIPELINE = ".build/Pipeline/Content/Pipeline.Settings.App.props"


def _importing(props: str, *packages: str) -> str:
    """A Web SDK project importing `props` (a Windows path) by hand, with no target framework
    of its own."""
    items = "\n".join(f'    <PackageReference Include="{p}" />' for p in packages)
    return (
        '<Project Sdk="Microsoft.NET.Sdk.Web">\n'
        f'  <Import Project="{props}" />\n'
        f"  <ItemGroup>\n{items}\n  </ItemGroup>\n</Project>\n"
    )


def test_target_framework_from_a_props_file_in_a_hidden_folder(tmp_path: Path) -> None:
    """building-registry: every host imports the build pipeline's settings, restored into a
    hidden `.build/` folder and committed there, which alone sets `net10.0`."""
    files = {
        _PIPELINE: (
            "<Project>\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n"
            "  </PropertyGroup>\n</Project>\n"
        ),
        "src/Api/Api.csproj": _importing(
            "..\\..\\.build\\Pipeline\\Content\\Pipeline.Settings.App.props",
            "Microsoft.EntityFrameworkCore.SqlServer",
        ),
        "src/Api/Program.cs": PROGRAM,
    }
    backend = by_folder(write(tmp_path, files))["src/Api"]
    assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "10.0")
    assert backend.language_version == "net10.0"


def test_an_imported_props_file_out_of_the_tree_is_not_read(tmp_path: Path) -> None:
    """An import climbing above the scanned folder names nothing of this project's."""
    outside = tmp_path / "Shared.props"
    outside.write_text(
        "<Project>\n  <PropertyGroup>\n    <TargetFramework>net6.0</TargetFramework>\n"
        "  </PropertyGroup>\n</Project>\n"
    )
    files = {
        "Api/Api.csproj": _importing("..\\..\\Shared.props"),
        "Api/Program.cs": PROGRAM,
    }
    backend = by_folder(write(tmp_path / "repo", files))["Api"]
    assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "")



def test_a_web_project_named_as_another_services_mock_is_no_backend(tmp_path: Path) -> None:
    """exchange-set-service: beside the API, a Web SDK project `CatalogueServicesMock.API`
    stands in for the services the API calls while it is tested (its own folder and solution,
    named `…Mock.API`)."""
    mock = "CatalogueServicesMock.API/CatalogueServicesMock.API"
    files = {
        "ExchangeSet.API/ExchangeSet.API/ExchangeSet.API.csproj": csproj(
            "Azure.Data.Tables", sdk="Microsoft.NET.Sdk.Web"
        ),
        "ExchangeSet.API/ExchangeSet.API/Program.cs": PROGRAM,
        f"{mock}/CatalogueServicesMock.API.csproj": csproj(
            "Microsoft.AspNetCore.HeaderPropagation", sdk="Microsoft.NET.Sdk.Web"
        ),
        f"{mock}/Program.cs": PROGRAM,
    }
    assert list(by_folder(write(tmp_path, files))) == ["ExchangeSet.API/ExchangeSet.API"]


def test_a_word_ending_in_mock_letters_is_no_double(tmp_path: Path) -> None:
    """Only a whole word names a double: `Hammock.Api` is a service of its own."""
    files = {
        "Hammock.Api/Hammock.Api.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        "Hammock.Api/Program.cs": PROGRAM,
        "Orders.Api/Orders.Api.csproj": csproj(sdk="Microsoft.NET.Sdk.Web"),
        "Orders.Api/Program.cs": PROGRAM,
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["Hammock.Api", "Orders.Api"]


_PRODUCER_PROGRAM = (
    "public class Program\n{\n    public static async Task Main(string[] args)\n    {\n"
    "        var host = new HostBuilder()\n"
    "            .ConfigureWebHostDefaults(b => b.UseStartup<Startup>().UseKestrel())\n"
    "            .Build();\n        await host.RunAsync();\n    }\n}\n"
)
_PRODUCER_STARTUP = (
    "public class Startup\n{\n    public void Configure(IApplicationBuilder app)\n    {\n"
    "        app.UseRouting();\n        app.UseHealthChecks(\"/health\");\n"
    "        app.UseProjectorEndpoints(baseUri);\n    }\n}\n"
)


def test_a_worker_keeping_its_own_context_on_a_librarys_base_is_a_backend(
    tmp_path: Path,
) -> None:
    """building-registry's Kafka producers: Web SDK hosts whose own code starts a
    `BackgroundService` and serves health and a library's projector routes, keeping their state
    in a context class of their own that derives from the projection runner's
    `RunnerDbContext<T>`: data of their own, so a backend (a worker keeping none is not)."""
    files = {
        "src/Api/Api.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web"
        ),
        "src/Api/Program.cs": PROGRAM.replace("app.Run", 'app.MapGet("/", () => "");\napp.Run'),
        "src/Producer/Producer.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web"
        ),
        "src/Producer/Infrastructure/Program.cs": _PRODUCER_PROGRAM,
        "src/Producer/Infrastructure/Startup.cs": _PRODUCER_STARTUP,
        "src/Producer/BuildingProducer.cs": (
            "public class BuildingProducer : BackgroundService\n{\n}\n"
        ),
        "src/Producer/ProducerContext.cs": (
            "public class ProducerContext : RunnerDbContext<ProducerContext>\n{\n}\n"
        ),
    }
    backend = by_folder(write(tmp_path, files)).get("src/Producer")
    assert backend is not None
    assert first(backend, K.ORM)[0] == "EF Core"
    del files["src/Producer/ProducerContext.cs"]
    assert list(by_folder(write(tmp_path / "bare", files))) == ["src/Api"]


def test_a_console_runner_whose_web_startup_is_commented_out_is_no_backend(
    tmp_path: Path,
) -> None:
    """building-registry's LastChangedList.Console: a Web SDK project whose `Main` builds a
    generic host running a `BackgroundService`, its web host and the whole `Startup` (health,
    endpoints) commented out; its context lives in a library; it ships as an image of its own.
    Commented code serves nothing."""
    commented = "".join(f"// {line}\n" for line in _PRODUCER_STARTUP.replace(
        "app.UseProjectorEndpoints(baseUri);", "app.UseEndpoints(e => e.MapGet(\"v1\", h));"
    ).splitlines())
    files = {
        "src/Api/Api.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web"
        ),
        "src/Api/Program.cs": PROGRAM.replace("app.Run", 'app.MapGet("/", () => "");\napp.Run'),
        "src/Runner/Runner.csproj": csproj("Dapper", sdk="Microsoft.NET.Sdk.Web"),
        "src/Runner/Infrastructure/Program.cs": (
            "public class Program\n{\n    public static async Task Main(string[] args)\n"
            "    {\n        var host = new HostBuilder()\n"
            "            // .ConfigureWebHostDefaults(b => b.UseStartup<Startup>())\n"
            "            .UseConsoleLifetime()\n            .Build();\n"
            "        await host.RunAsync();\n    }\n}\n"
        ),
        "src/Runner/Infrastructure/Startup.cs": commented,
        "src/Runner/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n",
        "src/Runner/ProjectionRunner.cs": (
            "public class ProjectionRunner : BackgroundService\n{\n}\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/Api"]


def _project(*references: str, packages: tuple[str, ...] = (), sdk: str = "Microsoft.NET.Sdk",
             test: bool = False) -> str:
    """A project file referencing the projects named (under `src/`, Windows paths)."""
    refs = "\n".join(
        f'    <ProjectReference Include="..\\..\\src\\{r}\\{r}.csproj" />' for r in references
    )
    items = "\n".join(f'    <PackageReference Include="{p}" />' for p in packages)
    marker = "    <IsTestProject>true</IsTestProject>\n" if test else ""
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n{marker}  </PropertyGroup>\n'
        f"  <ItemGroup>\n{refs}\n{items}\n  </ItemGroup>\n</Project>\n"
    )


def _hosts(test_references: tuple[str, ...]) -> dict[str, str]:
    web = "Microsoft.NET.Sdk.Web"
    files = {
        "src/Domain/Domain.csproj": _project(),
        "src/Projections.Extract/Projections.Extract.csproj": _project("Domain"),
        "src/Projections.Legacy/Projections.Legacy.csproj": _project("Domain"),
        "src/Api/Api.csproj": _project("Domain", packages=("Dapper",), sdk=web),
        "src/Extract/Extract.csproj": _project("Projections.Extract", sdk=web),
        "src/Projector/Projector.csproj": _project(
            "Projections.Extract", "Projections.Legacy", sdk=web
        ),
        "test/App.Tests/App.Tests.csproj": _project(
            *test_references, packages=("xunit", "Microsoft.NET.Test.Sdk"), test=True
        ),
        "test/App.Tests/ApiTests.cs": "using Xunit;\n\npublic class ApiTests { }\n",
    }
    for host in ("Api", "Extract", "Projector"):
        files[f"src/{host}/Program.cs"] = PROGRAM.replace(
            "app.Run", 'app.MapGet("/", () => "");\napp.Run'
        )
    return files


def test_a_test_project_tests_the_services_of_the_libraries_it_references(
    tmp_path: Path,
) -> None:
    """building-registry: the solution's one test project references two APIs and the
    projection libraries the extract API and the projector host are built on, which neither
    API reaches: it tests those hosts too."""
    files = _hosts(("Api", "Domain", "Projections.Extract", "Projections.Legacy"))
    backends = by_folder(write(tmp_path, files))
    assert sorted(backends) == ["src/Api", "src/Extract", "src/Projector"]
    assert {first(b, K.TEST)[0] for b in backends.values()} == {"xUnit"}


def test_a_library_the_tested_service_reaches_says_nothing_more(tmp_path: Path) -> None:
    """The test project references the API and the domain every host reaches: the API's."""
    backends = by_folder(write(tmp_path, _hosts(("Api", "Domain"))))
    assert first(backends["src/Api"], K.TEST)[0] == "xUnit"
    assert first(backends["src/Extract"], K.TEST) == ("", "")
    assert first(backends["src/Projector"], K.TEST) == ("", "")
