"""Held-out set 126 (#19): two ASP.NET Core projects beside real APIs that are no backends.

A prerender and screenshot service (Sdk.Web, PuppeteerSharp and ImageSharp, no data): one
`Controller` whose GET routes open the website's pages in a headless browser
(`Puppeteer.LaunchAsync`) and answer with their HTML or a PNG of them. It renders UI, as a site
returning views does (`dotnet_sites`). Counter-case: the same browser driven by an API
controller taking posted documents stays a backend.

A redirect stub left where a service used to live (Sdk.Web, Application Insights only): its
web.config turns on IIS's `<httpRedirect enabled="true" destination=…>`, so that every request
is redirected before the program, whose only route is a catch-all that throws, sees it
(`iis_redirects`). Counter-cases: the same web.config with the redirect turned off, and a
project with data of its own. (Withdrawn for a while: with the stub gone, a .NET 10 file-based
script elsewhere in its repository folded its SQL Server into the site; restored once such
programs fold into no project, test_detect_heldout126_fileprograms.)
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj
from test_detect_projects import write

_API = {
    "Api/Api.csproj": csproj(
        "Microsoft.EntityFrameworkCore.SqlServer", sdk="Microsoft.NET.Sdk.Web"
    ),
    "Api/Program.cs": (
        "var builder = WebApplication.CreateBuilder(args);\n"
        "builder.Services.AddControllers();\n"
        "builder.Services.AddDbContext<AppContext>(o => o.UseSqlServer(\"Server=db\"));\n"
        "var app = builder.Build();\napp.MapControllers();\napp.Run();\n"
    ),
    "Api/Controllers/ScoresController.cs": (
        "[ApiController]\npublic class ScoresController : ControllerBase {\n"
        "    [HttpPost(\"/scores\")] public IActionResult Post() => Ok();\n}\n"
    ),
}

_RENDERER_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddMemoryCache();
var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapControllers();
app.Run();
"""

_SCREENSHOTS = """using PuppeteerSharp;

public class ScreenshotController : Controller
{
    [HttpGet("/prerender")]
    public async Task<IActionResult> Prerender([FromQuery] string url)
    {
        var browser = await GetBrowserAsync();
        var page = await browser.NewPageAsync();
        await page.GoToAsync(url);
        return Content(await page.GetContentAsync(), "text/html");
    }

    [HttpGet("/screenshot/{width}x{height}/{*path}")]
    public async Task<IActionResult> GetScreenshot(int width, int height, string path)
    {
        var browser = await GetBrowserAsync();
        var page = await browser.NewPageAsync();
        return File(await page.ScreenshotDataAsync(), "image/png");
    }

    public async Task<IBrowser> GetBrowserAsync()
    {
        return await Puppeteer.LaunchAsync(new LaunchOptions { Headless = true });
    }
}
"""


def _renderer(controller: str) -> dict[str, str]:
    return {
        **_API,
        "Renderer/Renderer.csproj": csproj(
            "PuppeteerSharp", "SixLabors.ImageSharp", sdk="Microsoft.NET.Sdk.Web"
        ),
        "Renderer/Program.cs": _RENDERER_PROGRAM,
        "Renderer/Controllers/ScreenshotController.cs": controller,
    }


def test_a_headless_browser_renderer_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _renderer(_SCREENSHOTS)))
    assert "Api" in found
    assert "Renderer" not in found


def test_a_renderer_taking_posted_documents_stays_a_backend(tmp_path: Path) -> None:
    controller = _SCREENSHOTS.replace(
        "public class ScreenshotController : Controller",
        "[ApiController]\npublic class ScreenshotController : ControllerBase",
    ).replace('[HttpGet("/prerender")]', '[HttpPost("/pdf")]')
    found = by_folder(write(tmp_path, _renderer(controller)))
    assert "Renderer" in found


_REDIRECT_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplicationInsightsTelemetry();

var app = builder.Build();
app.UseRouting();

app.MapGet("/{*pageRoute:nonfile}", () =>
{
    // web.config rewrite rules should intercept request before this catch-all endpoint
    throw new ApplicationException("Unable to redirect to new service");
});

app.Run();
"""

_WEB_CONFIG = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<configuration>
    <system.webServer>
        <httpRedirect destination="https://new-service.example.gov.uk/"
                      enabled="{enabled}" exactDestination="true" httpResponseStatus="Found"/>
        <httpProtocol>
            <customHeaders>
                <remove name="X-Powered-By"/>
            </customHeaders>
        </httpProtocol>
    </system.webServer>
</configuration>
"""


def _redirect(enabled: str, *packages: str) -> dict[str, str]:
    return {
        **_API,
        "Web.Redirect/Web.Redirect.csproj": csproj(
            "Microsoft.ApplicationInsights.AspNetCore", *packages, sdk="Microsoft.NET.Sdk.Web"
        ),
        "Web.Redirect/Program.cs": _REDIRECT_PROGRAM,
        "Web.Redirect/web.config": _WEB_CONFIG.format(enabled=enabled),
    }


def test_a_project_iis_redirects_wholly_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _redirect("true")))
    assert "Api" in found
    assert "Web.Redirect" not in found


def test_a_redirect_turned_off_leaves_the_project_alone(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _redirect("false")))
    assert "Web.Redirect" in found


def test_a_project_with_data_of_its_own_is_left_alone(tmp_path: Path) -> None:
    found = by_folder(
        write(tmp_path, _redirect("true", "Microsoft.EntityFrameworkCore.SqlServer"))
    )
    assert "Web.Redirect" in found
