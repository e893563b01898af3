"""A library whose users the build names, none of them a service, folds into no service
(benchmarks/detect_heldout114.yaml, #19). The shape of set 114's RoomFinder: an EF Core
library (`PowerShell/src/EPA.Office365`) is referenced only by a console job and a receiver
that is no backend, beside an Outlook add-in's web API (`DotNet/src/…Web`) that never
references it; by nearness alone its EF Core and SQL Server went to that API. Its users are
known, so it is theirs. Counter-cases: a library a service reaches through another library
still gives it its data layer; a library nothing references, or only its own test project
references, still folds into the nearest service; a test project still lends its tests to
the service it references. The same for a Maven build's module only a command-line module
depends on."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _csproj(sdk: str = "Microsoft.NET.Sdk", items: str = "", props: str = "") -> str:
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        f"    <TargetFramework>net8.0</TargetFramework>\n{props}  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


def _ref(path: str) -> str:
    return f'    <ProjectReference Include="{path}" />\n'


def _package(name: str, version: str) -> str:
    return f'    <PackageReference Include="{name}" Version="{version}" />\n'


_WEB_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllers();\n"
    "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
)

_DATA = _csproj(
    items=_package("Microsoft.EntityFrameworkCore", "3.1.4")
    + _package("Microsoft.EntityFrameworkCore.SqlServer", "3.1.4")
)
_CONTEXT = (
    "using Microsoft.EntityFrameworkCore;\n\nnamespace Office.Database\n{\n"
    "    public class AnalyticDbContext : DbContext\n    {\n"
    "        public AnalyticDbContext(DbContextOptions<AnalyticDbContext> options)"
    " : base(options) { }\n    }\n}\n"
)
_CONSOLE_PROGRAM = (
    "namespace Office.SysConsole\n{\n    public static class Program\n    {\n"
    "        public static int Main(string[] args) { return 0; }\n    }\n}\n"
)


def _dotnet(
    console: bool = True, web_uses: str = "", core_uses: str = "", tests: bool = False
) -> dict[str, str]:
    files = {
        "DotNet/src/Finder.Core/Finder.Core.csproj": _csproj(items=core_uses),
        "DotNet/src/Finder.Web/Finder.Web.csproj": _csproj(
            "Microsoft.NET.Sdk.Web",
            _ref(r"..\Finder.Core\Finder.Core.csproj") + web_uses,
        ),
        "DotNet/src/Finder.Web/Program.cs": _WEB_PROGRAM,
        "DotNet/test/Finder.Web.Tests/Finder.Web.Tests.csproj": _csproj(
            items=_package("Microsoft.NET.Test.Sdk", "16.6.1")
            + _package("xunit", "2.4.1")
            + _ref(r"..\..\src\Finder.Web\Finder.Web.csproj")
        ),
        "DotNet/test/Finder.Web.Tests/HomeTests.cs": "using Xunit;\n\npublic class HomeTests {}\n",
        "PowerShell/src/Office/Office.csproj": _DATA,
        "PowerShell/src/Office/Database/AnalyticDbContext.cs": _CONTEXT,
    }
    if console:
        files["PowerShell/src/Office.SysConsole/Office.SysConsole.csproj"] = _csproj(
            items=_ref(r"..\Office\Office.csproj"), props="    <OutputType>Exe</OutputType>\n"
        )
        files["PowerShell/src/Office.SysConsole/Program.cs"] = _CONSOLE_PROGRAM
    if tests:
        files["PowerShell/test/Office.Tests/Office.Tests.csproj"] = _csproj(
            items=_package("Microsoft.NET.Test.Sdk", "16.6.1")
            + _package("xunit", "2.4.1")
            + _ref(r"..\..\src\Office\Office.csproj")
        )
    return files


def test_a_library_only_a_console_job_references_folds_into_no_service(tmp_path: Path) -> None:
    web = by_folder(write(tmp_path, _dotnet()))["DotNet/src/Finder.Web"]
    assert first(web, K.ORM) == ("", "")
    assert first(web, K.DATABASE) == ("", "")
    assert first(web, K.TEST)[0] == "xUnit"  # its own test project still tests it


def test_a_library_reached_through_another_library_still_folds(tmp_path: Path) -> None:
    files = _dotnet(core_uses=_ref(r"..\..\..\PowerShell\src\Office\Office.csproj"))
    web = by_folder(write(tmp_path, files))["DotNet/src/Finder.Web"]
    assert first(web, K.ORM)[0] == "EF Core"
    assert first(web, K.DATABASE)[0] == "SQL Server"


def test_an_unreferenced_library_still_folds_by_nearness(tmp_path: Path) -> None:
    web = by_folder(write(tmp_path, _dotnet(console=False)))["DotNet/src/Finder.Web"]
    assert first(web, K.ORM)[0] == "EF Core"


def test_a_library_referenced_only_by_its_tests_still_folds(tmp_path: Path) -> None:
    files = _dotnet(console=False, tests=True)
    web = by_folder(write(tmp_path, files))["DotNet/src/Finder.Web"]
    assert first(web, K.ORM)[0] == "EF Core"


_ROOT = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>shop</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
{modules}  </modules>
</project>
"""


def _module(artifact: str, dependencies: str) -> str:
    return f"""<project>
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example</groupId>
    <artifactId>shop</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>{artifact}</artifactId>
  <dependencies>
{dependencies}  </dependencies>
</project>
"""


def _dependency(group: str, artifact: str) -> str:
    return (
        f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
        "<version>1.0</version></dependency>\n"
    )


_BOOT = (
    "package org.example;\n\n"
    "import org.springframework.boot.SpringApplication;\n"
    "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class ShopApplication {\n"
    "    public static void main(String[] args) {\n"
    "        SpringApplication.run(ShopApplication.class, args);\n    }\n}\n"
)

_CLI = (
    "package org.example.cli;\n\npublic class Importer {\n"
    "    public static void main(String[] args) {\n    }\n}\n"
)


def _jvm(cli: bool = True, app_uses: str = "") -> dict[str, str]:
    modules = ["app", "store"] + (["cli"] if cli else [])
    files = {
        "pom.xml": _ROOT.format(modules="".join(f"    <module>{m}</module>\n" for m in modules)),
        "app/pom.xml": _module(
            "app",
            _dependency("org.springframework.boot", "spring-boot-starter-web")
            + _dependency("org.springframework.boot", "spring-boot-starter-test")
            .replace("</version>", "</version><scope>test</scope>")
            + app_uses,
        ),
        "app/src/main/java/org/example/ShopApplication.java": _BOOT,
        "store/pom.xml": _module(
            "store",
            _dependency("org.hibernate.orm", "hibernate-core")
            + _dependency("org.postgresql", "postgresql"),
        ),
    }
    if cli:
        files["cli/pom.xml"] = _module("cli", _dependency("org.example", "store"))
        files["cli/src/main/java/org/example/cli/Importer.java"] = _CLI
    return files


def test_a_module_only_a_command_line_module_uses_folds_into_no_service(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _jvm()))["app"]
    assert first(app, K.ORM) == ("", "")
    assert first(app, K.DATABASE) == ("", "")


def test_a_module_the_application_uses_too_stays_its_own(tmp_path: Path) -> None:
    files = _jvm(app_uses=_dependency("org.example", "store"))
    app = by_folder(write(tmp_path, files))["app"]
    assert first(app, K.ORM)[0] == "JPA / Hibernate"


def test_an_unused_module_still_folds_into_the_application(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _jvm(cli=False)))["app"]
    assert first(app, K.ORM)[0] == "JPA / Hibernate"


def _gradle(cli_uses: str) -> dict[str, str]:
    return {
        "settings.gradle": "rootProject.name = 'shop'\ninclude 'app', 'store', 'cli'\n",
        "app/build.gradle": (
            "plugins {\n    id 'org.springframework.boot' version '3.3.0'\n    id 'java'\n}\n"
            "dependencies {\n"
            "    implementation 'org.springframework.boot:spring-boot-starter-web'\n"
            "    testImplementation 'org.springframework.boot:spring-boot-starter-test'\n}\n"
        ),
        "app/src/main/java/org/example/ShopApplication.java": _BOOT,
        "store/build.gradle": (
            "plugins {\n    id 'java-library'\n}\n"
            "dependencies {\n    implementation 'org.hibernate.orm:hibernate-core:6.5.2.Final'\n"
            "    runtimeOnly 'org.postgresql:postgresql:42.7.3'\n}\n"
        ),
        "cli/build.gradle": (
            f"plugins {{\n    id 'application'\n}}\ndependencies {{\n{cli_uses}}}\n"
        ),
        "cli/src/main/java/org/example/cli/Importer.java": _CLI,
    }


def test_a_gradle_project_only_a_command_line_project_uses_folds_into_none(
    tmp_path: Path,
) -> None:
    files = _gradle("    implementation project(':store')\n")
    app = by_folder(write(tmp_path, files))["app"]
    assert first(app, K.ORM) == ("", "")


def test_a_gradle_project_a_test_configuration_names_still_folds(tmp_path: Path) -> None:
    # A test configuration is no use: the store has no known user and folds by nearness.
    files = _gradle("    testImplementation project(':store')\n")
    app = by_folder(write(tmp_path, files))["app"]
    assert first(app, K.ORM)[0] == "JPA / Hibernate"
