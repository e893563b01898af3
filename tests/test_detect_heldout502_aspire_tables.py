"""An ASP.NET Core minimal API of a .NET Aspire solution that registers the Azure Tables client
and leaves the writing to a library of the solution (#19): its Program.cs calls Aspire's
`builder.AddAzureTableClient("strTables")` (an extension of Microsoft.Extensions.Hosting, no
`using Azure.Data.Tables;` there), its endpoints take the injected `TableServiceClient` and hand
it to the referenced Core library's service, whose files import the namespace and upsert the
entities. The API's data layer is Azure.Data.Tables on Azure Table Storage. A registration whose
referenced library only reads, and a library no host registers a client for, make no data
layer."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_API = """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net9.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aspire.Azure.Data.Tables" Version="9.3.0" />
    <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="9.0.5" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Core\\Links.Core.csproj" />
  </ItemGroup>
</Project>
"""
_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOpenApi();
builder.AddAzureTableClient("strTables");
var app = builder.Build();
app.MapLinkEndpoints();
app.Run();
"""
_ENDPOINTS = """using Azure.Data.Tables;
using Links.Core.Service;

public static class LinkEndpoints
{
    public static void MapLinkEndpoints(this IEndpointRouteBuilder app)
    {
        var endpoints = app.MapGroup("api");
        endpoints.MapPost("/links", Create);
    }

    static async Task<IResult> Create(TableServiceClient tblClient, LinkRequest request)
    {
        var service = new TablesService(tblClient);
        await service.SaveLink(request.Url);
        return Results.Ok();
    }
}
"""
_CORE = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net9.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Aspire.Azure.Data.Tables" Version="9.3.0" />
  </ItemGroup>
</Project>
"""
_SERVICE = """using Azure.Data.Tables;

namespace Links.Core.Service;

public class TablesService(TableServiceClient client)
{
    private TableClient Links()
    {
        client.CreateTableIfNotExists("Links");
        return client.GetTableClient("Links");
    }

    public async Task SaveLink(string url)
    {
        await Links().UpsertEntityAsync(new TableEntity("1", url));
    }
}
"""


def _tree() -> dict[str, str]:
    return {
        "src/Api/Links.Api.csproj": _API,
        "src/Api/Program.cs": _PROGRAM,
        "src/Api/LinkEndpoints.cs": _ENDPOINTS,
        "src/Core/Links.Core.csproj": _CORE,
        "src/Core/Service/TablesService.cs": _SERVICE,
    }


def test_an_aspire_registration_and_a_librarys_writes_are_the_hosts_tables(
    tmp_path: Path,
) -> None:
    api = by_folder(write(tmp_path, _tree()))["src/Api"]
    assert first(api, K.QUERY)[0] == "Azure.Data.Tables"
    assert first(api, K.DATABASE)[0] == "Azure Table Storage"


def test_a_library_that_only_reads_makes_no_data(tmp_path: Path) -> None:
    tree = _tree()
    tree["src/Core/Service/TablesService.cs"] = _SERVICE.replace(
        'await Links().UpsertEntityAsync(new TableEntity("1", url));',
        'await Links().GetEntityAsync<TableEntity>("1", url);',
    )
    api = by_folder(write(tmp_path, tree))["src/Api"]
    assert first(api, K.DATABASE) == ("", "")


def test_no_registration_in_the_host_makes_no_data(tmp_path: Path) -> None:
    tree = _tree()
    tree["src/Api/Program.cs"] = _PROGRAM.replace('builder.AddAzureTableClient("strTables");\n', "")
    api = by_folder(write(tmp_path, tree))["src/Api"]
    assert first(api, K.DATABASE) == ("", "")
