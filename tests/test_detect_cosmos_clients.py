"""Azure Cosmos DB's SDKs beyond Python's (#19): Node's `@azure/cosmos`, .NET's
`Microsoft.Azure.Cosmos` and EF Core's Cosmos provider, Java's `azure-cosmos` and Spring Data
Cosmos. Each names the engine; the SDK used alone is the data layer, as MongoDB's drivers are,
and an ORM over it (EF Core, Spring Data Cosmos) ranks first. Fixtures in the real files'
shapes, small and offline."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGE = """{
  "name": "orders-api",
  "version": "1.0.0",
  "main": "src/server.js",
  "scripts": {"start": "node src/server.js", "test": "jest"},
  "dependencies": {"@azure/cosmos": "^4.2.0", "express": "^4.21.1"},
  "devDependencies": {"jest": "^29.7.0"}
}
"""
_SERVER = """const express = require("express");
const { CosmosClient } = require("@azure/cosmos");

const client = new CosmosClient({
  endpoint: process.env.COSMOS_ENDPOINT,
  key: process.env.COSMOS_KEY,
});
const orders = client.database("shop").container("orders");
const app = express();
app.use(express.json());
app.post("/orders", async (req, res) => {
  const { resource } = await orders.items.create(req.body);
  res.status(201).json(resource);
});
app.listen(process.env.PORT || 3000);
"""


def test_a_node_service_on_the_cosmos_sdk(tmp_path: Path) -> None:
    """Express over `@azure/cosmos`: the SDK is the data layer, Azure Cosmos DB the engine."""
    found = by_folder(write(tmp_path, {"api/package.json": _PACKAGE, "api/src/server.js": _SERVER}))
    assert first(found["api"], K.FRAMEWORK)[0] == "Express"
    assert first(found["api"], K.QUERY)[0] == "@azure/cosmos"
    assert first(found["api"], K.DATABASE)[0] == "Azure Cosmos DB"


_WEB = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="{package}" Version="{version}" />
  </ItemGroup>
</Project>
"""
_PROGRAM_SDK = """using Microsoft.Azure.Cosmos;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(new CosmosClient(builder.Configuration["Cosmos:ConnectionString"]));
var app = builder.Build();
app.MapGet("/profiles/{id}", async (string id, CosmosClient client) =>
    (await client.GetContainer("app", "profiles")
        .ReadItemAsync<dynamic>(id, new PartitionKey(id))).Resource);
app.Run();
"""
_PROGRAM_EF = """using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDbContext<ProfilesContext>(options =>
    options.UseCosmos(builder.Configuration["Cosmos:ConnectionString"]!, "app"));
var app = builder.Build();
app.MapGet("/profiles", (ProfilesContext db) => db.Profiles.ToList());
app.Run();

public class ProfilesContext(DbContextOptions<ProfilesContext> options) : DbContext(options)
{
    public DbSet<Profile> Profiles => Set<Profile>();
}

public record Profile(string Id, string Name);
"""


def test_a_dotnet_service_on_the_cosmos_sdk(tmp_path: Path) -> None:
    """`Microsoft.Azure.Cosmos` alone: the SDK is the data layer."""
    project = _WEB.format(package="Microsoft.Azure.Cosmos", version="3.46.0")
    found = by_folder(
        write(tmp_path, {"Profiles/Profiles.csproj": project, "Profiles/Program.cs": _PROGRAM_SDK})
    )
    assert first(found["Profiles"], K.FRAMEWORK)[0] == "ASP.NET Core"
    assert first(found["Profiles"], K.QUERY)[0] == "Microsoft.Azure.Cosmos"
    assert first(found["Profiles"], K.DATABASE)[0] == "Azure Cosmos DB"


def test_a_dotnet_service_on_ef_cores_cosmos_provider(tmp_path: Path) -> None:
    """EF Core's Cosmos provider, configured with `UseCosmos`: EF Core over Azure Cosmos DB."""
    project = _WEB.format(package="Microsoft.EntityFrameworkCore.Cosmos", version="8.0.11")
    found = by_folder(
        write(tmp_path, {"Profiles/Profiles.csproj": project, "Profiles/Program.cs": _PROGRAM_EF})
    )
    assert first(found["Profiles"], K.ORM)[0] == "EF Core"
    assert first(found["Profiles"], K.DATABASE)[0] == "Azure Cosmos DB"


_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId><version>3.3.5</version></parent>
  <groupId>org.example.shelter</groupId>
  <artifactId>beds</artifactId>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId>
      <artifactId>spring-boot-starter-webflux</artifactId></dependency>
    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>
      <version>{version}</version></dependency>
  </dependencies>
</project>
"""
_APP = """package org.example.shelter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BedsApplication {
    public static void main(String[] args) {
        SpringApplication.run(BedsApplication.class, args);
    }
}
"""


def test_a_spring_service_on_spring_data_cosmos(tmp_path: Path) -> None:
    """Spring Cloud Azure's Cosmos starter: Spring Data Cosmos over Azure Cosmos DB."""
    pom = _POM.format(
        group="com.azure.spring",
        artifact="spring-cloud-azure-starter-data-cosmos",
        version="5.18.0",
    )
    found = by_folder(
        write(
            tmp_path,
            {"pom.xml": pom, "src/main/java/org/example/shelter/BedsApplication.java": _APP},
        )
    )
    assert first(found["."], K.FRAMEWORK)[0] == "Spring Boot"
    assert first(found["."], K.ORM)[0] == "Spring Data Cosmos"
    assert first(found["."], K.DATABASE)[0] == "Azure Cosmos DB"


def test_a_spring_service_on_the_cosmos_java_sdk(tmp_path: Path) -> None:
    """`com.azure:azure-cosmos` alone: the SDK is the data layer."""
    pom = _POM.format(group="com.azure", artifact="azure-cosmos", version="4.63.4")
    found = by_folder(
        write(
            tmp_path,
            {"pom.xml": pom, "src/main/java/org/example/shelter/BedsApplication.java": _APP},
        )
    )
    assert first(found["."], K.QUERY)[0] == "azure-cosmos"
    assert first(found["."], K.DATABASE)[0] == "Azure Cosmos DB"
