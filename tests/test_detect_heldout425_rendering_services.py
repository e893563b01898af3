"""An ASP.NET Core project whose controllers render views over models other programs post
(`[FromBody]`), referencing the product's common library that also holds its SQL code (#19):
a rendering service the product calls, so a backend, keeping no data of its own."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

LIBRARY = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.Data.SqlClient" Version="4.1.0" />\n'
    "  </ItemGroup>\n</Project>\n"
)
READINGS = (
    "using Microsoft.Data.SqlClient;\nnamespace Common\n{\n    public class Reading\n    {\n"
    "        public static void Save(string cs)\n        {\n"
    "            using var cn = new SqlConnection(cs);\n"
    '            new SqlCommand("INSERT INTO Readings VALUES (1)", cn).ExecuteNonQuery();\n'
    "        }\n    }\n}\n"
)
MODELS = "namespace Common\n{\n    public class AlertModel { public string Name = \"\"; }\n}\n"


def _web(reference: str) -> str:
    return (
        '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
        "    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
        '    <PackageReference Include="Microsoft.AspNetCore.Mvc.NewtonsoftJson" '
        'Version="6.0.16" />\n  </ItemGroup>\n  <ItemGroup>\n'
        f'    <ProjectReference Include="{reference}" />\n  </ItemGroup>\n</Project>\n'
    )


PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddControllersWithViews().AddNewtonsoftJson();\n"
    "var app = builder.Build();\napp.UseRouting();\n"
    'app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");\n'
    "app.Run();\n"
)


MAIN = (
    "using Common;\nvar builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
    'app.MapPost("/readings", () => Reading.Save("Server=db"));\napp.Run();\n'
)


def _controller(parameter: str) -> str:
    return (
        "using Microsoft.AspNetCore.Mvc;\nusing Common;\nnamespace Mail.Controllers\n{\n"
        "    public class EmailController : Controller\n    {\n"
        f"        public IActionResult Alert({parameter} AlertModel model)\n        {{\n"
        '            return View("Alert", model);\n        }\n    }\n}\n'
    )


def _tree(tmp_path: Path, parameter: str) -> Path:
    return write(
        tmp_path,
        {
            "Libraries/Common/Common.csproj": LIBRARY,
            "Libraries/Common/Reading.cs": READINGS,
            "Libraries/Common/Models.cs": MODELS,
            "Websites/Mail/Mail.csproj": _web("..\\..\\Libraries\\Common\\Common.csproj"),
            "Websites/Mail/Program.cs": PROGRAM,
            "Websites/Mail/Controllers/EmailController.cs": _controller(parameter),
            "Websites/Mail/Views/Email/Alert.cshtml": "<p>@Model.Name</p>\n",
            # The product's main site, which saves readings through the library.
            "Websites/Main/Main.csproj": _web("..\\..\\Libraries\\Common\\Common.csproj"),
            "Websites/Main/Program.cs": MAIN,
        },
    )


def test_renderer_of_posted_models_is_a_backend_without_data(tmp_path: Path) -> None:
    backends = by_folder(_tree(tmp_path, "[FromBody]"))
    mail = backends["Websites/Mail"]
    assert first(mail, K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(mail, K.QUERY) == ("", "")
    assert first(mail, K.DATABASE) == ("", "")


def test_main_site_keeps_the_library_data(tmp_path: Path) -> None:
    backends = by_folder(_tree(tmp_path, "[FromBody]"))
    assert first(backends["Websites/Main"], K.DATABASE)[0] == "SQL Server"


def test_site_without_posted_models_takes_the_library_data(tmp_path: Path) -> None:
    # No posted body: the site's own pages, left to the site rules as before.
    mail = by_folder(_tree(tmp_path, "")).get("Websites/Mail")
    assert mail is None or first(mail, K.DATABASE)[0] == "SQL Server"
