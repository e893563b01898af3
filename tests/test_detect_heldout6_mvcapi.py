"""An ASP.NET Core API registering MVC whole (held-out set 6, #19): a favicon fetcher's host
calls `services.AddMvc()` and its controllers derive from `Controller`, but every action
answers JSON or image bytes and the project holds no Razor view. MVC without views renders no
page: it is an API, a backend. The counter-cases: a controller returning `View()`, or a
`.cshtml` view in the project, keep it a site that renders UI."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

_CSPROJ = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n"
    '  <ItemGroup>\n    <PackageReference Include="AngleSharp" Version="[1.5.2]" />\n'
    "  </ItemGroup>\n</Project>\n"
)
_PROGRAM = (
    "namespace Icons;\n\npublic class Program\n{\n"
    "    public static void Main(string[] args)\n    {\n"
    "        Host.CreateDefaultBuilder(args)\n"
    "            .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())\n"
    "            .Build().Run();\n    }\n}\n"
)
_STARTUP = (
    "namespace Icons;\n\npublic class Startup\n{\n"
    "    public void ConfigureServices(IServiceCollection services)\n    {\n"
    "        services.AddMemoryCache();\n        services.AddMvc();\n    }\n\n"
    "    public void Configure(IApplicationBuilder app)\n    {\n"
    "        app.UseRouting();\n        app.UseEndpoints(e => e.MapDefaultControllerRoute());\n"
    "    }\n}\n"
)
_CONTROLLER = (
    "using Microsoft.AspNetCore.Mvc;\n\nnamespace Icons.Controllers;\n\n"
    '[Route("")]\npublic class IconsController : Controller\n{{\n'
    '    [HttpGet("{{hostname}}/icon.png")]\n'
    "    public IActionResult Get(string hostname)\n    {{\n"
    "        {answer}\n    }}\n}}\n"
)
_BYTES = 'return new FileContentResult(new byte[0], "image/png");'


def _files(answer: str = _BYTES, view: bool = False) -> dict[str, str]:
    files = {
        "src/Icons/Icons.csproj": _CSPROJ,
        "src/Icons/Program.cs": _PROGRAM,
        "src/Icons/Startup.cs": _STARTUP,
        "src/Icons/Controllers/IconsController.cs": _CONTROLLER.format(answer=answer),
    }
    if view:
        files["src/Icons/Views/Icons/Get.cshtml"] = "<h1>@Model.Name</h1>\n"
    return files


def test_mvc_without_views_is_an_api(tmp_path: Path) -> None:
    write(tmp_path, _files())
    assert "src/Icons" in by_folder(tmp_path)


@pytest.mark.parametrize("change", ["returns a view", "view file"])
def test_mvc_with_views_stays_a_site(tmp_path: Path, change: str) -> None:
    files = _files(answer="return View();") if change == "returns a view" else _files(view=True)
    write(tmp_path, files)
    assert "src/Icons" not in by_folder(tmp_path)
