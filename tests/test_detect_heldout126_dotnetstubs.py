"""Held-out set 126 (#19): an ASP.NET Core project beside a real API that is no backend.

A prerender and screenshot service (Sdk.Web, PuppeteerSharp and ImageSharp, no data): one
`Controller` whose GET routes open the website's pages in a headless browser
(`Puppeteer.LaunchAsync`) and answer with their HTML or a PNG of them. It renders UI, as a site
returning views does (`dotnet_sites`). Counter-case: the same browser driven by an API
controller taking posted documents stays a backend.

(A redirect stub whose web.config turns on IIS's `<httpRedirect>` was also marked at first, in
`iis_redirects`; withdrawn: with the stub gone, a stray .NET 10 file-based script elsewhere in
its repository, `#:package Microsoft.Data.SqlClient`, folded its SQL Server into the site.)
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
