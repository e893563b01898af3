"""Held-out set 126 (#19): a .NET 10 file-based program is a program of its own.

A maintenance script kept beside a solution, run alone by `dotnet run scripts/copy-tool/app.cs`:
its first lines are `#:package Microsoft.Data.SqlClient@6.0.1` directives, which a .NET 10 SDK
reads instead of a project file. It lies in no project's folder, so the walk files it under the
repository's root, whose code folds into the one ASP.NET Core site: its SQL Server became the
site's engine. A C# file opening with `#:` directives (`#:package`, `#:sdk`, `#:property`,
`#:project`) is built alone; neither its code nor its packages are any project's (`scan`).
Counter-cases: the same code without the directives, in the site's project or at the root as
before, still counts.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

from designer.model.stack import FindingKind

_SITE = {
    "web/src/Site/Site.csproj": csproj(
        "Microsoft.Extensions.Caching.StackExchangeRedis", sdk="Microsoft.NET.Sdk.Web"
    ),
    "web/src/Site/Program.cs": (
        "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddControllersWithViews();\n"
        "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
    ),
    "web/src/Site/Controllers/HomeController.cs": (
        "public class HomeController : Controller {\n"
        "    public IActionResult Index() => View();\n}\n"
    ),
    # An API of its own keeps the site a backend: views over a Redis cache alone are a UI
    # (`dotnet_sites`), which would leave no site to read the engines of.
    "web/src/Site/Controllers/StatsController.cs": (
        "[ApiController]\npublic class StatsController : ControllerBase {}\n"
    ),
}

_COPY_TOOL = """using System;
using System.Data;
using Microsoft.Data.SqlClient;

var source = args[0];
using var connection = new SqlConnection(source);
connection.Open();
using var command = new SqlCommand("SELECT name FROM sys.tables", connection);
using var reader = command.ExecuteReader();
while (reader.Read()) Console.WriteLine(reader.GetString(0));
"""

_DIRECTIVES = "#:package Microsoft.Data.SqlClient@6.0.1\n#:property PublishAot=false\n\n"


def _engines(root: Path, folder: str) -> set[str]:
    backend = by_folder(root)[folder]
    return {f.name for f in backend.findings if f.kind is FindingKind.DATABASE}


def test_a_file_based_program_folds_into_no_project(tmp_path: Path) -> None:
    write(tmp_path, {**_SITE, "scripts/copy-tool/app.cs": _DIRECTIVES + _COPY_TOOL})
    assert "SQL Server" not in _engines(tmp_path, "web/src/Site")


def test_directives_after_a_shebang_and_comments_still_mark_one(tmp_path: Path) -> None:
    head = "#!/usr/bin/env dotnet\n// Copies a database.\n" + _DIRECTIVES
    write(tmp_path, {**_SITE, "scripts/copy-tool/app.cs": head + _COPY_TOOL})
    assert "SQL Server" not in _engines(tmp_path, "web/src/Site")


def test_the_same_code_without_directives_still_counts(tmp_path: Path) -> None:
    write(tmp_path, {**_SITE, "scripts/copy-tool/app.cs": _COPY_TOOL})
    assert "SQL Server" in _engines(tmp_path, "web/src/Site")


def test_an_ordinary_file_of_the_project_still_counts(tmp_path: Path) -> None:
    write(tmp_path, {**_SITE, "web/src/Site/Data/Copier.cs": _COPY_TOOL})
    assert "SQL Server" in _engines(tmp_path, "web/src/Site")
