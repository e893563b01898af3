"""Held-out set 285 (#19): a solution's project on the Web SDK left as `dotnet new web` made
it — its Startup answers every request with "Hello World!" — while it holds what the other
projects reference (EF Core's SQL Server packages for the entities), beside the real API. Its
only handler is the template's greeting: a leftover, not a backend. A route of its own (a
controller) keeps it one.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _csproj(packages: tuple[str, ...] = (), refs: tuple[str, ...] = ()) -> str:
    items = "".join(f'    <PackageReference Include="{p}" Version="2.2.1" />\n' for p in packages)
    items += "".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />\n' for r in refs)
    return (
        '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
        "    <TargetFramework>netcoreapp2.2</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = """using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Hosting;

namespace {name}
{{
    public class Program
    {{
        public static void Main(string[] args) =>
            WebHost.CreateDefaultBuilder(args).UseStartup<Startup>().Build().Run();
    }}
}}
"""

_GREETING_STARTUP = """using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Entities
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
        }

        public void Configure(IApplicationBuilder app, IHostingEnvironment env)
        {
            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }

            app.Run(async (context) =>
            {
                await context.Response.WriteAsync("Hello World!");
            });
        }
    }
}
"""

_API_STARTUP = """using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Schedule
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddDbContext<ScheduleContext>(o => o.UseSqlServer("Server=db"));
            services.AddMvc();
        }

        public void Configure(IApplicationBuilder app) => app.UseMvc();
    }
}
"""

_CONTROLLER = """using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/performances")]
public class PerformancesController : ControllerBase
{
    [HttpGet]
    public IActionResult List() => Ok();
}
"""

_SQL = ("Microsoft.EntityFrameworkCore.SqlServer",)


def _files(entities_controller: bool = False) -> dict[str, str]:
    files = {
        "Schedule.sln": "",
        "Entities/Entities.csproj": _csproj(_SQL),
        "Entities/Program.cs": _PROGRAM.format(name="Entities"),
        "Entities/Startup.cs": _GREETING_STARTUP,
        "Schedule/Schedule.csproj": _csproj(_SQL, ("Entities",)),
        "Schedule/Program.cs": _PROGRAM.format(name="Schedule"),
        "Schedule/Startup.cs": _API_STARTUP,
        "Schedule/Controllers/PerformancesController.cs": _CONTROLLER,
    }
    if entities_controller:
        files["Entities/Controllers/PerformancesController.cs"] = _CONTROLLER
    return files


def test_a_web_project_left_greeting_beside_the_api_is_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _files()))) == ["Schedule"]


def test_a_controller_of_its_own_keeps_it_a_backend(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _files(entities_controller=True)))) == [
        "Entities",
        "Schedule",
    ]
