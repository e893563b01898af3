"""Held-out set 87 (#19): an ASP.NET Core API whose .csproj sets no target framework and has no
Directory.Build.props above it, but imports a property file kept beside the solution under an
`.xml` name (`<Import Project="../Reimbursements.xml" />`) whose PropertyGroup sets
`<TargetFramework>net8.0</TargetFramework>` for the API and its nine sibling libraries. MSBuild
imports only project files, whatever their ending: the framework runs on .NET 8.0. An imported
file setting no target framework leaves the version unread.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = """<Project Sdk="Microsoft.NET.Sdk.Web">

\t<Import Project="../Reimbursements.xml" />

\t<PropertyGroup>
\t\t<IsPackable>false</IsPackable>
\t</PropertyGroup>

</Project>
"""


def _imported(framework: str) -> str:
    return (
        '\ufeff<?xml version="1.0" encoding="utf-8"?>\n\n<Project>\n\n\t<PropertyGroup>\n'
        "\t\t<ImplicitUsings>disable</ImplicitUsings>\n\t\t<Nullable>enable</Nullable>\n"
        f"{framework}\t</PropertyGroup>\n\n</Project>\n"
    )


def _version(tmp_path: Path, framework: str) -> str:
    files = {
        "src/dotnet/Reimbursements.xml": _imported(framework),
        "src/dotnet/Reimbursements/Reimbursements.csproj": _API,
        "src/dotnet/Reimbursements/Program.cs": WEB_MAIN,
    }
    backend = by_folder(write(tmp_path, files))["src/dotnet/Reimbursements"]
    return first(backend, K.FRAMEWORK)[1]


def test_a_target_framework_from_an_imported_xml_file_versions_the_app(tmp_path: Path) -> None:
    assert _version(tmp_path, "\t\t<TargetFramework>net8.0</TargetFramework>\n") == "8.0"


def test_an_imported_file_without_a_target_framework_leaves_it_unread(tmp_path: Path) -> None:
    assert _version(tmp_path, "") == ""
