"""C#: *.csproj (SDK-style projects), and the entry point of ASP.NET Core."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from typing import Any

from designer.detect import defaults
from designer.detect.assemble import ON_NET_FRAMEWORK
from designer.detect.ecosystems import dotnet_classic
from designer.detect.engines import redis_store_rules
from designer.detect.signals import (
    Lines,
    ManifestError,
    ManifestResult,
    Scope,
    Signal,
    SourceRule,
    Strength,
    rule,
)
from designer.model.stack import FindingKind as K

LANGUAGE = "C#"

PROJECT_ENDINGS = (".csproj", ".fsproj")
"""MSBuild project files of the SDK: C#'s, and F#'s in the same format (the same SDKs,
package and project references), only the sources they compile differ."""


def project_stem(name: str) -> str:
    """A project file's name without its ending (`Web.fsproj` → `Web`)."""
    for ending in PROJECT_ENDINGS:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name

_MSTEST_V1 = "microsoft.visualstudio.qualitytools.unittestframework"

_PACKAGES: dict[str, tuple[tuple[K, str], ...]] = {
    "microsoft.entityframeworkcore.design": ((K.MIGRATIONS, "EF Core migrations"),),
    "microsoft.entityframeworkcore.tools": ((K.MIGRATIONS, "EF Core migrations"),),
    # Dapper maps the rows of hand-written SQL to objects: a query library, like sqlx.
    "dapper": ((K.QUERY, "Dapper"),),
    # SqlKata builds SQL from a fluent query (its Execution package runs it through Dapper).
    "sqlkata": ((K.QUERY, "SqlKata"),),
    "sqlkata.execution": ((K.QUERY, "SqlKata"),),
    # An ADO.NET provider used directly runs hand-written SQL: raw access, like database/sql.
    "npgsql": ((K.DATABASE, "PostgreSQL"), (K.QUERY, "ADO.NET")),
    # An EF Core provider brings EF Core with it: the provider alone is the data layer too.
    "npgsql.entityframeworkcore.postgresql": ((K.DATABASE, "PostgreSQL"), (K.ORM, "EF Core")),
    "pomelo.entityframeworkcore.mysql": ((K.DATABASE, "MySQL"), (K.ORM, "EF Core")),
    "mysql.entityframeworkcore": ((K.DATABASE, "MySQL"), (K.ORM, "EF Core")),
    "oracle.entityframeworkcore": ((K.DATABASE, "Oracle"), (K.ORM, "EF Core")),
    "mongodb.entityframeworkcore": ((K.DATABASE, "MongoDB"), (K.ORM, "EF Core")),
    "microsoft.entityframeworkcore.cosmos": ((K.DATABASE, "Azure Cosmos DB"), (K.ORM, "EF Core")),
    # Azure Cosmos DB's SDK (a `CosmosClient` and its containers) used without EF Core: the
    # data layer itself, as MongoDB.Driver is.
    "microsoft.azure.cosmos": (
        (K.DATABASE, "Azure Cosmos DB"),
        (K.QUERY, "Microsoft.Azure.Cosmos"),
    ),
    "mysqlconnector": ((K.DATABASE, "MySQL"), (K.QUERY, "ADO.NET")),
    "microsoft.entityframeworkcore.sqlserver": ((K.DATABASE, "SQL Server"), (K.ORM, "EF Core")),
    "microsoft.data.sqlclient": ((K.DATABASE, "SQL Server"), (K.QUERY, "ADO.NET")),
    "system.data.sqlclient": ((K.DATABASE, "SQL Server"), (K.QUERY, "ADO.NET")),
    "microsoft.data.sqlite": ((K.DATABASE, "SQLite"), (K.QUERY, "ADO.NET")),
    "microsoft.data.sqlite.core": ((K.DATABASE, "SQLite"), (K.QUERY, "ADO.NET")),
    "system.data.sqlite": ((K.DATABASE, "SQLite"), (K.QUERY, "ADO.NET")),
    "system.data.sqlite.core": ((K.DATABASE, "SQLite"), (K.QUERY, "ADO.NET")),
    # Entity Framework 6 (the .NET Framework's ORM, before EF Core) and a provider of it.
    "entityframework": ((K.ORM, "Entity Framework"),),
    "system.data.sqlite.ef6": ((K.DATABASE, "SQLite"), (K.ORM, "Entity Framework")),
    # ASP.NET MVC 5 on the .NET Framework (System.Web), ASP.NET Core's predecessor.
    "microsoft.aspnet.mvc": ((K.FRAMEWORK, "ASP.NET MVC"),),
    # ASP.NET Web API 2 (System.Web.Http, its ApiControllers), MVC 5's sibling for HTTP APIs;
    # its core package is under every host of it (IIS's WebHost, OWIN's). Not `.Client`: the
    # HTTP client's formatters, which any program calling an API references.
    "microsoft.aspnet.webapi.core": ((K.FRAMEWORK, "ASP.NET Web API"),),
    # An OWIN (Katana) host on the .NET Framework: in IIS's pipeline (System.Web), or its own
    # HTTP listener. An application whose middleware is all its own serves on OWIN itself;
    # Web API, MVC or Nancy over it absorb it (`assemble.ABSORBED`).
    "microsoft.owin.host.systemweb": ((K.FRAMEWORK, "OWIN"),),
    "microsoft.owin.host.httplistener": ((K.FRAMEWORK, "OWIN"),),
    "microsoft.owin.selfhost": ((K.FRAMEWORK, "OWIN"),),
    "mysql.data": ((K.DATABASE, "MySQL"), (K.QUERY, "ADO.NET")),
    "oracle.manageddataaccess.core": ((K.DATABASE, "Oracle"), (K.QUERY, "ADO.NET")),
    "oracle.manageddataaccess": ((K.DATABASE, "Oracle"), (K.QUERY, "ADO.NET")),
    "nhibernate": ((K.ORM, "NHibernate"),),
    "fluentnhibernate": ((K.ORM, "NHibernate"),),
    "linq2db": ((K.ORM, "LINQ to DB"),),
    # SqlSugar, on .NET Core (SqlSugarCore) or the .NET Framework: an ORM of its own, whose
    # providers for every engine ship inside the package.
    "sqlsugarcore": ((K.ORM, "SqlSugar"),),
    "sqlsugar": ((K.ORM, "SqlSugar"),),
    # The build with no provider bundled: the project adds the one driver it needs.
    "sqlsugarcorenodrive": ((K.ORM, "SqlSugar"),),
    # Marten keeps documents and events in PostgreSQL's JSONB: the data layer and its engine.
    "marten": ((K.ORM, "Marten"), (K.DATABASE, "PostgreSQL")),
    # PetaPoco: a micro-ORM mapping POCOs to hand-written SQL (its compiled build too).
    "petapoco": ((K.ORM, "PetaPoco"),),
    "petapoco.compiled": ((K.ORM, "PetaPoco"),),
    # NPoco, PetaPoco's fork: the same micro-ORM (POCOs mapped to SQL, `db.Query<T>()`,
    # `db.Update(poco)`), under its own name.
    "npoco": ((K.ORM, "NPoco"),),
    # RavenDB's client: documents kept and queried through its sessions, in RavenDB.
    "ravendb.client": ((K.DATABASE, "RavenDB"), (K.ORM, "RavenDB.Client")),
    "servicestack": ((K.FRAMEWORK, "ServiceStack"),),
    # Nancy, hosted on OWIN or ASP.NET (on the .NET Framework up to 1.x, .NET Core from 2.0).
    "nancy": ((K.FRAMEWORK, "Nancy"),),
    "servicestack.ormlite.postgresql": ((K.ORM, "OrmLite"), (K.DATABASE, "PostgreSQL")),
    "servicestack.ormlite.sqlserver": ((K.ORM, "OrmLite"), (K.DATABASE, "SQL Server")),
    "servicestack.ormlite.mysql": ((K.ORM, "OrmLite"), (K.DATABASE, "MySQL")),
    "servicestack.ormlite.sqlite": ((K.ORM, "OrmLite"), (K.DATABASE, "SQLite")),
    "microsoft.entityframeworkcore.sqlite": ((K.DATABASE, "SQLite"), (K.ORM, "EF Core")),
    "mongodb.driver": ((K.DATABASE, "MongoDB"), (K.ORM, "MongoDB.Driver")),
    # The legacy driver package (1.x, and the 2.x build carrying the old `MongoServer` API
    # over MongoDB.Driver, which it depends on): the same data layer and engine.
    "mongocsharpdriver": ((K.DATABASE, "MongoDB"), (K.ORM, "MongoDB.Driver")),
    # Umbraco CMS keeps its content in SQL Server, its default provider (the only server
    # engine it supports; version 10 on also runs on a SQLite file, which the settings then
    # name: `umbracoDbDSN_ProviderName`). Its own persistence layer, not the application's.
    "umbraco.cms": ((K.DATABASE, "SQL Server"),),
    "umbraco.cms.persistence.sqlserver": ((K.DATABASE, "SQL Server"),),
    # The AWS SDK's DynamoDB client, with its object persistence (DataModel) and document
    # (DocumentModel) APIs: the engine; no data layer of its own, as boto3's client in Python.
    "awssdk.dynamodbv2": ((K.DATABASE, "DynamoDB"),),
    # LiteDB: an embedded document store kept in one file, used through its own collections
    # API: the data layer and the engine, as bbolt is Go's.
    "litedb": ((K.DATABASE, "LiteDB"), (K.QUERY, "LiteDB")),
    # LiteDB.Queryable: LINQ queries over LiteDB's collections, bringing LiteDB with it.
    "litedb.queryable": ((K.DATABASE, "LiteDB"), (K.QUERY, "LiteDB")),
    # Repositories of documents kept in Elasticsearch (its store, not a search index beside
    # another database): the data layer and the engine.
    "foundatio.repositories.elasticsearch": (
        (K.DATABASE, "Elasticsearch"),
        (K.ORM, "Foundatio.Repositories"),
    ),
    # Redis OM maps the service's documents to Redis (its JSON and search modules): the data
    # layer and the store it keeps them in, not a cache.
    "redis.om": ((K.ORM, "Redis OM"), (K.DATABASE, "Redis")),
    "stackexchange.redis": ((K.CACHE, "Redis"),),
    "microsoft.extensions.caching.stackexchangeredis": ((K.CACHE, "Redis"),),
    "enyimmemcachedcore": ((K.CACHE, "Memcached"),),
    "confluent.kafka": ((K.BROKER, "Kafka"),),
    "rabbitmq.client": ((K.BROKER, "RabbitMQ"),),
    "masstransit.rabbitmq": ((K.BROKER, "RabbitMQ"),),
    "xunit": ((K.TEST, "xUnit"),),
    "xunit.v3": ((K.TEST, "xUnit"),),
    # xUnit's core (the `xunit` package is it plus the assertions and analyzers): a project
    # referencing it alone, a shared test-fixture library, is test code as much as one with
    # the whole package.
    "xunit.core": ((K.TEST, "xUnit"),),
    # The package holding xUnit 2's own assembly (`xunit.core.dll`): an old-style project on
    # packages.config references it through a `<HintPath>` into
    # `packages\xunit.extensibility.core.2.4.2\lib\…`, the `xunit` and `xunit.core` packages
    # (assemblies of none of their own) leaving no trace there.
    "xunit.extensibility.core": ((K.TEST, "xUnit"),),
    "mstest": ((K.TEST, "MSTest"),),
    "nunit": ((K.TEST, "NUnit"),),
    # TUnit runs on the Microsoft Testing Platform (no test SDK): its package makes the
    # project a test project.
    "tunit": ((K.TEST, "TUnit"),),
    "mstest.testframework": ((K.TEST, "MSTest"),),
    # MSTest's adapter, which runs MSTest's tests: a test project may reference it alone
    # (beside `Microsoft.NET.Test.Sdk`), its tests using the framework's attributes through
    # the implicit `using`. The files importing a framework decide between several
    # (`dotnet_tests`).
    "mstest.testadapter": ((K.TEST, "MSTest"),),
    # MSTest v1, which Visual Studio installed: an old-style project references its assembly
    # from the GAC (`<Reference Include="Microsoft.VisualStudio.QualityTools.UnitTestFramework,
    # Version=10.0.0.0, …">`), no package.
    _MSTEST_V1: ((K.TEST, "MSTest"),),
}

_TEST_SDK = "microsoft.net.test.sdk"

SHARED_FRAMEWORK = "microsoft.aspnetcore.app"
"""ASP.NET Core's shared framework, as a `<FrameworkReference>` names it."""

_ASPIRE = "aspire."
""".NET Aspire's client integrations wrap a package and keep its name after the prefix
(`Aspire.Npgsql.EntityFrameworkCore.PostgreSQL`); `Aspire.Hosting.*` describes the resources of
an app host, not what a service uses."""

_BROWSER_SDK = "microsoft.net.sdk.blazorwebassembly"
_BROWSER_PACKAGE = "microsoft.aspnetcore.components.webassembly"
"""The SDK and the package of a Blazor WebAssembly client (the `.Server` package, which
serves one from a host, is another name)."""

_TEST_SDKS = {"mstest.sdk": "MSTest"}
"""Project SDKs that make a test project and name its framework (`<Project Sdk="MSTest.Sdk">`)."""

_PROVIDER_MEMBERS = (
    ("SqlServer|MsSql", "SQL Server"),
    ("Postgres|PostgreSql|Npgsql", "PostgreSQL"),
    ("MySql", "MySQL"),
    ("MariaDb", "MariaDB"),
    ("Sqlite", "SQLite"),
)
"""How an enumeration of database providers names each engine (case aside)."""

_LAYERS = (
    (K.QUERY, "Dapper", r"Dapper"),
    (K.ORM, "EF Core", r"(?-i:EF)(?=[A-Z])|EntityFramework|EfCore"),
)
"""Data layers a provider switch registers, and how its calls name them
(`AddDapperRepositories`, `AddPasswordManagerEFRepositories`)."""

_BRANCH = r"[ \t\r\n]*\{[^{}]{0,2000}?"
"""The opening of a branch's block and its text up to the layer's name (braces end it)."""


def _switch(members: str, token: str) -> str:
    """A provider switch whose branch for the engine `members` name calls the layer `token`
    names: the `==` branch, or the `else` of a `!=` test."""
    test = r"\bif[ \t]*\([ \t]*[\w.]*provider[ \t]*{op}[ \t]*\w*\.(?:{members})[ \t]*\)"
    return (
        "(?i)"
        + test.format(op="==", members=members)
        + _BRANCH
        + f"(?:{token})"
        + "|"
        + test.format(op="!=", members=members)
        + r"[ \t\r\n]*\{[^{}]{0,2000}\}[ \t\r\n]*else"
        + _BRANCH
        + f"(?:{token})"
    )


_SERVER_SETTINGS = (
    ("postgres|pgsql", "PostgreSQL"),
    ("mysql", "MySQL"),
    ("mariadb", "MariaDB"),
    ("sqlserver|mssql", "SQL Server"),
    ("mongo", "MongoDB"),
)
"""How a connection setting names the server engine it is for (`POSTGRES_CONNECTION`)."""

_EF_PROVIDERS = (
    ("UseNpgsql", "PostgreSQL"),
    ("UseSqlServer", "SQL Server"),
    ("UseSqlite", "SQLite"),
    ("UseMySql", "MySQL"),
    ("UseMySQL", "MySQL"),
    ("UseOracle", "Oracle"),
    ("UseCosmos", "Azure Cosmos DB"),
)
"""EF Core's provider methods and the engine each configures."""

_CONNECTION_PROVIDERS = (
    (r"System\.Data\.SqlClient|Microsoft\.Data\.SqlClient", "SQL Server"),
    (r"System\.Data\.SQLite", "SQLite"),
    (r"Npgsql", "PostgreSQL"),
    (r"MySql\.Data\.MySqlClient", "MySQL"),
)
"""The ADO.NET provider a connection string's `providerName` names → engine."""

CONNECTION_STRINGS_FILES = tuple(
    f"{stem}.config{suffix}"
    for stem in ("connectionStrings", "ConnectionStrings")
    for suffix in ("", ".example", ".sample", ".template", ".dist")
)
"""The file web.config's `<connectionStrings configSource="…">` conventionally names, and the
committed copies of it that stand in for the uncommitted one."""

WEB_HOST_BUILT = (
    r"\bWebApplication\.CreateBuilder\s*\("
    # The static builder may be written over two lines, its class named in full
    # (`Microsoft.AspNetCore.WebHost⏎    .CreateDefaultBuilder()`, chained on below).
    r"|\bWebHost\s*\.CreateDefaultBuilder\s*\("
    # The generic host's web host, with or without the defaults (`new HostBuilder()
    # .ConfigureWebHost(b => b.UseKestrel()…)`), and the older `new WebHostBuilder()`.
    r"|\.ConfigureWebHost(?:Defaults)?\s*\(|\bnew\s+WebHostBuilder\s*\("
)
"""An ASP.NET Core web host built: where a project starts serving (`dotnet_host_files`)."""

RULES: tuple[SourceRule, ...] = (
    # ServiceStack's application host (on ASP.NET Core, which it then runs on).
    rule(K.FRAMEWORK, "ServiceStack", r":\s*AppHostBase\b", endings=(".cs",)),
    # A Nancy module (`class HomeModule : NancyModule`) declares the routes Nancy serves.
    rule(K.FRAMEWORK, "Nancy", r":\s*NancyModule\b", endings=(".cs",)),
    # An ASP.NET MVC 5 application registers its areas when IIS starts it (Global.asax.cs's
    # `Application_Start`): the .NET Framework web application's entry point.
    rule(K.FRAMEWORK, "ASP.NET MVC", r"\bAreaRegistration\.RegisterAllAreas\s*\(",
         endings=(".cs",)),
    # An ASP.NET Web API 2 application configures its routes when IIS starts it (Global.asax.cs's
    # `GlobalConfiguration.Configure(WebApiConfig.Register)`): its entry point likewise.
    rule(K.FRAMEWORK, "ASP.NET Web API", r"\bGlobalConfiguration\.Configure\s*\(",
         endings=(".cs",)),
    # An OWIN application's start-up class, which its host calls (`[assembly:
    # OwinStartup(typeof(Startup))]`). Not `WebApp.Start`: a test fixture's own `WebApp`
    # class is named so too.
    rule(K.FRAMEWORK, "OWIN", r"\[\s*assembly\s*:\s*OwinStartup\s*\(", endings=(".cs",)),
    # web.config's connection strings name their ADO.NET provider; a commented one (`<!--<add`)
    # is an alternative, not the configuration. Where the build writes web.config from a
    # committed base (`<TransformXml Source="Web.Base.config" … Destination="Web.config">`,
    # web.config itself ignored), the base holds the connection strings.
    *(
        rule(
            K.DATABASE,
            engine,
            rf'^[ \t]*<add\b[^>\n]*\bproviderName[ \t]*=[ \t]*"(?:{providers})"',
            names=("web.config", "Web.config", "Web.Base.config"),
        )
        for providers, engine in _CONNECTION_PROVIDERS
    ),
    # Where web.config moves its connection strings to a file of their own (`<connectionStrings
    # configSource="connectionStrings.config" />`), kept out of the repository for its
    # credentials, the committed example of that file is the deployment's database setting:
    # written for the app's own connection, with none of web.config's template leftovers, the
    # provider it names is the engine the app runs on, beside drivers its tools reference.
    *(
        rule(
            K.DATABASE,
            engine,
            rf'^[ \t]*<add\b[^>\n]*\bproviderName[ \t]*=[ \t]*"(?:{providers})"',
            names=CONNECTION_STRINGS_FILES,
            scope=Scope.CHOSEN,
        )
        for providers, engine in _CONNECTION_PROVIDERS
    ),
    # The host built in F# too (`let builder = WebApplication.CreateBuilder(args)` in an
    # .fsproj's `Program.fs`): the same call, only the language differs.
    rule(
        K.FRAMEWORK,
        "ASP.NET Core",
        WEB_HOST_BUILT,
        endings=(".cs", ".fs"),
    ),
    # A context class deriving from EF Core's `DbContext` (an Identity one too): EF Core is
    # the data layer even when a package of the vendor's brings it, not the project file.
    rule(
        K.ORM,
        "EF Core",
        r"\bclass[ \t]+\w+[ \t]*(?:<[^>\n]*>[ \t]*)?:[ \t]*(?:[\w.]+\.)?"
        r"(?:Identity\w*)?DbContext\b",
        endings=(".cs",),
    ),
    # A context's constructor taking EF Core's options for it (`DbContextOptions<AppContext>`):
    # EF Core also where the context derives from a vendor library's base class, whatever
    # that base is named (`CustomUsersDBContext<…>`).
    rule(K.ORM, "EF Core", r"\bDbContextOptions\s*<", endings=(".cs",)),
    # A class taking EF Core's context factory (`IDbContextFactory<DomainDbContext>`) in a file
    # importing EF Core's namespace: the writers of a product whose context class comes from a
    # package of its own (no EF Core reference in any project file). Entity Framework 6 has an
    # interface of that name too, in its own namespace, hence the import.
    rule(
        K.ORM,
        "EF Core",
        r"^using[ \t]+Microsoft\.EntityFrameworkCore;[\s\S]*?\bIDbContextFactory\s*<",
        endings=(".cs",),
    ),
    # A context class declaring its entity sets (`public DbSet<VoucherEntity> Vouchers`) in a
    # file importing EF Core's namespace, whatever base class of a package of its own it derives
    # from (`class CampaignContext : PostgreSQLContext`) and whatever factory of that package
    # its writers take: EF Core all the same. Entity Framework 6's `DbSet` lives in its own
    # namespace, hence the import.
    rule(
        K.ORM,
        "EF Core",
        r"^using[ \t]+Microsoft\.EntityFrameworkCore;[\s\S]*?\bDbSet\s*<",
        endings=(".cs",),
    ),
    # A context registered with the services (`services.AddDbContext<AppContext>(…)`), in the
    # startup code every app has: EF Core even when only a metapackage brings it
    # (`Microsoft.AspNetCore.All`) and the context class lies beyond the files read.
    rule(K.ORM, "EF Core", r"\.AddDbContext(?:Pool|Factory)?\s*<", endings=(".cs",)),
    # The provider EF Core is configured with names the engine.
    *(
        rule(K.DATABASE, engine, rf"\.{method}\s*\(", endings=(".cs",))
        for method, engine in _EF_PROVIDERS
    ),
    # The provider the host's startup code registers its context with (`services.
    # AddDbContextPool<AppContext>(options => options.UseSqlServer(…))` in Startup.cs): the
    # engine the program's own data runs on, before an ADO.NET provider it also references
    # (SQLite files it exports or imports). A provider library's registration (one project per
    # engine, the settings picking one) chooses nothing.
    *(
        rule(
            K.DATABASE,
            engine,
            r"\.AddDbContext(?:Pool|Factory)?[ \t]*<[\w.]+>[ \t]*\(\s*\w+[ \t]*=>\s*"
            rf"\w+\s*\.{method}[ \t]*\(",
            endings=("Startup.cs", "Program.cs"),
            scope=Scope.CHOSEN,
        )
        for method, engine in _EF_PROVIDERS
    ),
    # The provider configured while a setting is not the value it is tested against (`if
    # (configuration["SELFHOSTED"] != "true") { options.UseSqlServer(…) } else { … }`): with
    # the setting unset, that branch runs. It starts with the literal `if`.
    *(
        rule(
            K.DATABASE,
            engine,
            r"if[ \t]*\([ \t]*(?:\w+(?:\.\w+)*\[[ \t]*\"[\w:.-]+\"[ \t]*\]"
            r"|Environment\.GetEnvironmentVariable[ \t]*\([ \t]*\"\w+\"[ \t]*\))"
            r"[ \t]*!=[ \t]*\"[^\"\n]*\"[ \t]*\)\s*\{?\s*(?:\w+\.)+"
            rf"{method}\s*\(",
            endings=(".cs",),
            scope=Scope.CHOSEN,
        )
        for method, engine in _EF_PROVIDERS
    ),
    # An ADO.NET provider the code opens connections with (often brought by another package,
    # so the project file does not name it): the engine its hand-written SQL runs on.
    *(
        rule(
            K.DATABASE,
            engine,
            rf"^[ \t]*using[ \t]+(?:{namespaces})[ \t]*;|\bnew[ \t]+{connection}[ \t]*\(",
            endings=(".cs",),
        )
        for namespaces, connection, engine in (
            (r"MySqlConnector|MySql\.Data\.MySqlClient", "MySqlConnection", "MySQL"),
            (r"Npgsql", "NpgsqlConnection", "PostgreSQL"),
            (r"(?:Microsoft|System)\.Data\.SqlClient", "SqlConnection", "SQL Server"),
            (r"(?:Microsoft|System)\.Data\.(?i:sqlite)", "(?i:sqlite)Connection", "SQLite"),
            (r"LiteDB", "LiteDatabase", "LiteDB"),
            # Not ADO.NET, but read alike: code building MongoDB's client talks to MongoDB
            # as surely as code opening LiteDB's file talks to LiteDB.
            (r"MongoDB\.Driver", "MongoClient", "MongoDB"),
        )
    ),
    # The AWS SDK's DynamoDB namespaces the code imports (`using Amazon.DynamoDBv2.DataModel;`
    # over an `IDynamoDBContext`) or its client built: DynamoDB, even when a company library
    # brings the SDK and the project file names no AWS package.
    rule(
        K.DATABASE,
        "DynamoDB",
        r"^[ \t]*using[ \t]+Amazon\.DynamoDBv2(?:\.\w+)*[ \t]*;"
        r"|\bnew[ \t]+AmazonDynamoDBClient[ \t]*\(",
        endings=(".cs",),
    ),
    # A server engine the code switches to only when its connection setting is given (`if
    # (!string.IsNullOrWhiteSpace(builder.Configuration["POSTGRES_CONNECTION"]))`): with the
    # setting unset, the other branch's store runs. The server is the operator's opt-in.
    *(
        rule(
            K.DATABASE,
            engine,
            r"!\s*string\.IsNullOr(?:Empty|WhiteSpace)\s*\(\s*[\w.]*Configuration\s*\[\s*"
            rf'"[\w:]*(?i:{aliases})[\w:]*"\s*\]\s*\)',
            endings=(".cs",),
            opt_in=True,
        )
        for aliases, engine in _SERVER_SETTINGS
    ),
    # Of several providers the code supports, the one the shipped settings pick
    # (`"DatabaseProvider": "Sqlite"` in appsettings.json, `"Datastore": "postgresql"`,
    # `"DataProvider": "SQLite"`, or `"ProviderType": "SqlServer"` in a
    # `DatabaseProviderConfiguration` section) is the one it runs on by default.
    *(
        rule(
            K.DATABASE,
            engine,
            # Not a line commented out (`//"DbType": "MySql",` kept beside the live choice); a
            # URL earlier on the line (a one-line settings file) is no comment.
            rf'(?i)^(?![ \t]*//)[^\n]*?'
            rf'"(?:(?:database|db)(?:provider|type|engine)|(?:database|db)?providertype'
            rf'|datastore|dataprovider)"'
            rf'\s*:\s*"(?:{names})"',
            # A settings file of its own for the database (`Configuration/Database.json`, the
            # shape Furion and SqlSugar projects keep `"DbType": "Sqlite"` in) as well.
            names=("appsettings.json", "Database.json"),
            scope=Scope.CHOSEN,
        )
        for names, engine in (
            ("npgsql|postgres|postgresql", "PostgreSQL"),
            ("sqlserver|mssql", "SQL Server"),
            ("sqlite", "SQLite"),
            ("mysql", "MySQL"),
            ("mariadb", "MariaDB"),
            ("litedb", "LiteDB"),
        )
    ),
    # The same choice kept beside the connection strings themselves, by a key of the
    # `"ConnectionStrings"` section naming a type or provider (`"DefaultType": "sqlite"` beside
    # `"DefaultConnection": "data source=./wiki.db"`, read by the startup's `if (…DefaultType
    # == "sqlite") UseSqlite(…) else UseNpgsql(…)`): that section holds only the database's
    # settings, so the engine named there is the one the shipped settings run on.
    *(
        rule(
            K.DATABASE,
            engine,
            # The key on a line of its own or after a comma, not commented out (`//"DbType":
            # "MySql"` kept under the live `"DbType": "Sqlite"`).
            r'"ConnectionStrings"\s*:\s*\{(?:[^{}]{0,2000}?\n)?(?![ \t]*//)[^{}\n]*?'
            r'"\w*(?:Type|Provider)"\s*:\s*'
            rf'"(?i:{names})"',
            names=("appsettings.json",),
            scope=Scope.CHOSEN,
        )
        for names, engine in (
            ("npgsql|postgres|postgresql|pgsql", "PostgreSQL"),
            ("sqlserver|mssql", "SQL Server"),
            ("sqlite", "SQLite"),
            ("mysql", "MySQL"),
            ("mariadb", "MariaDB"),
        )
    ),
    # The same choice under a bare `"Database"` key (`"Database": "LiteDb"`, which the
    # startup's `switch (configuration["Database"])` reads), for an engine's product name
    # only: a bare key may hold the database's own name (`"postgres"`, `"mysql"` are the
    # servers' default databases), which proves no engine.
    *(
        rule(
            K.DATABASE,
            engine,
            rf'(?i)"database"\s*:\s*"(?:{names})"',
            names=("appsettings.json",),
            scope=Scope.CHOSEN,
        )
        for names, engine in (
            ("postgresql|npgsql", "PostgreSQL"),
            ("sqlserver|mssql", "SQL Server"),
            ("sqlite", "SQLite"),
            ("mariadb", "MariaDB"),
            ("litedb", "LiteDB"),
        )
    ),
    # The same choice as the number of the ORM's engine enumeration (`"DbType": 1`): SqlSugar's
    # `DbType` and FreeSql's `DataType` both number MySQL 0, SQL Server 1 and Oracle 3 (they
    # differ from 2 on, which proves nothing).
    *(
        rule(
            K.DATABASE,
            engine,
            rf'(?i)"(?:database|db)type"\s*:\s*{number}\b(?![.\d])',
            names=("appsettings.json", "Database.json"),
            scope=Scope.CHOSEN,
        )
        for number, engine in (("0", "MySQL"), ("1", "SQL Server"), ("3", "Oracle"))
    ),
    # A connection string naming a database file (`Data Source=app.db`) is SQLite's: written
    # as the default of a configuration class (`DatabaseConfiguration`, `DbSettings`), it is
    # the engine the service runs on unless told otherwise, beside the providers of every
    # engine it supports. (Shipped settings often list a SQLite fallback beside the default
    # connection: their file name proves no choice.)
    rule(
        K.DATABASE,
        "SQLite",
        r"(?i)\b(?:Data[ \t]?Source|Filename)[ \t]*=[^;\n]{0,200}?\.(?:db|db3|sqlite3?)\b",
        endings=("Configuration.cs", "Settings.cs", "Options.cs", "Config.cs"),
        scope=Scope.CHOSEN,
    ),
    # The provider a switch starts from before reading the setting (`var provider =
    # SupportedDatabaseProviders.SqlServer;`, a property's initial value): the engine the
    # service runs on when the setting is left empty. The switch's own assignments have no
    # type before them and prove no default.
    *(
        rule(
            K.DATABASE,
            engine,
            r"(?i)(?:\b(?-i:var|[A-Z]\w*)[ \t]+\w*provider|\bprovider[ \t]*\{[^}\n]*\})"
            rf"[ \t]*=[ \t]*\w*(?:provider|database|db)\w*\.(?:{members})\b",
            endings=(".cs",),
            scope=Scope.CHOSEN,
        )
        for members, engine in _PROVIDER_MEMBERS
    ),
    # The provider a parser returns for an empty setting (`if (string.IsNullOrWhiteSpace(
    # value)) { return DatabaseProvider.Sqlite; }`): the engine the service runs on when the
    # setting is unset. It starts with a literal, so it is searched for, not tried everywhere.
    *(
        rule(
            K.DATABASE,
            engine,
            r"string\.IsNullOr(?:Empty|WhiteSpace)[ \t]*\([^)\n]*\)[ \t]*\)[ \t]*\n?"
            r"(?:[ \t]*\{[ \t]*\n)?[ \t]*return[ \t]+\w*(?i:provider|database|db)\w*"
            rf"\.(?i:{members})\b",
            endings=(".cs",),
            scope=Scope.CHOSEN,
        )
        for members, engine in _PROVIDER_MEMBERS
    ),
    # A switch on the provider that registers one data layer's repositories for one engine
    # and another's for the rest (`if (provider != …SqlServer) { AddEFRepositories } else {
    # AddDapperRepositories }`): that layer is the engine's, whatever the others reference.
    *(
        rule(
            kind,
            layer,
            _switch(members, token),
            endings=(".cs",),
            engine=engine,
        )
        for members, engine in _PROVIDER_MEMBERS
        for kind, layer, token in _LAYERS
    ),
    # The provider Umbraco's connection string is given (`"umbracoDbDSN_ProviderName":
    # "Microsoft.Data.Sqlite"`): the engine the CMS keeps its content in.
    *(
        rule(
            K.DATABASE,
            engine,
            rf'"umbracoDbDSN_ProviderName"\s*:\s*"(?:{names})"',
            names=("appsettings.json",),
            scope=Scope.CHOSEN,
        )
        for names, engine in (
            (r"Microsoft\.Data\.Sqlite", "SQLite"),
            (r"(?:Microsoft|System)\.Data\.SqlClient", "SQL Server"),
        )
    ),
    *defaults.section_type_rules(("appsettings.json",)),
    *defaults.lookup_default_rules((".cs",)),
    *defaults.property_default_rules((".cs",)),
    # StackExchange.Redis's `GetDatabase()` takes no argument or a database number; MongoDB's
    # and Cosmos DB's `GetDatabase(name)` name a database of theirs.
    *redis_store_rules(
        "dotnet", r"\bIConnectionMultiplexer\b|\bGetDatabase\s*\(\s*(?:-?\d+\s*)?\)"
    ),
)


_STANDALONE = ("microsoft.aspnetcore.cryptography.", "microsoft.aspnetcore.dataprotection")
"""ASP.NET Core packages made to be used without it (key derivation, data protection, which
an ASP.NET MVC 5 app on .NET Framework references too): no sign of an ASP.NET Core app."""


_TELEMETRY = frozenset({"opentelemetry", "instrumentation", "miniprofiler"})
"""Name segments of tracing and profiling packages (`OpenTelemetry.Instrumentation.
EntityFrameworkCore`, `MiniProfiler.EntityFrameworkCore`): they watch the calls of a data layer
(or a driver, a cache) that some project of the process references, often a shared library's,
and many templates add the whole family to every project of a solution, data-less fronts
included. Such a package is neither the project's data layer nor its engine."""


_ABP = ("volo.abp.", "abp.")
"""The ABP framework's packages, and those of ASP.NET Boilerplate, its predecessor."""


def _instruments(package: str) -> bool:
    """Whether the (lower-case) NuGet package is a tracing or profiling instrumentation."""
    return not _TELEMETRY.isdisjoint(package.split("."))


def classify(package: str) -> tuple[tuple[K, str], ...]:
    """What a NuGet package means."""
    package = package.lower()
    if package.startswith(_ASPIRE) and not package.startswith(_ASPIRE + "hosting."):
        package = package.removeprefix(_ASPIRE)
    if package in _PACKAGES:
        return _PACKAGES[package]
    if _instruments(package):
        return ()
    if package.startswith("microsoft.entityframeworkcore"):
        return ((K.ORM, "EF Core"),)
    if package.startswith("xunit.v3"):
        return ((K.TEST, "xUnit"),)
    # ABP's MongoDB integration (`Volo.Abp.MongoDB`, each module's `Volo.Abp.Identity.MongoDB`;
    # ASP.NET Boilerplate's `Abp.MongoDB`): an `AbpMongoDbContext` over MongoDB.Driver, which
    # the packages bring; the data layer and its engine, whatever the project is named.
    if package.startswith(_ABP) and "mongodb" in package.split(".")[1:]:
        return _PACKAGES["mongodb.driver"]
    # FreeSql's core, its providers (`FreeSql.Provider.MySqlConnector`) and extensions: an ORM.
    if package == "freesql" or package.startswith("freesql."):
        return ((K.ORM, "FreeSql"),)
    found: tuple[tuple[K, str], ...] = ()
    if (
        package.startswith("microsoft.aspnetcore.")
        and "testing" not in package
        and not package.startswith(_STANDALONE)
    ):
        found += ((K.FRAMEWORK, "ASP.NET Core"),)
    # An EF Core integration (`Microsoft.AspNetCore.Identity.EntityFrameworkCore`, a provider
    # of another vendor) stores through EF Core.
    if "entityframeworkcore" in package.split("."):
        found += ((K.ORM, "EF Core"),)
    return found


def _signals(package: str, version: str, strength: Strength, evidence: Any) -> list[Signal]:
    """The signals of one package reference; EF Core named by another package than its own
    (a provider, an integration) takes that package's version only when nothing better."""
    key = package.lower()
    return [
        Signal(
            kind, name, strength, evidence,
            version if _versions(kind, name, key) else "",
            package=key,
            glue=kind is K.ORM and name == "EF Core"
            and not key.startswith("microsoft.entityframeworkcore"),
        )
        for kind, name in classify(package)
    ]


def _versions(kind: K, name: str, package: str) -> bool:
    """Whether the package's version is the finding's: not Aspire's own release, nor a third
    party's EF Core integration (Pgvector.EntityFrameworkCore 0.2.2); Microsoft's packages and
    the providers follow EF Core's."""
    if package.startswith(_ASPIRE):
        return False
    # Katana's release (Microsoft.Owin 4.2.2) is not the platform: an OWIN application runs
    # on the .NET Framework it targets (`assemble.ON_NET_FRAMEWORK`).
    if kind is K.FRAMEWORK and name == "OWIN":
        return False
    if kind is K.ORM and name == "EF Core":
        return package.startswith("microsoft.") or package in _PACKAGES
    # A wrapper released on its own numbering (LiteDB.Queryable 9.0 over LiteDB 5, ABP's
    # MongoDB modules over the driver).
    return package not in _WRAPPERS and not package.startswith(_ABP)


_WRAPPERS = frozenset({"litedb.queryable"})
"""Packages that bring a library with them under their own version numbers."""


def is_manifest(name: str, parent: str) -> bool:
    """Whether the file is a C# or F# project file."""
    return name.endswith(PROJECT_ENDINGS)


_EVENT_PACKAGE = re.compile(r"amazon\.lambda\.\w+events")
"""An AWS Lambda event source's types (`Amazon.Lambda.SQSEvents`, `SNSEvents`, `S3Events`)."""

_HTTP_LAMBDA_PACKAGES = frozenset(
    {
        "amazon.lambda.aspnetcoreserver",
        "amazon.lambda.aspnetcoreserver.hosting",
        "amazon.lambda.apigatewayevents",
        "amazon.lambda.applicationloadbalancerevents",
    }
)
"""What lets a Lambda answer HTTP: ASP.NET Core's adapter, API Gateway's or a load balancer's
requests."""

_AZURE_FUNCTIONS = frozenset(
    {"microsoft.net.sdk.functions", "microsoft.azure.functions.worker.sdk"}
)
"""The SDKs an Azure Functions app builds with (the in-process model's, the isolated worker's):
the Functions host runs it, triggers and all, HTTP ones too (even over ASP.NET Core's
integration): a cloud function, no web application of its own."""


_IMPORTED_ENDINGS = (".props", ".xml")
"""Endings of the property files a project imports by hand that are read (not `.targets`:
those of NuGet packages a classic project imports come from a restored `packages/` folder)."""


def parse(lines: Lines) -> ManifestResult:
    """Read an SDK-style .csproj (or .fsproj)."""
    if re.search(r"<!DOCTYPE|<!ENTITY", lines.text, re.IGNORECASE):
        raise ManifestError("has a DOCTYPE or ENTITY declaration; not read (XML bomb guard)")
    try:
        root = ET.fromstring(lines.text)
    except ET.ParseError as error:
        raise ManifestError(f"not valid XML ({error})") from None
    stem = project_stem(lines.path.rsplit("/", 1)[-1])
    result = ManifestResult(language=LANGUAGE, name=stem)
    sdk = root.get("Sdk", "")
    packages = [
        (element.get("Include", ""), element.get("Version", ""))
        for element in root.iter()
        if element.tag.rsplit("}", 1)[-1] == "PackageReference"
    ] + _hinted_packages(root)
    references = packages + _installed_assemblies(root, packages)
    test_sdk = _TEST_SDKS.get(sdk.split("/", 1)[0].lower(), "")
    is_test = (
        bool(test_sdk)
        or any(name.lower() == _TEST_SDK for name, _ in references)
        # A test framework referenced makes a test project even without the test SDK
        # (xUnit v3 on the Microsoft Testing Platform needs none), but not a web application
        # keeping test classes beside its controllers: on the Web SDK only the markers above
        # and below say the project runs no host of its own.
        or (
            sdk != "Microsoft.NET.Sdk.Web"
            and any(kind is K.TEST for name, _ in references for kind, _ in classify(name))
        )
        or any(
            element.tag.rsplit("}", 1)[-1] == "IsTestProject"
            and (element.text or "").strip() == "true"
            for element in root.iter()
        )
    )
    result.tests_only = is_test
    result.properties = _own_properties(root)
    # An SDK-style project told to build a class library (`<OutputType>Library</OutputType>`,
    # on the Web SDK too: a NuGet package of ASP.NET Core middleware) yields a DLL nothing
    # starts: an application that references it runs its code, whatever `Program.cs` it keeps
    # for trials. (A classic .NET Framework web application is a library IIS loads: not so.)
    result.library = bool(sdk) and _output_type(root) == "library"
    result.console = sdk == "Microsoft.NET.Sdk" and _output_type(root) == "exe"
    # A Windows desktop application (a WPF or Windows Forms window, or an Avalonia one):
    # ASP.NET Core packages it references are helpers (query strings, an OAuth callback's
    # listener), not a server for others (`nonservices.is_client`).
    result.desktop = _desktop_app(root, references)
    # A Blazor WebAssembly project runs in the browser: the ASP.NET Core packages it references
    # build a client, and whatever serves its files is another project.
    result.frontend = sdk.lower().startswith(_BROWSER_SDK) or (
        sdk != "Microsoft.NET.Sdk.Web"
        and any(name.lower() == _BROWSER_PACKAGE for name, _ in references)
    )
    result.hosts_browser_app = any(
        name.lower() == _BROWSER_PACKAGE + ".server" for name, _ in references
    )
    packages = {name.lower() for name, _ in references}
    result.event_function = (
        any(_EVENT_PACKAGE.fullmatch(name) for name in packages)
        and not (packages & _HTTP_LAMBDA_PACKAGES)
    ) or bool(packages & _AZURE_FUNCTIONS) or any(
        element.tag.rsplit("}", 1)[-1] == "AzureFunctionsVersion" for element in root.iter()
    )
    if test_sdk:
        evidence = lines.evidence(sdk)
        result.signals.append(Signal(K.TEST, test_sdk, Strength.DEV, evidence, package=sdk.lower()))
    # The projects it references, by file stem: their data layer is this project's too, and
    # a test project tests the services among them.
    result.uses = [
        project_stem(re.split(r"[\\/]", element.get("Include", ""))[-1])
        for element in root.iter()
        if element.tag.rsplit("}", 1)[-1] == "ProjectReference" and element.get("Include")
    ]
    result.bundled = _copied_to_output(root)
    result.linked = _linked_folders(root)
    # The shared framework referenced by name (a service-defaults library): ASP.NET Core,
    # for this project and, MSBuild carrying it along, every project referencing it.
    for element in root.iter():
        if (
            element.tag.rsplit("}", 1)[-1] == "FrameworkReference"
            and element.get("Include", "").lower() == SHARED_FRAMEWORK
        ):
            evidence = lines.evidence(element.get("Include", ""))
            strength = Strength.DEV if is_test else Strength.DEPENDENCY
            result.signals.append(
                Signal(K.FRAMEWORK, "ASP.NET Core", strength, evidence, package=SHARED_FRAMEWORK)
            )
    integration = _integration_host(root, sdk, references, is_test)
    if integration:
        # A plain executable hosting ASP.NET Core itself (`ConfigureWebHost(… UseKestrel())`)
        # gets the shared framework through a package built on it (`NSwag.AspNetCore`), its
        # own or one a class library it references declares (`Swashbuckle.AspNetCore` in the
        # shared core of several hosts): a weak declaration, making no backend alone, that
        # confirms the host its code starts and runs it on the target's shared framework
        # (`_sdk_version`), which the machine provides: a web server of its own
        # (`nonservices.serverless`). A library's only lends it (`build_modules`): what
        # starts no program of its own brings no web server.
        result.signals.append(
            Signal(K.FRAMEWORK, "ASP.NET Core", Strength.DEV, lines.evidence(f'"{integration}"'),
                   package=SHARED_FRAMEWORK, provided=_executable(root))
        )
    if sdk == "Microsoft.NET.Sdk.Web":
        strength = Strength.DEV if is_test else Strength.DEPENDENCY
        evidence = lines.evidence("Microsoft.NET.Sdk.Web")
        result.signals.append(Signal(K.FRAMEWORK, "ASP.NET Core", strength, evidence))
        result.signals.append(Signal(K.SERVER, "Kestrel", strength, evidence))
    # Property files it imports by hand (`<Import Project="..\..\Build\Common.props" />`, or
    # one named `.xml` beside the solution: MSBuild imports only project files, whatever the
    # ending): their target framework is the project's (see `resolve`).
    result.includes = [
        element.get("Project", "").replace("\\", "/")
        for element in root.iter()
        if element.tag.rsplit("}", 1)[-1] == "Import"
        and element.get("Project", "").lower().endswith(_IMPORTED_ENDINGS)
        and "$(" not in element.get("Project", "")
    ]
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] in ("TargetFramework", "TargetFrameworks"):
            result.language_version = (element.text or "").strip()
            result.version_evidence = lines.evidence(f"<{element.tag}>")
            break
    if lines.path.lower().endswith(".fsproj"):
        # The same MSBuild project compiling F#: the language is named, the target framework
        # stays the version (both languages run on it).
        evidence = lines.evidence("<Project")
        result.signals.append(Signal(K.LANGUAGE, "F#", Strength.DEPENDENCY, evidence))
    classic = _classic_framework(root)
    for name, version in references:
        if not name:
            continue
        # Everything a test project references is there to test something else.
        dev = is_test
        if not dev:
            result.runtime_dependencies += 1
        evidence = lines.evidence(f'"{name}"')
        if evidence.line is None:
            evidence = lines.evidence(f"packages\\{name}.")  # a `<HintPath>`'s package
        if evidence.line is None:
            evidence = lines.evidence(f'"{name},')  # an installed assembly's `<Reference>`
        strength = Strength.DEV if dev else Strength.DEPENDENCY
        result.signals += _signals(name, version, strength, evidence)
    _vendor_providers(result)
    if classic and not result.language_version:
        result.language_version = "net" + classic.replace(".", "")
        result.version_evidence = lines.evidence("<TargetFrameworkVersion>")
        # A .NET Framework web application runs on the framework it targets, as an ASP.NET
        # Core one runs on its target's shared framework: that is its platform's version.
        result.signals = [
            s.replace(version=classic, evidence=result.version_evidence, glue=True)
            if s.kind is K.FRAMEWORK and s.name in ON_NET_FRAMEWORK else s
            for s in result.signals
        ]
    if classic and not sdk:
        result.unhosted = dotnet_classic.unhosted(root, _output_type(root), packages)
    _sdk_version(result)
    return result


def _own_properties(root: ET.Element) -> dict[str, str]:
    """The properties the project sets whatever the configuration (groups and elements with
    no `Condition`): they decide which items its `Directory.*` files add to it (a test
    project's `<XUnitVersion>v3</XUnitVersion>` picking xUnit v3's packages)."""
    found: dict[str, str] = {}
    for group in root:
        if group.tag.rsplit("}", 1)[-1] != "PropertyGroup" or group.get("Condition"):
            continue
        for element in group:
            text = (element.text or "").strip()
            if len(element) == 0 and text and not element.get("Condition"):
                found[element.tag.rsplit("}", 1)[-1]] = text
    return found


_DESKTOP_PROPERTIES = ("UseWPF", "UseWindowsForms")
"""The properties that build a project with Windows' desktop UI frameworks."""

_DESKTOP_PACKAGES = frozenset({"avalonia", "avalonia.desktop"})
"""Avalonia, a cross-platform desktop UI framework, and its desktop host."""


def _desktop_app(root: ET.Element, references: list[tuple[str, str]]) -> bool:
    """Whether the project builds a windowed desktop application: `<OutputType>WinExe`
    with WPF or Windows Forms switched on, or with Avalonia referenced."""
    if _output_type(root) != "winexe":
        return False
    own = _own_properties(root)
    return any(own.get(name, "").lower() == "true" for name in _DESKTOP_PROPERTIES) or any(
        name.lower() in _DESKTOP_PACKAGES for name, _ in references
    )


def _output_type(root: ET.Element) -> str:
    """The project's `OutputType`, lower-cased, from a property group set whatever the
    configuration (one under a `Condition` holds for some builds only), or ""."""
    for group in root:
        if group.tag.rsplit("}", 1)[-1] != "PropertyGroup" or group.get("Condition"):
            continue
        for element in group:
            if element.tag.rsplit("}", 1)[-1] == "OutputType" and not element.get("Condition"):
                return (element.text or "").strip().lower()
    return ""


def _integration_host(
    root: ET.Element, sdk: str, references: list[tuple[str, str]], is_test: bool
) -> str:
    """The first ASP.NET Core integration of another vendor (`NSwag.AspNetCore`,
    `FluentValidation.AspNetCore`) a project on the plain SDK references, or "": an
    executable's own, or a class library's, which MSBuild carries along with the shared
    framework to every project referencing it (`build_modules` lends it to those)."""
    if is_test or sdk != "Microsoft.NET.Sdk":
        return ""
    return next(
        (
            name
            for name, _ in references
            if "aspnetcore" in name.lower().split(".")[1:]
            and not name.lower().startswith("microsoft.")
        ),
        "",
    )


def _executable(root: ET.Element) -> bool:
    """Whether the project builds an executable (`<OutputType>Exe</OutputType>`)."""
    return any(
        element.tag.rsplit("}", 1)[-1] == "OutputType"
        and (element.text or "").strip().lower() == "exe"
        for element in root.iter()
    )


def _linked_folders(root: ET.Element) -> list[str]:
    """The folders outside the project whose C# files a wildcard `<Compile Include>` adds to
    it (`..\\Shared\\**\\*.cs`: `../Shared`), as `/` paths."""
    found = []
    for element in root.iter():
        pattern = element.get("Include", "").replace("\\", "/")
        if element.tag.rsplit("}", 1)[-1] != "Compile" or "$(" in pattern or "*" not in pattern:
            continue
        parts = pattern.split("/")
        folder = "/".join(parts[: next(i for i, p in enumerate(parts) if "*" in p)])
        if folder.startswith("../") and folder not in found:
            found.append(folder)
    return found


def _copied_to_output(root: ET.Element) -> list[str]:
    """The items (`<None Update>`, `<Content Include>`) the project copies into its output,
    as `/` paths: files it ships beside its program."""
    found = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] not in ("None", "Content"):
            continue
        copied = any(
            child.tag.rsplit("}", 1)[-1] == "CopyToOutputDirectory"
            and (child.text or "").strip() in ("Always", "PreserveNewest")
            for child in element
        ) or element.get("CopyToOutputDirectory", "") in ("Always", "PreserveNewest")
        path = element.get("Include") or element.get("Update") or ""
        if copied and path and "$(" not in path:
            found.append(path.replace("\\", "/"))
    return found


def _vendor_providers(result: ManifestResult) -> None:
    """A database vendor's EF Core package (`KingbaseES.EntityFrameworkCore`) beside a query
    library the project runs its SQL through (Dapper, SqlKata), with no EF Core package of
    Microsoft's nor a known provider: referenced for the ADO.NET provider it ships, not for
    EF Core, which is then a development-only mention (a `DbContext` in the code still proves
    EF Core)."""
    signals = result.signals
    ef_core = [s for s in signals if s.kind is K.ORM and s.name == "EF Core"]
    if not ef_core or any(
        s.package.startswith("microsoft.") or s.package in _PACKAGES for s in ef_core
    ):
        return
    if not any(s.kind is K.QUERY and s.name != "ADO.NET" and s.strength is Strength.DEPENDENCY
               for s in signals):
        return
    result.signals = [s.replace(strength=Strength.DEV) if s in ef_core else s for s in signals]


_HINT = re.compile(r"(?:^|[\\/])packages[\\/]([A-Za-z][\w.-]*?)\.(\d+(?:\.\d+)+(?:-[\w.]+)?)[\\/]")
"""A packages.config project's assembly reference: `..\\packages\\EntityFramework.6.1.3\\lib\\…`
names the NuGet package and its version in the folder NuGet restored it into."""


def _hinted_packages(root: ET.Element) -> list[tuple[str, str]]:
    """(package, version) of the NuGet packages an old-style project (.NET Framework,
    packages.config) references through its assemblies' `<HintPath>`s, once each."""
    found: dict[str, str] = {}
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] != "HintPath":
            continue
        match = _HINT.search(element.text or "")
        if match:
            found.setdefault(match.group(1), match.group(2))
    return list(found.items())


def _installed_assemblies(
    root: ET.Element, packages: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(name, "") of the assemblies an old-style project references from what Visual Studio
    installed (no `<HintPath>` into packages) that name a tool: MSTest v1's. Their assembly
    version is not the tool's release, so none is given.

    Visual Studio's Unit Test Project template added MSTest v1's reference to every test
    project it created; a project that also takes another test framework's package (NUnit,
    xUnit) was moved to that one and kept the template's reference: none is given then."""
    if any(
        kind is K.TEST and name != "MSTest"
        for package, _ in packages
        for kind, name in classify(package)
    ):
        return []
    return [
        (name, "")
        for element in root.iter()
        if element.tag.rsplit("}", 1)[-1] == "Reference"
        and (name := element.get("Include", "").split(",", 1)[0].strip()).lower() == _MSTEST_V1
    ]


def _classic_framework(root: ET.Element) -> str:
    """The .NET Framework version an old-style project targets (`<TargetFrameworkVersion>
    v4.6`), "4.6", or ""."""
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "TargetFrameworkVersion":
            return (element.text or "").strip().lstrip("vV")
    return ""


def shared_release(target: str) -> str:
    """The release of the shared framework a (first) target framework runs on (`net8.0`:
    8.0, `netcoreapp3.1`: 3.1), or "" for another target (.NET Framework, .NET Standard)."""
    # An OS-specific target (`net10.0-windows7.0`) runs the same shared framework.
    match = re.match(r"net(?:coreapp)?(\d+\.\d+)(?:-[a-z]+[\d.]*)?$", target.split(";")[0].strip())
    return match.group(1) if match else ""


def _sdk_version(result: ManifestResult) -> None:
    """Version the ASP.NET Core a Web SDK project runs on from its target framework
    (`net8.0` runs ASP.NET Core 8.0, `netcoreapp3.1` ASP.NET Core 3.1): a package's exact
    version, when there is one, wins."""
    shared = shared_release(result.language_version)
    if not shared:
        return
    release = shared.split(".")[:2]
    result.signals = [
        s.replace(version=shared, glue=True)
        if (s.kind is K.FRAMEWORK and s.package in ("", SHARED_FRAMEWORK) and not s.version)
        # An ASP.NET Core 2.x package on a 3.0-or-later target runs on the target's release.
        or _old_line(s, release)
        # A package off the framework's release (Microsoft.AspNetCore.SignalR 1.1.0, a
        # standalone package of old; Microsoft.AspNetCore.Blazor.HttpClient 3.2.0-preview3,
        # of the Blazor WebAssembly line released apart, on netcoreapp3.1) versions itself,
        # not the framework it runs on: the target's major and minor are that framework's.
        else s.replace(glue=True)
        if s.kind is K.FRAMEWORK and s.package and s.version
        and not s.version.startswith("$") and s.version.split(".")[:2] != release
        else s
        for s in result.signals
    ]


def _old_line(signal: Signal, release: list[str]) -> bool:
    """Whether the signal is an ASP.NET Core package of the 2.x line (`Microsoft.AspNetCore.
    Hosting` 2.3.11, still published for .NET Framework) referenced by a project targeting a
    release from 3.0 on: there ASP.NET Core ships only as the shared framework, whose newer
    assemblies win over the package's, so the app runs on the target's release whatever the
    package's number (a worker on the plain SDK has no other ASP.NET Core version to show)."""
    return (
        signal.kind is K.FRAMEWORK
        and signal.package.startswith("microsoft.aspnetcore.")
        and bool(re.match(r"\d+\.\d+", signal.version))
        and int(release[0]) >= 3
        and signal.version.split(".")[:2] != release
        and int(signal.version.split(".")[0]) < 3
    )


def resolve(result: ManifestResult, folder: str, builds: Any) -> None:
    """Complete a project from the MSBuild files it imports (those it names, then the
    `Directory.*` ones above it): the target framework and properties, central package
    versions, and the package references they add to it; in a Paket solution, the packages
    its `paket.references` names and the framework `paket.dependencies` restricts to."""
    if builds.paket:
        _paket(result, folder, builds.paket)
    imported = [
        builds.imports[path]
        for path in (posixpath.normpath(posixpath.join(folder, i)) for i in result.includes)
        if path in builds.imports
    ]
    files = [*imported, *builds.msbuild_files(folder)]
    if not files:
        return
    properties: dict[str, str] = {}
    versions: dict[str, str] = {}
    framework = None
    for found in files:
        for key, value in found.properties.items():
            properties.setdefault(key, value)
        for key, value in found.versions.items():
            versions.setdefault(key, value)
        framework = framework or found.framework
    if not result.language_version and properties.get("TargetFramework"):
        result.language_version = properties["TargetFramework"]
        result.version_evidence = framework
    elif not result.language_version and properties.get("TargetFrameworks"):
        result.language_version = properties["TargetFrameworks"].split(";")[0]
        result.version_evidence = framework
    elif "$(" in result.language_version:
        # A target framework named by a property (`<TargetFramework>$(LatestVersion)
        # </TargetFramework>`, the property set in `Directory.Build.props` or the project):
        # the project targets the property's value. One left unknown stays as written.
        known = {**properties, **result.properties}
        expanded = re.sub(
            r"\$\(([\w.]+)\)", lambda m: known.get(m.group(1), m.group(0)),
            result.language_version,
        )
        if "$(" not in expanded:
            result.language_version = expanded.split(";")[0].strip()
    _inherit(result, folder, files, properties)

    def version(signal: Signal) -> str:
        text = signal.version or versions.get(signal.package, "")
        return re.sub(r"\$\(([\w.]+)\)", lambda m: properties.get(m.group(1), ""), text)

    result.signals = [
        s.replace(version=version(s)) if s.package and _versions(s.kind, s.name, s.package)
        else s
        for s in result.signals
    ]
    _sdk_version(result)


def _paket(result: ManifestResult, folder: str, table: dict[str, Any]) -> None:
    """Add the packages a Paket solution's project takes (its `paket.references`) as its
    package references, and, when the project names no target framework, the one
    `paket.dependencies` restricts the solution to (see `paket`). A project taking the test
    SDK so is a test project, as one referencing it itself."""
    from designer.detect import paket

    packages, framework, where = paket.project_packages(table, folder)
    if not packages:
        return
    if framework and not result.language_version:
        result.language_version = framework
        result.version_evidence = where
    own = {s.package for s in result.signals if s.package}
    added = [(n, v, e) for n, v, e in packages if n.lower() not in own]
    if not result.tests_only and any(n.lower() == _TEST_SDK for n, _, _ in added):
        _as_test_project(result)
    strength = Strength.DEV if result.tests_only else Strength.DEPENDENCY
    for name, version, evidence in added:
        if not result.tests_only:
            result.runtime_dependencies += 1
        result.signals += _signals(name, version, strength, evidence)
    _sdk_version(result)


def _inherit(
    result: ManifestResult, folder: str, files: list[Any], properties: dict[str, str]
) -> None:
    """Add the package references of the `Directory.*` files whose conditions pick this
    project; one that brings the test SDK makes it a test project, all of whose references
    are then for tests."""
    path = f"{folder}/{result.name}.csproj" if folder != "." else f"{result.name}.csproj"
    known = {
        "MSBuildProjectName": result.name,
        "MSBuildProjectFile": path.rsplit("/", 1)[-1],
        "MSBuildProjectFullPath": "/" + path,
        "MSBuildProjectDirectory": "/" + folder if folder != "." else "",
    }
    own = {s.package for s in result.signals if s.package}
    # only for a tree with Directory.* files
    from designer.detect.msbuild import ARCADE_TESTS, applies

    arcade_test = any(f.arcade for f in files) and ARCADE_TESTS.search(result.name) is not None
    if result.tests_only or arcade_test:
        # The test SDK (or Arcade, for the names it picks) sets it: items the Directory files
        # add to test projects only (`'$(IsTestProject)' == 'true'`) are this one's.
        known["IsTestProject"] = "true"
    project = {**properties, **known}
    # The project's own properties are set after `Directory.Build.props` is read and before
    # `Directory.Build.targets` is: only the targets' conditions see them.
    late = {**properties, **result.properties, **known}
    added = [
        reference
        for found in files
        for reference in found.references
        if reference.package.lower() not in own
        and applies(reference.condition, late if found.after_project else project)
    ]
    if not added:
        return
    if not result.tests_only and (
        arcade_test or any(r.package.lower() == _TEST_SDK for r in added)
    ):
        _as_test_project(result)
    strength = Strength.DEV if result.tests_only else Strength.DEPENDENCY
    seen: set[str] = set()
    for reference in added:
        package = reference.package.lower()
        if package in seen:
            continue
        seen.add(package)
        if not result.tests_only:
            result.runtime_dependencies += 1
        result.signals += _signals(reference.package, reference.version, strength,
                                   reference.evidence)


def _as_test_project(result: ManifestResult) -> None:
    """Make `result` a test project's: its run-time dependencies become development ones."""
    result.tests_only = True
    result.runtime_dependencies = 0
    result.signals = [
        s.replace(strength=Strength.DEV)
        if s.strength is Strength.DEPENDENCY and s.kind is not K.LANGUAGE
        else s
        for s in result.signals
    ]
