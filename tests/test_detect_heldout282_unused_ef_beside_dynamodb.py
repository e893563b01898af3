"""Held-out set 282 (#19): an EF Core provider a .NET API references beside the AWS SDK's
DynamoDB client, with no EF Core context in its code, is not its data layer.

The shape: an ASP.NET Core web project references AWSSDK.DynamoDBv2 and keeps its records
through the SDK's object persistence context (`IDynamoDBContext _dynamoDbContext`,
`[DynamoDBTable]` entities), and also lists Microsoft.EntityFrameworkCore.SqlServer, which no
code uses. `ef_packages` makes that EF Core a development-only mention: data none, engine
DynamoDB. Its context check no longer mistakes `IDynamoDBContext` for an EF Core context.
Counter-case: the same project with a class deriving from `DbContext` keeps EF Core.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PROGRAM = """using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Register.Api
{
    public static class Program
    {
        public static void Main(string[] args) =>
            Host.CreateDefaultBuilder(args)
                .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
                .Build().Run();
    }
}
"""

_GATEWAY = """using Amazon.DynamoDBv2.DataModel;
using System.Threading.Tasks;

namespace Register.Api.Gateways
{
    public class DynamoDbGateway
    {
        private readonly IDynamoDBContext _dynamoDbContext;

        public DynamoDbGateway(IDynamoDBContext dynamoDbContext)
        {
            _dynamoDbContext = dynamoDbContext;
        }

        public Task Save(ApplicationDbEntity entity) => _dynamoDbContext.SaveAsync(entity);
    }

    [DynamoDBTable("Register")]
    public class ApplicationDbEntity
    {
        [DynamoDBHashKey] public string Id { get; set; }
    }
}
"""

_EF_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Register.Api.Infrastructure
{
    public class RegisterContext : DbContext
    {
        public DbSet<Application> Applications { get; set; }
    }
}
"""

_PACKAGES = (
    "AWSSDK.DynamoDBv2",
    "AWSSDK.Extensions.NETCore.Setup",
    "Microsoft.EntityFrameworkCore.SqlServer",
)


def _tree(*extra: tuple[str, str]) -> dict[str, str]:
    files = {
        "Register.Api/Register.Api.csproj": csproj(*_PACKAGES, sdk="Microsoft.NET.Sdk.Web"),
        "Register.Api/Program.cs": _PROGRAM,
        "Register.Api/Gateways/DynamoDbGateway.cs": _GATEWAY,
    }
    files.update(dict(extra))
    return files


def test_unused_ef_provider_beside_dynamodb_is_no_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"Register.Api"}
    assert first(found["Register.Api"], K.ORM) == ("", "")
    assert first(found["Register.Api"], K.DATABASE)[0] == "DynamoDB"


def test_an_ef_context_in_code_keeps_ef_core(tmp_path: Path) -> None:
    # Counter-case: a class deriving from DbContext is EF Core's data layer.
    found = by_folder(
        write(tmp_path, _tree(("Register.Api/Infrastructure/RegisterContext.cs", _EF_CONTEXT)))
    )
    assert first(found["Register.Api"], K.ORM)[0] == "EF Core"
