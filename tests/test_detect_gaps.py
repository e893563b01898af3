"""Generic gaps the held-out corpus showed (benchmarks/detect_corpus.yaml), each as a small
fixture of the real shape: a .NET solution's shared test projects and library projects, a
Web SDK project without an ASP.NET Core package, a Go program that imports its framework in
main.go and builds the router elsewhere, plain database/sql, a *TestCase base class (#19)."""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import go_mod, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind


def by_folder(root: Path) -> dict[str, DetectedBackend]:
    return {b.folder: b for b in detect(root).backends}


def first(backend: DetectedBackend, kind: FindingKind) -> tuple[str, str]:
    found = next((f for f in backend.findings if f.kind is kind), None)
    return (found.name, found.version) if found else ("", "")


def csproj(*packages: str, sdk: str = "Microsoft.NET.Sdk", test: bool = False) -> str:
    items = "\n".join(f'    <PackageReference Include="{p}" />' for p in packages)
    marker = "    <IsTestProject>true</IsTestProject>\n" if test else ""
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n{marker}  </PropertyGroup>\n'
        f"  <ItemGroup>\n{items}\n  </ItemGroup>\n</Project>\n"
    )


PROPS = "<Project>\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n" \
    "  </PropertyGroup>\n</Project>\n"
PACKAGES = (
    "<Project>\n  <ItemGroup>\n"
    '    <PackageVersion Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.4" />\n'
    '    <PackageVersion Include="xunit" Version="2.7.0" />\n'
    '    <PackageVersion Include="xunit.v3" Version="3.2.2" />\n'
    '    <PackageVersion Include="MSTest" Version="3.2.2" />\n'
    "  </ItemGroup>\n</Project>\n"
)
WEB_MAIN = "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"


def solution() -> dict[str, str]:
    """Two web apps of one solution, a shared library beside one of them, and test projects
    under tests/ that reference both apps."""
    web = csproj(sdk="Microsoft.NET.Sdk.Web")
    return {
        "Directory.Build.props": PROPS,
        "Directory.Packages.props": PACKAGES,
        "src/Web/Web.csproj": web,
        "src/Web/Program.cs": WEB_MAIN,
        "src/PublicApi/PublicApi.csproj": web,
        "src/PublicApi/Program.cs": WEB_MAIN,
        "sample/Demo/src/Demo.Web/Demo.Web.csproj": web,
        "sample/Demo/src/Demo.Web/Program.cs": WEB_MAIN,
        "sample/Demo/src/Demo.Infrastructure/Demo.Infrastructure.csproj": csproj(
            "Microsoft.EntityFrameworkCore.SqlServer"
        ),
        "tests/UnitTests/UnitTests.csproj": csproj("xunit.v3", test=True),
        "tests/FunctionalTests/FunctionalTests.csproj": csproj("xunit", test=True),
        "tests/ApiTests/ApiTests.csproj": csproj("MSTest", test=True),
    }


def test_web_sdk_project_is_versioned_from_its_target_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, solution()))
    assert first(found["src/Web"], FindingKind.FRAMEWORK) == ("ASP.NET Core", "8.0")
    framework = found["src/Web"].findings[0]
    assert framework.evidence[0].path == "src/Web/Web.csproj"


def test_shared_test_projects_test_every_service_of_the_solution(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, solution()))
    assert set(found) == {"src/Web", "src/PublicApi", "sample/Demo/src/Demo.Web"}
    for folder in ("src/Web", "src/PublicApi"):
        tools = [f.name for f in found[folder].findings if f.kind is FindingKind.TEST]
        # xUnit is used by two test projects, MSTest by one: xUnit is the main tool.
        assert tools == ["xUnit", "MSTest"]
        assert first(found[folder], FindingKind.DATABASE) == ("", "")


def test_library_project_folds_into_the_nearest_service(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, solution()))
    demo = found["sample/Demo/src/Demo.Web"]
    assert first(demo, FindingKind.DATABASE) == ("SQL Server", "")
    evidence = next(f for f in demo.findings if f.kind is FindingKind.DATABASE).evidence
    assert evidence[0].path == "sample/Demo/src/Demo.Infrastructure/Demo.Infrastructure.csproj"


def go_app(main: str, **extra: str) -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gin-gonic/gin v1.9.1", "github.com/astaxie/beego v1.12.3"
        ),
        "main.go": main,
        **extra,
    }


def test_go_main_importing_the_framework_decides_it(tmp_path: Path) -> None:
    main = 'package main\n\nimport (\n\t"net/http"\n\n\t"github.com/gin-gonic/gin"\n)\n\n' \
        "func main() { gin.SetMode(gin.ReleaseMode); http.ListenAndServe(\":80\", nil) }\n"
    helper = 'package api\n\nimport "github.com/astaxie/beego/validation"\n'
    (backend,) = detect(write(tmp_path, go_app(main, **{"api/tag.go": helper}))).backends
    assert not backend.ambiguous
    assert first(backend, FindingKind.FRAMEWORK) == ("Gin", "v1.9.1")


def test_go_database_sql_is_a_query_layer(tmp_path: Path) -> None:
    main = 'package main\n\nimport (\n\t"database/sql"\n\n\t"github.com/gin-gonic/gin"\n)\n' \
        "var db *sql.DB\n"
    (backend,) = detect(write(tmp_path, go_app(main))).backends
    assert first(backend, FindingKind.QUERY) == ("database/sql", "")
    assert first(backend, FindingKind.ORM) == ("", "")


def test_go_database_sql_in_a_comment_is_nothing(tmp_path: Path) -> None:
    main = 'package main\n\n// uses "database/sql" some day\nimport "github.com/gin-gonic/gin"\n'
    (backend,) = detect(write(tmp_path, go_app(main))).backends
    assert first(backend, FindingKind.QUERY) == ("", "")


def test_testcase_base_class_is_unittest(tmp_path: Path) -> None:
    files = {
        "requirements.txt": "Django==5.0.6\nwagtail==6.1\n",
        "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 's')\n",
        "home/tests/test_page.py": "from wagtail.test.utils import WagtailPageTestCase\n\n\n"
        "class HomePageTest(WagtailPageTestCase):\n    pass\n",
    }
    (backend,) = detect(write(tmp_path, files)).backends
    tests = next(f for f in backend.findings if f.kind is FindingKind.TEST)
    assert tests.name == "unittest"
    assert [(e.path, e.line) for e in tests.evidence] == [("home/tests/test_page.py", 4)]


def test_go_library_importing_the_framework_is_not_a_service(tmp_path: Path) -> None:
    app = "package main\n\nfunc main() { r := gin.Default(); r.Run() }\n"
    middleware = 'package auth\n\nimport "github.com/gin-gonic/gin"\n\n' \
        "func Require(c *gin.Context) {}\n"
    files = {
        "api/go.mod": go_mod("github.com/gin-gonic/gin v1.9.1"),
        "api/main.go": app,
        "pkg/auth/go.mod": go_mod("github.com/gin-gonic/gin v1.9.1"),
        "pkg/auth/auth.go": middleware,
    }
    assert set(by_folder(write(tmp_path, files))) == {"api"}
