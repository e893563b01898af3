"""What the sixth held-out set left after its first fixes (benchmarks/detect_heldout6.yaml),
each as a small fixture of the real files' shape (#19): the data layer a provider switch uses
with the default engine, engines chosen by a program's own defaults (a shipped config.json, a
default configuration in code, a server engine left off by default), the target framework of
an app whose packages are older standalone releases, Rust's built-in test harness, and a
Spring Boot consumer that serves no HTTP."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect import detect
from designer.detect.apply import apply
from designer.model.design import Design
from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K


def data_layer(backend: DetectedBackend) -> str:
    """The data layer: the first ORM or query library, whichever is ranked first."""
    kinds = (K.ORM, K.QUERY)
    return next((f.name for f in backend.findings if f.kind in kinds), "")


def project(*packages: str, references: tuple[str, ...] = (), web: bool = False) -> str:
    """An SDK-style .csproj with package and project references."""
    items = [f'    <PackageReference Include="{p}" Version="[8.0.8]" />' for p in packages]
    items += [f'    <ProjectReference Include="..\\{r}\\{r}.csproj" />' for r in references]
    sdk = "Microsoft.NET.Sdk.Web" if web else "Microsoft.NET.Sdk"
    body = "\n".join(items)
    return f'<Project Sdk="{sdk}">\n  <ItemGroup>\n{body}\n  </ItemGroup>\n</Project>\n'


HOST = (
    "public static class Program\n{\n    public static void Main(string[] args)\n    {\n"
    "        Host.CreateDefaultBuilder(args)\n"
    "            .ConfigureWebHostDefaults(webBuilder => webBuilder.UseStartup<Startup>())\n"
    "            .Build().Run();\n    }\n}\n"
)

SWITCH = """\
public static class ServiceCollectionExtensions
{
    public static SupportedDatabaseProviders AddDatabaseRepositories(this IServiceCollection services, GlobalSettings globalSettings)
    {
        var (provider, connectionString) = GetDatabaseProvider(globalSettings);
        services.SetupEntityFramework(connectionString, provider);

        if (provider != SupportedDatabaseProviders.SqlServer)
        {
            services.AddPasswordManagerEFRepositories(globalSettings.SelfHosted);
        }
        else
        {
            services.AddDapperRepositories(globalSettings.SelfHosted);
        }

        return provider;
    }

    private static (SupportedDatabaseProviders provider, string connectionString)
        GetDatabaseProvider(GlobalSettings globalSettings)
    {
        var selectedDatabaseProvider = globalSettings.DatabaseProvider;
        var provider = SupportedDatabaseProviders.SqlServer;
        var connectionString = string.Empty;
        switch (selectedDatabaseProvider.ToLowerInvariant())
        {
            case "postgres":
                provider = SupportedDatabaseProviders.Postgres;
                break;
            case "mysql":
                provider = SupportedDatabaseProviders.MySql;
                break;
            case "sqlite":
                provider = SupportedDatabaseProviders.Sqlite;
                break;
        }
        return (provider, connectionString);
    }
}
"""


def provider_switch(switch: str = SWITCH) -> dict[str, str]:
    """bitwarden/server's shape: web hosts reference SharedWeb, whose provider switch picks
    Dapper repositories for SQL Server (the default) and EF Core's for the other providers;
    the EF Core project references every provider, SQL Server's included."""
    ef = (
        "Microsoft.EntityFrameworkCore.Relational",
        "Microsoft.EntityFrameworkCore.SqlServer",
        "Microsoft.EntityFrameworkCore.Sqlite",
        "Npgsql.EntityFrameworkCore.PostgreSQL",
        "Pomelo.EntityFrameworkCore.MySql",
    )
    return {
        "src/Api/Api.csproj": project(references=("SharedWeb",), web=True),
        "src/Api/Program.cs": HOST,
        "src/SharedWeb/SharedWeb.csproj": project(
            references=("Infrastructure.Dapper", "Infrastructure.EntityFramework")
        ),
        "src/SharedWeb/Utilities/ServiceCollectionExtensions.cs": switch,
        "src/Infrastructure.Dapper/Infrastructure.Dapper.csproj": project(
            "Dapper", references=("Core",)
        ),
        "src/Infrastructure.EntityFramework/Infrastructure.EntityFramework.csproj": project(
            *ef, references=("Core",)
        ),
        "src/Core/Core.csproj": project("Microsoft.Data.SqlClient"),
    }


def test_the_default_providers_query_library_is_the_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, provider_switch()))["src/Api"]
    assert first(backend, K.DATABASE)[0] == "SQL Server"
    assert data_layer(backend) == "Dapper"
    # EF Core stays, after it: the ORM of the other providers.
    assert first(backend, K.ORM)[0] == "EF Core"
    design = Design()
    apply(design, detect(tmp_path))
    assert design.data.orm == "Dapper"


def test_without_the_switch_the_orm_stays_the_data_layer(tmp_path: Path) -> None:
    plain = SWITCH.replace("if (provider != SupportedDatabaseProviders.SqlServer)", "")
    plain = plain.replace("services.AddDapperRepositories(globalSettings.SelfHosted);", "")
    backend = by_folder(write(tmp_path, provider_switch(plain)))["src/Api"]
    assert data_layer(backend) == "EF Core"


def test_the_switch_follows_the_default_provider(tmp_path: Path) -> None:
    # The same switch with PostgreSQL as the default: EF Core is its data layer.
    switch = SWITCH.replace(
        "var provider = SupportedDatabaseProviders.SqlServer;",
        "var provider = SupportedDatabaseProviders.Postgres;",
    )
    backend = by_folder(write(tmp_path, provider_switch(switch)))["src/Api"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert data_layer(backend) == "EF Core"
