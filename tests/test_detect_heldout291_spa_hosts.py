"""An MVC host of a browser application that only signs users in, as set 291 showed it
(benchmarks/detect_heldout291.yaml, #19): beside the product's API (which writes through the
shared data library), a Web SDK project whose `package.json` builds the React UI into
`wwwroot`, whose routes fall back to the view loading it (`MapFallbackToController`), whose
`[ApiController]` hands the UI the APIs' addresses, and whose one writing route is the sign-in
form, checking the password against the product's user table (the same EF Core context,
registered on SQL Server) and setting the identity cookie. It writes no store: the UI's server,
no backend. The same host adding a record through its repository keeps data of its own and
stays one, as does one with no sibling host writing the shared library's store."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_DATA = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.6" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_CONTEXT = (
    "using Microsoft.EntityFrameworkCore;\n\npublic class DataContext : DbContext\n{\n"
    "    public DbSet<UserIdentity> Users { get; set; }\n}\n"
)


def _web() -> str:
    return (
        '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
        "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
        '    <ProjectReference Include="..\\Shop.Data\\Shop.Data.csproj" />\n'
        "  </ItemGroup>\n</Project>\n"
    )


_API_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddDbContext<DataContext>(o => o.UseSqlServer(\"Server=db\"));\n"
    "builder.Services.AddControllers();\nvar app = builder.Build();\napp.MapControllers();\n"
    "app.Run();\n"
)

_API_CONTROLLER = (
    "[ApiController]\n[Route(\"payments\")]\npublic class PaymentController : ControllerBase\n{\n"
    "    [HttpPost]\n    public IActionResult Add(Payment payment)\n"
    "    {\n        context.Add(payment);\n        context.SaveChanges();\n"
    "        return Ok();\n    }\n}\n"
)

_STARTUP = (
    "public class Startup\n{\n    public void ConfigureServices(IServiceCollection services)\n"
    "    {\n        var options = new DbContextOptionsBuilder<DataContext>();\n"
    "        options.UseSqlServer(Configuration[\"DbSetting:ConnectionString\"]);\n"
    "        services.AddTransient(_ => new DataContext(options.Options));\n"
    "        services.AddControllersWithViews();\n    }\n\n"
    "    public void Configure(IApplicationBuilder app)\n    {\n"
    "        app.UseStaticFiles();\n        app.UseRouting();\n"
    "        app.UseEndpoints(endpoints =>\n        {\n"
    '            endpoints.MapControllerRoute(name: "a", pattern: "{controller}/{action}");\n'
    '            endpoints.MapFallbackToController("Index", "Home");\n        });\n    }\n}\n'
)

_USER_CONTROLLER = (
    "[ApiController]\n[Route(\"[controller]\")]\npublic class UserController : Controller\n{\n"
    "    [HttpGet(\"authenticate\")]\n    public IActionResult Authenticate() => View();\n\n"
    "    [HttpPost(\"authenticate\")]\n"
    "    public async Task<IActionResult> Authenticate([FromForm] UserModel model)\n    {\n"
    "        var user = repository.FindByCondition(u => u.Login == model.Login).Single();\n"
    "        await userService.SignIn(user.Login, user.Id);\n"
    "        return RedirectToAction(\"Index\", \"Home\");\n    }\n}\n"
)

_SETTING_CONTROLLER = (
    "[ApiController]\n[Route(\"setting\")]\npublic class SettingController : ControllerBase\n{\n"
    "    [HttpGet(\"apiRoutes\")]\n    public ActionResult<ApiUrls> Get() => Ok(apiUrls);\n}\n"
)

_HOME_CONTROLLER = (
    "public class HomeController : Controller\n{\n    public IActionResult Index() => View();\n}\n"
)

_CREATES = (
    "public class BudgetController : Controller\n{\n    [HttpPost]\n"
    "    public IActionResult Add(Budget budget)\n    {\n"
    "        budgetRepository.Create(budget);\n        return View();\n    }\n}\n"
)


def _repository(with_api: bool = True, **extra: str) -> dict[str, str]:
    files = {
        "Shop.Data/Shop.Data.csproj": _DATA,
        "Shop.Data/DataContext.cs": _CONTEXT,
        "Shop.Web/Shop.Web.csproj": _web(),
        "Shop.Web/package.json": (
            '{"name": "shop-web", "private": true, "scripts": {"build": "webpack"},'
            ' "dependencies": {"react": "^18.2.0"}, "devDependencies": {"webpack": "^5.90.0"}}\n'
        ),
        "Shop.Web/Typescript/App.tsx": "export const App = () => null;\n",
        "Shop.Web/Program.cs": (
            "Host.CreateDefaultBuilder(args).ConfigureWebHostDefaults(web => "
            "web.UseStartup<Startup>()).Build().Run();\n"
        ),
        "Shop.Web/Startup.cs": _STARTUP,
        "Shop.Web/Controllers/HomeController.cs": _HOME_CONTROLLER,
        "Shop.Web/Controllers/UserController.cs": _USER_CONTROLLER,
        "Shop.Web/Controllers/SettingController.cs": _SETTING_CONTROLLER,
        "Shop.Web/Views/Home/Index.cshtml": "<div id=\"root\"></div>\n",
        **extra,
    }
    if with_api:
        files.update({
            "Shop.Api/Shop.Api.csproj": _web(),
            "Shop.Api/Program.cs": _API_PROGRAM,
            "Shop.Api/Controllers/PaymentController.cs": _API_CONTROLLER,
        })
    return files


def test_a_browser_apps_host_that_only_signs_in_is_the_uis_server(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repository()))
    assert set(found) == {"Shop.Api"}


def test_a_host_writing_through_its_repository_stays(tmp_path: Path) -> None:
    # Counter-case: a form adding a budget keeps data of its own.
    files = _repository(**{"Shop.Web/Controllers/BudgetController.cs": _CREATES})
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"Shop.Api", "Shop.Web"}


def test_with_no_writing_sibling_the_host_stays(tmp_path: Path) -> None:
    # Counter-case: nothing else in the tree writes the store it opens.
    found = by_folder(write(tmp_path, _repository(with_api=False)))
    assert "Shop.Web" in found
