"""A .NET solution whose web hosts start through a shared host-defaults library (held-out set
58, #19): the library, on the plain SDK with the ASP.NET Core shared framework, calls
`WebApplication.CreateBuilder` for each host, whose `Program.cs` is one call into it. The
hosts on the Web SDK, each deployed by its Dockerfile, are the backends; the library is none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_LIBRARY = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n  </ItemGroup>\n'
    "  <ItemGroup>\n"
    '    <PackageReference Include="Serilog.AspNetCore" Version="10.0.0" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_HOST = (
    "public static class AppHost\n{\n"
    "    public static void Run(string[] args, Func<WebApplicationBuilder, WebApplication> build)\n"
    "    {\n        var builder = WebApplication.CreateBuilder(args);\n"
    "        builder.Services.AddHealthChecks();\n        var app = build(builder);\n"
    '        app.MapHealthChecks("/health");\n        app.Run();\n    }\n}\n'
)


def _web(name: str) -> str:
    return (
        '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
        "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
        '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL"'
        ' Version="10.0.0" />\n'
        '    <ProjectReference Include="..\\App.HostDefaults\\App.HostDefaults.csproj" />\n'
        "  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = (
    "AppHost.Run(args, builder =>\n{\n    builder.Services.AddControllers();\n"
    "    var app = builder.Build();\n    app.MapControllers();\n    return app;\n});\n"
)

_DOCKERFILE = (
    "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY . .\n"
    'RUN dotnet publish "src/%s" -c Release -o /app\n'
    "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app /app\n"
)


def test_a_host_defaults_library_is_no_backend(tmp_path: Path) -> None:
    files = {
        "src/App.HostDefaults/App.HostDefaults.csproj": _LIBRARY,
        "src/App.HostDefaults/AppHost.cs": _HOST,
        "src/App.API/App.API.csproj": _web("App.API"),
        "src/App.API/Program.cs": _PROGRAM,
        "src/App.API/Dockerfile": _DOCKERFILE % "App.API",
        "src/App.Identity/App.Identity.csproj": _web("App.Identity"),
        "src/App.Identity/Program.cs": _PROGRAM,
        "src/App.Identity/Dockerfile": _DOCKERFILE % "App.Identity",
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["src/App.API", "src/App.Identity"]
