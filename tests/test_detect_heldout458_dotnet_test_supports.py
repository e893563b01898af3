"""A gap the 458th held-out set showed (#19), as a small fixture of the real files' shape: a
.NET solution whose unit test project references only a test-support library of its own (a
plain class library with an in-memory EF Core provider, referencing the application and
persistence libraries the API is built on). The tests reach the API's libraries through it, so
the API is tested with xUnit; a second service not built on those libraries is not."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import WEB_MAIN, by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project(sdk: str, packages: tuple[str, ...], references: tuple[str, ...]) -> str:
    items = "".join(f'    <PackageReference Include="{p}" />\n' for p in packages)
    refs = "".join(f'    <ProjectReference Include="{r}" />\n' for r in references)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n  <ItemGroup>\n{refs}  </ItemGroup>\n"
        "</Project>\n"
    )


def _tree(support_references: tuple[str, ...]) -> dict[str, str]:
    web = "Microsoft.NET.Sdk.Web"
    lib = "Microsoft.NET.Sdk"
    return {
        "src/Api/Acme.Api.csproj": _project(
            web, (), ("..\\Application\\Acme.Application.csproj",
                      "..\\Persistence\\Acme.Persistence.csproj"),
        ),
        "src/Api/Program.cs": WEB_MAIN,
        "src/Application/Acme.Application.csproj": _project(
            lib, ("Microsoft.EntityFrameworkCore",), ()
        ),
        "src/Application/Service.cs": "namespace Acme.Application;\npublic class Service { }\n",
        "src/Persistence/Acme.Persistence.csproj": _project(
            lib, ("Npgsql.EntityFrameworkCore.PostgreSQL",),
            ("..\\Application\\Acme.Application.csproj",),
        ),
        "src/Persistence/Context.cs": "namespace Acme.Persistence;\npublic class Context { }\n",
        "src/Admin/Acme.Admin.csproj": _project(
            web, ("Npgsql.EntityFrameworkCore.PostgreSQL",), ()
        ),
        "src/Admin/Program.cs": WEB_MAIN,
        "tests/Acme.Tests.Support/Acme.Tests.Support.csproj": _project(
            lib, ("Microsoft.EntityFrameworkCore.InMemory",), support_references
        ),
        "tests/Acme.Tests.Support/Db.cs": (
            "using Acme.Persistence;\nnamespace Acme.Tests.Support;\npublic class Db { }\n"
        ),
        "tests/Application.UnitTests/Acme.Tests.Application.UnitTests.csproj": _project(
            lib, ("Microsoft.NET.Test.Sdk", "xunit", "xunit.runner.visualstudio"),
            ("..\\Acme.Tests.Support\\Acme.Tests.Support.csproj",),
        ),
        "tests/Application.UnitTests/ServiceTests.cs": (
            "using Xunit;\nusing Acme.Tests.Support;\nnamespace Acme.Tests.Application;\n"
            "public class ServiceTests\n{\n    [Fact]\n    public void Works() { }\n}\n"
        ),
    }


_LIBRARIES = (
    "..\\..\\src\\Application\\Acme.Application.csproj",
    "..\\..\\src\\Persistence\\Acme.Persistence.csproj",
)


def test_tests_through_a_support_library_test_the_service_built_on_its_references(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree(_LIBRARIES)))
    assert first(found["src/Api"], K.TEST)[0] == "xUnit"
    assert first(found["src/Admin"], K.TEST)[0] == ""


def test_a_support_library_referencing_no_library_of_a_service_gives_none(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree(())))
    assert first(found["src/Api"], K.TEST)[0] == ""
