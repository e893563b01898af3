"""An ASP.NET Core WebSocket relay beside the product's server, as set 134 showed it
(benchmarks/detect_heldout134.yaml, #19): a Web SDK project whose Program.cs maps a health
check and `app.MapWebSocketRelay("/relay")`, an extension defined in a library of the solution
that turns WebSocket on for that path and hands the connection to a middleware
(`UseWebSockets()`, `UseMiddleware<WebSocketRelayMiddleware>()`). No data of its own, no HTTP
API: no backend, as a Node server only taking the connections' upgrade is none. Counter-cases:
the same project with a minimal-API route of its own, and one mapping an extension whose
definition maps routes (`MapGet`)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

_SERVER = {
    "Server/Server.csproj": csproj(
        "Npgsql.EntityFrameworkCore.PostgreSQL", sdk="Microsoft.NET.Sdk.Web"
    ),
    "Server/Program.cs": (
        "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddControllers();\n"
        "builder.Services.AddDbContext<AppDb>(o => o.UseNpgsql(\"Host=db\"));\n"
        "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
    ),
    "Server/Controllers/DevicesController.cs": (
        "[ApiController]\npublic class DevicesController : ControllerBase {\n"
        "    [HttpGet(\"/api/devices\")] public IActionResult Get() => Ok();\n}\n"
    ),
}

_RELAY_CSPROJ = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Libraries\\Relay.Common\\Relay.Common.csproj" />
  </ItemGroup>
</Project>
"""


def _relay(program_extra: str = "", extension_extra: str = "") -> dict[str, str]:
    return {
        "Relay/Relay.csproj": _RELAY_CSPROJ,
        "Relay/appsettings.json": '{"Logging": {"LogLevel": {"Default": "Information"}}}\n',
        "Relay/Dockerfile": (
            "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nEXPOSE 8080\n"
            'ENTRYPOINT ["dotnet", "Relay.dll"]\n'
        ),
        "Relay/Program.cs": (
            "using Relay.Common.Extensions;\n\n"
            "var builder = WebApplication.CreateSlimBuilder(args);\n"
            "builder.Services.AddWebSocketRelay();\nbuilder.Services.AddHealthChecks();\n"
            "var app = builder.Build();\napp.MapHealthChecks(\"/health\");\n"
            f"app.MapWebSocketRelay(\"/relay\");\n{program_extra}app.Run();\n"
        ),
        "Libraries/Relay.Common/Relay.Common.csproj": (
            '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n'
            '    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n'
            "  </ItemGroup>\n</Project>\n"
        ),
        "Libraries/Relay.Common/Extensions/RelayExtensions.cs": (
            "namespace Relay.Common.Extensions;\n\npublic static class RelayExtensions\n{\n"
            "  public static IServiceCollection AddWebSocketRelay(this IServiceCollection s)\n"
            "    => s.AddSingleton<SessionStore>();\n\n"
            "  public static IApplicationBuilder MapWebSocketRelay(\n"
            "      this IApplicationBuilder app,\n      string websocketPath = \"/relay\")\n  {\n"
            "    app.UseWhen(x => x.Request.Path.StartsWithSegments(websocketPath), x =>\n"
            "    {\n      x.UseWebSockets();\n"
            "      x.UseMiddleware<WebSocketRelayMiddleware>();\n    });\n"
            f"{extension_extra}    return app;\n  }}\n}}\n"
        ),
    }


def test_a_server_only_relaying_websockets_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, {**_SERVER, **_relay()}))
    assert set(found) == {"Server"}


def test_a_relay_with_a_route_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: a minimal-API route beside the relay serves HTTP clients.
    extra = 'app.MapGet("/sessions", () => Results.Ok());\n'
    found = by_folder(write(tmp_path, {**_SERVER, **_relay(program_extra=extra)}))
    assert "Relay" in found


def test_an_extension_mapping_routes_stays(tmp_path: Path) -> None:
    # Counter-case: the extension's file also maps an HTTP route.
    extra = '    ((WebApplication)app).MapGet("/sessions", () => "[]");\n'
    found = by_folder(write(tmp_path, {**_SERVER, **_relay(extension_extra=extra)}))
    assert "Relay" in found


def test_a_long_run_of_blanks_after_static_is_read_at_once() -> None:
    # One pattern spanning `static … Map<name>(this` once backtracked without bound here.
    from designer.detect.dotnet_relays import _defines

    assert not _defines("WebSocketRelay", "static " + " " * 100_000 + "x")
    assert _defines("WebSocketRelay", "public static IApp MapWebSocketRelay(this IApp app)")
