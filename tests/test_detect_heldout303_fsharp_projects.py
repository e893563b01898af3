"""An F# web application (#19): `Web.fsproj` on the Web SDK, the same MSBuild format as a
.csproj (SDK, target framework, package and project references), with its host built in
`Program.fs` and an xUnit project in F# referencing it. Only `.csproj` files were read as .NET
projects, so the repository showed no backend; `.fsproj` ones are read alike now, and the host
built in F# is the framework's entry point as in C#."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = """<Project Sdk="Microsoft.NET.Sdk.Web">
    <PropertyGroup>
        <TargetFramework>net10.0</TargetFramework>
    </PropertyGroup>
    <ItemGroup>
      <PackageReference Include="Dapper" Version="2.1.66" />
      <PackageReference Include="Npgsql" Version="10.0.1" />
      <PackageReference Include="Oxpecker" Version="2.0.0" />
      <PackageReference Include="FSharp.Core" Version="10.0.100" />
    </ItemGroup>
    <ItemGroup>
        <Compile Include="Handlers.fs" />
        <Compile Include="Program.fs" />
    </ItemGroup>
</Project>
"""
_PROGRAM = """module Program

open Microsoft.AspNetCore.Builder
open Oxpecker

[<EntryPoint>]
let main args =
    let builder = WebApplication.CreateBuilder(args)
    builder.Services.AddRouting() |> ignore
    let app = builder.Build()
    app.UseRouting().UseOxpecker(Handlers.endpoints) |> ignore
    app.Run()
    0
"""
_HANDLERS = """module Handlers

open Oxpecker

let endpoints = [ GET [ route "/" (text "ok") ] ]
"""
_TESTS = """<Project Sdk="Microsoft.NET.Sdk">
    <PropertyGroup>
        <TargetFramework>net10.0</TargetFramework>
        <IsPackable>false</IsPackable>
    </PropertyGroup>
    <ItemGroup>
        <Compile Include="HandlerTests.fs" />
    </ItemGroup>
    <ItemGroup>
      <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.14.1" />
      <PackageReference Include="xunit.v3" Version="3.2.2" />
      <PackageReference Include="Testcontainers.PostgreSql" Version="4.9.0" />
    </ItemGroup>
    <ItemGroup>
      <ProjectReference Include="..\\Web\\Web.fsproj" />
    </ItemGroup>
</Project>
"""
_TEST = "module HandlerTests\n\nopen Xunit\n\n[<Fact>]\nlet ``serves the root`` () = ()\n"


def test_an_fsharp_web_project_is_a_dotnet_backend(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "Portal/Web/Web.fsproj": _WEB,
            "Portal/Web/Program.fs": _PROGRAM,
            "Portal/Web/Handlers.fs": _HANDLERS,
            "Portal/Tests/Tests.fsproj": _TESTS,
            "Portal/Tests/HandlerTests.fs": _TEST,
        },
    )
    backends = by_folder(tmp_path)
    assert list(backends) == ["Portal/Web"]
    web = backends["Portal/Web"]
    framework = next(f for f in web.findings if f.kind is K.FRAMEWORK)
    assert framework.name == "ASP.NET Core"
    assert any(e.path == "Portal/Web/Program.fs" for e in framework.evidence)
    assert first(web, K.QUERY)[0] == "Dapper"
    assert first(web, K.DATABASE)[0] == "PostgreSQL"
    assert first(web, K.TEST)[0] == "xUnit"


def test_an_fsharp_project_names_its_language_on_the_target_framework(tmp_path: Path) -> None:
    write(tmp_path, {"Web/Web.fsproj": _WEB, "Web/Program.fs": _PROGRAM})
    web = by_folder(tmp_path)["Web"]
    assert (web.language, web.language_version) == ("F#", "net10.0")
    language = next(f for f in web.findings if f.kind is K.LANGUAGE)
    assert [e.path for e in language.evidence][:1] == ["Web/Web.fsproj"]


def test_a_csharp_project_beside_it_stays_csharp(tmp_path: Path) -> None:
    csproj = _WEB.replace('<PackageReference Include="Oxpecker" Version="2.0.0" />', "")
    write(
        tmp_path,
        {
            "Web/Web.csproj": csproj,
            "Web/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n",
        },
    )
    web = by_folder(tmp_path)["Web"]
    assert (web.language, web.language_version) == ("C#", "net10.0")
