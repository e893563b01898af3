"""An ASP.NET Core 2.x package on a current target, as set 291 showed it
(benchmarks/detect_heldout291.yaml, #19): a message-consumer worker on the plain Worker SDK
(`Microsoft.NET.Sdk.Worker`, `net10.0` from `Directory.Build.props`) references
`Microsoft.AspNetCore.Hosting`, which central package management pins at 2.3.11 (the 2.x line,
still published), and builds a `WebApplication` for its health routes beside the hosted
services writing its MongoDB documents. From 3.0 on ASP.NET Core ships only as the shared
framework, whose newer assemblies win: the worker runs ASP.NET Core 10.0, its target's release,
not 2.3.11. On a 2.x target the package's number stays the version."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WORKER = (
    '<Project Sdk="Microsoft.NET.Sdk.Worker">\n  <ItemGroup>\n'
    '    <PackageReference Include="Microsoft.AspNetCore.Hosting" />\n'
    '    <PackageReference Include="MongoDB.Driver" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_PROGRAM = (
    "using MongoDB.Driver;\n\nvar builder = WebApplication.CreateBuilder(args);\n"
    "builder.Services.AddSingleton<IMongoClient>(new MongoClient(\"mongodb://db\"));\n"
    "builder.Services.AddHostedService<PaymentsConsumer>();\nvar app = builder.Build();\n"
    'app.MapGet("/payments", () => "ok");\napp.Run();\n\n'
    "public class PaymentsConsumer : BackgroundService\n{\n"
    "    private readonly IMongoCollection<Payment> payments;\n"
    "    protected override async Task ExecuteAsync(CancellationToken token)\n"
    "        => await payments.InsertOneAsync(new Payment(), cancellationToken: token);\n}\n"
)


def _repository(target: str, hosting: str) -> dict[str, str]:
    return {
        "Directory.Build.props": (
            f"<Project>\n  <PropertyGroup>\n    <TargetFramework>{target}</TargetFramework>\n"
            "  </PropertyGroup>\n</Project>\n"
        ),
        "Directory.Packages.props": (
            "<Project>\n  <PropertyGroup>\n"
            "    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n"
            "  </PropertyGroup>\n  <ItemGroup>\n"
            f'    <PackageVersion Include="Microsoft.AspNetCore.Hosting" Version="{hosting}" />\n'
            '    <PackageVersion Include="MongoDB.Driver" Version="3.5.0" />\n'
            "  </ItemGroup>\n</Project>\n"
        ),
        "Payments.Worker/Payments.Worker.csproj": _WORKER,
        "Payments.Worker/Program.cs": _PROGRAM,
    }


def test_an_old_hosting_package_runs_on_the_targets_release(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _repository("net10.0", "2.3.11")))
    assert first(found["Payments.Worker"], K.FRAMEWORK) == ("ASP.NET Core", "10.0")


def test_on_a_2x_target_the_package_is_the_version(tmp_path: Path) -> None:
    # Counter-case: on netcoreapp2.1 the 2.x packages are ASP.NET Core itself.
    found = by_folder(write(tmp_path, _repository("netcoreapp2.1", "2.2.0")))
    assert first(found["Payments.Worker"], K.FRAMEWORK) == ("ASP.NET Core", "2.2.0")
