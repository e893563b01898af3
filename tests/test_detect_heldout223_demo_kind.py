""".NET: a project named a demonstration of some kind of program is no backend (set 223, #19).

A tool's repository keeps, beside the product's web application, a small ASP.NET Core project
named `Acme.Cli.DemoApi`: a controller handing out images, no data of its own, which the
tool's README starts to try the tool against. Its name says what it is: a demonstration's word
followed only by the kind of program (`DemoApi`, `SampleWeb`), so it is a demo, not a part of
the product (`nonservices.is_demo`). A project named for what its sample shows
(`Acme.SampleToDo.Web`) and one keeping data of its own are left as they were."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = "Microsoft.NET.Sdk.Web"


def _csproj(*packages: str) -> str:
    items = "".join(
        f'    <PackageReference Include="{name}" Version="{version}" />\n'
        for name, version in (p.split("@") for p in packages)
    )
    return (
        f'<Project Sdk="{_WEB}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_CONTROLLER = (
    "using Microsoft.AspNetCore.Mvc;\n\n[ApiController]\n[Route(\"[controller]\")]\n"
    "public class FilesController : ControllerBase\n{\n"
    '    [HttpGet("{id}")]\n    public IActionResult Get(string id) => '
    'File(System.IO.File.OpenRead($"images/{id}.png"), "image/png");\n}\n'
)

_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\n"
    "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
)


def _repo(demo: str) -> dict[str, str]:
    return {
        "Acme.sln": "Microsoft Visual Studio Solution File, Format Version 12.00\n",
        "src/Acme/Acme.csproj": _csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL@8.0.0", "Microsoft.EntityFrameworkCore@8.0.0"
        ),
        "src/Acme/Program.cs": _PROGRAM,
        "src/Acme/Data/AcmeContext.cs": (
            "using Microsoft.EntityFrameworkCore;\n\n"
            "public class AcmeContext : DbContext\n{\n"
            "    public DbSet<Item> Items { get; set; }\n}\n"
        ),
        "src/Acme/Controllers/ItemsController.cs": _CONTROLLER.replace("Files", "Items"),
        "src/Acme.Cli/Acme.Cli.csproj": (
            '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
            "    <OutputType>Exe</OutputType>\n    <TargetFramework>net8.0</TargetFramework>\n"
            "  </PropertyGroup>\n</Project>\n"
        ),
        "src/Acme.Cli/Program.cs": "Console.WriteLine(\"acme\");\n",
        f"src/{demo}/{demo}.csproj": _csproj("Swashbuckle.AspNetCore@6.5.0"),
        f"src/{demo}/Program.cs": _PROGRAM,
        f"src/{demo}/FilesController.cs": _CONTROLLER,
    }


def test_a_demo_api_beside_the_product_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo("Acme.Cli.DemoApi")))
    assert sorted(found) == ["src/Acme"]
    assert first(found["src/Acme"], K.FRAMEWORK)[0] == "ASP.NET Core"


def test_a_sample_web_is_no_backend_either(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repo("Acme.SampleWeb")))
    assert sorted(found) == ["src/Acme"]


def test_an_application_named_for_what_it_shows_is_a_backend(tmp_path: Path) -> None:
    # Counter-case: after the demonstration's word comes what it is about, not its kind.
    found = by_folder(write(tmp_path, _repo("Acme.DemoInvoices")))
    assert "src/Acme.DemoInvoices" in found


def test_a_kind_word_alone_is_no_demo(tmp_path: Path) -> None:
    # Counter-case: `Acme.WebApi` holds no demonstration's word at all.
    found = by_folder(write(tmp_path, _repo("Acme.WebApi")))
    assert "src/Acme.WebApi" in found
