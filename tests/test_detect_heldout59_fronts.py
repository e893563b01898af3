"""Server-rendered fronts with no data of their own over the product's APIs (#19, the rule of
session 34): held-out sets 59, 28, 27, 126, 2, 35. Each fixture is a small tree of the real
files' shape: a Razor Pages front posting its forms through typed HTTP clients, with Redis
sessions, beside the API it calls; an MVC front whose API client lives in a project it
references; a Blazor Server front; a shared library registering a generic context the front
never calls; a Symfony application rendering Twig over the API through Guzzle; an Express
server inside a React package handing out the build and proxying the UI's calls. Each has a
counter-case keeping data of its own, which stays a backend."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _project(refs: str = "", packages: str = "", sdk: str = "Microsoft.NET.Sdk.Web") -> str:
    items = "".join(
        f'    <PackageReference Include="{p}" Version="8.0.8" />\n' for p in packages.split()
    )
    items += "".join(f'    <ProjectReference Include="{r}" />\n' for r in refs.split())
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n'
        f"  </PropertyGroup>\n  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_API = {
    "Services/Orders.WebApi/Orders.WebApi.csproj": _project(
        packages="Npgsql.EntityFrameworkCore.PostgreSQL"
    ),
    "Services/Orders.WebApi/Program.cs": (
        "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddDbContext<OrdersContext>(o => o.UseNpgsql(cs));\n"
        "var app = builder.Build();\napp.MapPost(\"/orders\", () => Results.Ok());\napp.Run();\n"
    ),
}

_FRONT_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddRazorPages();\n"
    "builder.Services.AddStackExchangeRedisCache(o => o.Configuration = redis);\n"
    "builder.Services.AddSession();\n"
    "builder.Services.AddHttpClient<IOrderClient, OrderClient>"
    "(c => c.BaseAddress = new(url));\n"
    "{data}var app = builder.Build();\napp.MapRazorPages();\napp.Run();\n"
)

_FORM_PAGE = (
    "public class CreateOrderModel(IOrderClient orders) : PageModel {\n"
    "  public async Task<IActionResult> OnPostAsync() {\n"
    "    await orders.CreateAsync(Input);\n    return RedirectToPage(\"Done\");\n  }\n}\n"
)


_REDIS = "Microsoft.Extensions.Caching.StackExchangeRedis"


def _front(data: str = "", packages: str = _REDIS) -> dict:
    return {
        "Frontend/Orders.App/Orders.App.csproj": _project(packages=packages),
        "Frontend/Orders.App/Program.cs": _FRONT_PROGRAM.format(data=data),
        "Frontend/Orders.App/Pages/CreateOrder.cshtml.cs": _FORM_PAGE,
        "Frontend/Orders.App/Pages/CreateOrder.cshtml": "@page\n<form method=\"post\"></form>\n",
    }


def test_a_razor_pages_front_posting_through_a_typed_client_is_a_ui(tmp_path: Path) -> None:
    """GCGS' OrganisationApp, prepare-academy-conversions: form handlers on page models calling
    a generated API client, a typed HttpClient registered, sessions in Redis: no data of its
    own. The API beside it stays a backend."""
    found = by_folder(write(tmp_path, {**_API, **_front()}))
    assert "Frontend/Orders.App" not in found
    assert "Services/Orders.WebApi" in found


def test_a_razor_pages_front_with_a_context_of_its_own_stays_a_backend(tmp_path: Path) -> None:
    """The same front registering an EF Core context of its own keeps data: a backend."""
    data = "builder.Services.AddDbContext<AppContext>(o => o.UseNpgsql(cs));\n"
    files = {**_API, **_front(data, "Microsoft.Extensions.Caching.StackExchangeRedis "
                                    "Npgsql.EntityFrameworkCore.PostgreSQL")}
    found = by_folder(write(tmp_path, files))
    assert "Frontend/Orders.App" in found


def test_forms_with_no_http_client_anywhere_stay_a_backend(tmp_path: Path) -> None:
    """Form handlers in a project that reaches no API (no HTTP client in its code nor in a
    project it references): where the forms go is not told, so it is left a backend."""
    files = {**_API, **_front()}
    files["Frontend/Orders.App/Program.cs"] = _FRONT_PROGRAM.format(data="").replace(
        "builder.Services.AddHttpClient<IOrderClient, OrderClient>"
        "(c => c.BaseAddress = new(url));\n",
        "",
    )
    found = by_folder(write(tmp_path, files))
    assert "Frontend/Orders.App" in found


def test_an_mvc_front_whose_api_client_is_a_referenced_project_is_a_ui(tmp_path: Path) -> None:
    """das-assessor-service's Web: MVC controllers with [HttpPost] actions returning views, the
    API's client classes (taking an HttpClient) in a project it references, Redis sessions."""
    files = {
        **_API,
        "src/Web/Web.csproj": _project(
            "..\\Api.Client\\Api.Client.csproj", "StackExchange.Redis"
        ),
        "src/Web/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\n"
            "builder.Services.AddControllersWithViews();\nvar app = builder.Build();\n"
            "app.MapControllerRoute(\"default\", \"{controller}/{action}\");\napp.Run();\n"
        ),
        "src/Web/Controllers/CertificateController.cs": (
            "public class CertificateController(ICertificateApiClient api) : Controller {\n"
            "  [HttpPost]\n  public async Task<IActionResult> Save(Model m) {\n"
            "    await api.Save(m);\n    return View(m);\n  }\n}\n"
        ),
        "src/Api.Client/Api.Client.csproj": _project(sdk="Microsoft.NET.Sdk"),
        "src/Api.Client/CertificateApiClient.cs": (
            "public class CertificateApiClient(HttpClient client) : ICertificateApiClient {}\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert "src/Web" not in found
    assert "src/Api.Client" not in found


def test_a_blazor_server_front_is_a_ui(tmp_path: Path) -> None:
    """eShop's WebApp and WebhookClient: Razor components rendered on the server, typed
    HttpClients to the APIs, a minimal-API logout (and webhook) route kept in memory."""
    files = {
        **_API,
        "src/WebApp/WebApp.csproj": _project(),
        "src/WebApp/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\n"
            "builder.Services.AddRazorComponents().AddInteractiveServerComponents();\n"
            "builder.Services.AddHttpClient<CatalogService>(o => o.BaseAddress = new(url));\n"
            "var app = builder.Build();\napp.MapRazorComponents<App>();\n"
            "app.MapPost(\"/logout\", () => Results.Ok());\napp.Run();\n"
        ),
        "src/WebApp/Components/App.razor": "<html></html>\n",
    }
    found = by_folder(write(tmp_path, files))
    assert "src/WebApp" not in found


def test_a_generic_context_helper_the_front_never_calls_lends_it_no_data(tmp_path: Path) -> None:
    """GCGS' AwsServices: a shared library declaring the Redis cache package whose static
    `AddOutboxPublisher<TDbContext>` registers a context for the services that call it; the
    Razor front references it for its logging and sessions and never calls that method."""
    files = {
        **_API,
        **_front(),
        "Libraries/Shared/Shared.csproj": _project(
            packages="Microsoft.Extensions.Caching.StackExchangeRedis", sdk="Microsoft.NET.Sdk"
        ),
        "Libraries/Shared/Extensions.cs": (
            "public static class Extensions {\n"
            "  public static IServiceCollection AddOutboxPublisher<TDbContext>(\n"
            "      this IServiceCollection s)\n"
            "    where TDbContext : DbContext {\n"
            "    s.AddDbContext<TDbContext>((sp, o) => o.UseNpgsql(source));\n    return s;\n  }\n"
            "  public static IServiceCollection AddSharedSessions(this IServiceCollection s) {\n"
            "    return s.AddStackExchangeRedisCache(o => {});\n  }\n}\n"
        ),
    }
    files["Frontend/Orders.App/Orders.App.csproj"] = _project(
        "..\\..\\Libraries\\Shared\\Shared.csproj", _REDIS
    )
    files["Frontend/Orders.App/Program.cs"] = _FRONT_PROGRAM.format(
        data="builder.Services.AddSharedSessions();\n"
    )
    found = by_folder(write(tmp_path, files))
    assert "Frontend/Orders.App" not in found
    # Calling it registers the context: the front keeps data then.
    files["Frontend/Orders.App/Program.cs"] = _FRONT_PROGRAM.format(
        data="builder.Services.AddOutboxPublisher<FrontContext>();\n"
    )
    found = by_folder(write(tmp_path / "calls", files))
    assert "Frontend/Orders.App" in found


_SYMFONY_KERNEL = (
    "<?php\nnamespace App;\nuse Symfony\\Bundle\\FrameworkBundle\\Kernel\\MicroKernelTrait;\n"
    "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n"
    "class Kernel extends BaseKernel {\n    use MicroKernelTrait;\n}\n"
)


def _composer(*extra: str) -> str:
    required = [
        '"php": "^8.2"', '"symfony/framework-bundle": "^6.4"', '"symfony/twig-bundle": "^6.4"',
        '"guzzlehttp/guzzle": "^7.8"', '"predis/predis": "^2.2"', *extra,
    ]
    body = ",\n    ".join(required)
    return '{\n  "name": "acme/client",\n  "require": {\n    ' + body + "\n  }\n}\n"


def test_a_symfony_twig_front_over_the_api_is_a_ui(tmp_path: Path) -> None:
    """opg-digideps' client/app: Symfony with Twig, Guzzle to the API, sessions in Redis
    (predis), no Doctrine ORM: a front. The API beside it keeps its Doctrine data."""
    files = {
        "client/app/composer.json": _composer(),
        "client/app/src/Kernel.php": _SYMFONY_KERNEL,
        "api/app/composer.json": _composer('"doctrine/orm": "^2.17"').replace("client", "api"),
        "api/app/src/Kernel.php": _SYMFONY_KERNEL,
    }
    found = by_folder(write(tmp_path, files))
    assert "client/app" not in found
    assert "api/app" in found


def test_a_symfony_twig_app_with_doctrine_stays_a_backend(tmp_path: Path) -> None:
    """The counter-case: Twig and Guzzle beside Doctrine ORM: data of its own."""
    files = {
        "app/composer.json": _composer('"doctrine/orm": "^2.17"'),
        "app/src/Kernel.php": _SYMFONY_KERNEL,
    }
    found = by_folder(write(tmp_path, files))
    assert "app" in found


_UI_PACKAGE = (
    '{"name": "ui", "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"},'
    ' "scripts": {"build": "vite build"}}\n'
)

_PROXY_SERVER = (
    "import express, { static as StaticHandler } from 'express';\n"
    "import { createProxyMiddleware } from 'http-proxy-middleware';\n"
    "const app = express();\n"
    "app.all('/apis/v1/*', createProxyMiddleware({ target: apiServer }));\n"
    "app.use(StaticHandler(staticDir));\napp.listen(3000);\n"
)


def _server_package(*extra: str) -> str:
    deps = ['"express": "^5.1.0"', '"http-proxy-middleware": "^2.0.10"', *extra]
    return '{"name": "ui-server", "main": "server.js", "dependencies": {' + ", ".join(deps) + "}}\n"


def test_a_server_inside_a_ui_package_handing_out_its_build_is_the_ui(tmp_path: Path) -> None:
    """kubeflow's frontend/server: an Express package inside the React UI's package, serving
    the build (`static` imported under a name of its own) and proxying the UI's calls."""
    files = {
        "frontend/package.json": _UI_PACKAGE,
        "frontend/src/index.tsx": "import React from 'react';\n",
        "frontend/server/package.json": _server_package(),
        "frontend/server/app.ts": _PROXY_SERVER,
    }
    found = by_folder(write(tmp_path, files))
    assert "frontend/server" not in found


def test_a_server_inside_a_ui_package_with_a_database_stays_a_backend(tmp_path: Path) -> None:
    """The counter-case: the same server declaring and opening PostgreSQL keeps data."""
    files = {
        "frontend/package.json": _UI_PACKAGE,
        "frontend/src/index.tsx": "import React from 'react';\n",
        "frontend/server/package.json": _server_package('"pg": "^8.11.0"'),
        "frontend/server/app.ts": "import { Pool } from 'pg';\nconst pool = new Pool();\n"
        + _PROXY_SERVER,
    }
    found = by_folder(write(tmp_path, files))
    assert "frontend/server" in found
