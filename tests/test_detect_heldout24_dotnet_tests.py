"""The main test framework of a .NET backend whose test projects reference several, told by
the test files that import each (held-out sets 55 and 57, #19): an end-to-end NUnit project of
three files beside the API's xUnit project of six; an xUnit project also referencing MSTest's
package, which none of its files imports."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _api() -> dict[str, str]:
    return {
        "api/Api.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL", sdk="Microsoft.NET.Sdk.Web"
        ),
        "api/Program.cs": WEB_MAIN,
    }


def _tests(folder: str, using: str, count: int) -> dict[str, str]:
    return {
        f"{folder}/Case{i}Tests.cs": f"using System;\nusing {using};\n\nnamespace T\n{{\n"
        f"    public class Case{i}Tests {{ }}\n}}\n"
        for i in range(count)
    }


def _reference(project: str, *packages: str) -> str:
    return csproj("Microsoft.NET.Test.Sdk", *packages).replace(
        "</Project>",
        '  <ItemGroup>\n    <ProjectReference Include="..\\api\\Api.csproj" />\n'
        "  </ItemGroup>\n</Project>",
    )


def test_the_framework_more_test_files_import_is_the_main_one(tmp_path: Path) -> None:
    files = {
        **_api(),
        "api-tests/ApiTests.csproj": _reference("ApiTests", "xunit"),
        **_tests("api-tests", "Xunit", 6),
        "e2e-tests/E2E.csproj": _reference("E2E", "NUnit", "NUnit3TestAdapter"),
        **_tests("e2e-tests", "NUnit.Framework", 3),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["api"]
    assert first(found["api"], K.TEST)[0] == "xUnit"


def test_a_referenced_framework_no_file_imports_is_not_the_main_one(tmp_path: Path) -> None:
    files = {
        **_api(),
        "Api.Tests/Api.Tests.csproj": _reference("Api.Tests", "MSTest.TestFramework", "xunit"),
        **_tests("Api.Tests", "Xunit", 4),
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["api"], K.TEST)[0] == "xUnit"
