""".NET: a MongoDB cache beside the EF Core context, and an API mirror started from the API's
own start-up (set 174, #19).

A solution's core library keeps its data in SQL Server through an EF Core context its managers
use everywhere, and fills a MongoDB cache of what the API serves from it (a cache provider, one
or two managers reading the collections). The API's Compose service names the cache with a URL
(`mongodb://…`) and SQL Server with a connection string and a Compose database: the code's
census, EF Core in far more files than MongoDB's client, makes the URL no stronger than a
driver, and SQL Server the engine (`dotnet_side_stores`). Where the two are used about alike,
the configured store stays first.

Beside it, a worker SDK project references the API, runs a hosted service filling its own
MongoDB, and starts the web host with a `Startup` deriving from the API's: it serves the API's
endpoints, so it is a backend (`consumer_hosts`), on its target's shared framework, and with no
configuration naming SQL Server the store its code reaches stays its engine. A worker whose own
start-up derives from nothing stays no backend.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _project(
    sdk: str, packages: tuple[tuple[str, str], ...] = (), refs: tuple[str, ...] = ()
) -> str:
    items = "".join(f'    <PackageReference Include="{n}" Version="{v}" />\n' for n, v in packages)
    items += "".join(f'    <ProjectReference Include="{r}" />\n' for r in refs)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n'
        "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n"
        f"  <ItemGroup>\n{items}  </ItemGroup>\n</Project>\n"
    )


_API_PROGRAM = """public class Program
{
    public static void Main(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
            .Build()
            .Run();
}
"""

_API_STARTUP = """namespace Shop.Api
{
    public class Startup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddControllers();
            Shop.Core.Cache.CacheProviderMongo.CreateDefaultInstance();
        }

        public void Configure(IApplicationBuilder app)
        {
            app.UseRouting();
            app.UseEndpoints(e => e.MapControllers());
        }
    }
}
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Shop.Core.Data
{
    public partial class ShopEntities : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlServer(ConfigurationManager.ConnectionStrings["ShopEntities"].ConnectionString);
        }
    }
}
"""

_MANAGER = """using Shop.Core.Data;

namespace Shop.Core.Common
{{
    public class {name}Manager
    {{
        public object Get(int id)
        {{
            using var db = new ShopEntities();
            return db.Find<object>(id);
        }}
    }}
}}
"""

_MONGO_USER = """using MongoDB.Driver;

namespace Shop.Core.Cache
{{
    public class {name}
    {{
        private IMongoDatabase database;
    }}
}}
"""

_COMPOSE = """services:
  shop-api:
    build:
      context: .
      dockerfile: Api/Dockerfile
    environment:
      - SHOP_SQL_CONNECTION_STRING=Server=shop-sql,1433;Database=Shop;User Id=sa;Password=example
      - SHOP_MONGODB_CONNECTION_STRING=mongodb://mongodb:27017
    depends_on:
      - shop-sql
      - mongodb
  mongodb:
    image: mongo:7
  shop-sql:
    image: mcr.microsoft.com/mssql/server:2022-latest
"""

_MIRROR_PROGRAM = """public class Program
{
    public static void Main(string[] args) =>
        Host.CreateDefaultBuilder(args)
            .ConfigureServices((context, services) => services.AddHostedService<SyncWorker>())
            .ConfigureWebHostDefaults(web => web.UseStartup<Startup>())
            .Build()
            .Run();
}
"""

_MIRROR_WORKER = """public class SyncWorker : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken token)
    {
        await Shop.Core.Cache.CacheManager.RefreshCachedData();
    }
}
"""


def _solution(managers: int = 30, store_users: int = 3) -> dict[str, str]:
    # Thirty managers: the context class lies beyond the files the walk samples per project,
    # as in a real core library, so that only the census sees how much code it reaches.
    files = {
        "Api/Api.csproj": _project("Microsoft.NET.Sdk.Web", refs=("..\\Core\\Core.csproj",)),
        "Api/Program.cs": _API_PROGRAM,
        "Api/Startup.cs": _API_STARTUP,
        "Api/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n"
        'ENTRYPOINT ["dotnet", "Api.dll"]\n',
        "Api/Controllers/ItemsController.cs": "[ApiController]\n[Route(\"items\")]\n"
        "public class ItemsController : ControllerBase { }\n",
        "Core/Core.csproj": _project(
            "Microsoft.NET.Sdk",
            (
                ("Microsoft.EntityFrameworkCore.SqlServer", "8.0.4"),
                ("MongoDB.Driver", "2.25.0"),
            ),
        ),
        "Core/Data/ShopEntities.cs": _CONTEXT,
        "docker-compose.yml": _COMPOSE,
    }
    for i in range(managers):
        files[f"Core/Common/Item{i}Manager.cs"] = _MANAGER.format(name=f"Item{i}")
    for i in range(store_users):
        files[f"Core/Cache/CacheProvider{i}.cs"] = _MONGO_USER.format(name=f"CacheProvider{i}")
    return files


def _with_mirror(files: dict[str, str], derived: bool = True) -> dict[str, str]:
    base = "Shop.Api.Startup" if derived else "object"
    files.update(
        {
            "Mirror/Mirror.csproj": _project(
                "Microsoft.NET.Sdk.Worker", refs=("..\\Api\\Api.csproj",)
            ),
            "Mirror/Program.cs": _MIRROR_PROGRAM,
            "Mirror/Startup.cs": f"public class Startup : {base}\n{{\n}}\n",
            "Mirror/SyncWorker.cs": _MIRROR_WORKER,
            "Mirror/Dockerfile": "FROM mcr.microsoft.com/dotnet/aspnet:8.0\n",
            "Mirror/appsettings.json": '{\n  "MongoDBSettings": {\n'
            '    "ConnectionString": "mongodb://localhost:27017"\n  }\n}\n',
        }
    )
    return files


def test_a_mongodb_cache_beside_the_ef_core_context_is_secondary(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _solution()))
    assert first(found["Api"], K.DATABASE)[0] == "SQL Server"
    assert first(found["Api"], K.ORM)[0] == "EF Core"


def test_a_store_the_code_uses_as_much_stays_first(tmp_path: Path) -> None:
    # Counter-case: MongoDB's client in about as many files as the context: no census.
    found = by_folder(write(tmp_path, _solution(store_users=16)))
    assert first(found["Api"], K.DATABASE)[0] == "MongoDB"


def test_a_mirror_starting_the_apis_startup_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _with_mirror(_solution())))
    assert set(found) == {"Api", "Mirror"}
    assert first(found["Mirror"], K.FRAMEWORK) == ("ASP.NET Core", "8.0")
    # Nothing configures SQL Server for it: the store its code reaches stays its engine.
    assert first(found["Mirror"], K.DATABASE)[0] == "MongoDB"
    assert first(found["Api"], K.DATABASE)[0] == "SQL Server"


def test_a_worker_with_a_startup_of_its_own_stays_no_backend(tmp_path: Path) -> None:
    # Counter-case: its start-up derives from no other: a hosted service and nothing served.
    found = by_folder(write(tmp_path, _with_mirror(_solution(), derived=False)))
    assert set(found) == {"Api"}
