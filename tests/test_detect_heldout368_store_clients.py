"""Azure stores' SDK clients worked by a .NET project's own code (#19): the Cosmos DB SDK a
library takes only through a wrapper package yet imports and writes items through, lent to the
MVC host referencing the library; and the Azure Tables SDK a worker host constructs a client of
and writes entities with. A table only read (settings at start-up), a package no code opens and
a store beside another data layer make no data layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PACKAGES = """<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageVersion Include="Contoso.Persistence.Documents" Version="2.0.0" />
    <PackageVersion Include="Microsoft.Azure.Cosmos" Version="3.58.0" />
    <PackageVersion Include="HtmlSanitizer" Version="9.0.0" />
  </ItemGroup>
</Project>
"""
_WEB = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="HtmlSanitizer" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Shop.Core\\Shop.Core.csproj" />
  </ItemGroup>
</Project>
"""
_WEB_PROGRAM = """using Shop.Core;
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();
builder.Services.AddCoreDependencies();
var app = builder.Build();
app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}");
app.Run();
"""
_CONTROLLER = """using Microsoft.AspNetCore.Mvc;
namespace Shop.Web.Controllers;
public class HomeController : Controller
{
    public IActionResult Index() => View();
}
"""
_CORE = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Contoso.Persistence.Documents" />
  </ItemGroup>
</Project>
"""
_ROOT = """using Microsoft.Extensions.DependencyInjection;
namespace Shop.Core;
public static class CompositionRoot
{
    public static IServiceCollection AddCoreDependencies(this IServiceCollection services)
    {
        services.AddSingleton<IBasketWriter, BasketWriter>();
        return services;
    }
}
"""
_REPOSITORY = """using Contoso.Persistence.Documents.Handlers;
using Microsoft.Azure.Cosmos;
namespace Shop.Core;
internal sealed class BasketWriter : IBasketWriter
{
    private readonly IDocumentCommandHandler _handler;
    public BasketWriter(IDocumentCommandHandler handler) => _handler = handler;
    public async Task SaveAsync(Basket basket)
    {
        try
        {
            await _handler.UpsertItemAsync(item: basket, containerKey: "baskets",
                partitionKeyValue: basket.Id);
        }
        catch (CosmosException)
        {
            throw;
        }
    }
}
"""


def _cosmos_tree() -> dict[str, str]:
    return {
        "Shop.All/Directory.Packages.props": _PACKAGES,
        "Shop.All/src/Shop.Web/Shop.Web.csproj": _WEB,
        "Shop.All/src/Shop.Web/Program.cs": _WEB_PROGRAM,
        "Shop.All/src/Shop.Web/Controllers/HomeController.cs": _CONTROLLER,
        "Shop.All/src/Shop.Core/Shop.Core.csproj": _CORE,
        "Shop.All/src/Shop.Core/CompositionRoot.cs": _ROOT,
        "Shop.All/src/Shop.Core/BasketWriter.cs": _REPOSITORY,
    }


def test_a_librarys_cosmos_code_is_the_hosts_data_layer(tmp_path: Path) -> None:
    write(tmp_path, _cosmos_tree())
    web = by_folder(tmp_path)["Shop.All/src/Shop.Web"]
    assert first(web, K.QUERY)[0] == "Microsoft.Azure.Cosmos"
    assert first(web, K.DATABASE)[0] == "Azure Cosmos DB"


def test_cosmos_namespace_without_the_clients_calls_is_no_data(tmp_path: Path) -> None:
    tree = _cosmos_tree()
    tree["Shop.All/src/Shop.Core/BasketWriter.cs"] = _REPOSITORY.replace(
        "UpsertItemAsync", "SaveDocumentAsync"
    )
    write(tmp_path, tree)
    web = by_folder(tmp_path).get("Shop.All/src/Shop.Web")
    assert web is None or first(web, K.DATABASE) == ("", "")


_WORKER = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Data.Tables" Version="12.11.0" />
{extra}  </ItemGroup>
</Project>
"""
_WORKER_PROGRAM = """using Azure.Data.Tables;
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(_ => new TableClient(
    builder.Configuration["Storage:ConnectionString"], "partitions"));
builder.Services.AddSingleton<PartitionRepository>();
builder.Services.AddHostedService<StreamService>();
var app = builder.Build();
app.MapPost("/api/migrate", () => Results.Accepted());
app.MapDelete("/api/table/truncate", () => Results.NoContent());
app.Run();
"""
_PARTITIONS = """using Azure.Data.Tables;
public sealed class PartitionRepository(TableClient tableClient)
{
    public async Task SaveAsync(IEnumerable<TableTransactionAction> actions) =>
        await tableClient.SubmitTransactionAsync(actions);
}
"""
_SETTINGS_ONLY = """using Azure.Data.Tables;
public static class ConfigurationService
{
    public static async Task<string> GetAsync(string connection, string environment)
    {
        var serviceClient = new TableServiceClient(connection);
        var table = serviceClient.GetTableClient("Configuration");
        var row = await table.GetEntityAsync<TableEntity>(environment, "Service_1.0");
        return row.Value.GetString("Data");
    }
}
"""


def test_a_table_client_the_host_writes_with_is_its_data_layer(tmp_path: Path) -> None:
    write(tmp_path, {
        "src/Worker/Worker.csproj": _WORKER.format(extra=""),
        "src/Worker/Program.cs": _WORKER_PROGRAM,
        "src/Worker/PartitionRepository.cs": _PARTITIONS,
    })
    worker = by_folder(tmp_path)["src/Worker"]
    assert first(worker, K.QUERY)[0] == "Azure.Data.Tables"
    assert first(worker, K.DATABASE)[0] == "Azure Table Storage"


def test_a_settings_table_only_read_is_no_data(tmp_path: Path) -> None:
    write(tmp_path, {
        "src/Api/Api.csproj": _WORKER.format(extra=""),
        "src/Api/Program.cs": "var app = WebApplication.CreateBuilder(args).Build();\n"
        'app.MapGet("/", () => "ok");\napp.Run();\n',
        "src/Api/ConfigurationService.cs": _SETTINGS_ONLY,
    })
    api = by_folder(tmp_path)["src/Api"]
    assert first(api, K.DATABASE) == ("", "")


def test_a_table_beside_ef_core_leaves_ef_core_the_data_layer(tmp_path: Path) -> None:
    extra = (
        '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL"'
        ' Version="10.0.0" />\n'
    )
    program = _WORKER_PROGRAM.replace(
        "var app =",
        "builder.Services.AddDbContextPool<ShopDbContext>(o =>\n"
        '    o.UseNpgsql(builder.Configuration.GetConnectionString("Shop")));\nvar app =',
    )
    write(tmp_path, {
        "src/Worker/Worker.csproj": _WORKER.format(extra=extra),
        "src/Worker/Program.cs": program,
        "src/Worker/PartitionRepository.cs": _PARTITIONS,
    })
    worker = by_folder(tmp_path)["src/Worker"]
    assert first(worker, K.ORM)[0] == "EF Core"
    assert first(worker, K.DATABASE)[0] == "PostgreSQL"
    assert first(worker, K.QUERY)[0] != "Azure.Data.Tables"
