"""A provider's setup named as a delegate is used where it is named (benchmarks/
detect_heldout42.yaml, #19): the OpenBudgeteer shape of held-out set 42. A Blazor Server host
references a core library, which references the data library; there, each provider's setup
(`options.UseMySql(…)`, `options.UseNpgsql(…)`) is a static method that a static lookup names as
a delegate (`[PROVIDER_MYSQL] = SetupMySqlConnection,`), and `GetContextOptions` calls the one
the configuration picks. The host calls the library's `AddDatabase` extension, so it keeps EF
Core and its engines. A lookup in a field lies outside any static method and keeps lending the
layer to every host, as a registration there always did; one built in a static method carries
the setups up the calls, and a host that never calls `AddDatabase` still takes no data."""

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
    '    <ProjectReference Include="..\\Core\\Core.csproj" />\n'
    "  </ItemGroup>\n</Project>\n"
)

_CORE = _LIBRARY.format(items='    <ProjectReference Include="..\\Data\\Data.csproj" />\n')

_DATA = _LIBRARY.format(
    items='    <PackageReference Include="Microsoft.EntityFrameworkCore" Version="8.0.3" />\n'
    '    <PackageReference Include="Pomelo.EntityFrameworkCore.MySql" Version="8.0.2" />\n'
    '    <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.2" />\n'
)

_FIELD_LOOKUP = """    private static readonly Dictionary<string, Action<Builder, IConfiguration>>
        OptionsFactoryLookup = new(StringComparer.OrdinalIgnoreCase)
    {
        [ConfigurationKeyConstants.PROVIDER_MYSQL] = SetupMySqlConnection,
        [ConfigurationKeyConstants.PROVIDER_POSTGRES] = SetupPostgresConnection,
    };

    public static DbContextOptions<DatabaseContext> GetContextOptions(IConfiguration config)
    {
        var provider = config.GetValue<string>(ConfigurationKeyConstants.CONNECTION_PROVIDER);
        var optionsBuilder = new DbContextOptionsBuilder<DatabaseContext>();
        OptionsFactoryLookup[provider](optionsBuilder, config);
        return optionsBuilder.Options;
    }
"""

_METHOD_LOOKUP = """    private static Dictionary<string, Action<Builder, IConfiguration>> Lookup()
    {
        return new Dictionary<string, Action<Builder, IConfiguration>>
        {
            [ConfigurationKeyConstants.PROVIDER_MYSQL] = SetupMySqlConnection,
            [ConfigurationKeyConstants.PROVIDER_POSTGRES] = SetupPostgresConnection,
        };
    }

    public static DbContextOptions<DatabaseContext> GetContextOptions(IConfiguration config)
    {
        var provider = config.GetValue<string>(ConfigurationKeyConstants.CONNECTION_PROVIDER);
        var optionsBuilder = new DbContextOptionsBuilder<DatabaseContext>();
        Lookup()[provider](optionsBuilder, config);
        return optionsBuilder.Options;
    }
"""

_FACTORY = """using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Budget.Core.Data;

public static class DbContextOptionsFactory
{{
{lookup}
    private static void SetupMySqlConnection(DbContextOptionsBuilder optionsBuilder,
        IConfiguration configuration)
    {{
        var connectionString = configuration.GetValue<string>("CONNECTION_STRING");
        optionsBuilder.UseMySql(connectionString, ServerVersion.AutoDetect(connectionString));
    }}

    private static void SetupPostgresConnection(DbContextOptionsBuilder optionsBuilder,
        IConfiguration configuration)
    {{
        optionsBuilder.UseNpgsql(configuration.GetValue<string>("CONNECTION_STRING"));
    }}
}}
"""

_EXTENSIONS = """using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Budget.Core.Data;

public static class DatabaseInitializationExtensions
{
    public static void AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var dbContextOptions = DbContextOptionsFactory.GetContextOptions(configuration);
        services.AddSingleton(dbContextOptions);
        services.AddScoped(x =>
            new DatabaseContext(x.GetRequiredService<DbContextOptions<DatabaseContext>>()));
    }
}
"""

_CONTEXT = """using Microsoft.EntityFrameworkCore;

namespace Budget.Core.Data;

public class DatabaseContext : DbContext
{
    public DatabaseContext(DbContextOptions<DatabaseContext> options) : base(options) { }
    public DbSet<Account> Account { get; set; }
}
"""

_PROGRAM = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
{setup}var app = builder.Build();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
"""

_HUB = """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSignalR();
var app = builder.Build();
app.MapHub<BudgetHub>("/hub");
app.MapGet("/alive", () => "ok");
app.Run();
"""


def _solution(lookup: str) -> dict[str, str]:
    return {
        "Budget.sln": "",
        "Core/Core.csproj": _CORE,
        "Core/Common/AppSettings.cs": (
            "namespace Budget.Core.Common;\n\npublic class AppSettings { }\n"
        ),
        "Data/Data.csproj": _DATA,
        "Data/DbContextOptionsFactory.cs": _FACTORY.format(lookup=lookup),
        "Data/DatabaseInitializationExtensions.cs": _EXTENSIONS,
        "Data/DatabaseContext.cs": _CONTEXT,
        "Blazor/Blazor.csproj": _HOST,
        "Blazor/Program.cs": _PROGRAM.format(
            setup="builder.Services.AddDatabase(builder.Configuration);\n"
        ),
        "Hub/Hub.csproj": _HOST,
        "Hub/Program.cs": _HUB,
    }


def _kinds(found: dict, folder: str, kind: K) -> list[str]:
    return [f.name for f in found[folder].findings if f.kind is kind]


def test_a_host_calling_the_registration_keeps_setups_named_in_a_field_lookup(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _solution(_FIELD_LOOKUP)))
    assert "EF Core" in _kinds(found, "Blazor", K.ORM)
    assert {"MySQL", "PostgreSQL"} <= set(_kinds(found, "Blazor", K.DATABASE))


def test_setups_named_in_a_static_method_are_carried_up_its_calls(tmp_path: Path) -> None:
    """Counter-case: the lookup built in a static method localises the setups; the host calling
    `AddDatabase` keeps the layer, the one that never calls it takes none."""
    found = by_folder(write(tmp_path, _solution(_METHOD_LOOKUP)))
    assert "EF Core" in _kinds(found, "Blazor", K.ORM)
    assert "MySQL" in _kinds(found, "Blazor", K.DATABASE)
    assert _kinds(found, "Hub", K.DATABASE) == []
