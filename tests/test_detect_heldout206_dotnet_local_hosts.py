"""Held-out set 206 (#19): Web SDK projects of a .NET solution that are no backends of their own.

- A reverse-proxy part of the API, a Web SDK project whose `Program.cs` maps its endpoints
  through its own extension (`app.MapSyncProxy()`), which the API references and maps in its
  own start-up: the API's library, no backend (`dotnet_hosted_parts`). The same project with
  a Dockerfile of its own, or whose extension the API never maps, stays one.
- A self-contained local web host whose code opens the desktop's browser on its own address
  (`Process.Start(new ProcessStartInfo("xdg-open", url))`), keeping a SQLite file: a desktop
  app, no backend (`dotnet_browser_apps`). A server that only starts another program
  (`Process.Start("git", …)`) stays one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

_WEB = "Microsoft.NET.Sdk.Web"

_API_PROGRAM = """using Acme.SyncProxy;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddDbContext<AppDbContext>(o => o.UseNpgsql(builder.Configuration["Db"]));
builder.Services.AddSyncProxy();
var app = builder.Build();
app.MapControllers();
app.MapSyncProxy("Bearer");
app.Run();
"""

_API_CONTROLLER = """using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/projects")]
public class ProjectsController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => Ok();
}
"""

_PROXY_PROGRAM = """using Acme.SyncProxy;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient();
builder.Services.AddSyncProxy();
var app = builder.Build();
app.UseRouting();
app.MapSyncProxy();
app.MapHealthChecks("/health");
app.Run();
"""

_PROXY_KERNEL = """namespace Acme.SyncProxy;

public static class ProxyKernel
{
    public static void AddSyncProxy(this IServiceCollection services)
    {
        services.AddReverseProxy();
    }

    public static void MapSyncProxy(this IEndpointRouteBuilder app, string? scheme = null)
    {
        app.MapForwarder("/hg/{**rest}", "http://hgweb");
    }
}
"""


def _solution() -> dict[str, str]:
    return {
        "backend/Api/Api.csproj": csproj("Npgsql.EntityFrameworkCore.PostgreSQL", sdk=_WEB).replace(
            "</Project>",
            '  <ItemGroup>\n    <ProjectReference Include="..\\SyncProxy\\SyncProxy.csproj" />\n'
            "  </ItemGroup>\n</Project>",
        ),
        "backend/Api/Program.cs": _API_PROGRAM,
        "backend/Api/Controllers/ProjectsController.cs": _API_CONTROLLER,
        "backend/Api/AppDbContext.cs": (
            "public class AppDbContext : DbContext\n{\n"
            "    public AppDbContext(DbContextOptions<AppDbContext> o) : base(o) {}\n}\n"
        ),
        "backend/Dockerfile": (
            "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nCOPY . .\n"
            'RUN dotnet publish "Api/Api.csproj" -o /app\n'
            'ENTRYPOINT ["dotnet", "Api.dll"]\n'
        ),
        "backend/SyncProxy/SyncProxy.csproj": csproj("Yarp.ReverseProxy", sdk=_WEB),
        "backend/SyncProxy/Program.cs": _PROXY_PROGRAM,
        "backend/SyncProxy/ProxyKernel.cs": _PROXY_KERNEL,
    }


def test_a_part_the_api_hosts_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert "backend/SyncProxy" not in found
    assert "backend/Api" in found


def test_a_part_shipped_alone_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: a Dockerfile of its own ships it by itself.
    files = _solution()
    files["backend/SyncProxy/Dockerfile"] = (
        "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY out/ .\n"
        'ENTRYPOINT ["dotnet", "SyncProxy.dll"]\n'
    )
    found = by_folder(write(tmp_path, files))
    assert "backend/SyncProxy" in found


def test_a_part_whose_endpoints_the_api_does_not_map_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: the API references the project (for its types) but maps none of it.
    files = _solution()
    files["backend/Api/Program.cs"] = _API_PROGRAM.replace('app.MapSyncProxy("Bearer");\n', "")
    found = by_folder(write(tmp_path, files))
    assert "backend/SyncProxy" in found


_LOCAL_SERVER = """using System.Diagnostics;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<LocalDbContext>(o => o.UseSqlite("Data Source=projects.sqlite"));
var app = builder.Build();
app.MapGet("/api/entries", () => Results.Ok());
await app.StartAsync();
LocalLauncher.LaunchBrowser(app.Urls.First());
await app.WaitForShutdownAsync();
"""

_LAUNCHER = """using System.Diagnostics;
using System.Runtime.InteropServices;

public static class LocalLauncher
{
    public static void LaunchBrowser(string url)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            Process.Start(new ProcessStartInfo("xdg-open", url) { UseShellExecute = true });
        }
        else if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            Process.Start("open", url);
        }
    }
}
"""


def _local(launcher: str) -> dict[str, str]:
    files = _solution()
    files["backend/Local/Local.csproj"] = csproj(
        "Microsoft.EntityFrameworkCore.Sqlite", sdk=_WEB
    ).replace("<PropertyGroup>\n", "<PropertyGroup>\n    <SelfContained>true</SelfContained>\n")
    files["backend/Local/Program.cs"] = _LOCAL_SERVER
    files["backend/Local/LocalLauncher.cs"] = launcher
    files["backend/Local/LocalDbContext.cs"] = (
        "public class LocalDbContext : DbContext\n{\n"
        "    public LocalDbContext(DbContextOptions<LocalDbContext> o) : base(o) {}\n}\n"
    )
    return files


def test_a_host_opening_the_desktop_browser_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _local(_LAUNCHER)))
    assert "backend/Local" not in found
    assert "backend/Api" in found


def test_a_host_starting_another_program_stays_a_backend(tmp_path: Path) -> None:
    # Counter-case: it starts `git`, not a browser.
    launcher = _LAUNCHER.replace('"xdg-open", url', '"git", "pull"').replace(
        'Process.Start("open", url);', 'Process.Start("git", "fetch");'
    )
    found = by_folder(write(tmp_path, _local(launcher)))
    assert "backend/Local" in found
