"""Held-out set 220 (#19): an ASP.NET Core project run as an operating-system service builds its
web host in a service class the walk left out.

The shape: a solution's Web SDK project whose `Program.cs` hands a service class to Topshelf
(`HostFactory.Run(x => x.Service<WebHostService>(…))`); the class, in `ServiceHost/`, builds
the host over two lines (`Microsoft.AspNetCore.WebHost⏎.CreateDefaultBuilder()…UseStartup<
Startup>()`) and runs it. The project's controllers and models fill the walk's quota of
shallow files first, so no read file started ASP.NET Core, and the solution's migrations stub
(a console project building a web host for `dotnet ef --startup-project`) was reported in its
place. `dotnet_host_files` reads the Web SDK project's own C# files for the host being built
and reads the file building it with every rule: the project is started there.

Counter-cases: a Web SDK project whose files build no host anywhere is not started by this,
and a class library (not on the Web SDK) building a host deep in its files is not read.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Exe</OutputType>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.SpaProxy" Version="9.0.6" />
    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="9.0.6" />
    <PackageReference Include="Topshelf" Version="4.3.0" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Data\\Shop.Data\\Shop.Data.csproj" />
  </ItemGroup>
</Project>
"""

_PROGRAM = """using Shop.Web.ServiceHost;
using Topshelf;

var rc = HostFactory.Run(x =>
{
    x.Service<WebHostService>(s =>
    {
        s.ConstructUsing(name => new WebHostService());
        s.WhenStarted((tc, hostControl) => tc.Start(hostControl));
        s.WhenStopped((tc, hostControl) => tc.Stop(hostControl));
    });
    x.RunAsLocalSystem();
});
"""

_SERVICE = """using Microsoft.AspNetCore.Hosting;
using Shop.Web.WebHost;

namespace Shop.Web.ServiceHost
{
    public class WebHostService
    {
        private IWebHost? _webHost;

        public async Task StartAsync()
        {
            var hostBuilder = Microsoft.AspNetCore.WebHost
                .CreateDefaultBuilder()
                .ConfigureKestrel(options => options.ListenAnyIP(8090))
                .UseStartup<Startup>();
            _webHost = hostBuilder.Build();
            await _webHost.RunAsync();
        }
    }
}
"""

_STARTUP = """namespace Shop.Web.WebHost
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllers();
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseRouting();
            app.UseEndpoints(endpoints => endpoints.MapControllers());
        }
    }
}
"""

_DATA = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="9.0.6" />
  </ItemGroup>
</Project>
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Shop.Data
{
    public class ShopContext : DbContext
    {
        public ShopContext(DbContextOptions<ShopContext> options) : base(options) { }
    }
}
"""

_STUB = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Shop.Data\\Shop.Data.csproj" />
  </ItemGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.Diagnostics.EntityFrameworkCore" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="9.0.6" />
  </ItemGroup>
</Project>
"""

_STUB_PROGRAM = """using Microsoft.EntityFrameworkCore;
using Shop.Data;

// Required for creating EF migrations with the right provider.
var host = Host.CreateDefaultBuilder(args)
    .ConfigureWebHostDefaults(webBuilder =>
    {
        webBuilder.ConfigureServices(services =>
        {
            services.AddDbContext<ShopContext>(o => o.UseSqlite("Data Source=shop.db"));
        });
    });

await host.RunConsoleAsync();
"""


def _controller(name: str) -> str:
    return (
        "using Microsoft.AspNetCore.Mvc;\n\nnamespace Shop.Web.Controllers\n{\n"
        f"    [ApiController]\n    [Route(\"api/{name.lower()}\")]\n"
        f"    public class {name}Controller : ControllerBase\n    {{\n"
        "        [HttpGet]\n        public IActionResult Get() => Ok();\n    }\n}\n"
    )


def _solution(service: str = _SERVICE, web_sdk: bool = True) -> dict[str, str]:
    web = _WEB if web_sdk else _WEB.replace("Microsoft.NET.Sdk.Web", "Microsoft.NET.Sdk")
    files = {
        "Shop/Shop.Web/Shop.Web.csproj": web,
        "Shop/Shop.Web/Program.cs": _PROGRAM,
        "Shop/Shop.Web/ServiceHost/WebHostService.cs": service,
        "Shop/Shop.Web/WebHost/Startup.cs": _STARTUP,
        "Shop/Data/Shop.Data/Shop.Data.csproj": _DATA,
        "Shop/Data/Shop.Data/ShopContext.cs": _CONTEXT,
        "Shop/Data/Shop.Data.Stub/Shop.Data.Stub.csproj": _STUB,
        "Shop/Data/Shop.Data.Stub/Program.cs": _STUB_PROGRAM,
    }
    # Controllers and models enough to fill the walk's quota of shallow files.
    for number in range(16):
        files[f"Shop/Shop.Web/Controllers/Item{number}Controller.cs"] = _controller(
            f"Item{number}"
        )
        files[f"Shop/Shop.Web/Models/Item{number}Model.cs"] = (
            f"namespace Shop.Web.Models\n{{\n    public class Item{number}Model {{ }}\n}}\n"
        )
    return files


def test_a_host_built_in_a_service_class_starts_the_web_project(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert "Shop/Shop.Web" in found
    assert "Shop/Data/Shop.Data.Stub" not in found
    web = found["Shop/Shop.Web"]
    assert first(web, K.FRAMEWORK)[0] == "ASP.NET Core"
    evidence = [
        e.path for f in web.findings if f.kind is K.FRAMEWORK for e in f.evidence
    ]
    assert "Shop/Shop.Web/ServiceHost/WebHostService.cs" in evidence


def test_a_web_project_building_no_host_is_not_started_here(tmp_path: Path) -> None:
    # Counter-case: no file of the project builds a host: nothing to read.
    built = "Microsoft.AspNetCore.WebHost\n                .CreateDefaultBuilder()"
    service = _SERVICE.replace(built, "HostFactoryOf.Web()")
    assert service != _SERVICE
    found = by_folder(write(tmp_path, _solution(service)))
    assert "Shop/Shop.Web" not in found


def test_a_class_library_building_a_host_is_not_read(tmp_path: Path) -> None:
    # Counter-case: only a Web SDK project is made to serve.
    found = by_folder(write(tmp_path, _solution(web_sdk=False)))
    assert "Shop/Shop.Web" not in found
