"""A .NET test project that tests no program of the tree (#19): a solution's only test project
runs a quality-gate package over the server's sources (`SonarGate.RunAsync(new() { … })`),
references no project, names no namespace of the tree and calls nothing over HTTP. It was taken
to test the nearest service, giving the server a test framework it has no test in. A test
project referencing nothing that calls a service over HTTP (a functional suite), or one naming
the service's namespace, still tests it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_HOST = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
</Project>
"""
_TESTS = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Acme.Tests.QualityGate" Version="0.15.0" />
    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
    <PackageReference Include="xunit" Version="2.9.3" />
  </ItemGroup>
</Project>
"""
_PROGRAM = """namespace Admin.Server;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddControllers();
        var app = builder.Build();
        app.MapControllers();
        app.Run();
    }
}
"""
_GATE = """using Acme.Tests.QualityGate;
using Xunit;

namespace QaTests;

// The runner lives in the package; see https://example.org/gate for its options.
public class GateTests
{
    [Fact]
    public Task QualityGate_ReturnsOk() => Gate.RunAsync(new()
    {
        ProjectKey = "admin",
        ScanCsprojRelativePath = "Admin.Server/Admin.Server.csproj",
    });
}
"""


def _tree(tmp_path: Path, test: str) -> dict[str, object]:
    write(
        tmp_path,
        {
            "Admin.Server/Admin.Server.csproj": _HOST,
            "Admin.Server/Program.cs": _PROGRAM,
            "QaTests/QaTests.csproj": _TESTS,
            "QaTests/GateTests.cs": test,
        },
    )
    return by_folder(tmp_path)


def test_a_test_project_testing_nothing_of_the_tree_gives_no_framework(
    tmp_path: Path,
) -> None:
    backends = _tree(tmp_path, _GATE)
    assert list(backends) == ["Admin.Server"]
    assert first(backends["Admin.Server"], K.TEST) == ("", "")


def test_a_functional_suite_calling_the_service_still_tests_it(tmp_path: Path) -> None:
    suite = _GATE.replace(
        "public Task QualityGate_ReturnsOk() => Gate.RunAsync(new()\n    {\n"
        '        ProjectKey = "admin",\n'
        '        ScanCsprojRelativePath = "Admin.Server/Admin.Server.csproj",\n    });',
        "public async Task Health() => await new HttpClient().GetAsync(\"http://localhost/\");",
    )
    assert "HttpClient" in suite
    backends = _tree(tmp_path, suite)
    assert first(backends["Admin.Server"], K.TEST)[0] == "xUnit"


def test_a_suite_naming_the_service_namespace_still_tests_it(tmp_path: Path) -> None:
    named = _GATE.replace("namespace QaTests;", "using Admin.Server;\n\nnamespace QaTests;")
    backends = _tree(tmp_path, named)
    assert first(backends["Admin.Server"], K.TEST)[0] == "xUnit"
