"""A .NET host takes a shared library's data layer only if it calls the method registering it
(benchmarks/detect_heldout6.yaml, #19): the bitwarden/server shape of held-out set 6. Every
host references src/SharedWeb, whose `IServiceCollection` extension method
`AddDatabaseRepositories` registers the Dapper repositories (`AddDapperRepositories` of
Infrastructure.Dapper) or the EF Core context (`SetupEntityFramework` of
Infrastructure.EntityFramework); the API calls it, the SignalR notifications hub only takes its
settings and authentication from SharedWeb, and keeps no data. A host calling the method,
itself or through another extension method of the library, keeps the layer; a library
registering it outside any static method keeps lending it to every host, as before."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_LIBRARY = (
    '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    "{items}  </ItemGroup>\n</Project>\n"
)

_HOST = (
    '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <PropertyGroup>\n'
    "    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n"
    "{items}"
    '    <ProjectReference Include="..\\Core\\Core.csproj" />\n'
    '    <ProjectReference Include="..\\SharedWeb\\SharedWeb.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_CORE = _LIBRARY.format(
    items='    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.2" />\n'
)

_DAPPER = _LIBRARY.format(
    items='    <PackageReference Include="Dapper" Version="2.1.66" />\n'
    '    <ProjectReference Include="..\\Core\\Core.csproj" />\n'
)

_DAPPER_EXTENSIONS = """using Bit.Infrastructure.Dapper.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Bit.Infrastructure.Dapper;

public static class DapperServiceCollectionExtensions
{
    public static void AddDapperRepositories(this IServiceCollection services, bool selfHosted)
    {
        services.AddSingleton<IUserRepository, UserRepository>();
        services.AddSingleton<ICipherRepository, CipherRepository>();
    }
}
"""

_REPOSITORY = """using Dapper;
using Microsoft.Data.SqlClient;

namespace Bit.Infrastructure.Dapper.Repositories;

public class UserRepository : IUserRepository
{
    public async Task<User> GetByIdAsync(Guid id)
    {
        using (var connection = new SqlConnection(ConnectionString))
        {
            return await connection.QuerySingleAsync<User>(
                "[dbo].[User_ReadById]", new { Id = id });
        }
    }
}
"""

_EF = _LIBRARY.format(
    items='    <PackageReference Include="Microsoft.EntityFrameworkCore.Relational" '
    'Version="8.0.8" />\n'
    '    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="8.0.8" />\n'
    '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.4" />\n'
    '    <ProjectReference Include="..\\Core\\Core.csproj" />\n'
)

_EF_EXTENSIONS = """using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bit.Infrastructure.EntityFramework;

public static class EntityFrameworkServiceCollectionExtensions
{
    public static void SetupEntityFramework(this IServiceCollection services,
        string connectionString, SupportedDatabaseProviders provider)
    {
        services.AddDbContext<DatabaseContext>(options =>
        {
            if (provider == SupportedDatabaseProviders.Postgres)
            {
                options.UseNpgsql(connectionString);
            }
            else
            {
                options.UseSqlServer(connectionString);
            }
        });
    }

    public static void AddPasswordManagerEFRepositories(this IServiceCollection services)
    {
        services.AddSingleton<IUserRepository, UserRepository>();
    }
}
"""

_SHARED = _LIBRARY.format(
    items='    <ProjectReference Include="..\\Infrastructure.Dapper\\'
    'Infrastructure.Dapper.csproj" />\n'
    '    <ProjectReference Include="..\\Core\\Core.csproj" />\n'
    '    <ProjectReference Include="..\\Infrastructure.EntityFramework\\'
    'Infrastructure.EntityFramework.csproj" />\n'
)

_SHARED_EXTENSIONS = """using Bit.Infrastructure.Dapper;
using Bit.Infrastructure.EntityFramework;
using Microsoft.Extensions.DependencyInjection;

namespace Bit.SharedWeb.Utilities;

public static class ServiceCollectionExtensions
{{
    public static SupportedDatabaseProviders AddDatabaseRepositories(
        this IServiceCollection services, GlobalSettings globalSettings)
    {{
        var (provider, connectionString) = GetDatabaseProvider(globalSettings);
{setup}
        return provider;
    }}

    public static GlobalSettings AddGlobalSettingsServices(this IServiceCollection services,
        IConfiguration configuration)
    {{
        var globalSettings = new GlobalSettings();
        services.AddSingleton(s => globalSettings);
        return globalSettings;
    }}

    public static void AddDefaultServices(this IServiceCollection services,
        GlobalSettings globalSettings)
    {{
        services.AddDatabaseRepositories(globalSettings);
    }}

    public static void AddIdentityAuthenticationServices(this IServiceCollection services,
        GlobalSettings globalSettings, Action<AuthorizationOptions> addAuthorization)
    {{
        services.AddAuthentication().AddJwtBearer();
        services.AddAuthorization(addAuthorization);
    }}

    private static (SupportedDatabaseProviders provider, string connectionString)
        GetDatabaseProvider(GlobalSettings globalSettings)
    {{
        var provider = SupportedDatabaseProviders.SqlServer;
        var connectionString = globalSettings.SqlServer.ConnectionString;
        return (provider, connectionString);
    }}
}}
"""

_SETUP = """        services.SetupEntityFramework(connectionString, provider);
        if (provider != SupportedDatabaseProviders.SqlServer)
        {
            services.AddPasswordManagerEFRepositories();
        }
        else
        {
            services.AddDapperRepositories(globalSettings.SelfHosted);
        }
"""

_SETUP_CLASS = """using Bit.Infrastructure.Dapper;
using Bit.Infrastructure.EntityFramework;
using Microsoft.Extensions.DependencyInjection;

namespace Bit.SharedWeb.Utilities;

public class DatabaseSetup : IStartupFilter
{
    public void Configure(IServiceCollection services, GlobalSettings globalSettings)
    {
        var connectionString = globalSettings.SqlServer.ConnectionString;
        var provider = SupportedDatabaseProviders.SqlServer;
""" + _SETUP + """    }
}
"""

_PROGRAM = """namespace Bit.{name};

public class Program
{{
    public static void Main(string[] args)
    {{
        Host.CreateDefaultBuilder(args)
            .ConfigureWebHostDefaults(webBuilder => webBuilder.UseStartup<Startup>())
            .Build()
            .Run();
    }}
}}
"""

_STARTUP = """using Bit.SharedWeb.Utilities;

namespace Bit.{name};

public class Startup
{{
    public void ConfigureServices(IServiceCollection services)
    {{
        services.AddOptions();
        var globalSettings = services.AddGlobalSettingsServices(Configuration);
{calls}        services.AddMvc();
    }}

    public void Configure(IApplicationBuilder app)
    {{
        app.UseRouting();
        app.UseEndpoints(endpoints => endpoints.MapControllers());
    }}
}}
"""

_DATABASE = "        services.AddDatabaseRepositories(globalSettings);\n"

_AUTHENTICATION = (
    "        services.AddIdentityAuthenticationServices(globalSettings, config => { });\n"
)

_SIGNALR = (
    '    <PackageReference Include="Microsoft.AspNetCore.SignalR.StackExchangeRedis" '
    'Version="8.0.10" />\n'
)


def _tree(
    tmp_path: Path, notifications: str = _AUTHENTICATION, outside: bool = False
) -> dict[str, object]:
    files = {
        "src/Core/Core.csproj": _CORE,
        "src/Core/Entities/User.cs": "namespace Bit.Core.Entities;\n\npublic class User { }\n",
        "src/Infrastructure.Dapper/Infrastructure.Dapper.csproj": _DAPPER,
        "src/Infrastructure.Dapper/DapperServiceCollectionExtensions.cs": _DAPPER_EXTENSIONS,
        "src/Infrastructure.Dapper/Repositories/UserRepository.cs": _REPOSITORY,
        "src/Infrastructure.EntityFramework/Infrastructure.EntityFramework.csproj": _EF,
        "src/Infrastructure.EntityFramework/EntityFrameworkServiceCollectionExtensions.cs": (
            _EF_EXTENSIONS
        ),
        "src/SharedWeb/SharedWeb.csproj": _SHARED,
        "src/SharedWeb/Utilities/ServiceCollectionExtensions.cs": _SHARED_EXTENSIONS.format(
            setup="" if outside else _SETUP
        ),
        "src/Api/Api.csproj": _HOST.format(items=""),
        "src/Api/Program.cs": _PROGRAM.format(name="Api"),
        "src/Api/Startup.cs": _STARTUP.format(name="Api", calls=_DATABASE + _AUTHENTICATION),
        "src/Notifications/Notifications.csproj": _HOST.format(items=_SIGNALR),
        "src/Notifications/Program.cs": _PROGRAM.format(name="Notifications"),
        "src/Notifications/Startup.cs": _STARTUP.format(name="Notifications", calls=notifications),
    }
    if outside:
        files["src/SharedWeb/Utilities/DatabaseSetup.cs"] = _SETUP_CLASS
    return by_folder(write(tmp_path, files))


def _data(backend: object) -> set[tuple[K, str]]:
    return {
        (f.kind, f.name)
        for f in backend.findings  # type: ignore[attr-defined]
        if f.kind in (K.ORM, K.QUERY, K.DATABASE)
    }


def test_a_host_not_calling_the_registration_takes_no_data_layer(tmp_path: Path) -> None:
    found = _tree(tmp_path)
    assert _data(found["src/Notifications"]) == set()
    api = _data(found["src/Api"])
    assert (K.QUERY, "Dapper") in api and (K.DATABASE, "SQL Server") in api


def test_a_host_calling_the_registration_keeps_the_data_layer(tmp_path: Path) -> None:
    found = _tree(tmp_path, _AUTHENTICATION + _DATABASE)
    notifications = _data(found["src/Notifications"])
    assert (K.QUERY, "Dapper") in notifications
    assert (K.DATABASE, "SQL Server") in notifications


def test_a_host_calling_it_through_another_library_method_keeps_it(tmp_path: Path) -> None:
    calls = "        services.AddDefaultServices(globalSettings);\n"
    notifications = _data(_tree(tmp_path, calls)["src/Notifications"])
    assert (K.QUERY, "Dapper") in notifications


def test_a_library_registering_outside_any_extension_method_lends_as_before(
    tmp_path: Path,
) -> None:
    notifications = _data(_tree(tmp_path, outside=True)["src/Notifications"])
    assert (K.QUERY, "Dapper") in notifications
    assert (K.DATABASE, "SQL Server") in notifications
