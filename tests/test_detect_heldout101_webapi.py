"""ASP.NET Web API 2 on the .NET Framework beside the MVC package its template installs
(benchmarks/detect_heldout101.yaml, #19): Global.asax configuring Web API's routes alone makes
Web API the framework; one registering MVC's areas too keeps MVC the site's framework, Web
API its add-on."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CSPROJ = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="12.0" DefaultTargets="Build" '
    'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n"
    "    <RootNamespace>Api</RootNamespace>\n"
    "    <TargetFrameworkVersion>v4.6.2</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <Reference Include="System.Web" />\n'
    '    <Reference Include="System.Web.Http, Version=5.2.3.0">\n'
    "      <HintPath>..\\packages\\Microsoft.AspNet.WebApi.Core.5.2.3\\lib\\net45\\"
    "System.Web.Http.dll</HintPath>\n    </Reference>\n"
    '    <Reference Include="System.Web.Mvc, Version=5.2.3.0">\n'
    "      <HintPath>..\\packages\\Microsoft.AspNet.Mvc.5.2.3\\lib\\net45\\"
    "System.Web.Mvc.dll</HintPath>\n    </Reference>\n"
    "  </ItemGroup>\n"
    "  <ItemGroup>\n"
    '    <Compile Include="Global.asax.cs" />\n'
    '    <Compile Include="App_Start\\WebApiConfig.cs" />\n'
    '    <Compile Include="Controllers\\ReportController.cs" />\n'
    "  </ItemGroup>\n"
    '  <Import Project="$(MSBuildToolsPath)\\Microsoft.CSharp.targets" />\n'
    "</Project>\n"
)

_PACKAGES = (
    '<?xml version="1.0" encoding="utf-8"?>\n<packages>\n'
    '  <package id="Microsoft.AspNet.Mvc" version="5.2.3" targetFramework="net45" />\n'
    '  <package id="Microsoft.AspNet.Razor" version="3.2.3" targetFramework="net45" />\n'
    '  <package id="Microsoft.AspNet.WebApi" version="5.2.3" targetFramework="net45" />\n'
    '  <package id="Microsoft.AspNet.WebApi.Core" version="5.2.3" targetFramework="net45" />\n'
    '  <package id="Microsoft.AspNet.WebApi.WebHost" version="5.2.3" targetFramework="net45" />\n'
    "</packages>\n"
)

_GLOBAL = (
    "using System.Web;\nusing System.Web.Http;\n{usings}\nnamespace Api\n{{\n"
    "    public class WebApiApplication : HttpApplication\n    {{\n"
    "        protected void Application_Start()\n        {{\n{mvc}"
    "            GlobalConfiguration.Configure(WebApiConfig.Register);\n"
    "        }}\n    }}\n}}\n"
)

_MVC = (
    "            AreaRegistration.RegisterAllAreas();\n"
    "            RouteConfig.RegisterRoutes(RouteTable.Routes);\n"
)

_CONTROLLER = (
    "using System.Web.Http;\n\nnamespace Api.Controllers\n{\n"
    "    public class ReportController : ApiController\n    {\n"
    "        public IHttpActionResult Get() { return Ok(); }\n    }\n}\n"
)


def _frameworks(tmp_path: Path, mvc: str = "", usings: str = "") -> list[str]:
    files = {
        "Api/Api.csproj": _CSPROJ,
        "Api/packages.config": _PACKAGES,
        "Api/Global.asax": '<%@ Application Codebehind="Global.asax.cs" '
                           'Inherits="Api.WebApiApplication" Language="C#" %>\n',
        "Api/Global.asax.cs": _GLOBAL.format(mvc=mvc, usings=usings),
        "Api/Controllers/ReportController.cs": _CONTROLLER,
    }
    backend = by_folder(write(tmp_path, files))["Api"]
    return [f.name for f in backend.findings if f.kind is K.FRAMEWORK]


def test_web_api_routes_alone_make_web_api_the_framework(tmp_path: Path) -> None:
    assert _frameworks(tmp_path)[0] == "ASP.NET Web API"


def test_mvc_areas_registered_keep_mvc_the_framework(tmp_path: Path) -> None:
    usings = "using System.Web.Mvc;\nusing System.Web.Routing;\n"
    assert _frameworks(tmp_path, _MVC, usings)[0] == "ASP.NET MVC"
