"""Gaps the second held-out set (benchmarks/detect_heldout2.yaml) showed on repositories the
detector had never seen (#19), each as a small tree in the shape of the real files.

.NET: EF Core through a provider or an Aspire component alone, MSTest.Sdk and xUnit v3 test
projects and the services they test, the data layer of a referenced project, a legacy ASP.NET
Core package off the framework's major, the shared framework through a referenced project, raw
ADO.NET. JVM: Spring Data MongoDB and R2DBC, the active Spring profile's datasource, build files
that apply no framework plugin (a Gradle platform, a static site built with the Quarkus
plugin). Go: the default driver setting, Bun, modernc's SQLite. PHP: Doctrine told the server
is MariaDB. Rust: workspace crates, optional dependencies, `#[cfg(test)]` modules, attributes.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_projects import SPRING_PARENT, dep, go_mod, pom, write

from designer.detect import detect
from designer.model.stack import DetectedBackend, FindingKind


def by_folder(root: Path) -> dict[str, DetectedBackend]:
    return {b.folder: b for b in detect(root).backends}


def first(backend: DetectedBackend, kind: FindingKind) -> tuple[str, str]:
    found = next((f for f in backend.findings if f.kind is kind), None)
    return (found.name, found.version) if found else ("none", "")


def names(backend: DetectedBackend, kind: FindingKind) -> list[str]:
    return [f.name for f in backend.findings if f.kind is kind]


def csproj(*packages: str, sdk: str = "Microsoft.NET.Sdk.Web", refs: tuple[str, ...] = ()) -> str:
    """A project file with one reference a line: packages as "Name" or "Name/Version"."""
    lines = []
    for package in packages:
        name, _, version = package.partition("/")
        attribute = f' Version="{version}"' if version else ""
        lines.append(f'    <PackageReference Include="{name}"{attribute} />')
    lines += [f'    <ProjectReference Include="{ref}" />' for ref in refs]
    body = "\n".join(lines)
    return (
        f'<Project Sdk="{sdk}">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n'
        f"  </PropertyGroup>\n  <ItemGroup>\n{body}\n  </ItemGroup>\n</Project>\n"
    )


PROGRAM = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Build().Run();\n"


def test_an_ef_core_provider_alone_is_the_data_layer(tmp_path: Path) -> None:
    files = {
        "API/API.csproj": csproj(
            "Microsoft.EntityFrameworkCore.Design/8.0.8",
            "Microsoft.EntityFrameworkCore.Sqlite/8.0.8",
        ),
        "API/Program.cs": PROGRAM,
    }
    (backend,) = by_folder(write(tmp_path / "sqlite", files)).values()
    assert first(backend, FindingKind.ORM) == ("EF Core", "8.0.8")
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
    files["API/API.csproj"] = csproj("Npgsql.EntityFrameworkCore.PostgreSQL/8.0.4")
    (backend,) = by_folder(write(tmp_path / "npgsql", files)).values()
    assert first(backend, FindingKind.ORM)[0] == "EF Core"
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_an_aspire_component_names_what_it_wraps_without_aspires_version(
    tmp_path: Path,
) -> None:
    props = (
        "<Project>\n  <ItemGroup>\n"
        '    <PackageVersion Include="Aspire.Npgsql.EntityFrameworkCore.PostgreSQL" '
        'Version="13.1.0" />\n'
        '    <PackageVersion Include="Aspire.Hosting.MySql" Version="13.1.0" />\n'
        "  </ItemGroup>\n</Project>\n"
    )
    files = {
        "Directory.Packages.props": props,
        "src/Catalog.API/Catalog.API.csproj": csproj(
            "Aspire.Npgsql.EntityFrameworkCore.PostgreSQL", "Aspire.Hosting.MySql"
        ),
        "src/Catalog.API/Program.cs": PROGRAM,
    }
    (backend,) = by_folder(write(tmp_path, files)).values()
    assert first(backend, FindingKind.ORM) == ("EF Core", "")
    # The app host's resource package describes no engine of this service.
    assert names(backend, FindingKind.DATABASE) == ["PostgreSQL"]


def test_test_projects_test_the_services_they_reference(tmp_path: Path) -> None:
    files = {
        "src/Basket.API/Basket.API.csproj": csproj(),
        "src/Basket.API/Program.cs": PROGRAM,
        "src/Catalog.API/Catalog.API.csproj": csproj(
            refs=(r"..\Catalog.Core\Catalog.Core.csproj",)
        ),
        "src/Catalog.API/Program.cs": PROGRAM,
        "src/Catalog.Core/Catalog.Core.csproj": csproj(sdk="Microsoft.NET.Sdk"),
        "src/Identity.API/Identity.API.csproj": csproj(),
        "src/Identity.API/Program.cs": PROGRAM,
        # MSTest.Sdk makes a test project without any test package.
        "tests/Basket.UnitTests/Basket.UnitTests.csproj": csproj(
            "NSubstitute/5.1.0",
            sdk="MSTest.Sdk/3.6.4",
            refs=(r"..\..\src\Basket.API\Basket.API.csproj",),
        ),
        # xUnit v3 on the Microsoft Testing Platform, no Microsoft.NET.Test.Sdk; it references
        # the service's core library only.
        "tests/Catalog.Tests/Catalog.Tests.csproj": csproj(
            "xunit.v3.mtp-v2/3.2.1",
            sdk="Microsoft.NET.Sdk",
            refs=(r"..\..\src\Catalog.Core\Catalog.Core.csproj",),
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"src/Basket.API", "src/Catalog.API", "src/Identity.API"}
    assert names(found["src/Basket.API"], FindingKind.TEST) == ["MSTest"]
    assert first(found["src/Catalog.API"], FindingKind.TEST) == ("xUnit", "3.2.1")
    assert names(found["src/Identity.API"], FindingKind.TEST) == []


def test_a_service_takes_the_data_layer_of_a_project_it_references(tmp_path: Path) -> None:
    files = {
        "src/Ordering.API/Ordering.API.csproj": csproj(
            refs=(r"..\Ordering.Infrastructure\Ordering.Infrastructure.csproj",)
        ),
        "src/Ordering.API/Program.cs": PROGRAM,
        "src/Ordering.Infrastructure/Ordering.Infrastructure.csproj": csproj(
            "Npgsql.EntityFrameworkCore.PostgreSQL/8.0.4", sdk="Microsoft.NET.Sdk"
        ),
        "src/Payment.API/Payment.API.csproj": csproj(),
        "src/Payment.API/Program.cs": PROGRAM,
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"src/Ordering.API", "src/Payment.API"}
    assert first(found["src/Ordering.API"], FindingKind.ORM)[0] == "EF Core"
    assert first(found["src/Ordering.API"], FindingKind.DATABASE)[0] == "PostgreSQL"
    assert first(found["src/Payment.API"], FindingKind.ORM)[0] == "none"


def test_a_legacy_aspnetcore_package_does_not_version_the_framework(tmp_path: Path) -> None:
    files = {
        "API/API.csproj": csproj(
            "Microsoft.AspNetCore.SignalR/1.1.0",
            "Microsoft.AspNetCore.Authentication.JwtBearer/8.0.8",
        ),
        "API/Program.cs": PROGRAM,
    }
    (backend,) = by_folder(write(tmp_path, files)).values()
    assert first(backend, FindingKind.FRAMEWORK) == ("ASP.NET Core", "8.0.8")
    files["API/API.csproj"] = csproj("Microsoft.AspNetCore.SignalR/1.1.0")
    (backend,) = by_folder(write(tmp_path / "alone", files)).values()
    assert first(backend, FindingKind.FRAMEWORK) == ("ASP.NET Core", "8.0")


# --- JVM -------------------------------------------------------------------------------------

SPRING_MAIN = (
    "package app;\n\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
    "@SpringBootApplication\npublic class DemoApplication {}\n"
)


def spring_app(*deps: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    body = "\n".join(dep(*d.split(":")) for d in deps)
    return {
        "pom.xml": pom(body, SPRING_PARENT),
        "src/main/java/app/DemoApplication.java": SPRING_MAIN,
        **(extra or {}),
    }


def test_spring_data_mongodb_and_r2dbc_are_data_layers(tmp_path: Path) -> None:
    mongo = spring_app("org.springframework.boot:spring-boot-starter-data-mongodb")
    (backend,) = by_folder(write(tmp_path / "mongo", mongo)).values()
    assert first(backend, FindingKind.ORM)[0] == "Spring Data MongoDB"
    assert first(backend, FindingKind.DATABASE)[0] == "MongoDB"
    # Halo's shape: R2DBC with the drivers of four engines, the base configuration on H2.
    r2dbc = spring_app(
        "org.springframework.boot:spring-boot-starter-data-r2dbc",
        "io.r2dbc:r2dbc-h2",
        "org.postgresql:postgresql",
        "org.postgresql:r2dbc-postgresql",
        "org.mariadb:r2dbc-mariadb",
        extra={
            "src/main/resources/application.yaml": "spring:\n  r2dbc:\n"
            "    url: r2dbc:h2:file:///${halo.work-dir}/db/halo?MODE=MySQL\n",
        },
    )
    (backend,) = by_folder(write(tmp_path / "r2dbc", r2dbc)).values()
    assert first(backend, FindingKind.ORM)[0] == "Spring Data R2DBC"
    assert first(backend, FindingKind.DATABASE)[0] == "H2"


def test_the_active_spring_profile_chooses_the_engine(tmp_path: Path) -> None:
    resources = "src/main/resources/"
    files = spring_app(
        "org.springframework.boot:spring-boot-starter-data-jpa",
        "com.h2database:h2:runtime",
        "com.mysql:mysql-connector-j:runtime",
        "org.postgresql:postgresql:runtime",
        extra={
            resources + "application.properties": "# the active profiles\n"
            "spring.profiles.active=h2,spring-data-jpa\n",
            resources + "application-h2.properties": "spring.datasource.url=jdbc:h2:mem:pc\n",
            resources + "application-mysql.properties":
                "spring.datasource.url=${MYSQL_URL:jdbc:mysql://localhost/pc}\n",
            "docker-compose.yml": "services:\n  mysql:\n    image: mysql:8.4\n",
        },
    )
    (backend,) = by_folder(write(tmp_path / "h2", files)).values()
    assert first(backend, FindingKind.DATABASE)[0] == "H2"
    files[resources + "application.properties"] = "spring.profiles.active=mysql\n"
    (backend,) = by_folder(write(tmp_path / "mysql", files)).values()
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"


def test_a_gradle_platform_applying_no_plugin_is_no_backend(tmp_path: Path) -> None:
    catalog = '[plugins]\nspring-boot = "org.springframework.boot:4.1.0"\n'
    platform = (
        "plugins {\n    id 'java-platform'\n    alias(libs.plugins.spring.boot) apply false\n}\n\n"
        "dependencies {\n    api platform(SpringBootPlugin.BOM_COORDINATES)\n}\n"
    )
    application = (
        "plugins {\n    id 'java'\n    alias(libs.plugins.spring.boot)\n}\n\n"
        "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n"
    )
    files = {
        "settings.gradle": "include 'application', 'platform:application'\n",
        "gradle/libs.versions.toml": catalog,
        "platform/application/build.gradle": platform,
        "application/build.gradle": application,
        "application/src/main/java/app/DemoApplication.java": SPRING_MAIN,
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"application"}
    assert first(found["application"], FindingKind.FRAMEWORK) == ("Spring Boot", "4.1.0")


def test_a_static_site_built_with_the_quarkus_plugin_is_no_backend(tmp_path: Path) -> None:
    site = (
        '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n  <artifactId>docs</artifactId>\n"
        "  <dependencies>\n    <dependency>\n      <groupId>io.quarkiverse.roq</groupId>\n"
        "      <artifactId>quarkus-roq</artifactId>\n    </dependency>\n  </dependencies>\n"
        "  <build>\n    <plugins>\n      <plugin>\n        <groupId>io.quarkus</groupId>\n"
        "        <artifactId>quarkus-maven-plugin</artifactId>\n      </plugin>\n"
        "    </plugins>\n  </build>\n</project>\n"
    )
    service = site.replace("<artifactId>docs</artifactId>", "<artifactId>api</artifactId>")
    service = service.replace(
        "<groupId>io.quarkiverse.roq</groupId>\n      <artifactId>quarkus-roq</artifactId>",
        "<groupId>io.quarkus</groupId>\n      <artifactId>quarkus-rest</artifactId>",
    )
    files = {
        "docs/pom.xml": site,
        "docs/src/main/resources/application.properties": "%dev.quarkus.http.root-path=/\n",
        "api/pom.xml": service,
    }
    assert set(by_folder(write(tmp_path, files))) == {"api"}


# --- Go, PHP -----------------------------------------------------------------------------------

GORM_DRIVERS = (
    'package database\n\nimport (\n\t"gorm.io/driver/mysql"\n\t"gorm.io/driver/postgres"\n'
    '\t"gorm.io/driver/sqlite"\n\t"gorm.io/gorm"\n)\n\nvar _ = []any{mysql.Open, postgres.Open, '
    "sqlite.Open, gorm.Open}\n"
)


def test_go_the_default_driver_setting_chooses_among_drivers(tmp_path: Path) -> None:
    go = go_mod(
        "github.com/gin-gonic/gin v1.12.0",
        "gorm.io/gorm v1.31.2",
        "gorm.io/driver/mysql v1.6.0",
        "gorm.io/driver/postgres v1.6.0",
        "gorm.io/driver/sqlite v1.6.0",
    )
    main = 'package main\n\nimport "github.com/gin-gonic/gin"\n\nfunc main() { gin.Default() }\n'
    # gotify's shape: the default configuration's dialect.
    config = (
        "package config\n\nfunc defaults() Configuration {\n\treturn Configuration{\n"
        '\t\tDatabase: Database{\n\t\t\tDialect:    "sqlite3",\n'
        '\t\t\tConnection: "data/gotify.db",\n\t\t},\n\t}\n}\n'
    )
    files = {"go.mod": go, "main.go": main, "database/db.go": GORM_DRIVERS}
    (backend,) = by_folder(write(tmp_path / "none", files)).values()
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"  # nothing says which
    (backend,) = by_folder(
        write(tmp_path / "dialect", {**files, "config/config.go": config})
    ).values()
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"
    # memos' shape: viper's default and the flag's.
    flags = (
        "package main\n\nfunc init() {\n"
        '\tviper.SetDefault("driver", "postgres")\n'
        '\trootCmd.Flags().String("driver", "postgres", "database driver")\n}\n'
    )
    (backend,) = by_folder(write(tmp_path / "flag", {**files, "cmd/app/flags.go": flags})).values()
    assert first(backend, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_go_bun_and_modernc_sqlite(tmp_path: Path) -> None:
    main = 'package main\n\nimport "github.com/go-chi/chi/v5"\n\nfunc main() { chi.NewRouter() }\n'
    files = {
        "go.mod": go_mod(
            "github.com/go-chi/chi/v5 v5.2.4",
            "github.com/uptrace/bun v1.2.15",
            "modernc.org/sqlite v1.56.0",
        ),
        "main.go": main,
    }
    (backend,) = by_folder(write(tmp_path, files)).values()
    assert first(backend, FindingKind.ORM) == ("Bun", "v1.2.15")
    assert first(backend, FindingKind.DATABASE)[0] == "SQLite"


def test_doctrine_told_the_server_is_mariadb(tmp_path: Path) -> None:
    composer = (
        '{\n  "require": {\n    "php": ">=8.2",\n    "symfony/framework-bundle": "6.4.*",\n'
        '    "doctrine/orm": "^2.20"\n  }\n}\n'
    )
    kernel = (
        "<?php\nnamespace App;\n\nclass Kernel extends BaseKernel\n"
        "{\n    use MicroKernelTrait;\n}\n"
    )
    url = "DATABASE_URL=mysql://user:password@127.0.0.1:3306/database?charset=utf8mb4"
    files = {"composer.json": composer, "src/Kernel.php": kernel, ".env": url + "\n"}
    (backend,) = by_folder(write(tmp_path / "mysql", files)).values()
    assert first(backend, FindingKind.DATABASE)[0] == "MySQL"
    files[".env"] = url + "&serverVersion=10.5.8-MariaDB\n"
    (backend,) = by_folder(write(tmp_path / "mariadb", files)).values()
    assert first(backend, FindingKind.DATABASE)[0] == "MariaDB"


# --- Rust --------------------------------------------------------------------------------------

WORKSPACE = (
    '[workspace]\nmembers = ["crates/*"]\n\n[workspace.dependencies]\n'
    'sqlx = { version = "0.8", features = ["runtime-tokio"] }\n'
    'app-domain = { path = "crates/app-domain" }\n'
    'app-store = { path = "crates/app-store" }\n'
)


def crate(name: str, deps: str) -> str:
    return f'[package]\nname = "{name}"\nedition = "2021"\n\n[dependencies]\n{deps}'


def test_rust_workspace_crates_lend_their_data_layer_and_a_library_is_no_backend(
    tmp_path: Path,
) -> None:
    files = {
        "Cargo.toml": WORKSPACE,
        # atuin's shape: the server's store is a crate of its own; the domain crate has an
        # optional axum integration, and no application.
        "crates/app-server/Cargo.toml": crate(
            "app-server",
            'axum = "0.8"\napp-domain = { workspace = true, features = ["axum"] }\n'
            "app-store = { workspace = true }\n",
        ),
        "crates/app-server/src/main.rs": "use axum::Router;\n\nfn main() {}\n",
        "crates/app-store/Cargo.toml": crate(
            "app-store", 'sqlx = { workspace = true, features = ["postgres"] }\n'
        ),
        "crates/app-domain/Cargo.toml": crate(
            "app-domain", 'axum = { version = "0.8", optional = true }\n'
        ),
        "crates/app-domain/src/caps/axum.rs": "use axum::extract::State;\n",
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"crates/app-server"}
    assert first(found["crates/app-server"], FindingKind.QUERY)[0] == "sqlx"
    assert first(found["crates/app-server"], FindingKind.DATABASE)[0] == "PostgreSQL"


def test_rust_unit_tests_and_attributes(tmp_path: Path) -> None:
    configuration = (
        "#[derive(Builder)]\npub struct Configuration {\n"
        '    #[builder(default = r#"DatabaseUrl::from("sqlite://users.db?mode=rwc")"#)]\n'
        "    pub database_url: DatabaseUrl,\n}\n"
    )
    url = (
        "pub struct DatabaseUrl(String);\n\n#[cfg(test)]\nmod tests {\n    #[test]\n"
        '    fn masks() {\n        let url = DatabaseUrl::from("postgres://u:p@localhost/db");\n'
        "    }\n}\n"
    )
    files = {
        "Cargo.toml": crate("server", 'actix-web = "4"\nsea-orm = "1"\n'),
        "src/main.rs": "#[actix_web::main]\nasync fn main() {}\n",
        "src/configuration.rs": configuration,
        "src/database_url.rs": url,
    }
    (backend,) = by_folder(write(tmp_path, files)).values()
    assert [f.name for f in backend.findings if f.kind is FindingKind.DATABASE] == ["SQLite"]


def test_a_worker_on_the_shared_framework_of_a_referenced_project(tmp_path: Path) -> None:
    shared = '    <FrameworkReference Include="Microsoft.AspNetCore.App" />\n'
    group = "  <ItemGroup>\n"
    defaults = csproj(sdk="Microsoft.NET.Sdk").replace(group, group + shared)
    files = {
        "src/Api/Api.csproj": csproj(),
        "src/Api/Program.cs": PROGRAM,
        # eShop's OrderProcessor: the Worker SDK, WebApplication in code, the shared framework
        # through the service-defaults project, hand-written SQL through Npgsql.
        "src/OrderProcessor/OrderProcessor.csproj": csproj(
            "Aspire.Npgsql",
            sdk="Microsoft.NET.Sdk.Worker",
            refs=(r"..\ServiceDefaults\ServiceDefaults.csproj",),
        ),
        "src/OrderProcessor/Program.cs": PROGRAM,
        "src/ServiceDefaults/ServiceDefaults.csproj": defaults,
    }
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"src/Api", "src/OrderProcessor"}
    worker = found["src/OrderProcessor"]
    assert not worker.ambiguous
    assert first(worker, FindingKind.FRAMEWORK) == ("ASP.NET Core", "8.0")
    assert first(worker, FindingKind.QUERY)[0] == "ADO.NET"
    assert first(worker, FindingKind.DATABASE)[0] == "PostgreSQL"


def test_a_test_project_referencing_two_services_tests_the_one_it_is_named_after(
    tmp_path: Path,
) -> None:
    files = {
        "src/Ordering.API/Ordering.API.csproj": csproj(),
        "src/Ordering.API/Program.cs": PROGRAM,
        "src/Identity.API/Identity.API.csproj": csproj(),
        "src/Identity.API/Program.cs": PROGRAM,
        "tests/Ordering.FunctionalTests/Ordering.FunctionalTests.csproj": csproj(
            "xunit.v3.mtp-v2/3.2.1",
            sdk="Microsoft.NET.Sdk",
            refs=(
                r"..\..\src\Ordering.API\Ordering.API.csproj",
                r"..\..\src\Identity.API\Identity.API.csproj",
            ),
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert names(found["src/Ordering.API"], FindingKind.TEST) == ["xUnit"]
    assert names(found["src/Identity.API"], FindingKind.TEST) == []
