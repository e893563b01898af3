"""Classic .NET Framework projects that reference ASP.NET MVC or Web API for their types but
neither IIS loads nor a listener of their own runs (#19): a client library handing out helpers,
WebJob consoles sharing models with a site. No backend; a web application project stays one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

WEB_GUIDS = "{349c5851-65df-11da-9384-00065b846f21};{fae04ec0-301f-11d3-bf4b-00c04f79efbc}"


def classic(name: str, output: str, packages: list[str], extra: str = "") -> str:
    """An old-style project file referencing `packages`' assemblies through `<HintPath>`s."""
    references = "".join(
        f'    <Reference Include="{p}, Version=5.2.3.0, Culture=neutral">\n'
        f"      <HintPath>..\\packages\\{p}.5.2.3\\lib\\net45\\{p}.dll</HintPath>\n"
        "    </Reference>\n"
        for p in packages
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
        "  <PropertyGroup>\n"
        f"    <OutputType>{output}</OutputType>\n"
        f"    <RootNamespace>{name}</RootNamespace>\n"
        "    <TargetFrameworkVersion>v4.6.2</TargetFrameworkVersion>\n"
        f"{extra}"
        "  </PropertyGroup>\n"
        f"  <ItemGroup>\n{references}  </ItemGroup>\n"
        '  <ItemGroup>\n    <Compile Include="Program.cs" />\n  </ItemGroup>\n'
        "</Project>\n"
    )


def packages_config(packages: list[str]) -> str:
    rows = "".join(
        f'  <package id="{p}" version="5.2.3" targetFramework="net462" />\n' for p in packages
    )
    return f'<?xml version="1.0" encoding="utf-8"?>\n<packages>\n{rows}</packages>\n'


CLIENT = ["Microsoft.AspNet.Mvc", "Microsoft.AspNet.WebApi.Client", "Microsoft.AspNet.WebApi.Core"]
JOB = ["Microsoft.AspNet.WebApi.Core", "Microsoft.Azure.WebJobs", "StackExchange.Redis"]
BENCH = ["EntityFramework"]


def nonweb_files() -> dict[str, str]:
    return {
        "src/Acme.Activities.Client/Acme.Activities.Client.csproj": classic(
            "Acme.Activities.Client", "Library", CLIENT
        ),
        "src/Acme.Activities.Client/packages.config": packages_config(CLIENT),
        "src/Acme.Activities.Client/HtmlHelperExtensions.cs": (
            "using System.Web.Mvc;\nnamespace Acme.Activities.Client\n{\n"
            "    public static class HtmlHelperExtensions { }\n}\n"
        ),
        "src/Acme.Activities.Handlers/Acme.Activities.Handlers.csproj": classic(
            "Acme.Activities.Handlers", "Exe", JOB
        ),
        "src/Acme.Activities.Handlers/packages.config": packages_config(JOB),
        "src/Acme.Activities.Handlers/Program.cs": (
            "using Microsoft.Azure.WebJobs;\nnamespace Acme.Activities.Handlers\n{\n"
            "    class Program { static void Main() { new JobHost().RunAndBlock(); } }\n}\n"
        ),
        "src/Bench/Bench.csproj": classic("Bench", "Exe", BENCH),
        "src/Bench/packages.config": packages_config(BENCH),
        "src/Bench/Program.cs": (
            "using System.Data.Entity;\nnamespace Bench\n{\n"
            "    class Program { static void Main() { } }\n}\n"
        ),
    }


def test_library_and_consoles_referencing_web_api_are_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, nonweb_files())) == {}


def test_web_application_project_beside_them_stays_the_backend(tmp_path: Path) -> None:
    api = ["Microsoft.AspNet.WebApi.Core", "Microsoft.AspNet.WebApi.WebHost", "EntityFramework"]
    files = nonweb_files() | {
        "src/Acme.Api/Acme.Api.csproj": classic(
            "Acme.Api", "Library", api, f"    <ProjectTypeGuids>{WEB_GUIDS}</ProjectTypeGuids>\n"
        ),
        "src/Acme.Api/packages.config": packages_config(api),
        "src/Acme.Api/Web.config": "<configuration />\n",
        "src/Acme.Api/Controllers/ActivitiesController.cs": (
            "using System.Web.Http;\nnamespace Acme.Api.Controllers\n{\n"
            "    public class ActivitiesController : ApiController\n"
            "    {\n        public IHttpActionResult Get() { return Ok(); }\n    }\n}\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/Acme.Api"]


def test_console_self_hosting_web_api_stays_a_backend(tmp_path: Path) -> None:
    hosted = [
        "Microsoft.AspNet.WebApi.Core",
        "Microsoft.Owin.Hosting",
        "Microsoft.Owin.Host.HttpListener",
    ]
    files = {
        "src/Acme.Host/Acme.Host.csproj": classic("Acme.Host", "Exe", hosted),
        "src/Acme.Host/packages.config": packages_config(hosted),
        "src/Acme.Host/Program.cs": (
            "using Microsoft.Owin.Hosting;\nnamespace Acme.Host\n{\n    class Program\n    {\n"
            '        static void Main() { using (WebApp.Start<Startup>("http://+:9000/")) { } }\n'
            "    }\n}\n"
        ),
        "src/Acme.Host/ItemsController.cs": (
            "using System.Web.Http;\nnamespace Acme.Host\n{\n"
            "    public class ItemsController : ApiController { }\n}\n"
        ),
    }
    assert list(by_folder(write(tmp_path, files))) == ["src/Acme.Host"]
