"""What the sixth held-out set left after its first fixes (benchmarks/detect_heldout6.yaml),
each as a small fixture of the real files' shape (#19): the data layer a provider switch uses
with the default engine, engines chosen by a program's own defaults (a shipped config.json, a
default configuration in code, a server engine left off by default), the target framework of
an app whose packages are older standalone releases, Rust's built-in test harness, and a
Spring Boot consumer that serves no HTTP."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import SPRING_PARENT, dep, go_mod, pom, write

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
    public static SupportedDatabaseProviders AddDatabaseRepositories(
        this IServiceCollection services, GlobalSettings globalSettings)
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


GOPHISH_MAIN = """\
package main

import (
\t"net/http"

\t"github.com/gorilla/mux"
)

func main() {
\trouter := mux.NewRouter()
\thttp.ListenAndServe(":3333", router)
}
"""

GOPHISH_MODELS = 'package models\n\nimport (\n\t"github.com/jinzhu/gorm"\n)\n'


def gophish(db_name: str) -> dict[str, str]:
    """A Go program built with both SQL drivers (the code choosing between them is past the
    walk's quota); its shipped config.json names the one it starts on."""
    config = (
        '{\n\t"admin_server": {\n\t\t"listen_url": "127.0.0.1:3333"\n\t},\n'
        f'\t"db_name": "{db_name}",\n\t"db_path": "gophish.db",\n'
        '\t"migrations_prefix": "db/db_"\n}\n'
    )
    return {
        "go.mod": go_mod(
            "github.com/go-sql-driver/mysql v1.5.0",
            "github.com/gorilla/mux v1.7.3",
            "github.com/jinzhu/gorm v1.9.12",
            "github.com/mattn/go-sqlite3 v2.0.3+incompatible",
        ),
        "gophish.go": GOPHISH_MAIN,
        "models/models.go": GOPHISH_MODELS,
        "config.json": config,
    }


def test_shipped_config_json_names_the_default_driver(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, gophish("sqlite3")))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_config_json_naming_a_database_not_an_engine_proves_nothing(tmp_path: Path) -> None:
    # Without a default, the server engine stays before the embedded one.
    backend = by_folder(write(tmp_path, gophish("gophish")))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def crate(name: str, *deps: str) -> str:
    body = "\n".join(deps)
    return (
        f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "2024"\n\n'
        f"[dependencies]\n{body}\n"
    )


POSTGRESQL_SETTINGS = """\
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize, Eq, PartialEq, Clone)]
#[serde(default)]
pub struct Postgresql {
    /// Use `PostgreSQL` instead of `SQLite`
    pub enabled: bool,
    pub address: String,
    pub port: u16,
}

impl Default for Postgresql {
    fn default() -> Self {
        Self {
            enabled: ENABLED,
            address: "localhost".to_string(),
            port: 5432,
        }
    }
}
"""

CON_STRING = """\
impl fmt::Display for PgConString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "postgres://{}:{}@{}/{}", self.user, self.pwd, self.address, self.db)
    }
}

impl fmt::Display for SqliteConString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sqlite://{}?mode=rwc", self.path.display())
    }
}
"""


def kellnr(enabled: str) -> dict[str, str]:
    """kellnr's shape: the binary crate uses a db crate built for PostgreSQL and SQLite and a
    settings crate whose PostgreSQL settings say whether the server is used."""
    sea_orm = 'sea-orm = { version = "2.0.1", features = ["sqlx-postgres", "sqlx-sqlite"] }'
    return {
        "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\ndefault-members = ["crates/kellnr"]\n',
        "crates/kellnr/Cargo.toml": crate(
            "kellnr",
            'axum = "0.8.9"',
            'kellnr-db = { path = "../db" }',
            'kellnr-settings = { path = "../settings" }',
        ),
        "crates/kellnr/src/main.rs": (
            "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
            "    let app = Router::new();\n    axum::serve(listener, app).await.unwrap();\n}\n"
        ),
        "crates/db/Cargo.toml": crate("kellnr-db", sea_orm),
        "crates/db/src/con_string.rs": CON_STRING,
        "crates/settings/Cargo.toml": crate("kellnr-settings", 'serde = "1"'),
        "crates/settings/src/postgresql.rs": POSTGRESQL_SETTINGS.replace("ENABLED", enabled),
    }


def test_server_engine_off_by_default_yields_to_the_embedded_one(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, kellnr("false")))["crates/kellnr"]
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_server_engine_on_by_default_stays_first(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, kellnr("true")))["crates/kellnr"]
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_default_settings_file_leaving_the_server_off(tmp_path: Path) -> None:
    # kellnr before its settings moved into code: config/default.toml.
    files = kellnr("true")
    del files["crates/settings/src/postgresql.rs"]
    files["crates/kellnr/config/default.toml"] = (
        '[registry]\ndata_dir = "/opt/kdata"\n\n[postgresql]\n# Use PostgreSQL instead of SQLite\n'
        'enabled = false\naddress = "localhost"\nport = 5432\n'
    )
    backend = by_folder(write(tmp_path, files))["crates/kellnr"]
    assert first(backend, K.DATABASE)[0] == "SQLite"


COMMON_PROPS = """\
<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
    <PropertyGroup>
        <TargetFramework>net9.0</TargetFramework>
        <LangVersion>latest</LangVersion>
    </PropertyGroup>
    <Target Name="SetVersion" BeforeTargets="PrepareForBuild">
        <PropertyGroup>
            <Version>2.3.0</Version>
        </PropertyGroup>
    </Target>
</Project>
"""

ADMIN = """\
<Project Sdk="Microsoft.NET.Sdk.Web">
\t<Import Project="..\\..\\Build\\Grand.Common.props" />
\t<ItemGroup>
\t\t<PackageReference Include="Microsoft.AspNetCore.Http" />
\t\t<PackageReference Include="SixLabors.ImageSharp" />
\t</ItemGroup>
</Project>
"""


def test_imported_props_give_the_target_framework(tmp_path: Path) -> None:
    # grandnode2's admin app: its target framework comes from the props file it imports;
    # the one ASP.NET Core package it names is the old standalone 2.3.0 release.
    files = {
        "Directory.Packages.props": (
            "<Project>\n  <ItemGroup>\n"
            '    <PackageVersion Include="Microsoft.AspNetCore.Http" Version="2.3.0" />\n'
            "  </ItemGroup>\n</Project>\n"
        ),
        "src/Build/Grand.Common.props": COMMON_PROPS,
        "src/Web/Grand.Web.Admin/Grand.Web.Admin.csproj": ADMIN,
        "src/Web/Grand.Web.Admin/Program.cs": (
            "var builder = WebApplication.CreateBuilder(args);\nbuilder.Build().Run();\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["src/Web/Grand.Web.Admin"]
    assert first(backend, K.FRAMEWORK) == ("ASP.NET Core", "9.0")
    assert backend.language_version == "net9.0"
    language = next(f for f in backend.findings if f.kind is K.LANGUAGE)
    assert language.evidence[0].path == "src/Build/Grand.Common.props"


def revolt() -> dict[str, str]:
    """revoltchat/backend's shape: a Rocket API whose route modules hold their own tests, and
    Axum services with none, all using library crates that test themselves."""
    result = 'revolt-result = { version = "0.8.9", path = "../../core/result" }'
    return {
        "Cargo.toml": (
            '[workspace]\nresolver = "2"\n\nmembers = [\n    "crates/delta",\n'
            '    "crates/core/*",\n    "crates/services/*",\n]\n'
        ),
        "crates/delta/Cargo.toml": crate(
            "revolt-delta",
            'rocket = "0.5.1"',
            'revolt-result = { version = "0.8.9", path = "../core/result" }',
        ),
        "crates/delta/src/main.rs": (
            "#[macro_use]\nextern crate rocket;\n\n#[launch]\nasync fn rocket() -> _ {\n"
            "    rocket::build()\n}\n"
        ),
        "crates/delta/src/routes/root.rs": (
            "#[get(\"/\")]\npub async fn root() -> &'static str {\n    \"ok\"\n}\n\n"
            "#[cfg(test)]\nmod test {\n    #[rocket::async_test]\n"
            "    async fn hello_world() {\n        let harness = TestHarness::new().await;\n"
            "    }\n}\n"
        ),
        "crates/services/autumn/Cargo.toml": crate("revolt-autumn", 'axum = "0.7.9"', result),
        "crates/services/autumn/src/main.rs": (
            "use axum::Router;\n\n#[tokio::main]\nasync fn main() {\n"
            "    axum::serve(listener, Router::new()).await.unwrap();\n}\n"
        ),
        "crates/core/result/Cargo.toml": crate("revolt-result", 'serde = "1"'),
        "crates/core/result/src/lib.rs": (
            "pub struct Error;\n\n#[cfg(test)]\nmod tests {\n    #[test]\n"
            "    fn use_macro_to_construct_error() {}\n}\n"
        ),
    }


def test_rust_framework_test_attributes_are_the_builtin_harness(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, revolt()))
    assert first(found["crates/delta"], K.TEST)[0] == "cargo test"
    evidence = next(f for f in found["crates/delta"].findings if f.kind is K.TEST).evidence
    assert evidence[0].path == "crates/delta/src/routes/root.rs"


def test_a_library_crate_every_service_uses_tests_none_of_them(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, revolt()))
    assert first(found["crates/services/autumn"], K.TEST)[0] == ""


BOOT_PLUGIN = (
    "  <build><plugins><plugin><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>"
)


def test_a_spring_boot_consumer_with_its_own_entry_point_is_an_application(
    tmp_path: Path,
) -> None:
    # vhr's mailserver: a RabbitMQ consumer with no web starter, its own
    # @SpringBootApplication main and the Boot plugin: an application by the rule
    # (an entry point, a deployable unit), reported beside the web module. The held-out
    # truth, which counts only HTTP servers, leaves it out; the two disagree on purpose.
    modules = "<modules><module>web</module><module>mailserver</module></modules>"
    consumer = (
        "package org.javaboy.mailserver;\n\n"
        "import org.springframework.boot.SpringApplication;\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class MailserverApplication {\n"
        "    public static void main(String[] args) {\n"
        "        SpringApplication.run(MailserverApplication.class, args);\n    }\n}\n"
    )
    files = {
        "pom.xml": pom("", SPRING_PARENT, modules),
        "web/pom.xml": pom(dep("org.springframework.boot", "spring-boot-starter-web"),
                           extra=BOOT_PLUGIN),
        "web/src/main/java/org/javaboy/vhr/VhrApplication.java": consumer.replace(
            "Mailserver", "Vhr").replace("mailserver", "vhr"),
        "mailserver/pom.xml": pom(dep("org.springframework.boot", "spring-boot-starter-amqp"),
                                  extra=BOOT_PLUGIN),
        "mailserver/src/main/java/org/javaboy/mailserver/MailserverApplication.java": consumer,
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["mailserver", "web"]
    assert first(found["mailserver"], K.BROKER)[0] == "RabbitMQ"


def test_a_generic_host_configuring_a_web_host_is_an_entry_point(tmp_path: Path) -> None:
    # bitwarden's util/Server (a static web-vault host) beside another web app of the
    # solution: `new HostBuilder().ConfigureWebHost(…UseKestrel()…)`, no defaults.
    program = (
        "public class Program\n{\n    public static void Main(string[] args)\n    {\n"
        "        var builder = new HostBuilder()\n"
        "            .ConfigureWebHost(builder =>\n            {\n"
        "                builder.UseKestrel();\n                builder.UseStartup<Startup>();\n"
        "            });\n        builder.Build().Run();\n    }\n}\n"
    )
    files = {
        "src/Api/Api.csproj": project(web=True),
        "src/Api/Program.cs": HOST,
        "util/Server/Server.csproj": project(web=True),
        "util/Server/Program.cs": program,
    }
    assert sorted(by_folder(write(tmp_path, files))) == ["src/Api", "util/Server"]
