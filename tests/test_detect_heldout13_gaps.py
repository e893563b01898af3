"""Generic gaps the thirteenth held-out set showed (benchmarks/detect_heldout13.yaml), each as a
small fixture of the real files' shape (#19): a Grails application (GORM, its dataSource's
engine) and Grails plugin modules beside it; a Maven `pom` packaging module assembling a
service built elsewhere; a web application inside a folder named as a test harness; a second
Next.js app reading the database in server code without a route handler; a React Router app
keeping data on its server; go-swagger's generated server; micro; ueberDB; a Gemfile loading
the app's gemspec; the runner `npm test` starts; a Go configuration field named for the
engine with its default in the tag."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import go_mod, package_json, write

from designer.model.stack import FindingKind as K

# --- JVM modules that are no application ---------------------------------------------------------

_GRAILS_PLUGIN_BUILD = (
    "buildscript {\n    dependencies {\n"
    '        classpath platform("org.apache.grails:grails-bom:$grailsVersion")\n'
    "    }\n}\n\n"
    'plugins {\n    id "org.springframework.boot" version "${springBootVersion}"\n}\n\n'
    'apply plugin:"org.apache.grails.gradle.grails-plugin"\n'
    "apply from:'../gradle/shared.gradle'\n\n"
    "dependencies {\n"
    '    implementation "org.springframework.boot:spring-boot-starter-actuator"\n'
    '    implementation "org.apache.grails:grails-core"\n'
    "}\n"
)
_APP_BUILD = (
    'plugins {\n    id "org.springframework.boot" version "3.5.16"\n}\n\n'
    "dependencies {\n"
    '    implementation "org.springframework.boot:spring-boot-starter-web"\n'
    "    implementation project(':grails-audit')\n"
    "}\n"
)


def _grails_build() -> dict[str, str]:
    return {
        "settings.gradle": "include 'app', 'grails-audit', 'grails-hooks'\n",
        "gradle.properties": "springBootVersion=3.5.16\n",
        # A script plugin every module applies: it belongs to all of them alike.
        "gradle/shared.gradle": "dependencies {\n"
        '    compileOnly "io.micronaut:micronaut-http-server:4.10.26"\n}\n',
        "app/build.gradle": _APP_BUILD + "apply from:'../gradle/shared.gradle'\n",
        "app/src/main/java/app/Application.java": "package app;\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class Application {\n"
        "    public static void main(String[] args) {}\n}\n",
        "grails-audit/build.gradle": _GRAILS_PLUGIN_BUILD,
        "grails-audit/grails-app/controllers/audit/AuditController.groovy": "package audit\n\n"
        "class AuditController {\n    def index() {}\n}\n",
        "grails-hooks/build.gradle": _GRAILS_PLUGIN_BUILD.replace(
            'apply plugin:"org.apache.grails.gradle.grails-plugin"',
            'apply plugin:"org.grails.grails-plugin"',
        ),
    }


def test_grails_plugin_modules_are_libraries_of_the_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _grails_build()))
    assert list(found) == ["app"]


def test_a_module_without_the_grails_plugin_plugin_stays_a_backend(tmp_path: Path) -> None:
    # The same module applying no library plugin is an application of its own.
    files = _grails_build()
    files["grails-hooks/build.gradle"] = _APP_BUILD
    files["grails-hooks/src/main/java/hooks/Main.java"] = files[
        "app/src/main/java/app/Application.java"
    ].replace("package app;", "package hooks;")
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["app", "grails-hooks"]


_GRAILS_APP_BUILD = (
    "buildscript {\n    dependencies {\n"
    '        classpath platform("org.apache.grails:grails-bom:$grailsVersion")\n'
    '        classpath "org.apache.grails:grails-gradle-plugins"\n'
    "    }\n}\n\n"
    'plugins {\n    id "org.springframework.boot" version "${springBootVersion}"\n}\n\n'
    'apply plugin:"org.apache.grails.gradle.grails-web"\n\n'
    "dependencies {\n"
    '    implementation platform("org.apache.grails:grails-bom:$grailsVersion")\n'
    '    implementation "org.apache.grails:grails-core"\n'
    '    implementation "org.apache.grails:grails-data-hibernate5"\n'
    '    compileOnly "io.micronaut:micronaut-inject-groovy:4.10.26"\n'
    '    runtimeOnly "com.h2database:h2:2.3.232"\n'
    '    runtimeOnly "org.mariadb.jdbc:mariadb-java-client:3.5.6"\n'
    '    runtimeOnly "org.postgresql:postgresql:42.7.8"\n'
    '    testImplementation "org.spockframework:spock-core"\n'
    "}\n"
)
_GRAILS_DATASOURCE = (
    "environments {\n\tproduction {\n\t\tdataSource {\n"
    '\t\t\turl = "jdbc:h2:file:/app/grailsh2"\n\t\t}\n\t}\n}\n\n'
    "dataSource {\n    pooled = true\n    jmxExport = true\n"
    '    driverClassName= "org.h2.Driver"\n    username = "sa"\n}\n'
)


def _grails_app() -> dict[str, str]:
    return {
        "settings.gradle": "include 'app', 'grails-audit'\n",
        "gradle.properties": "grailsVersion=7.2.2\nspringBootVersion=3.5.16\n",
        "app/build.gradle": _GRAILS_APP_BUILD,
        "app/grails-app/conf/application.groovy": _GRAILS_DATASOURCE,
        "app/grails-app/init/app/Application.groovy": "package app\n\n"
        "import grails.boot.GrailsApp\nimport grails.boot.config.GrailsAutoConfiguration\n\n"
        "class Application extends GrailsAutoConfiguration {\n"
        "    static void main(String[] args) {\n"
        "        GrailsApp.run(Application, args)\n    }\n}\n",
        "app/src/test/groovy/app/JobSpec.groovy": "package app\n\n"
        "import spock.lang.Specification\n\nclass JobSpec extends Specification {}\n",
        "grails-audit/build.gradle": _GRAILS_PLUGIN_BUILD,
        "gradle/shared.gradle": "",
    }


def test_a_grails_application_is_grails_on_gorm_and_its_datasource_engine(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _grails_app()))
    assert list(found) == ["app"]
    app = found["app"]
    # Grails runs on Spring Boot and lends Micronaut's injection: neither is a choice.
    assert not app.ambiguous
    assert first(app, K.FRAMEWORK) == ("Grails", "7.2.2")
    assert first(app, K.ORM)[0] == "GORM"
    assert first(app, K.DATABASE)[0] == "H2"
    assert first(app, K.TEST)[0] == "Spock"


def test_the_grails_datasource_driver_names_the_engine(tmp_path: Path) -> None:
    files = _grails_app()
    files["app/grails-app/conf/application.groovy"] = _GRAILS_DATASOURCE.replace(
        "org.h2.Driver", "org.postgresql.Driver"
    ).replace("jdbc:h2:file:/app/grailsh2", "jdbc:postgresql://db/app")
    found = by_folder(write(tmp_path, files))
    assert first(found["app"], K.DATABASE)[0] == "PostgreSQL"


def _pom(artifact: str, body: str, packaging: str = "") -> str:
    kind = f"    <packaging>{packaging}</packaging>\n" if packaging else ""
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "    <modelVersion>4.0.0</modelVersion>\n"
        f"    <groupId>org.example</groupId>\n    <artifactId>{artifact}</artifactId>\n"
        f"{kind}{body}</project>\n"
    )


_STARTER_WEB = (
    "    <dependencies>\n"
    "        <dependency>\n            <groupId>org.springframework.boot</groupId>\n"
    "            <artifactId>spring-boot-starter-web</artifactId>\n"
    "            <version>3.3.1</version>\n        </dependency>\n"
    "    </dependencies>\n"
)


def _dist_build(packaging: str) -> dict[str, str]:
    modules = (
        "    <modules>\n        <module>admin</module>\n"
        "        <module>admin-dist</module>\n    </modules>\n"
    )
    return {
        "pom.xml": _pom("parent", modules, "pom"),
        "admin/pom.xml": _pom("admin", _STARTER_WEB),
        "admin/src/main/java/admin/AdminApplication.java": "package admin;\n\n"
        "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
        "@SpringBootApplication\npublic class AdminApplication {\n"
        "    public static void main(String[] args) {}\n}\n",
        # The distribution: the service's jar and its starter, assembled into an archive.
        "admin-dist/pom.xml": _pom("admin-dist", _STARTER_WEB, packaging),
        "admin-dist/Dockerfile": "FROM eclipse-temurin:17\nCOPY admin.jar /opt/admin.jar\n",
    }


def test_a_pom_packaging_distribution_module_is_no_backend(tmp_path: Path) -> None:
    # Even with a main class beside it: a `pom` packaging never compiles it.
    files = _dist_build("pom")
    files["admin-dist/src/main/java/dist/Launcher.java"] = files[
        "admin/src/main/java/admin/AdminApplication.java"
    ].replace("package admin;", "package dist;").replace("AdminApplication", "Launcher")
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["admin"]


def test_a_jar_module_with_the_same_dependencies_and_a_main_stays_a_backend(
    tmp_path: Path,
) -> None:
    files = _dist_build("jar")
    files["admin-dist/src/main/java/dist/Launcher.java"] = files[
        "admin/src/main/java/admin/AdminApplication.java"
    ].replace("package admin;", "package dist;").replace("AdminApplication", "Launcher")
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["admin", "admin-dist"]


# --- test harnesses ------------------------------------------------------------------------------


def _harness(folder: str) -> dict[str, str]:
    files = _dist_build("pom")
    files[f"{folder}/pom.xml"] = _pom("harness-admin", _STARTER_WEB)
    files[f"{folder}/src/main/java/harness/HarnessApplication.java"] = files[
        "admin/src/main/java/admin/AdminApplication.java"
    ].replace("package admin;", "package harness;").replace("AdminApp", "HarnessApp")
    return files


def test_an_application_under_a_folder_named_as_a_test_harness_is_no_backend(
    tmp_path: Path,
) -> None:
    files = _harness("product-integrated-test/product-integrated-test-admin")
    assert list(by_folder(write(tmp_path, files))) == ["admin"]


def test_a_folder_merely_containing_the_word_test_stays_a_backend(tmp_path: Path) -> None:
    # `test` must be the name's last word: a `testimonials-api` or `contest-service` serves users.
    files = _harness("contest-service")
    assert list(by_folder(write(tmp_path, files))) == ["admin", "contest-service"]


# --- full-stack apps ----------------------------------------------------------------------------


def _next_workspace(landing_deps: dict[str, str]) -> dict[str, str]:
    scripts = {"build": "next build", "start": "next start"}
    return {
        "package.json": package_json({}, workspaces=["apps/*", "packages/*"]),
        "apps/web/package.json": package_json(
            {"next": "16.3.0", "react": "19.2.6", "@acme/database": "workspace:*"},
            scripts=scripts,
        ),
        "apps/web/src/app/api/polls/route.ts": "import { prisma } from \"@acme/database\";\n\n"
        "export async function GET() {\n  return Response.json(await prisma.poll.count());\n}\n",
        "apps/landing/package.json": package_json(landing_deps, scripts=scripts),
        # A server component counting rows: no route handler of its own.
        "apps/landing/src/lib/data.ts": "import \"server-only\";\n\n"
        "import { prisma } from \"@acme/database\";\n\n"
        "export const getPollCount = async () => prisma.poll.count();\n",
        "packages/database/package.json": package_json(
            {"@prisma/client": "7.8.0", "pg": "8.17.1"}, name="@acme/database"
        ),
        "packages/database/prisma/schema.prisma": "datasource db {\n"
        '  provider = "postgresql"\n}\n',
    }


def test_a_next_app_reading_the_database_in_server_code_is_a_backend(tmp_path: Path) -> None:
    deps = {"next": "16.3.0", "react": "19.2.6", "@acme/database": "workspace:*"}
    found = by_folder(write(tmp_path, _next_workspace(deps)))
    assert list(found) == ["apps/landing", "apps/web"]
    landing = found["apps/landing"]
    assert first(landing, K.FRAMEWORK) == ("Next.js", "16.3.0")
    assert first(landing, K.ORM)[0] == "Prisma"
    assert first(landing, K.DATABASE)[0] == "PostgreSQL"


def test_a_next_site_without_data_stays_a_ui(tmp_path: Path) -> None:
    files = _next_workspace({"next": "16.3.0", "react": "19.2.6"})
    files["apps/landing/src/lib/data.ts"] = "export const title = \"Acme\";\n"
    assert list(by_folder(write(tmp_path, files))) == ["apps/web"]


def _react_router_app(deps: dict[str, str]) -> dict[str, str]:
    scripts = {"build": "react-router build", "dev": "react-router dev"}
    base = {"@react-router/node": "7.13.0", "@react-router/serve": "7.13.0", "react": "19.2.6"}
    return {
        "apps/website/package.json": package_json(base | deps, scripts=scripts),
        "apps/website/Dockerfile": "FROM node:24\nCMD [\"react-router-serve\", \"build\"]\n",
        "apps/website/app/routes/_index.tsx": "export async function loader() {\n"
        "  return { ok: true };\n}\n",
    }


def test_a_react_router_app_keeping_data_on_its_server_is_a_backend(tmp_path: Path) -> None:
    files = _react_router_app({"drizzle-orm": "0.45.1", "postgres": "3.4.8"})
    files["apps/website/drizzle.config.ts"] = 'export default { dialect: "postgresql" };\n'
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["apps/website"]
    website = found["apps/website"]
    assert first(website, K.FRAMEWORK) == ("React Router", "7.13.0")
    assert first(website, K.ORM)[0] == "Drizzle"
    assert first(website, K.DATABASE)[0] == "PostgreSQL"


def test_a_react_router_ui_without_data_is_no_backend(tmp_path: Path) -> None:
    assert by_folder(write(tmp_path, _react_router_app({}))) == {}


# --- frameworks ---------------------------------------------------------------------------------

_SWAGGER_SERVER = (
    "// Code generated by go-swagger; DO NOT EDIT.\n\npackage restapi\n\n"
    "import (\n\t\"net/http\"\n\n\t\"github.com/go-openapi/runtime/flagext\"\n)\n\n"
    "// Server for the flagr API\ntype Server struct {\n\thandler http.Handler\n}\n\n"
    "// Serve the api\nfunc (s *Server) Serve() (err error) {\n\treturn nil\n}\n"
)
_SWAGGER_CLIENT = (
    "// Code generated by go-swagger; DO NOT EDIT.\n\npackage client\n\n"
    "import httptransport \"github.com/go-openapi/runtime/client\"\n\n"
    "var transport = httptransport.New(\"localhost\", \"/api\", nil)\n"
)


def _swagger_app(server: bool) -> dict[str, str]:
    files = {
        "go.mod": go_mod(
            "github.com/go-openapi/runtime v0.32.3",
            "github.com/urfave/negroni v1.0.0",
            "gorm.io/gorm v1.24.3",
        ),
        "cmd/app/main.go": "package main\n\nfunc main() {}\n",
        "client/app_client.go": _SWAGGER_CLIENT,
    }
    if server:
        files["swagger_gen/restapi/server.go"] = _SWAGGER_SERVER
    return files


def test_a_go_swagger_generated_server_is_the_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _swagger_app(server=True)))
    assert first(found["."], K.FRAMEWORK) == ("go-swagger", "v0.32.3")


def test_a_go_swagger_generated_client_alone_names_no_framework(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _swagger_app(server=False)))
    assert all(first(b, K.FRAMEWORK)[0] != "go-swagger" for b in found.values())


def test_micro_serving_the_handler_is_the_framework(tmp_path: Path) -> None:
    files = {
        "package.json": package_json(
            {"micro": "^9.3.4", "microrouter": "^3.1.3", "mongoose": "^6.8.0"},
            main="src/index.js",
        ),
        "src/index.js": "const micro = require('micro')\n"
        "const handler = require('./server')\n\n"
        "const server = micro(handler)\nserver.listen(3000)\n",
        "src/server.js": "const { router, get } = require('microrouter')\n\n"
        "module.exports = router(get('/', () => 'ok'))\n",
    }
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.FRAMEWORK)[0] == "micro"
    assert first(found["."], K.ORM)[0] == "Mongoose"


def _express_package(scripts: dict[str, str]) -> dict[str, str]:
    return {
        "src/package.json": package_json(
            {"express": "5.1.0", "ueberdb2": "^5.0.22"},
            {"mocha": "^11.7.5", "vitest": "^4.0.8"},
            scripts=scripts,
        ),
        "src/node/server.ts": "import express from 'express';\n\n"
        "const app = express();\napp.listen(9001);\n",
        "src/node/db/DB.ts": "import {Database} from 'ueberdb2';\n\n"
        "export const db = new Database('dirty', {filename: 'var/dirty.db'});\n",
        "src/vitest.config.ts": "export default {};\n",
        # A suite of the package's (a runner's config alone, with no test, proves none).
        "src/tests/db.test.ts": "describe('db', () => {\n  it('opens', () => {});\n});\n",
    }


def test_ueberdb_is_the_data_layer(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _express_package({"test": "mocha tests"})))
    assert first(found["src"], K.QUERY)[0] == "ueberdb2"


def test_the_runner_the_test_script_starts_is_the_main_one(tmp_path: Path) -> None:
    # Vitest has a configuration file and a script of its own; `npm test` runs Mocha.
    scripts = {"test:vitest": "vitest", "test": "cross-env NODE_ENV=production mocha tests"}
    found = by_folder(write(tmp_path, _express_package(scripts)))
    assert first(found["src"], K.TEST)[0] == "Mocha"
    scripts = {"test": "vitest", "test:backend": "mocha tests"}
    found = by_folder(write(tmp_path / "other", _express_package(scripts)))
    assert first(found["src"], K.TEST)[0] == "Vitest"


# --- Ruby ---------------------------------------------------------------------------------------

_LOADING_GEMFILE = (
    "source 'https://rubygems.org'\n\n"
    "case ENV['CI'] && ENV['DB']\nwhen 'sqlite'\n  gem 'sqlite3', '~> 1.6.8'\n"
    "else\n  gem 'pg'\nend\n\n"
    "spec = Bundler.load_gemspec(File.expand_path('crm.gemspec', __dir__))\n"
    "spec.runtime_dependencies.each do |dep|\n  gem dep.name, *dep.requirement.as_list\nend\n\n"
    "group :development, :test do\n  gem 'rspec-rails'\nend\n"
)
_GEMSPEC_TEXT = (
    "Gem::Specification.new do |gem|\n  gem.name = 'crm'\n"
    "  gem.add_dependency 'rails', '>= 7.1.0', '< 7.3.0'\n"
    "  gem.add_dependency 'responders', '~> 3.0'\n"
    "  gem.add_development_dependency 'rspec-rails'\nend\n"
)
_RAILS_APP = {
    "config/application.rb": "module Crm\n  class Application < Rails::Application\n  end\nend\n",
    "config/routes.rb": "Rails.application.routes.draw do\n  resources :items\nend\n",
}


def test_a_gemfile_loading_the_apps_gemspec_takes_its_dependencies(tmp_path: Path) -> None:
    files = {"Gemfile": _LOADING_GEMFILE, "crm.gemspec": _GEMSPEC_TEXT, **_RAILS_APP}
    found = by_folder(write(tmp_path, files))
    app = found["."]
    assert not app.ambiguous
    assert first(app, K.FRAMEWORK)[0] == "Rails"
    assert first(app, K.ORM)[0] == "ActiveRecord"


def test_a_gem_inside_the_app_stays_a_library(tmp_path: Path) -> None:
    # A gemspec no Gemfile loads (an engine kept in the repository) is no backend of its own.
    files = {
        "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '7.1.6'\ngem 'pg'\n",
        **_RAILS_APP,
        "engines/audit/audit.gemspec": _GEMSPEC_TEXT.replace("'crm'", "'audit'"),
        "engines/audit/config/routes.rb": "Audit::Engine.routes.draw do\nend\n",
    }
    assert list(by_folder(write(tmp_path, files))) == ["."]


# --- engines ------------------------------------------------------------------------------------

_GO_MAIN = (
    "package main\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gorilla/mux\"\n"
    "\t\"github.com/jinzhu/gorm\"\n"
    "\t_ \"github.com/jinzhu/gorm/dialects/mysql\"\n"
    "\t_ \"github.com/jinzhu/gorm/dialects/postgres\"\n"
    "\t_ \"github.com/jinzhu/gorm/dialects/sqlite\"\n)\n\n"
    "func main() {\n\tr := mux.NewRouter()\n"
    "\thttp.ListenAndServe(\":3030\", r)\n}\n"
)
_GO_CONFIG = (
    "package config\n\n// Configuration is read from the environment by envconfig.\n"
    "type Configuration struct {\n"
    '\tPort               int    `default:"3030"`\n'
    '\tDatabaseDialect    string `default:"sqlite3" split_words:"true"`\n'
    '\tDatabaseConnection string `default:"data/traggo.db" split_words:"true"`\n}\n'
)
_COMPOSE = (
    "services:\n  app:\n    image: acme/app:latest\n    environment:\n"
    '      - "ACME_DATABASE_DRIVER=mysql"\n      - "ACME_DATABASE_HOST=mysql:3306"\n'
    "  mysql:\n    image: mysql:8\n"
)


def _go_app() -> dict[str, str]:
    return {
        "go.mod": go_mod(
            "github.com/gorilla/mux v1.8.1",
            "github.com/jinzhu/gorm v1.9.2",
            "github.com/go-sql-driver/mysql v1.4.1 // indirect",
            "github.com/lib/pq v1.0.0 // indirect",
            "github.com/mattn/go-sqlite3 v1.10.0 // indirect",
        ),
        "main.go": _GO_MAIN,
        "config/config.go": _GO_CONFIG,
    }


def test_a_config_field_named_for_the_engine_gives_its_tag_default(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _go_app()))
    assert first(found["."], K.DATABASE)[0] == "SQLite"


def test_that_default_outranks_the_engine_the_apps_compose_service_sets(tmp_path: Path) -> None:
    # The ranking the earlier sets' truths keep (defaults.py): a Compose file is one recipe
    # for deploying the program, its own default is what runs unless told otherwise.
    files = _go_app()
    files["docker-compose.yml"] = _COMPOSE
    found = by_folder(write(tmp_path, files))
    assert first(found["."], K.DATABASE)[0] == "SQLite"
