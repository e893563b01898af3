"""Held-out set 87 (#19): a test project named after the shared library it tests.

The real shape: a solution with two ASP.NET Core hosts (an MVC site, `App.Web`, and an API,
`App.Web.Api`) over one business library (`App.BusinessLogic`, its EF Core context). The two
xUnit projects are `App.Web.Tests` (referencing the site) and `App.BusinessLogic.Tests`,
named after the business library and referencing it beside the site. The API has no test
project of its own: the library's tests are its tests too, as they are the site's. A test
project referencing the library under another name (`App.Web.Tests` referencing the library
too) says nothing of the API, and the API keeps no test framework.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project(sdk: str, packages: tuple[str, ...], references: tuple[str, ...]) -> str:
    items = "\n".join(f'    <PackageReference Include="{p}" Version="2.4.2" />' for p in packages)
    refs = "\n".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />' for r in references)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}\n  </ItemGroup>\n  <ItemGroup>\n{refs}\n  </ItemGroup>\n"
        "</Project>\n"
    )


_HOST = (
    "namespace {name}\n{{\n    public class Program\n    {{\n"
    "        public static void Main(string[] args) =>\n"
    "            WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().Build().Run();\n"
    "    }}\n}}\n"
)

_TEST = "using Xunit;\n\npublic class OrderTests\n{\n    [Fact]\n    public void Works() { }\n}\n"


def _solution(library_tests: str) -> dict[str, str]:
    """The solution; `library_tests` names the test project referencing the library and the
    site (the real one is named after the library)."""
    test_packages = ("Microsoft.NET.Test.Sdk", "xunit")
    return {
        "App.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "App.BusinessLogic/App.BusinessLogic.csproj": _project(
            "Microsoft.NET.Sdk", ("Microsoft.EntityFrameworkCore.SqlServer",), ()
        ),
        "App.BusinessLogic/Data/AppDbContext.cs": (
            "using Microsoft.EntityFrameworkCore;\n\npublic class AppDbContext : DbContext { }\n"
        ),
        "App.Web/App.Web.csproj": _project("Microsoft.NET.Sdk.Web", (), ("App.BusinessLogic",)),
        "App.Web/Program.cs": _HOST.format(name="App.Web"),
        "App.Web.Api/App.Web.Api.csproj": _project(
            "Microsoft.NET.Sdk.Web", (), ("App.BusinessLogic",)
        ),
        "App.Web.Api/Program.cs": _HOST.format(name="App.Web.Api"),
        "App.Web.Tests/App.Web.Tests.csproj": _project(
            "Microsoft.NET.Sdk", test_packages, ("App.Web",)
        ),
        "App.Web.Tests/OrderTests.cs": _TEST,
        f"{library_tests}/{library_tests}.csproj": _project(
            "Microsoft.NET.Sdk", test_packages, ("App.BusinessLogic", "App.Web")
        ),
        f"{library_tests}/OrderTests.cs": _TEST,
    }


def test_the_library_named_tests_test_every_service_referencing_the_library(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _solution("App.BusinessLogic.Tests")))
    assert sorted(found) == ["App.Web", "App.Web.Api"]
    assert first(found["App.Web"], K.TEST)[0] == "xUnit"
    assert first(found["App.Web.Api"], K.TEST)[0] == "xUnit"


def test_a_test_project_not_named_after_the_library_tests_only_the_site(
    tmp_path: Path,
) -> None:
    # The same references under a name of no library's (`Integration.Tests`): the site it
    # references is what it tests.
    found = by_folder(write(tmp_path, _solution("Integration.Tests")))
    assert sorted(found) == ["App.Web", "App.Web.Api"]
    assert first(found["App.Web"], K.TEST)[0] == "xUnit"
    assert first(found["App.Web.Api"], K.TEST) == ("", "")
