"""Held-out set 191 (#19): a solution's second Web SDK project hosts the product's jobs — its
Startup starts a Hangfire server, registers the application's database context (declared in a
referenced data library) on SQL Server, serves the Hangfire dashboard and answers every other
request with the template's "Hello World!". A worker keeping data of its own, so a backend
(HELDOUT.md); the greeting left in its pipeline does not make it a leftover starter. Without
the context of its own, the same job host stays no backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write


def _csproj(packages: tuple[str, ...] = (), refs: tuple[str, ...] = (), sdk: str = ".Web") -> str:
    items = "".join(f'    <PackageReference Include="{p}" Version="7.0.4" />\n' for p in packages)
    items += "".join(f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />\n' for r in refs)
    return (
        f'<Project Sdk="Microsoft.NET.Sdk{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net7.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_PROGRAM = """using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Acme.{name} {{
    public class Program {{
        public static void Main(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(b => b.UseStartup<{startup}>())
                .Build().Run();
    }}
}}
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Acme.Data {
    public class AcmeDbContext : DbContext {
        public AcmeDbContext(DbContextOptions<AcmeDbContext> options) : base(options) { }
        public DbSet<Episode> Episodes { get; set; }
    }
    public class Episode { public int Id { get; set; } }
}
"""

_API_STARTUP = """using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Acme.Data;

namespace Acme.Api {
    public class Startup {
        public void ConfigureServices(IServiceCollection services) {
            services.AddDbContext<AcmeDbContext>(o => o.UseSqlServer("Server=db"));
            services.AddControllers();
        }
        public void Configure(IApplicationBuilder app) {
            app.UseRouting();
            app.UseEndpoints(e => e.MapControllers());
        }
    }
}
"""

_CONTROLLER = """using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/episodes")]
public class EpisodesController : ControllerBase {
    [HttpGet]
    public IActionResult List() => Ok();
}
"""

_JOBS_STARTUP = """using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Acme.Data;

namespace Acme.Jobs {
    public class JobsStartup {
        public void ConfigureServices(IServiceCollection services) {
            services.AddHangfire(o => o.UseSqlServerStorage("Server=db;Database=jobs"));
            services
                .AddHangfireServer()
%s                .AddLogging();
        }
        public void Configure(IApplicationBuilder app) {
            app.UseHangfireDashboard("/dashboard");
            app.Run(async (context) => {
                await context.Response.WriteAsync("Hello World!");
            });
        }
    }
}
"""

_REGISTERS = (
    "                .AddDbContext<AcmeDbContext>(options => {\n"
    '                    options.UseSqlServer("Server=db");\n'
    "                })\n"
)


def _files(own_context: bool) -> dict[str, str]:
    sql = ("Microsoft.EntityFrameworkCore.SqlServer",)
    return {
        "Acme.sln": "",
        "data/data.csproj": _csproj(sql, sdk=""),
        "data/AcmeDbContext.cs": _CONTEXT,
        "api/api.csproj": _csproj(refs=("data",)),
        "api/Program.cs": _PROGRAM.format(name="Api", startup="Startup"),
        "api/Startup.cs": _API_STARTUP,
        "api/Controllers/EpisodesController.cs": _CONTROLLER,
        "jobs/jobs.csproj": _csproj(("Hangfire.AspNetCore", "Hangfire.SqlServer"), refs=("data",)),
        "jobs/Program.cs": _PROGRAM.format(name="Jobs", startup="JobsStartup"),
        "jobs/JobsStartup.cs": _JOBS_STARTUP % (_REGISTERS if own_context else ""),
    }


def test_a_job_host_keeping_data_with_the_greeting_left_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _files(own_context=True)))
    assert sorted(found) == ["api", "jobs"]


def test_a_job_host_with_no_data_of_its_own_stays_no_backend(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _files(own_context=False)))) == ["api"]
