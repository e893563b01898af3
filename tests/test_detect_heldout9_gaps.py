"""Generic gaps the ninth held-out set showed (benchmarks/detect_heldout9.yaml), each as a
small fixture of the real files' shape (#19): an engine default stated in a Go struct tag
(`conf:"default:…"`, `envDefault:"…"`), in a default-configuration literal, in a .NET
configuration lookup, in an INI settings file's database section, in a Spring profile the
base file includes through a placeholder's default or activates in a YAML document;
Doctrine's `pdo_pgsql` in `.env`; Hono served (and a Hono router that is not); Pop, Ktorm,
npjt-extra and ClickHouse; demonstration projects outside the root build."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, csproj, first
from test_detect_projects import SPRING_PARENT, cargo, dep, go_mod, package_json, pom, write

from designer.model.stack import FindingKind as K

# --- Engine defaults -------------------------------------------------------------------------

_GO_SERVER = (
    "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/go-chi/chi/v5\"\n)\n\n"
    "func main() {\n\tr := chi.NewRouter()\n\thttp.ListenAndServe(\":7745\", r)\n}\n"
)
_GO_DRIVERS = (
    "github.com/go-chi/chi/v5 v5.3.2",
    "github.com/jackc/pgx/v5 v5.10.0",
    "github.com/go-sql-driver/mysql v1.10.0",
    "modernc.org/sqlite v1.57.0",
)


def _go_app(config: dict[str, str]) -> dict[str, str]:
    # homebox, pocket-id, ezbookkeeping: drivers for every engine the program supports, a
    # Compose file running the server one, and the default stated in the program's settings.
    return {
        "go.mod": go_mod(*_GO_DRIVERS),
        "main.go": _GO_SERVER,
        "docker-compose.yml": "services:\n  db:\n    image: postgres:16\n",
        **config,
    }


_GO_DEFAULTS = {
    # homebox: ardanlabs/conf's tag default.
    "conf tag": ("internal/config/conf_database.go", "package config\n\ntype Database struct {\n"
                 "\tDriver string `yaml:\"driver\" conf:\"default:sqlite3\"`\n"
                 "\tHost   string `yaml:\"host\"`\n}\n", "SQLite"),
    # caarlos0/env's tag default.
    "env tag": ("config.go", "package main\n\ntype Config struct {\n"
                "\tDbDriver string `env:\"DB_DRIVER\" envDefault:\"sqlite\"`\n}\n", "SQLite"),
    # pocket-id: the literal `defaultConfig()` returns.
    "default literal": ("internal/common/env_config.go", "package common\n\n"
                        "func defaultConfig() EnvConfigSchema {\n\treturn EnvConfigSchema{\n"
                        "\t\tAppEnv:     \"production\",\n\t\tDbProvider: \"sqlite\",\n"
                        "\t\tPort:       \"1411\",\n\t}\n}\n", "SQLite"),
    # The same literal built by a function that is not the defaults: no stated default.
    "other literal": ("internal/common/env_config.go", "package common\n\nfunc load() Schema {\n"
                      "\treturn Schema{\n\t\tDbProvider: \"sqlite\",\n\t}\n}\n", "PostgreSQL"),
    # ezbookkeeping: the shipped INI file's database section.
    "ini section": ("conf/app.ini", "[server]\nport = 8080\n\n[database]\n"
                    "# Either \"mysql\", \"postgres\" or \"sqlite3\"\ntype = sqlite3\n\n"
                    "host = 127.0.0.1:3306\n", "SQLite"),
    # A type key of another section says nothing of the database.
    "other section": ("conf/app.ini", "[database]\nhost = 127.0.0.1\n\n[cache]\ntype = sqlite3\n",
                      "PostgreSQL"),
}


@pytest.mark.parametrize("case", sorted(_GO_DEFAULTS))
def test_a_go_programs_stated_default_beats_its_drivers_and_compose(
    case: str, tmp_path: Path
) -> None:
    path, text, engine = _GO_DEFAULTS[case]
    found = by_folder(write(tmp_path, _go_app({path: text})))
    assert first(found["."], K.DATABASE)[0] == engine


def test_a_dotnet_configuration_lookup_default_names_the_provider(tmp_path: Path) -> None:
    # ErsatzTV: `Configuration.GetValue("provider", Provider.Sqlite.Name)`, MySQL optional.
    files = {
        "App/App.csproj": csproj(
            "Microsoft.EntityFrameworkCore.Sqlite",
            "Pomelo.EntityFrameworkCore.MySql",
            sdk="Microsoft.NET.Sdk.Web",
        ),
        "App/Program.cs": "var builder = WebApplication.CreateBuilder(args);\n"
        "var app = builder.Build();\napp.Run();\n",
        "App/Startup.cs": "public class Startup {\n"
        "  public void Configure(IServiceCollection s) {\n"
        "    string databaseProvider = Configuration.GetValue(\"provider\", "
        "Provider.Sqlite.Name);\n    if (databaseProvider == Provider.MySql.Name) {\n"
        "      options.UseMySql(cs, ServerVersion.AutoDetect(cs));\n    }\n  }\n}\n",
        "docker-compose.yml": "services:\n  db:\n    image: mysql:8\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["App"], K.DATABASE)[0] == "SQLite"


def test_doctrines_pdo_driver_in_the_env_file_names_the_engine(tmp_path: Path) -> None:
    # koillection: `.env` DB_DRIVER=pdo_pgsql beside a dist Compose file running both servers.
    files = {
        "composer.json": '{\n  "require": {\n    "symfony/framework-bundle": "^7.1",\n'
        '    "doctrine/orm": "^3.2"\n  }\n}\n',
        "public/index.php": "<?php\nuse App\\Kernel;\n"
        "return function (array $context) { return new Kernel('prod', false); };\n",
        "src/Kernel.php": "<?php\nnamespace App;\n"
        "use Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n"
        "class Kernel extends BaseKernel {}\n",
        ".env": "APP_ENV=prod\nDB_DRIVER=pdo_pgsql\nDB_HOST=localhost\n",
        "docker-compose.dist.yml": "services:\n  postgresql:\n    image: postgres:17\n"
        "  mysql:\n    image: mysql:latest\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"


_BOOT_APP = "package app;\n@SpringBootApplication\npublic class App {\n" \
    "  public static void main(String[] a) { SpringApplication.run(App.class, a); }\n}\n"


def _spring_app(resources: dict[str, str]) -> dict[str, str]:
    deps = "\n".join(
        (
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
            dep("com.mysql", "mysql-connector-j"),
            dep("com.h2database", "h2"),
        )
    )
    files = {"pom.xml": pom(deps, SPRING_PARENT), "src/main/java/app/App.java": _BOOT_APP}
    files.update({f"src/main/resources/{k}": v for k, v in resources.items()})
    return files


def test_a_profile_included_through_a_placeholder_default_names_the_engine(
    tmp_path: Path,
) -> None:
    # MaxKey: application.properties includes `${SERVER_PROFILES:maxkey}`, whose file holds
    # the jdbc:mysql datasource.
    found = by_folder(write(tmp_path, _spring_app({
        "application.properties": "spring.application.name =maxkey\n"
        "spring.profiles.include =${SERVER_PROFILES:maxkey}\n",
        "application-maxkey.properties": "spring.datasource.url   =jdbc:mysql://"
        "${DATABASE_HOST:localhost}:3306/maxkey\n"
        "#spring.datasource.url=jdbc:postgresql://localhost/maxkey\n",
    })))
    backend = found["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"
    assert any(
        e.path.endswith("application-maxkey.properties")
        for f in backend.findings
        if f.kind is K.DATABASE
        for e in f.evidence
    )


_HERTZ_YML = (
    "spring:\n  profiles:\n    active: prod\n\n"
    "warehouse:\n  store:\n    doris:\n      enabled: false\n"
    "      url: jdbc:mysql://127.0.0.1:9030\n"
    "---\nspring:\n  config:\n    activate:\n      on-profile: {profile}\n\n"
    "  datasource:\n    driver-class-name: org.h2.Driver\n"
    "    url: jdbc:h2:./data/app;MODE=MYSQL\n"
)


def test_the_yaml_document_of_the_active_profile_names_the_engine(tmp_path: Path) -> None:
    # HertzBeat: the `prod` document of application.yml runs H2; a MySQL URL elsewhere in the
    # file belongs to an optional store that is off.
    found = by_folder(write(tmp_path, _spring_app({
        "application.yml": _HERTZ_YML.replace("{profile}", "prod"),
    })))
    assert first(found["."], K.DATABASE)[0] == "H2"


def test_a_yaml_document_of_another_profile_is_not_the_active_one(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _spring_app({
        "application.yml": _HERTZ_YML.replace("{profile}", "test"),
    })))
    assert first(found["."], K.DATABASE)[0] != "H2"


# --- Catalogue -------------------------------------------------------------------------------


def _hono(entry: str) -> dict[str, str]:
    return {
        "package.json": package_json({"hono": "^4.12.8", "drizzle-orm": "^0.45.1"}),
        "src/index.ts": entry,
    }


def test_a_hono_app_a_workers_module_exports_is_served(tmp_path: Path) -> None:
    # revanced-api: `export default { async fetch(request, env, ctx) { … _app.fetch(…) } }`.
    found = by_folder(write(tmp_path, _hono(
        "import { OpenAPIHono } from '@hono/zod-openapi';\nexport default {\n"
        "  async fetch(request: Request, env: Env) {\n"
        "    const app = new OpenAPIHono<AppBindings>();\n    return app.fetch(request, env);\n"
        "  },\n};\n"
    )))
    assert first(found["."], K.FRAMEWORK) == ("Hono", "^4.12.8")
    assert first(found["."], K.ORM)[0] == "Drizzle"


def test_a_hono_app_handed_to_the_node_server_is_served(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _hono(
        "import { Hono } from 'hono';\nimport { serve } from '@hono/node-server';\n"
        "const app = new Hono();\napp.get('/', (c) => c.text('ok'));\n"
        "serve({ fetch: app.fetch, port: 3000 });\n"
    )))
    assert first(found["."], K.FRAMEWORK)[0] == "Hono"


def test_a_hono_router_another_frameworks_route_calls_is_no_backend(tmp_path: Path) -> None:
    # trieve: beside the Rust servers, a Remix app (clients/) whose API route passes its
    # request to a Hono router: the UI's, not a server.
    files = {
        "server/Cargo.toml": cargo('actix-web = "4.9.0"'),
        "server/src/main.rs": "use actix_web::{App, HttpServer};\n#[actix_web::main]\n"
        "async fn main() { HttpServer::new(|| App::new()).bind((\"0.0.0.0\", 8090)); }\n",
        "clients/shop/package.json": package_json(
            {"hono": "^4.7.7", "@remix-run/node": "^2.7.1", "react-dom": "^18.2.0"}
        ),
        "clients/shop/app/api/root.ts": "import { Hono } from 'hono';\n"
        "export const api = new Hono().basePath('/api');\nexport type ApiType = typeof api;\n",
        "clients/shop/app/routes/api.$.ts": "import { api } from 'app/api/root';\n"
        "export const loader = async (args) => api.request(args.request);\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["server"]


def test_pop_is_the_data_layer(tmp_path: Path) -> None:
    # hanko: gobuffalo/pop v6 over database/sql.
    files = {
        "go.mod": go_mod(
            "github.com/labstack/echo/v4 v4.15.4", "github.com/gobuffalo/pop/v6 v6.3.0"
        ),
        "main.go": "package main\n\nimport \"github.com/labstack/echo/v4\"\n\n"
        "func main() { e := echo.New(); e.Start(\":8000\") }\n",
        "persistence/persister.go": "package persistence\n\nimport (\n\t\"database/sql\"\n\n"
        "\t\"github.com/gobuffalo/pop/v6\"\n)\n\nvar _ *sql.DB\nvar _ *pop.Connection\n",
        "persistence/users.go": "package persistence\n\nimport \"github.com/gobuffalo/pop/v6\"\n\n"
        "func Users(c *pop.Connection) {}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM) == ("Pop", "v6.3.0")


def test_ktorm_from_a_version_catalogue_is_the_data_layer(tmp_path: Path) -> None:
    # kotatsu-syncserver: Ktor 3 with ktorm-core through `libs.ktorm.core`.
    files = {
        "gradle/libs.versions.toml": '[versions]\nktor = "3.3.0"\nktorm = "4.1.1"\n\n'
        "[libraries]\n"
        'ktor-server-core = { module = "io.ktor:ktor-server-core", version.ref = "ktor" }\n'
        'ktorm-core = { module = "org.ktorm:ktorm-core", version.ref = "ktorm" }\n',
        "build.gradle.kts": "dependencies {\n    implementation(libs.ktor.server.core)\n"
        "    implementation(libs.ktorm.core)\n}\n",
        "src/main/kotlin/Application.kt": "fun main(args: Array<String>) {\n"
        "    io.ktor.server.netty.EngineMain.main(args)\n}\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.ORM) == ("Ktorm", "4.1.1")


def test_npjt_extra_is_spring_jdbc(tmp_path: Path) -> None:
    files = _spring_app({})
    files["pom.xml"] = pom(
        "\n".join((
            dep("org.springframework.boot", "spring-boot-starter-web"),
            dep("ch.digitalfondue.npjt-extra", "npjt-extra", version="2.0.4"),
            dep("org.postgresql", "postgresql"),
        )),
        SPRING_PARENT,
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.QUERY) == ("Spring JDBC", "2.0.4")


def test_the_clickhouse_client_names_the_engine(tmp_path: Path) -> None:
    # trieve batch-etl: Actix Web keeping its jobs in ClickHouse through the raw client.
    files = {
        "Cargo.toml": cargo('actix-web = "4.9.0"', 'clickhouse = { version = "0.13.1" }'),
        "src/main.rs": "use actix_web::{App, HttpServer};\n#[actix_web::main]\n"
        "async fn main() { HttpServer::new(|| App::new()).bind((\"0.0.0.0\", 8082)); }\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "ClickHouse"


# --- Phantoms --------------------------------------------------------------------------------

_DEMO_POM = pom(dep("org.springframework.boot", "spring-boot-starter-web"), SPRING_PARENT)


def _with_demos(listed: bool) -> dict[str, str]:
    # MaxKey: integrations/ holds demo clients, one pair under an integration's own POM; the
    # root build lists only the product's apps (and, when `listed`, one of the demos).
    modules = "<modules>\n<module>server</module>\n" + (
        "<module>shop-demo</module>\n" if listed else ""
    ) + "</modules>"
    files = {
        "pom.xml": pom("", extra=modules),
        "server/pom.xml": _DEMO_POM,
        "server/src/main/java/app/App.java": _BOOT_APP,
        "integrations/cas-springboot-demo/pom.xml": _DEMO_POM,
        "integrations/cas-springboot-demo/src/main/java/app/App.java": _BOOT_APP,
        "integrations/sso/pom.xml": pom("", extra="<modules>\n<module>spring-demo-client1"
                                        "</module>\n</modules>"),
        "integrations/sso/spring-demo-client1/pom.xml": _DEMO_POM,
        "integrations/sso/spring-demo-client1/src/main/java/app/App.java": _BOOT_APP,
        "quickstart/go.mod": go_mod("github.com/labstack/echo/v4 v4.15.4"),
        "quickstart/main.go": "package main\n\nimport \"github.com/labstack/echo/v4\"\n\n"
        "func main() { e := echo.New(); e.Start(\":8080\") }\n",
    }
    if listed:
        # mall-demo keeps data (MyBatis over MySQL): a demo storing nothing is no backend
        # however listed (test_detect_heldout112_demo.py).
        files["shop-demo/pom.xml"] = pom(
            dep("org.springframework.boot", "spring-boot-starter-web")
            + dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
            SPRING_PARENT,
        )
        files["shop-demo/src/main/java/app/App.java"] = _BOOT_APP
    return files


def test_demo_projects_outside_the_root_build_are_no_backends(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _with_demos(listed=False)))) == ["server"]


def test_a_demo_the_root_build_lists_is_one_of_its_applications(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _with_demos(listed=True)))) == ["server", "shop-demo"]


def test_a_quantifier_after_a_nested_group_is_no_needle() -> None:
    # `(?:[ \t]*(?:x)?\n){0,30}?` once left "0,30" as the needle: the rule never fired.
    from designer.detect.needles import needles

    found = needles(r"(?im)^\[db\]\n(?:[ \t]*(?:[^\[\s][^\n]*)?\n){0,30}?type = sqlite")
    assert found is not None and ("type = sqlite",) in found.clauses


def _with_library_module(skip: str) -> dict[str, str]:
    # HertzBeat: hertzbeat-ai depends on WebFlux and names the Boot plugin told to skip; the
    # application class lives in the startup module that depends on it.
    plugin = (
        "<build><plugins><plugin>\n<groupId>org.springframework.boot</groupId>\n"
        "<artifactId>spring-boot-maven-plugin</artifactId>\n"
        f"<configuration><skip>{skip}</skip></configuration>\n</plugin></plugins></build>"
    )
    web = dep("org.springframework.boot", "spring-boot-starter-webflux")
    return {
        "pom.xml": pom("", SPRING_PARENT, "<modules>\n<module>startup</module>\n"
                       "<module>ai</module>\n</modules>"),
        "startup/pom.xml": pom(web + "\n" + dep("com.example", "ai")),
        "startup/src/main/java/app/App.java": _BOOT_APP,
        "ai/pom.xml": pom(web, extra=plugin),
        "ai/src/main/java/app/ai/Tools.java": "package app.ai;\npublic class Tools {}\n",
    }


def test_a_module_whose_boot_plugin_is_skipped_is_a_library(tmp_path: Path) -> None:
    assert list(by_folder(write(tmp_path, _with_library_module("true")))) == ["startup"]


def test_a_module_the_boot_plugin_packages_is_deployed(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _with_library_module("false")))
    assert set(found) == {"startup", "ai"}


_DATABASE_YML = (
    "default: &default\n  adapter: postgresql\n  encoding: unicode\n\n"
    "development:\n  <<: *default\n  database: app_dev\n\n"
    "production:\n<% if !ENV['DATABASE_HOST'].to_s.empty? %>\n  <<: *default\n"
    "  host: <%= ENV['DATABASE_HOST'] %>\n"
    "<% elsif ENV['DATABASE_URL'].to_s.empty? %>\n  adapter: sqlite3\n"
    "  database: <%= ENV['WORKDIR'] || '.' %>/db.sqlite3\n"
    "<% elsif ENV['DATABASE_URL'].match?(/\\Apostgres/) %>\n  <<: *default\n"
    "  url: <%= ENV['DATABASE_URL'] %>\n<% end %>\n"
)


def _rails(database_yml: str) -> dict[str, str]:
    # docuseal: production without DATABASE_URL runs SQLite; the example Compose file and
    # development run PostgreSQL.
    return {
        "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 8.1'\ngem 'pg'\n"
        "gem 'sqlite3'\n",
        "config/application.rb": "module App\n  class Application < Rails::Application\n"
        "  end\nend\n",
        "config/database.yml": database_yml,
        "docker-compose.yml": "services:\n  app:\n    build: .\n    environment:\n"
        "      - DATABASE_URL=postgresql://postgres:pw@postgres:5432/app\n"
        "  postgres:\n    image: postgres:18\n",
    }


def test_the_production_branch_without_a_database_url_names_the_engine(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _rails(_DATABASE_YML)))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_a_development_branch_without_a_database_url_is_not_production(
    tmp_path: Path,
) -> None:
    text = _DATABASE_YML.replace("production:\n", "staging_tools:\n")
    found = by_folder(write(tmp_path, _rails(text)))
    assert first(found["."], K.DATABASE)[0] == "PostgreSQL"
