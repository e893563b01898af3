"""Held-out set 342 (#19): a WPF desktop application (`<OutputType>WinExe</OutputType>` with
`<UseWPF>true</UseWPF>`) references an ASP.NET Core helper package, as one of its libraries
does: neither is a backend, and the solution's other libraries are no guess either."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

_APP = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>%s</OutputType>
    <TargetFramework>net8.0-windows</TargetFramework>
    %s
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.WebUtilities" />
    <ProjectReference Include="..\\Tool.Dispatcher\\Tool.Dispatcher.csproj" />
  </ItemGroup>
</Project>
"""

_DISPATCHER = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Tool.Downloader\\Tool.Downloader.csproj" />
    <ProjectReference Include="..\\Tool.Cache\\Tool.Cache.csproj" />
  </ItemGroup>
</Project>
"""

_DOWNLOADER = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.Http.Extensions" />
  </ItemGroup>
</Project>
"""

_CACHE = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="System.Data.SQLite.Core" />
  </ItemGroup>
</Project>
"""

_CACHE_CODE = """using System.Data.SQLite;

namespace Tool.Cache;

public class Store
{
    public void Put(string key) { using var c = new SQLiteConnection("Data Source=cache.db"); }
}
"""

_WINDOW = """namespace Tool.App;

public partial class App : System.Windows.Application { }
"""


def _tree(output: str, ui: str) -> dict[str, str]:
    return {
        "Tool.App/Tool.App.csproj": _APP % (output, ui),
        "Tool.App/App.xaml.cs": _WINDOW,
        "Tool.Dispatcher/Tool.Dispatcher.csproj": _DISPATCHER,
        "Tool.Downloader/Tool.Downloader.csproj": _DOWNLOADER,
        "Tool.Cache/Tool.Cache.csproj": _CACHE,
        "Tool.Cache/Store.cs": _CACHE_CODE,
    }


def test_a_wpf_app_and_its_libraries_are_no_backends(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _tree("WinExe", "<UseWPF>true</UseWPF>"))) == {}


def test_a_windows_forms_app_is_none_either(tmp_path: Path) -> None:
    tree = _tree("WinExe", "<UseWindowsForms>true</UseWindowsForms>")
    assert by_folder(write(tmp_path, tree)) == {}


def test_an_avalonia_app_is_none_either(tmp_path: Path) -> None:
    tree = _tree("WinExe", "")
    tree["Tool.App/Tool.App.csproj"] = tree["Tool.App/Tool.App.csproj"].replace(
        "<ItemGroup>", '<ItemGroup>\n    <PackageReference Include="Avalonia.Desktop" />', 1
    )
    assert by_folder(write(tmp_path, tree)) == {}


def test_a_windowless_executable_is_not_set_aside(tmp_path: Path) -> None:
    # WinExe alone (a service with no console window) says nothing of a desktop UI.
    assert "Tool.App" in by_folder(write(tmp_path, _tree("WinExe", "")))
