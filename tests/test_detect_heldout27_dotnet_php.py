"""Stores and stand-ins of .NET and PHP services (#19, sets 75, 76 and 78).

- An ASP.NET Core API over DynamoDB through a company library: the code's `using
  Amazon.DynamoDBv2.DataModel;` names the engine the project file does not.
- An API whose data library declares Dapper beside an ADO.NET provider, its connections opened
  in files the scan does not read, while a console job of the solution opens its own: the
  provider is the API's engine (Dapper only runs over a connection the library opens).
- An Azure Functions app (the isolated worker's SDK, ASP.NET Core's integration) is no backend.
- A web project whose README's lead calls it a simulation of another system's endpoints, with
  no data, is a test double beside the product's API; one keeping data stays a backend.
- A Laminas MVC service keeping its cases through the AWS SDK for PHP's DynamoDbClient.
- A Symfony application requiring only bundles and components: config/bundles.php registers
  FrameworkBundle, the lock versions it.
"""

from __future__ import annotations

import json
from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_WEB_MAIN = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Build().Run();\n"


def _web(*packages: str, references: tuple[str, ...] = ()) -> str:
    text = csproj(*packages, sdk="Microsoft.NET.Sdk.Web")
    if references:
        items = "".join(f'    <ProjectReference Include="{r}" />\n' for r in references)
        text = text.replace("</Project>", f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>")
    return text


# --- DynamoDB through the AWS SDK for .NET -------------------------------------------------

_GATEWAY = """using Amazon.DynamoDBv2.DataModel;

namespace Records.Gateways;

public class RecordGateway
{
    private readonly IDynamoDBContext _context;
    public RecordGateway(IDynamoDBContext context) { _context = context; }
}
"""


def test_the_dynamodb_namespace_names_the_engine(tmp_path: Path) -> None:
    files = {
        "RecordsApi/RecordsApi.csproj": _web("Acme.Core.DynamoDb"),
        "RecordsApi/Program.cs": _WEB_MAIN,
        "RecordsApi/V1/Gateways/RecordGateway.cs": _GATEWAY,
    }
    api = by_folder(write(tmp_path, files))["RecordsApi"]
    assert first(api, FindingKind.DATABASE)[0] == "DynamoDB"
    assert first(api, FindingKind.ORM) == ("", "")


def test_the_dynamodb_package_names_the_engine(tmp_path: Path) -> None:
    files = {
        "RecordsApi/RecordsApi.csproj": _web("AWSSDK.DynamoDBv2"),
        "RecordsApi/Program.cs": _WEB_MAIN,
    }
    api = by_folder(write(tmp_path, files))["RecordsApi"]
    assert first(api, FindingKind.DATABASE)[0] == "DynamoDB"


def test_an_api_with_no_aws_store_has_no_engine(tmp_path: Path) -> None:
    files = {
        "RecordsApi/RecordsApi.csproj": _web("Acme.Core.Logging"),
        "RecordsApi/Program.cs": _WEB_MAIN,
    }
    api = by_folder(write(tmp_path, files))["RecordsApi"]
    assert first(api, FindingKind.DATABASE) == ("", "")


# --- Dapper over a provider in a referenced data library -----------------------------------


def _solution(*library_packages: str) -> dict[str, str]:
    return {
        "src/Api/Api.csproj": _web(references=(r"..\Data\Data.csproj",)),
        "src/Api/Program.cs": _WEB_MAIN,
        # Its connections are opened deep in query handlers the scan does not reach.
        "src/Data/Data.csproj": csproj(*library_packages),
        "src/Data/Queries.cs": "namespace Data;\npublic static class Queries {}\n",
        # Another host of the solution opening its own connection.
        "src/Admin/Admin.csproj": _web("Microsoft.Data.SqlClient"),
        "src/Admin/Program.cs": _WEB_MAIN + "using var connection = new SqlConnection(args[0]);\n",
    }


def test_dapper_beside_a_provider_gives_the_api_its_engine(tmp_path: Path) -> None:
    files = _solution("Dapper", "Microsoft.Data.SqlClient")
    api = by_folder(write(tmp_path, files))["src/Api"]
    assert first(api, FindingKind.QUERY)[0] == "Dapper"
    assert first(api, FindingKind.DATABASE)[0] == "SQL Server"


def test_a_provider_alone_in_an_unopened_library_lends_no_engine(tmp_path: Path) -> None:
    # The neighbour shape stays as it was: a provider no code of the API's opens.
    files = _solution("Microsoft.Data.SqlClient")
    api = by_folder(write(tmp_path, files))["src/Api"]
    assert first(api, FindingKind.DATABASE) == ("", "")


# --- Azure Functions -----------------------------------------------------------------------

_FUNCTIONS = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <AzureFunctionsVersion>v4</AzureFunctionsVersion>
    <OutputType>Exe</OutputType>
  </PropertyGroup>
  <ItemGroup>
    <FrameworkReference Include="Microsoft.AspNetCore.App" />
    <PackageReference Include="Microsoft.Azure.Functions.Worker" Version="2.0.0" />
    <PackageReference Include="Microsoft.Azure.Functions.Worker.Extensions.Http.AspNetCore" />
    <PackageReference Include="Microsoft.Azure.Functions.Worker.Sdk" Version="2.0.2" />
    <PackageReference Include="Swashbuckle.AspNetCore" Version="8.1.1" />
  </ItemGroup>
</Project>
"""

_FUNCTIONS_MAIN = """var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .Build();
host.Run();
"""


def test_an_azure_functions_app_is_no_backend(tmp_path: Path) -> None:
    files = {
        "src/Api/Api.csproj": _web("Dapper", "Npgsql"),
        "src/Api/Program.cs": _WEB_MAIN,
        "src/Functions/Functions.csproj": _FUNCTIONS,
        "src/Functions/Program.cs": _FUNCTIONS_MAIN,
        "src/Functions/Dockerfile": "FROM mcr.microsoft.com/azure-functions/dotnet-isolated:4\n",
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["src/Api"]


# --- A stand-in named for the system it mocks ----------------------------------------------

_MOCK_README = """# Partner.OnboardingAPI

Minimal Web API for simulating the partner's onboarding endpoints during development and
testing.

## Overview
"""

_REAL_README = """# Partner.OnboardingAPI

The onboarding service: it registers partners and keeps their contracts.

## Tests

The integration tests run against mock endpoints of the partner's registry.
"""


def _stand_in(readme: str, *packages: str) -> dict[str, str]:
    return {
        "src/Api/Api.csproj": _web("Dapper", "Npgsql"),
        "src/Api/Program.cs": _WEB_MAIN,
        "src/Partner.OnboardingAPI/Partner.OnboardingAPI.csproj": _web(
            "Swashbuckle.AspNetCore", *packages
        ),
        "src/Partner.OnboardingAPI/Program.cs": _WEB_MAIN,
        "src/Partner.OnboardingAPI/README.md": readme,
    }


def test_a_project_its_readme_calls_a_simulation_is_a_double(tmp_path: Path) -> None:
    assert sorted(by_folder(write(tmp_path, _stand_in(_MOCK_README)))) == ["src/Api"]


def test_a_readme_mentioning_mocks_further_down_proves_nothing(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _stand_in(_REAL_README)))
    assert sorted(found) == ["src/Api", "src/Partner.OnboardingAPI"]


def test_a_so_described_project_keeping_data_stays_a_backend(tmp_path: Path) -> None:
    files = _stand_in(_MOCK_README, "Microsoft.EntityFrameworkCore.SqlServer")
    assert sorted(by_folder(write(tmp_path, files))) == ["src/Api", "src/Partner.OnboardingAPI"]


# --- PHP: DynamoDB through the AWS SDK, Symfony from its bundles file ----------------------

_LAMINAS_INDEX = """<?php
use Laminas\\Mvc\\Application;

chdir(dirname(__DIR__));
require 'vendor/autoload.php';
Application::init(require 'config/application.config.php')->run();
"""

_DYNAMO_FACTORY = """<?php

declare(strict_types=1);

namespace Application\\Aws;

use Aws\\DynamoDb\\DynamoDbClient;

class DynamoDbClientFactory
{
    public function __invoke($container): DynamoDbClient
    {
        return new DynamoDbClient($container->get('Config')['aws']);
    }
}
"""


def _laminas(**extra: str) -> dict[str, str]:
    manifest = {"require": {"laminas/laminas-mvc": "^3.7.0", "aws/aws-sdk-php": "^3.300"}}
    return {
        "service-api/composer.json": json.dumps(manifest, indent=4),
        "service-api/public/index.php": _LAMINAS_INDEX,
        **extra,
    }


def test_the_php_sdks_dynamodb_client_names_the_engine(tmp_path: Path) -> None:
    files = _laminas(**{"service-api/module/Application/src/Aws/DynamoDbClientFactory.php":
                        _DYNAMO_FACTORY})
    api = by_folder(write(tmp_path, files))["service-api"]
    assert first(api, FindingKind.FRAMEWORK)[0] == "Laminas MVC"
    assert first(api, FindingKind.DATABASE)[0] == "DynamoDB"


def test_the_php_sdk_alone_names_no_engine(tmp_path: Path) -> None:
    api = by_folder(write(tmp_path, _laminas()))["service-api"]
    assert first(api, FindingKind.DATABASE) == ("", "")


_BUNDLES = """<?php

return [
    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class   => ['all' => true],
    Doctrine\\Bundle\\DoctrineBundle\\DoctrineBundle::class     => ['all' => true],
];
"""


def _symfony(bundles: str) -> dict[str, str]:
    manifest = {
        "require": {
            "doctrine/doctrine-bundle": "^2",
            "symfony/security-bundle": "6.*.*",
            "symfony/twig-bundle": "6.*.*",
            "symfony/http-foundation": "6.*.*",
        },
        "extra": {"symfony": {"require": "6.*.*"}},
    }
    lock = {
        "packages": [
            {"name": "doctrine/doctrine-bundle", "version": "2.18.2"},
            {"name": "symfony/framework-bundle", "version": "v6.4.43"},
            {"name": "symfony/security-bundle", "version": "v6.4.43"},
        ],
        "packages-dev": [],
    }
    return {
        "composer.json": json.dumps(manifest, indent=4),
        "composer.lock": json.dumps(lock, indent=4),
        "config/bundles.php": bundles,
        "public/index.php": "<?php\nrequire_once 'vendor/autoload_runtime.php';\n",
    }


def test_a_bundles_file_registering_frameworkbundle_names_symfony(tmp_path: Path) -> None:
    app = by_folder(write(tmp_path, _symfony(_BUNDLES)))["."]
    assert first(app, FindingKind.FRAMEWORK) == ("Symfony", "6.4.43")


def test_a_bundles_file_without_frameworkbundle_names_no_framework(tmp_path: Path) -> None:
    bundles = _BUNDLES.replace(
        "    Symfony\\Bundle\\FrameworkBundle\\FrameworkBundle::class   => ['all' => true],\n", ""
    )
    found = by_folder(write(tmp_path, _symfony(bundles)))
    assert all(first(b, FindingKind.FRAMEWORK)[0] != "Symfony" for b in found.values())
