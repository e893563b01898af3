"""A Compose file starting a database for another program's image, beside the built service
(#19): a gateway built with `build: {dockerfile: Dockerfile}` (no context: Compose's default,
the file's folder) waits for a pulled simulator, which depends on MongoDB and is handed its
address (`Mongo__DatabaseUri: mongodb://mongodb:27017`). The database and the simulator's own
settings are the simulator's; the gateway, whose project names no store, gets no engine."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_COMPOSE = """services:
  mongodb:
    image: mongo:6.0.13
  simulator:
    image: example/upstream-simulator-api:latest
    depends_on:
      mongodb:
        condition: service_healthy
    environment:
      Mongo__DatabaseUri: mongodb://mongodb:27017/?directConnection=true
  gateway:
    build:
      args:
        FEED_TOKEN: ${FEED_TOKEN}
      dockerfile: Dockerfile
    depends_on:
      simulator:
        condition: service_healthy
    env_file:
      - 'compose/aws.env'
    environment:
      Routing__Upstream__Link: "http://simulator:8080"
"""
_HOST = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Polly" Version="8.5.0" />
  </ItemGroup>
</Project>
"""
_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
"""
_DOCKERFILE = """FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY Gateway/ Gateway/
RUN dotnet publish Gateway/Gateway.csproj -o /app
FROM mcr.microsoft.com/dotnet/aspnet:10.0
COPY --from=build /app /app
ENTRYPOINT ["dotnet", "/app/Gateway.dll"]
"""


def _tree(compose: str) -> dict[str, str]:
    return {
        "compose.yml": compose,
        "compose/aws.env": "AWS_REGION=eu-west-2\n",
        "Dockerfile": _DOCKERFILE,
        "Gateway/Gateway.csproj": _HOST,
        "Gateway/Program.cs": _PROGRAM,
    }


def test_a_simulators_database_is_not_the_gateways(tmp_path: Path) -> None:
    write(tmp_path, _tree(_COMPOSE))
    backends = by_folder(tmp_path)
    assert first(backends["Gateway"], K.DATABASE) == ("", "")


def test_a_database_the_built_service_depends_on_stays_its_own(tmp_path: Path) -> None:
    compose = _COMPOSE.replace(
        "      simulator:\n        condition: service_healthy\n    env_file",
        "      simulator:\n        condition: service_healthy\n"
        "      mongodb:\n        condition: service_healthy\n    env_file",
    )
    write(tmp_path, _tree(compose))
    backends = by_folder(tmp_path)
    assert first(backends["Gateway"], K.DATABASE)[0] == "MongoDB"
