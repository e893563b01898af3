"""Held-out set 342 (#19): an OWIN (Katana) application on the .NET Framework 4.8, with no
MVC or Web API (`Microsoft.Owin.Host.SystemWeb`, `[assembly: OwinStartup]`, a `Startup` with
`IAppBuilder`), kept beside the .NET build of the same server, both projects named `Server`:
framework OWIN on the target's version; the sibling's `..\\Server\\Server.csproj` is the
nearer `Server`, not the .NET Framework one."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_OWIN = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net48</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Owin" Version="4.2.2" />
    <PackageReference Include="Microsoft.Owin.Host.SystemWeb" Version="4.2.2" />
    %s
  </ItemGroup>
  <ItemGroup><Reference Include="System.Web" /></ItemGroup>
</Project>
"""

_STARTUP = """using Microsoft.Owin;
using Owin;

[assembly: OwinStartup(typeof(Lab.Server.Startup), nameof(Lab.Server.Startup.Configuration))]

namespace Lab.Server {
    public class Startup {
        public void Configuration(IAppBuilder app) {
            app.Map("/status", a => a.Run(c => c.Response.WriteAsync("OK")));
        }
    }
}
"""

_CORE = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>
</Project>
"""

_CORE_PROGRAM = """var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/status", () => "OK");
app.Run();
"""

_SITE = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup>
  <ItemGroup><ProjectReference Include="..\\Server\\Server.csproj" /></ItemGroup>
</Project>
"""

_SITE_STARTUP = """namespace Lab.WebApp;

public class Startup : Lab.Server.Startup { }
"""


def _tree(extra: str = "") -> dict[str, str]:
    return {
        "source/NetFramework/Server/Server.csproj": _OWIN % extra,
        "source/NetFramework/Server/App_Start/Startup.cs": _STARTUP,
        "source/Server/Server.csproj": _CORE,
        "source/Server/Program.cs": _CORE_PROGRAM,
        "source/WebApp.Server/WebApp.Server.csproj": _SITE,
        "source/WebApp.Server/Startup.cs": _SITE_STARTUP,
        "source/WebApp.Server/Program.cs": _CORE_PROGRAM,
    }


def test_an_owin_app_is_found_on_its_target(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert first(found["source/NetFramework/Server"], K.FRAMEWORK) == ("OWIN", "4.8")
    assert first(found["source/Server"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert "source/WebApp.Server" in found


def test_web_api_over_owin_stays_web_api(tmp_path: Path) -> None:
    extra = '<PackageReference Include="Microsoft.AspNet.WebApi.Core" Version="5.2.9" />'
    found = by_folder(write(tmp_path, _tree(extra)))
    backend = found["source/NetFramework/Server"]
    assert first(backend, K.FRAMEWORK)[0] == "ASP.NET Web API"
    assert "OWIN" not in {f.name for f in backend.findings if f.kind is K.FRAMEWORK}
