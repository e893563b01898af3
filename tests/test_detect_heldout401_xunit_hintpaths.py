"""An old-style (packages.config) test project on xUnit 2 (benchmarks/detect_heldout401.yaml,
#19): its only trace of xUnit in the project file is the `<HintPath>` into
`packages\\xunit.extensibility.core.…`, the package holding `xunit.core.dll`; that is xUnit, and
the Web API it references is tested with it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="12.0" DefaultTargets="Build" '
    'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n"
    "    <RootNamespace>Shop.Api</RootNamespace>\n"
    "    <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <Reference Include="System.Web" />\n'
    '    <Reference Include="System.Web.Http, Version=5.2.9.0">\n'
    "      <HintPath>..\\packages\\Microsoft.AspNet.WebApi.Core.5.2.9\\lib\\net45\\"
    "System.Web.Http.dll</HintPath>\n    </Reference>\n"
    "  </ItemGroup>\n"
    "  <ItemGroup>\n"
    '    <Compile Include="Global.asax.cs" />\n'
    '    <Compile Include="Controllers\\ReportController.cs" />\n'
    "  </ItemGroup>\n"
    '  <Import Project="$(MSBuildToolsPath)\\Microsoft.CSharp.targets" />\n'
    "</Project>\n"
)

_GLOBAL = (
    "using System.Web;\nusing System.Web.Http;\n\nnamespace Shop.Api\n{\n"
    "    public class WebApiApplication : HttpApplication\n    {\n"
    "        protected void Application_Start()\n        {\n"
    "            GlobalConfiguration.Configure(WebApiConfig.Register);\n"
    "        }\n    }\n}\n"
)

_CONTROLLER = (
    "using System.Web.Http;\n\nnamespace Shop.Api.Controllers\n{\n"
    "    public class ReportController : ApiController\n    {\n"
    "        public IHttpActionResult Get() { return Ok(); }\n    }\n}\n"
)

_TESTS = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Project ToolsVersion="15.0" DefaultTargets="Build" '
    'xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n'
    '  <Import Project="..\\packages\\xunit.core.2.4.2\\build\\xunit.core.props" '
    "Condition=\"Exists('..\\packages\\xunit.core.2.4.2\\build\\xunit.core.props')\" />\n"
    "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n"
    "    <RootNamespace>Shop.Api.Tests.Unit</RootNamespace>\n"
    "    <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>\n  </PropertyGroup>\n"
    "  <ItemGroup>\n"
    '    <Reference Include="xunit.abstractions, Version=2.0.0.0">\n'
    "      <HintPath>..\\packages\\xunit.abstractions.2.0.3\\lib\\net35\\"
    "xunit.abstractions.dll</HintPath>\n    </Reference>\n"
    '    <Reference Include="xunit.assert, Version=2.4.2.0">\n'
    "      <HintPath>..\\packages\\xunit.assert.2.4.2\\lib\\netstandard1.1\\"
    "xunit.assert.dll</HintPath>\n    </Reference>\n"
    '    <Reference Include="xunit.core, Version=2.4.2.0">\n'
    "      <HintPath>..\\packages\\xunit.extensibility.core.2.4.2\\lib\\net452\\"
    "xunit.core.dll</HintPath>\n    </Reference>\n"
    "  </ItemGroup>\n"
    "  <ItemGroup>\n"
    '    <Compile Include="Controllers\\ReportControllerTests.cs" />\n'
    "  </ItemGroup>\n"
    "  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Shop.Api\\Shop.Api.csproj">\n'
    "      <Name>Shop.Api</Name>\n    </ProjectReference>\n"
    "  </ItemGroup>\n"
    '  <Import Project="$(MSBuildToolsPath)\\Microsoft.CSharp.targets" />\n'
    "</Project>\n"
)

_PACKAGES = (
    '<?xml version="1.0" encoding="utf-8"?>\n<packages>\n'
    '  <package id="xunit" version="2.4.2" targetFramework="net48" />\n'
    '  <package id="xunit.core" version="2.4.2" targetFramework="net48" />\n'
    '  <package id="xunit.extensibility.core" version="2.4.2" targetFramework="net48" />\n'
    "</packages>\n"
)

_TEST = (
    "using Shop.Api.Controllers;\nusing Xunit;\n\nnamespace Shop.Api.Tests.Unit.Controllers\n{\n"
    "    public class ReportControllerTests\n    {\n"
    "        [Fact]\n        public void Gets() { Assert.NotNull(new ReportController()); }\n"
    "    }\n}\n"
)


def test_packages_config_xunit_tests_the_api_it_references(tmp_path: Path) -> None:
    files = {
        "src/Shop.Api/Shop.Api.csproj": _API,
        "src/Shop.Api/Global.asax": '<%@ Application Codebehind="Global.asax.cs" '
                                    'Inherits="Shop.Api.WebApiApplication" Language="C#" %>\n',
        "src/Shop.Api/Global.asax.cs": _GLOBAL,
        "src/Shop.Api/Controllers/ReportController.cs": _CONTROLLER,
        "src/Shop.Api.Tests.Unit/Shop.Api.Tests.Unit.csproj": _TESTS,
        "src/Shop.Api.Tests.Unit/packages.config": _PACKAGES,
        "src/Shop.Api.Tests.Unit/Controllers/ReportControllerTests.cs": _TEST,
    }
    backend = by_folder(write(tmp_path, files))["src/Shop.Api"]
    assert first(backend, K.FRAMEWORK)[0] == "ASP.NET Web API"
    assert first(backend, K.TEST)[0] == "xUnit"
