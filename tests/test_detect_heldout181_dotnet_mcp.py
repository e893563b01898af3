""".NET: a Web SDK project only hosting an MCP server for AI clients is no backend (set 181, #19).

A product's solution keeps its API (controllers, EF Core on SQL Server) and, beside it, a Web SDK
project that serves the Model Context Protocol over HTTP (`AddMcpServer().WithHttpTransport()`,
`app.MapMcp()`) with tools over the shared library's managers. It registers the library's
context with no provider, reads no connection string, and a middleware admits only requests
carrying the one key its environment holds: its operators' tool for their AI assistants, not a
backend, even though its Dockerfile runs it (`dotnet_mcp_hosts`). Counter-cases keep it: a
deployed one that any client may call, one that gives its context a provider, one that maps a
route of its own beside the MCP endpoint."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_LIB = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="10.0.1" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_API = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <ProjectReference Include="..\\Shop.Shared\\Shop.Shared.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_MCP = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="ModelContextProtocol.AspNetCore" Version="1.4.1" />\n'
    '    <ProjectReference Include="..\\Shop.Shared\\Shop.Shared.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_API_PROGRAM = (
    "using Microsoft.EntityFrameworkCore;\nusing Shop.Shared;\n\n"
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddDbContext<ShopDbContext>(o =>\n"
    '    o.UseSqlServer(builder.Configuration["ShopConnectionString"]));\n'
    "builder.Services.AddControllers();\n"
    "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
)

_ORDERS = (
    "using Microsoft.AspNetCore.Mvc;\n\nnamespace Shop.Controllers;\n\n"
    '[ApiController]\n[Route("api/orders")]\npublic class OrdersController : ControllerBase\n'
    "{\n    [HttpGet]\n    public IActionResult Get() => Ok();\n}\n"
)


def _mcp_program(register: str = "services.AddDbContext<ShopDbContext>();", extra: str = "") -> str:
    return (
        "using ModelContextProtocol.AspNetCore;\nusing Shop.Shared;\n\n"
        "var builder = WebApplication.CreateBuilder(args);\nvar services = builder.Services;\n"
        f"{register}\nservices.AddScoped<OrderManager>();\n"
        "builder.Services\n    .AddMcpServer()\n    .WithHttpTransport()\n"
        "    .WithToolsFromAssembly();\n"
        "var app = builder.Build();\napp.UseMiddleware<ApiKeyAuthMiddleware>();\n"
        f"{extra}app.MapMcp();\napp.Run();\n"
    )


_KEY_MIDDLEWARE = (
    "namespace Shop.Mcp;\n\npublic class ApiKeyAuthMiddleware(RequestDelegate next)\n{\n"
    "    public async Task InvokeAsync(HttpContext context)\n    {\n"
    '        var expected = Environment.GetEnvironmentVariable("MCP_API_KEY");\n'
    '        if (!context.Request.Headers.TryGetValue("Authorization", out var given)\n'
    "            || given.ToString() != expected)\n        {\n"
    "            context.Response.StatusCode = 401;\n            return;\n        }\n"
    "        await next(context);\n    }\n}\n"
)

_LOG_MIDDLEWARE = (
    "namespace Shop.Mcp;\n\npublic class ApiKeyAuthMiddleware(RequestDelegate next)\n{\n"
    "    public async Task InvokeAsync(HttpContext context) => await next(context);\n}\n"
)

_DOCKERFILE = (
    "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final\nWORKDIR /app\nEXPOSE 8080\n"
    'COPY --from=publish /app/publish .\nENTRYPOINT ["dotnet", "Shop.Mcp.dll"]\n'
)


def _solution(**mcp_files: str) -> dict[str, str]:
    files = {
        "Shop.Shared/Shop.Shared.csproj": _LIB,
        "Shop.Shared/ShopDbContext.cs": "using Microsoft.EntityFrameworkCore;\n\n"
        "namespace Shop.Shared;\n\npublic class ShopDbContext(DbContextOptions<ShopDbContext> o)"
        " : DbContext(o)\n{\n}\n",
        "Shop.Shared/OrderManager.cs": "namespace Shop.Shared;\n\npublic class OrderManager\n"
        "{\n}\n",
        "Shop.Api/Shop.Api.csproj": _API,
        "Shop.Api/Program.cs": _API_PROGRAM,
        "Shop.Api/Controllers/OrdersController.cs": _ORDERS,
        "Shop.Mcp/Shop.Mcp.csproj": _MCP,
        "Shop.Mcp/Program.cs": _mcp_program(),
        "Shop.Mcp/ApiKeyAuthMiddleware.cs": _KEY_MIDDLEWARE,
        "Shop.Mcp/Tools/SearchOrdersTool.cs": "namespace Shop.Mcp.Tools;\n\n"
        "[McpServerToolType]\npublic class SearchOrdersTool\n{\n}\n",
        "Shop.Mcp/Dockerfile": _DOCKERFILE,
    }
    files.update({f"Shop.Mcp/{name}": text for name, text in mcp_files.items()})
    return files


def test_a_key_gated_mcp_host_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert "Shop.Api" in found
    assert "Shop.Mcp" not in found


def test_an_mcp_host_nothing_deploys_is_no_backend(tmp_path: Path) -> None:
    # No key, but no Dockerfile of its own either: a bridge a user starts beside a client.
    files = _solution(**{"ApiKeyAuthMiddleware.cs": _LOG_MIDDLEWARE})
    del files["Shop.Mcp/Dockerfile"]
    assert "Shop.Mcp" not in by_folder(write(tmp_path, files))


def test_a_deployed_mcp_host_open_to_clients_stays(tmp_path: Path) -> None:
    # Counter-case: deployed, and its middleware checks no key: a service to the product's clients.
    files = _solution(**{"ApiKeyAuthMiddleware.cs": _LOG_MIDDLEWARE})
    assert "Shop.Mcp" in by_folder(write(tmp_path, files))


def test_an_mcp_host_opening_a_store_stays(tmp_path: Path) -> None:
    # Counter-case: its own context is given a provider: data of its own.
    program = _mcp_program(
        'services.AddDbContext<ShopDbContext>(o => o.UseSqlServer("Server=db;Database=shop"));'
    )
    assert "Shop.Mcp" in by_folder(write(tmp_path, _solution(**{"Program.cs": program})))


def test_an_mcp_host_with_a_route_of_its_own_stays(tmp_path: Path) -> None:
    # Counter-case: a minimal-API route beside the MCP endpoint.
    program = _mcp_program(extra='app.MapGet("/orders", () => Results.Ok());\n')
    assert "Shop.Mcp" in by_folder(write(tmp_path, _solution(**{"Program.cs": program})))
