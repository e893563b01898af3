"""Held-out set 120 (#19): a target framework named by an MSBuild property. The Web SDK
project writes `<TargetFramework>$(LatestVersion)</TargetFramework>` and `Directory.Build.props`
sets `LatestVersion` to net8.0: the project runs ASP.NET Core 8.0, not the version of a
standalone package it references (`Microsoft.AspNetCore.Http` 2.2.2). Counter-case: a property
set nowhere leaves the target as written and names no framework version.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import write
from test_detect_unseen import by_folder, csproj, first

from designer.model.stack import FindingKind as K

_PROPS = """<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <!-- Currently the latest version is .NET 8 -->
  <PropertyGroup>
    <LatestVersion>net8.0</LatestVersion>
    <LibraryFrameworks>net8.0;net6.0</LibraryFrameworks>
  </PropertyGroup>
</Project>
"""

_PACKAGES = """<Project>
  <ItemGroup>
    <PackageVersion Include="Microsoft.AspNetCore.Http" Version="2.2.2" />
    <PackageVersion Include="Microsoft.Data.SqlClient" Version="5.2.1" />
  </ItemGroup>
</Project>
"""

_PROGRAM = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n" \
    "app.MapControllers();\napp.Run();\n"


def _tree(props: str) -> dict[str, str]:
    project = csproj("Microsoft.AspNetCore.Http", "Microsoft.Data.SqlClient").replace(
        "<Project Sdk=\"Microsoft.NET.Sdk.Web\">",
        "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n"
        "    <TargetFramework>$(LatestVersion)</TargetFramework>\n  </PropertyGroup>",
    )
    return {
        "Directory.Build.props": props,
        "Directory.Packages.props": _PACKAGES,
        "src/Dicom.Web/Dicom.Web.csproj": project,
        "src/Dicom.Web/Program.cs": _PROGRAM,
    }


def test_a_target_framework_named_by_a_property_is_the_property_s_value(
    tmp_path: Path,
) -> None:
    (backend,) = by_folder(write(tmp_path, _tree(_PROPS))).values()
    assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "8.0")
    assert first(backend, K.LANGUAGE)[1] == "net8.0"


def test_a_property_set_nowhere_names_no_framework_version(tmp_path: Path) -> None:
    props = _PROPS.replace("    <LatestVersion>net8.0</LatestVersion>\n", "")
    (backend,) = by_folder(write(tmp_path, _tree(props))).values()
    assert first(backend, K.LANGUAGE)[1] == "$(LatestVersion)"
    assert first(backend, K.FRAMEWORK)[1] != "8.0"
