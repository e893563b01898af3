"""Held-out set 97 (#19): an ASP.NET Core API whose test projects name no test package of
their own. Each sets `<IsTestProject>true</IsTestProject>` and `<XUnitVersion>v3</XUnitVersion>`;
the root Directory.Build.targets adds the packages inside a `<Choose>`: a `When` on
`'$(IsTestProject)' == 'true'` brings Microsoft.NET.Test.Sdk and, on a condition on
`$(XUnitVersion)`, xunit.v3, and a nested Directory.Build.targets (importing the root one)
defaults `XUnitVersion` to v2 for projects that set none. The `When` branch's packages are the
test project's, with the project's own property deciding the version: xUnit. Counter-cases: a
project that is no test project gets nothing from that branch, one that leaves `XUnitVersion`
to the default gets no xunit.v3, and the same condition in Directory.Build.props (read before
the project's body) never sees the project's property.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROPS = (
    "<Project>\n  <PropertyGroup>\n    <TargetFramework>net9.0</TargetFramework>\n"
    "  </PropertyGroup>\n</Project>\n"
)

_PACKAGES = (
    "<Project>\n  <PropertyGroup>\n"
    "    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n"
    "  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageVersion Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />\n'
    '    <PackageVersion Include="xunit.v3" Version="3.2.2" />\n'
    '    <PackageVersion Include="xunit.runner.visualstudio" Version="3.1.5" />\n'
    '    <PackageVersion Include="Npgsql" Version="9.0.5" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_ROOT_TARGETS = """<Project>
  <Choose>
    <When Condition=" '$(IsTestProject)' == 'true' ">
      <PropertyGroup>
        <XUnitVersion Condition=" '$(XUnitVersion)' == '' ">v3</XUnitVersion>
      </PropertyGroup>
      <ItemGroup>
        <PackageReference Include="Microsoft.NET.Test.Sdk" />
        <PackageReference Include="xunit.v3" Condition=" '$(XUnitVersion)' == 'v3' " />
        <PackageReference Include="xunit.runner.visualstudio" />
      </ItemGroup>
    </When>
    <Otherwise>
      <ItemGroup>
        <InternalsVisibleTo Include="$(AssemblyName).Tests" />
      </ItemGroup>
    </Otherwise>
  </Choose>
</Project>
"""

_ABOVE = (
    "$([MSBuild]::GetPathOfFileAbove('Directory.Build.targets', '$(MSBuildThisFileDirectory)..\\'))"
)

_APP_TARGETS = f"""<Project>
  <PropertyGroup Condition=" '$(IsTestProject)' == 'true' ">
    <XUnitVersion Condition=" '$(XUnitVersion)' == '' ">v2</XUnitVersion>
  </PropertyGroup>
  <Import Project="{_ABOVE}" />
</Project>
"""


def _project(sdk: str, properties: str, references: str) -> str:
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n{properties}  </PropertyGroup>\n'
        f"  <ItemGroup>\n{references}  </ItemGroup>\n</Project>\n"
    )


def _tree(test_properties: str) -> dict[str, str]:
    api = _project("Microsoft.NET.Sdk.Web", "", '    <PackageReference Include="Npgsql" />\n')
    tests = _project(
        "Microsoft.NET.Sdk",
        test_properties,
        '    <ProjectReference Include="..\\..\\src\\Register\\Register.csproj" />\n',
    )
    return {
        "Directory.Build.props": _PROPS,
        "Directory.Build.targets": _ROOT_TARGETS,
        "Directory.Packages.props": _PACKAGES,
        "src/apps/Register/Directory.Build.targets": _APP_TARGETS,
        "src/apps/Register/src/Register/Register.csproj": api,
        "src/apps/Register/src/Register/Program.cs": WEB_MAIN,
        "src/apps/Register/test/Register.Tests/Register.Tests.csproj": tests,
        "src/apps/Register/test/Register.Tests/PartyTests.cs": (
            "namespace Register.Tests;\n\npublic class PartyTests\n{\n"
            "    [Fact]\n    public void Reads() { }\n}\n"
        ),
    }


_BACKEND = "src/apps/Register/src/Register"


def test_a_when_branch_gives_test_projects_their_framework(tmp_path: Path) -> None:
    properties = "    <IsTestProject>true</IsTestProject>\n    <XUnitVersion>v3</XUnitVersion>\n"
    backend = by_folder(write(tmp_path, _tree(properties)))[_BACKEND]
    assert first(backend, K.TEST) == ("xUnit", "3.2.2")


def test_the_default_version_the_project_leaves_adds_no_xunit_v3(tmp_path: Path) -> None:
    properties = "    <IsTestProject>true</IsTestProject>\n"
    backend = by_folder(write(tmp_path, _tree(properties)))[_BACKEND]
    assert first(backend, K.TEST) == ("", "")


def test_a_project_that_is_no_test_project_gets_nothing_from_the_branch(
    tmp_path: Path,
) -> None:
    properties = "    <XUnitVersion>v3</XUnitVersion>\n"
    backend = by_folder(write(tmp_path, _tree(properties)))[_BACKEND]
    assert first(backend, K.TEST) == ("", "")


def test_a_props_file_does_not_see_the_projects_own_properties(tmp_path: Path) -> None:
    """Directory.Build.props is read before the project's body: a condition there on a
    property only the project sets never holds."""
    props = _PROPS.replace(
        "</Project>",
        "  <ItemGroup Condition=\" '$(XUnitVersion)' == 'v3' \">\n"
        '    <PackageReference Include="xunit.v3" />\n  </ItemGroup>\n</Project>',
    )
    properties = "    <IsTestProject>true</IsTestProject>\n    <XUnitVersion>v3</XUnitVersion>\n"
    tree = {**_tree(properties), "Directory.Build.props": props}
    del tree["Directory.Build.targets"], tree["src/apps/Register/Directory.Build.targets"]
    backend = by_folder(write(tmp_path, tree))[_BACKEND]
    assert first(backend, K.TEST) == ("", "")
