"""Held-out set 87 (#19): .NET Framework web applications, ASP.NET Web API 2 and the committed
base of web.config.

The real shape: a solution of old-style projects on .NET Framework 4.8.1 (packages.config, the
packages' assemblies referenced by hint paths): an ASP.NET MVC 5 site (`Admin`, Global.asax.cs
calling `AreaRegistration.RegisterAllAreas()`) and an ASP.NET Web API 2 service (`Api`,
Microsoft.AspNet.WebApi.Core's System.Web.Http, Global.asax.cs calling
`GlobalConfiguration.Configure(WebApiConfig.Register)`), both over an Entity Framework 6
data-access library. Neither commits a Web.config: each project's build writes it
(`<TransformXml Source="Web.Base.config" Transform="Web.$(Configuration).config"
Destination="Web.config" />`) from the committed Web.Base.config, whose connection string
names its provider (`providerName="System.Data.SqlClient"`: SQL Server).

The Web API service is a backend of its own, on the .NET Framework it targets; without its
start in Global.asax.cs it is a library of the solution, as an MVC project is. Beside MVC 5
(the template's API controllers in an MVC site) Web API is no framework of its own; the
HTTP client's package (Microsoft.AspNet.WebApi.Client) is none. Without the provider in the
base config no engine is read.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROJECT = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="15.0" DefaultTargets="Build" '
    'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n"
    "    <TargetFrameworkVersion>v4.8.1</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n{references}\n  </ItemGroup>\n{extra}"
    '  <Target Name="BeforeBuild">\n'
    '    <TransformXml Source="Web.Base.config" Transform="Web.$(Configuration).config" '
    'Destination="Web.config" />\n  </Target>\n</Project>\n'
)

_DATA_REFERENCE = (
    '  <ItemGroup>\n    <ProjectReference Include="..\\DataAccess\\DataAccess.csproj" />\n'
    "  </ItemGroup>\n"
)


def _reference(assembly: str, package: str) -> str:
    return (
        f'    <Reference Include="{assembly}, Version=5.2.9.0, Culture=neutral">\n'
        f"      <HintPath>..\\packages\\{package}\\lib\\net45\\{assembly}.dll</HintPath>\n"
        "    </Reference>"
    )


_EF6 = _reference("EntityFramework", "EntityFramework.6.4.4")
_MVC = _reference("System.Web.Mvc", "Microsoft.AspNet.Mvc.5.2.9")
_WEB_API = _reference("System.Web.Http", "Microsoft.AspNet.WebApi.Core.5.2.9")
_WEB_API_CLIENT = _reference("System.Net.Http.Formatting", "Microsoft.AspNet.WebApi.Client.5.2.9")


def _global_asax(namespace: str, start: str) -> str:
    return (
        f"using System.Web;\n\nnamespace {namespace}\n{{\n"
        "    public class Application : HttpApplication\n    {\n"
        f"        protected void Application_Start()\n        {{\n            {start}\n"
        "        }\n    }\n}\n"
    )


_MVC_START = "AreaRegistration.RegisterAllAreas();"
_API_START = "GlobalConfiguration.Configure(WebApiConfig.Register);"


def _base_config(provider: bool) -> str:
    attribute = ' providerName="System.Data.SqlClient"' if provider else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <connectionStrings>\n'
        f'    <add name="IncomeDb" connectionString="Your connection string here"{attribute} />\n'
        "  </connectionStrings>\n</configuration>\n"
    )


_TRANSFORM = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">\n'
    '  <connectionStrings>\n    <add name="IncomeDb" xdt:Locator="Match(name)"\n'
    '         xdt:Transform="SetAttributes(connectionString)"\n'
    '         connectionString="Your connection string here"/>\n'
    "  </connectionStrings>\n</configuration>\n"
)


def _solution(
    provider: bool = True, api_start: str = _API_START, api_refs: tuple[str, ...] = (_WEB_API,)
) -> dict[str, str]:
    files = {
        "src/App.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "src/DataAccess/DataAccess.csproj": _PROJECT.format(references=_EF6, extra=""),
        "src/DataAccess/IncomeDbContext.cs": (
            "using System.Data.Entity;\n\npublic class IncomeDbContext : DbContext { }\n"
        ),
    }
    for name, references, start in (
        ("Admin", (_MVC, _EF6), _MVC_START),
        ("Api", (*api_refs, _EF6), api_start),
    ):
        files[f"src/{name}/{name}.csproj"] = _PROJECT.format(
            references="\n".join(references), extra=_DATA_REFERENCE
        )
        files[f"src/{name}/Global.asax.cs"] = _global_asax(name, start)
        files[f"src/{name}/Web.Base.config"] = _base_config(provider)
        files[f"src/{name}/Web.Live.config"] = _TRANSFORM
    return files


def test_a_web_api_2_service_is_a_backend_on_its_net_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert sorted(found) == ["src/Admin", "src/Api"]
    assert first(found["src/Api"], K.FRAMEWORK) == ("ASP.NET Web API", "4.8.1")
    assert first(found["src/Api"], K.ORM)[0] == "Entity Framework"
    assert first(found["src/Admin"], K.FRAMEWORK) == ("ASP.NET MVC", "4.8.1")


def test_the_committed_base_config_names_the_engine(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert first(found["src/Admin"], K.DATABASE)[0] == "SQL Server"
    assert first(found["src/Api"], K.DATABASE)[0] == "SQL Server"


def test_without_the_provider_in_the_base_config_no_engine_is_read(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution(provider=False)))
    assert first(found["src/Admin"], K.DATABASE) == ("", "")


def test_without_its_start_the_web_api_project_is_a_library_of_the_solution(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _solution(api_start="var ready = true;")))
    assert sorted(found) == ["src/Admin"]


def test_web_api_beside_mvc_leaves_mvc_the_framework(tmp_path: Path) -> None:
    # An MVC 5 site with the template's API controllers: both started in Global.asax.cs.
    files = _solution()
    files["src/Admin/Admin.csproj"] = _PROJECT.format(
        references="\n".join((_MVC, _WEB_API, _EF6)), extra=_DATA_REFERENCE
    )
    files["src/Admin/Global.asax.cs"] = _global_asax("Admin", _MVC_START + "\n" + _API_START)
    found = by_folder(write(tmp_path, files))
    assert first(found["src/Admin"], K.FRAMEWORK) == ("ASP.NET MVC", "4.8.1")
    # Web API is MVC's add-on there: no choice is left to the user.
    assert not found["src/Admin"].ambiguous
    assert first(found["src/Api"], K.FRAMEWORK) == ("ASP.NET Web API", "4.8.1")


def test_the_web_api_client_package_is_no_framework(tmp_path: Path) -> None:
    # A project calling an API through the HTTP client's formatters serves none.
    found = by_folder(
        write(tmp_path, _solution(api_start="var ready = true;", api_refs=(_WEB_API_CLIENT,)))
    )
    assert sorted(found) == ["src/Admin"]
