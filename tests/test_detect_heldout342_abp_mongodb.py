"""Held-out set 342 (#19): an ABP host references a data project that, whatever its name
(`*.EntityFrameworkCore`), holds an `AbpMongoDbContext` over ABP's MongoDB modules
(`Volo.Abp.*.MongoDB`): the data layer is MongoDB.Driver, which those packages bring."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems.dotnet import classify
from designer.model.stack import FindingKind as K

_HOST = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Volo.Abp.Autofac" Version="8.2.0" />
    <ProjectReference Include="..\\Shop.EntityFrameworkCore\\Shop.EntityFrameworkCore.csproj" />
  </ItemGroup>
</Project>
"""

_DATA = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Volo.Abp.Identity.MongoDB" Version="8.2.0" />
    <PackageReference Include="Volo.Abp.SettingManagement.MongoDB" Version="8.2.0" />
  </ItemGroup>
</Project>
"""

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "ok");
app.Run();
"""


def test_abp_mongodb_modules_are_the_driver() -> None:
    assert classify("Volo.Abp.Identity.MongoDB") == (
        (K.DATABASE, "MongoDB"),
        (K.ORM, "MongoDB.Driver"),
    )
    assert classify("Volo.Abp.MongoDB")[1] == (K.ORM, "MongoDB.Driver")
    assert classify("Abp.MongoDB")[1] == (K.ORM, "MongoDB.Driver")
    # An ABP package with no MongoDB segment is no data layer of its own.
    assert classify("Volo.Abp.Autofac") == ()


def test_a_host_over_an_abp_mongodb_project_uses_the_driver(tmp_path: Path) -> None:
    backend = by_folder(
        write(
            tmp_path,
            {
                "src/Shop.HttpApi.Host/Shop.HttpApi.Host.csproj": _HOST,
                "src/Shop.HttpApi.Host/Program.cs": _PROGRAM,
                "src/Shop.EntityFrameworkCore/Shop.EntityFrameworkCore.csproj": _DATA,
            },
        )
    )["src/Shop.HttpApi.Host"]
    # ABP's own release is not the driver's.
    assert first(backend, K.ORM) == ("MongoDB.Driver", "")
    assert first(backend, K.DATABASE)[0] == "MongoDB"
