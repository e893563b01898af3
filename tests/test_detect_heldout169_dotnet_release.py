"""ASP.NET Core's version: a package of another release line is not the framework's (set 169, #19).

A Razor Pages admin on `netcoreapp3.1` references `Microsoft.AspNetCore.Blazor.HttpClient`
3.2.0-preview3 (the Blazor WebAssembly line, released apart from the shared framework) beside
`Microsoft.AspNetCore.Session` 2.2.0 (a standalone package of old): it runs ASP.NET Core 3.1,
its target's shared framework. A package of the target's own major and minor (3.1.9) still
gives the exact release."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROGRAM = """public class Program
{
    public static void Main(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
            .Build()
            .Run();
}
"""


def _admin(*packages: tuple[str, str]) -> dict[str, str]:
    items = "\n".join(
        f'    <PackageReference Include="{name}" Version="{version}" />'
        for name, version in packages
    )
    return {
        "Admin/Admin.csproj": (
            '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
            "    <TargetFramework>netcoreapp3.1</TargetFramework>\n  </PropertyGroup>\n"
            f"  <ItemGroup>\n{items}\n  </ItemGroup>\n</Project>\n"
        ),
        "Admin/Program.cs": _PROGRAM,
        "Admin/Pages/Index.cshtml.cs": "public class IndexModel : PageModel { }\n",
    }


def test_a_preview_package_of_another_line_is_not_the_framework(tmp_path: Path) -> None:
    files = _admin(
        ("Microsoft.AspNetCore.Blazor.HttpClient", "3.2.0-preview3.20168.3"),
        ("Microsoft.AspNetCore.Session", "2.2.0"),
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["Admin"], K.FRAMEWORK) == ("ASP.NET Core", "3.1")


def test_a_package_of_the_targets_release_gives_the_exact_version(tmp_path: Path) -> None:
    # Counter-case: a package of 3.1 itself names the framework's patch release.
    files = _admin(
        ("Microsoft.AspNetCore.Blazor.HttpClient", "3.2.0-preview3.20168.3"),
        ("Microsoft.AspNetCore.Mvc.NewtonsoftJson", "3.1.9"),
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["Admin"], K.FRAMEWORK) == ("ASP.NET Core", "3.1.9")
