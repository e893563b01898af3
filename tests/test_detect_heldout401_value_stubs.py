"""An ASP.NET Core API project kept as the Web API template made it (#19): its only controller
is the sample `ValuesController` answering "value1", "value2", beside the solution's web
application that keeps the data. A stub, set aside; a real controller beside it keeps it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

WEB_PROJECT = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>netcoreapp2.2</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    '    <PackageReference Include="Microsoft.AspNetCore.App" />\n'
    "{extra}  </ItemGroup>\n</Project>\n"
)

PROGRAM = (
    "using Microsoft.AspNetCore;\nusing Microsoft.AspNetCore.Hosting;\nnamespace {ns}\n{{\n"
    "    public class Program\n    {{\n"
    "        public static void Main(string[] args) =>\n"
    "            WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().Build().Run();\n"
    "    }}\n}}\n"
)

API_STARTUP = (
    "using Microsoft.AspNetCore.Builder;\nusing Microsoft.Extensions.DependencyInjection;\n"
    "namespace Acme.Api\n{\n    public class Startup\n    {\n"
    "        public void ConfigureServices(IServiceCollection services)\n        {\n"
    "            services.AddHealthChecks();\n"
    "            services.AddMvc().SetCompatibilityVersion(CompatibilityVersion.Version_2_2);\n"
    "        }\n"
    "        public void Configure(IApplicationBuilder app)\n        {\n"
    "            app.UseHsts();\n            app.UseHttpsRedirection();\n"
    "            app.UseMvc();\n"
    "        }\n    }\n}\n"
)

VALUES = (
    "using System.Collections.Generic;\nusing Microsoft.AspNetCore.Mvc;\n"
    "namespace Acme.Api.Controllers\n{\n"
    '    [Route("api/[controller]")]\n    [ApiController]\n'
    "    public class ValuesController : ControllerBase\n    {\n"
    "        [HttpGet]\n        public ActionResult<IEnumerable<string>> Get()\n"
    '        {\n            return new string[] {"value1", "value2"};\n        }\n\n'
    '        [HttpGet("{id}")]\n        public ActionResult<string> Get(int id) => "value";\n\n'
    "        [HttpPost]\n        public void Post([FromBody] string value)\n        {\n        }\n"
    "    }\n}\n"
)

WEB_STARTUP = (
    "using Microsoft.AspNetCore.Builder;\nusing Microsoft.EntityFrameworkCore;\n"
    "using Microsoft.Extensions.DependencyInjection;\n"
    "namespace Acme.Web\n{\n    public class Startup\n    {\n"
    "        public void ConfigureServices(IServiceCollection services)\n        {\n"
    '            services.AddDbContext<AcmeContext>(o => o.UseSqlServer("Server=db"));\n'
    "            services.AddMvc();\n        }\n"
    "        public void Configure(IApplicationBuilder app) { app.UseMvc(); }\n    }\n}\n"
)

VISITS = (
    "using Microsoft.AspNetCore.Mvc;\nnamespace Acme.Web.Controllers\n{\n"
    "    public class VisitsController : Controller\n    {\n"
    "        private readonly AcmeContext _db;\n"
    "        public VisitsController(AcmeContext db) { _db = db; }\n"
    "        [HttpPost]\n        public IActionResult Create(Visit visit)\n"
    "        {\n            _db.Add(visit);\n            _db.SaveChanges();\n"
    '            return RedirectToAction("Index");\n        }\n    }\n}\n'
)


def solution(api_extra: dict[str, str]) -> dict[str, str]:
    sql = (
        '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer"'
        ' Version="2.2.6" />\n'
    )
    return {
        "src/Acme.Api/Acme.Api.csproj": WEB_PROJECT.format(extra=""),
        "src/Acme.Api/Program.cs": PROGRAM.format(ns="Acme.Api"),
        "src/Acme.Api/Startup.cs": API_STARTUP,
        "src/Acme.Api/Controllers/ValuesController.cs": VALUES,
        "src/Acme.Web/Acme.Web.csproj": WEB_PROJECT.format(extra=sql),
        "src/Acme.Web/Program.cs": PROGRAM.format(ns="Acme.Web"),
        "src/Acme.Web/Startup.cs": WEB_STARTUP,
        "src/Acme.Web/Controllers/VisitsController.cs": VISITS,
    } | api_extra


def test_template_values_api_beside_the_web_application_is_a_stub(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, solution({})))) == ["src/Acme.Web"]


def test_values_controller_beside_a_real_controller_keeps_the_api(tmp_path: Path) -> None:
    orders = (
        "using Microsoft.AspNetCore.Mvc;\nnamespace Acme.Api.Controllers\n{\n"
        '    [Route("api/orders")]\n    [ApiController]\n'
        "    public class OrdersController : ControllerBase\n    {\n"
        "        [HttpGet]\n        public IActionResult Get() => Ok();\n    }\n}\n"
    )
    files = solution({"src/Acme.Api/Controllers/OrdersController.cs": orders})
    assert sorted(by_folder(write(tmp_path, files))) == ["src/Acme.Api", "src/Acme.Web"]
