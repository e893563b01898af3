"""A gap the 479th held-out set showed, as a small fixture of the real files' shape (#19): a
solution whose services are each a plain console project (`Microsoft.NET.Sdk`, `OutputType
Exe`) with controllers of its own, whose `Main` only calls a class of a shared Web SDK class
library that builds and runs the ASP.NET Core host; a combined host references them all and
calls the same class. Each program is a backend on ASP.NET Core, at its target's release; the
library stays a library. A console tool referencing the library without calling that class (a
migrator over its context) is not made one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CORE = """<Project Sdk="Microsoft.NET.Sdk.Web">
    <PropertyGroup>
        <TargetFramework>net5.0</TargetFramework>
        <OutputType>Library</OutputType>
    </PropertyGroup>
    <ItemGroup>
      <PackageReference Include="Microsoft.EntityFrameworkCore" Version="5.0.10" />
      <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="5.0.10" />
    </ItemGroup>
</Project>
"""

_SERVER = """using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Shop.Core.Server
{
    public class ServerProgram
    {
        public static void Run(string[] args, string identifier)
        {
            var host = Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(webBuilder =>
                {
                    webBuilder.UseStartup<Startup>().UseUrls("http://*:8000");
                })
                .Build();
            host.Run();
        }
    }
}
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Shop.Core.Database
{
    public class ShopContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
            => optionsBuilder.UseNpgsql("Host=db");
    }
}
"""


def _console(*references: str) -> str:
    items = "".join(
        f'      <ProjectReference Include="..\\\\{r}\\\\{r}.csproj" />\n' for r in references
    )
    return (
        '<Project Sdk="Microsoft.NET.Sdk">\n    <PropertyGroup>\n'
        "        <OutputType>Exe</OutputType>\n        <TargetFramework>net5.0</TargetFramework>\n"
        f"    </PropertyGroup>\n    <ItemGroup>\n{items}    </ItemGroup>\n</Project>\n"
    )


def _program(name: str, body: str) -> str:
    return (
        f"using Shop.Core.Server;\n\nnamespace Shop.{name}\n{{\n    public class Program\n"
        f"    {{\n        public static void Main(string[] args) => {body}\n    }}\n}}\n"
    )


_CONTROLLER = """using Microsoft.AspNetCore.Mvc;

namespace Shop.Orders.Controllers
{
    [ApiController]
    [Route("/orders")]
    public class OrdersController : ControllerBase
    {
        [HttpGet]
        public string Get() => "ok";
    }
}
"""


def _tree(**extra: str) -> dict[str, str]:
    return {
        "Shop.Core/Shop.Core.csproj": _CORE,
        "Shop.Core/Server/ServerProgram.cs": _SERVER,
        "Shop.Core/Database/ShopContext.cs": _CONTEXT,
        "Shop.Orders/Shop.Orders.csproj": _console("Shop.Core"),
        "Shop.Orders/Program.cs": _program("Orders", 'ServerProgram.Run(args, "Orders");'),
        "Shop.Orders/Controllers/OrdersController.cs": _CONTROLLER,
        "Shop.Combined/Shop.Combined.csproj": _console("Shop.Core", "Shop.Orders"),
        "Shop.Combined/Program.cs": _program("Combined", 'ServerProgram.Run(args, "All");'),
        **extra,
    }


def test_console_programs_starting_a_library_built_host_are_backends(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"Shop.Orders", "Shop.Combined"}
    for backend in found.values():
        assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "5.0")
        assert first(backend, K.ORM)[0] == "EF Core"


def test_a_console_tool_not_calling_the_host_class_stays_none(tmp_path: Path) -> None:
    tool = _program("Migrate", "new Shop.Core.Database.ShopContext().Database.Migrate();")
    tree = {
        "Shop.Core/Shop.Core.csproj": _CORE,
        "Shop.Core/Server/ServerProgram.cs": _SERVER,
        "Shop.Core/Database/ShopContext.cs": _CONTEXT,
        "Shop.Migrate/Shop.Migrate.csproj": _console("Shop.Core"),
        "Shop.Migrate/Program.cs": tool,
    }
    assert "Shop.Migrate" not in by_folder(write(tmp_path, tree))
