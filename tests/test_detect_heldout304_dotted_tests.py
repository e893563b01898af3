"""A solution keeping its test projects in a hidden `.Tests/` folder (#19): the walker skipped
every dotted folder, so the xUnit project referencing the Web host was never read and the host
reported no test framework. A dotted folder named for tests is now walked, as tests; other
hidden folders (`.github`, `.vscode`) are still skipped."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HOST = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net6.0</TargetFramework>
  </PropertyGroup>
</Project>
"""
_TESTS = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net6.0</TargetFramework>
    <IsPackable>false</IsPackable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.9.0" />
    <PackageReference Include="xunit" Version="2.7.1" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\..\\Server\\Server.csproj" />
  </ItemGroup>
</Project>
"""
_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
"""
_TEST = """using Xunit;

public class ParsingTests
{
    [Fact]
    public void Parses() { }
}
"""


def test_a_hidden_tests_folder_names_the_hosts_test_framework(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "Server/Server.csproj": _HOST,
            "Server/Program.cs": _PROGRAM,
            ".Tests/Unit.Tests/Unit.Tests.csproj": _TESTS,
            ".Tests/Unit.Tests/ParsingTests.cs": _TEST,
        },
    )
    backends = by_folder(tmp_path)
    assert list(backends) == ["Server"]
    assert first(backends["Server"], K.TEST)[0] == "xUnit"


def test_other_hidden_folders_stay_skipped(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "Server/Server.csproj": _HOST,
            "Server/Program.cs": _PROGRAM,
            ".tools/Unit.Tests/Unit.Tests.csproj": _TESTS,
            ".tools/Unit.Tests/ParsingTests.cs": _TEST,
        },
    )
    backends = by_folder(tmp_path)
    assert first(backends["Server"], K.TEST) == ("", "")
