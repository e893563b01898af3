"""StackExchange.Redis's `GetDatabase()` and the document stores' `GetDatabase(name)` (#19).

A repository class talking to Redis names Redis as the service's store; StackExchange.Redis
reaches it through `multiplexer.GetDatabase()` (no argument, or a database number). MongoDB's
and Azure Cosmos DB's clients have a method of the same name that takes the database's name
(`client.GetDatabase(settings.DatabaseName)`): that call is no Redis evidence, and a web API
whose repositories only open a Cosmos container has no Redis engine at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_WEB = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n"
)
_PROGRAM = (
    "var builder = WebApplication.CreateBuilder(args);\n"
    "var app = builder.Build();\napp.MapGet(\"/orders\", () => \"[]\");\napp.Run();\n"
)
_REPOSITORY = (
    "namespace Shop.Repositories;\n\npublic class OrderRepository\n{\n"
    "    private readonly Container _orders;\n\n"
    "    public OrderRepository(CosmosClient client, StoreSettings settings)\n    {\n"
    "        _orders = client.GetDatabase(CALL).GetContainer(\"orders\");\n    }\n}\n"
)


@pytest.mark.parametrize(
    ("call", "redis"),
    [
        ("settings.DatabaseName", False),
        ('"shop"', False),
        ("", True),
        ("0", True),
    ],
    ids=["named database", "database literal", "no argument", "database number"],
)
def test_only_redis_shaped_get_database_calls_name_redis(
    tmp_path: Path, call: str, redis: bool
) -> None:
    files = {
        "Shop/Shop.csproj": _WEB,
        "Shop/Program.cs": _PROGRAM,
        "Shop/Repositories/OrderRepository.cs": _REPOSITORY.replace("CALL", call),
    }
    found = by_folder(write(tmp_path, files))["Shop"]
    engines = {f.name for f in found.findings if f.kind is K.DATABASE}
    assert ("Redis" in engines) is redis
