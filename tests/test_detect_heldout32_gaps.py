"""Generic gaps the thirty-second held-out set showed (benchmarks/detect_heldout32.yaml), each
as a small fixture of the real files' shape (#19): react-router-hono-server's `createHonoServer`
as a Hono app's entry point (a React Router UI served by Hono, its Prisma schema in a workspace
package); a Maven build's Spring Boot BOM deciding the framework's version over the release its
packaging plugin is left at; Beego's settings file naming the adapter the program opens by
default; sequel-rails putting Sequel in ActiveRecord's place in a Rails application."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import dep, go_mod, package_json, pom, write

from designer.model.stack import FindingKind as K

# --- Node ----------------------------------------------------------------------------------------

_HONO_SERVER = (
    'import type { AppLoadContext } from "react-router";\n'
    'import { createHonoServer } from "react-router-hono-server/node";\n'
    'import { session } from "remix-hono/session";\n\n'
    'import { logger } from "./logger";\n\n'
    "export default createHonoServer<ServerEnv>({\n"
    "  defaultLogger: false,\n  getLoadContext,\n"
    "  configure: (server) => {\n"
    '    server.use("*", logger());\n    server.use("*", session({ autoCommit: true }));\n'
    "  },\n});\n"
)


def _shelf(server: str) -> dict[str, str]:
    """shelf.nu: a pnpm workspace whose apps/webapp is a React Router 7 UI with a Hono server
    entry (`server/index.ts`, what `start` runs once built) and a Vite development server
    rendering the build; Prisma's client and schema live in packages/database, which the web
    app depends on by `workspace:*`."""
    return {
        "package.json": '{\n  "name": "shelf",\n  "private": true\n}\n',
        "pnpm-workspace.yaml": 'packages:\n  - "apps/*"\n  - "packages/*"\n',
        "apps/webapp/package.json": package_json(
            {
                "@prisma/client": "^6.19.3",
                "@react-router/node": "7.16.0",
                "@react-router/serve": "7.16.0",
                "@shelf/database": "workspace:*",
                "hono": "^4.12.34",
                "react": "^19.2.1",
                "react-dom": "^19.2.1",
                "react-router": "7.16.0",
                "react-router-hono-server": "^2.26.0",
                "remix-hono": "^0.0.18",
            },
            {"prisma": "^6.19.3", "vite": "^6.4.1", "vitest": "^2.1.9"},
            name="@shelf/webapp",
            scripts={
                "build": "react-router build",
                "dev": "vite --host",
                "start": "NODE_ENV=production node ./build/server/index.js",
                "test": "vitest",
            },
        ),
        "apps/webapp/server/index.ts": server,
        # A test file: the runner, declared, runs something (`testless_node`).
        "apps/webapp/app/utils/id.test.ts": "test('ok', () => {});\n",
        "apps/webapp/server/dev/server.ts": (
            "export async function importDevBuild() {\n"
            '  return viteDevServer?.ssrLoadModule("virtual:react-router/server-build");\n}\n'
        ),
        "apps/webapp/app/root.tsx": (
            'import { Outlet } from "react-router";\n\n'
            "export default function App() {\n  return <Outlet />;\n}\n"
        ),
        "apps/webapp/app/modules/asset/service.server.ts": (
            'import { db } from "~/database/db.server";\n\n'
            "export function getAsset(id: string) {\n"
            "  return db.asset.findUnique({ where: { id } });\n}\n"
        ),
        "packages/database/package.json": package_json(
            {"@prisma/client": "^6.19.3"},
            {"prisma": "^6.19.3", "typescript": "^6.0.2"},
            name="@shelf/database",
            scripts={"build": "prisma generate", "db:migrate": "prisma migrate deploy"},
        ),
        "packages/database/src/client.ts": (
            'import { PrismaClient } from "@prisma/client";\n\n'
            "export const db = new PrismaClient();\n"
        ),
        "packages/database/prisma/schema.prisma": (
            'datasource db {\n  provider  = "postgresql"\n  url       = env("DATABASE_URL")\n'
            '  directUrl = env("DIRECT_URL")\n}\n\n'
            'generator client {\n  provider = "prisma-client-js"\n}\n\n'
            "model Asset {\n  id    String @id @default(cuid())\n  title String\n}\n"
        ),
    }


def test_create_hono_server_is_a_hono_apps_entry_point(tmp_path: Path) -> None:
    """The Hono server react-router-hono-server makes and serves is the web app's program: the
    app is a Hono backend (React Router renders its pages), and the Prisma schema of the
    workspace package it depends on gives it its engine; that package is no backend."""
    backends = by_folder(write(tmp_path, _shelf(_HONO_SERVER)))
    assert set(backends) == {"apps/webapp"}
    webapp = backends["apps/webapp"]
    assert not webapp.ambiguous
    assert first(webapp, K.FRAMEWORK) == ("Hono", "^4.12.34")
    assert first(webapp, K.ORM)[0] == "Prisma"
    assert first(webapp, K.DATABASE)[0] == "PostgreSQL"
    assert first(webapp, K.TEST)[0] == "Vitest"


def test_a_create_hono_server_of_the_apps_own_is_no_hono_entry(tmp_path: Path) -> None:
    """The other side: a function of the app's own called `createHonoServer` (a helper of its
    `./lib`) is not react-router-hono-server's: no Hono server is seen started."""
    own = _HONO_SERVER.replace('"react-router-hono-server/node"', '"./lib/server"')
    backends = by_folder(write(tmp_path, _shelf(own)))
    webapp = backends.get("apps/webapp")
    assert webapp is None or webapp.ambiguous or first(webapp, K.FRAMEWORK)[0] != "Hono"


# --- JVM -----------------------------------------------------------------------------------------

_BOOT_BOM = """  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-dependencies</artifactId>
        <version>${springboot.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>"""

_BOOT_PLUGIN = """  <build>
    <plugins>
      <plugin>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-maven-plugin</artifactId>
        <version>2.7.18</version>
        <configuration>
          <mainClass>uk.gov.ons.ctp.response.casesvc.CaseSvcApplication</mainClass>
        </configuration>
      </plugin>
    </plugins>
  </build>"""


def _case_service(bom: bool) -> dict[str, str]:
    """rm-case-service: one pom.xml importing spring-boot-dependencies at a property (3.4.5),
    its starters unversioned, and spring-boot-maven-plugin left at 2.7.18 to repackage."""
    text = pom(
        "\n".join(
            (
                dep("org.springframework.boot", "spring-boot-starter-web"),
                dep("org.springframework.boot", "spring-boot-starter-data-jpa"),
                dep("org.postgresql", "postgresql", version="42.7.2"),
            )
        ),
        extra=(_BOOT_BOM + "\n" if bom else "") + _BOOT_PLUGIN,
    ).replace(
        "<java.version>21</java.version>",
        "<java.version>21</java.version>\n    <springboot.version>3.4.5</springboot.version>",
    )
    return {
        "pom.xml": text,
        "src/main/java/uk/gov/ons/ctp/response/casesvc/CaseSvcApplication.java": (
            "package uk.gov.ons.ctp.response.casesvc;\n\n"
            "import org.springframework.boot.SpringApplication;\n"
            "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
            "@SpringBootApplication\npublic class CaseSvcApplication {\n"
            "  public static void main(String[] args) {\n"
            "    SpringApplication.run(CaseSvcApplication.class, args);\n  }\n}\n"
        ),
    }


def test_the_boms_spring_boot_release_outranks_the_plugins(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _case_service(bom=True)))["."]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "3.4.5")


def test_without_a_bom_the_plugins_release_is_the_frameworks(tmp_path: Path) -> None:
    """The other side: nothing else fixes Spring Boot's release; the plugin, released with the
    framework, names it."""
    backend = by_folder(write(tmp_path, _case_service(bom=False)))["."]
    assert first(backend, K.FRAMEWORK) == ("Spring Boot", "2.7.18")


# --- Go ------------------------------------------------------------------------------------------


def _mindoc(adapter: str) -> dict[str, str]:
    """mindoc: Beego v2 with its ORM and drivers for MySQL, PostgreSQL and SQLite; the
    database registration branches on the `db_adapter` setting, which the shipped
    conf/app.conf.example sets to an environment variable's value or a default."""
    return {
        "go.mod": go_mod(
            "github.com/beego/beego/v2 v2.1.6",
            "github.com/go-sql-driver/mysql v1.9.3",
            "github.com/lib/pq v1.10.9",
            "github.com/mattn/go-sqlite3 v1.14.34",
        ),
        "main.go": (
            'package main\n\nimport (\n\t_ "github.com/go-sql-driver/mysql"\n'
            '\t_ "github.com/mattn/go-sqlite3"\n\t"github.com/beego/beego/v2/server/web"\n)\n\n'
            "func main() {\n\tweb.Run()\n}\n"
        ),
        "commands/command.go": (
            'package commands\n\nimport (\n\t"fmt"\n\n'
            '\t"github.com/beego/beego/v2/client/orm"\n'
            '\t"github.com/beego/beego/v2/server/web"\n)\n\n'
            "func RegisterDataBase() {\n"
            '\tdbadapter, _ := web.AppConfig.String("db_adapter")\n'
            '\tif dbadapter == "postgres" {\n'
            '\t\tdataSource := fmt.Sprintf("postgres://%s:%s@%s:%s/%s", u, p, h, port, d)\n'
            '\t\t_ = orm.RegisterDataBase("default", "postgres", dataSource)\n'
            '\t} else if dbadapter == "sqlite3" {\n'
            '\t\t_ = orm.RegisterDataBase("default", "sqlite3", database)\n\t}\n}\n'
        ),
        "conf/app.conf.example": (
            'appname = mindoc\nhttpport = "${MINDOC_PORT||8181}"\n'
            'runmode = "${MINDOC_RUN_MODE||dev}"\n\n'
            "#支持MySQL，sqlite3，postgres三种数据库\n"
            f'db_adapter="${{MINDOC_DB_ADAPTER||{adapter}}}"\n'
            'db_host="${MINDOC_DB_HOST||127.0.0.1}"\ndb_port="${MINDOC_DB_PORT||3306}"\n'
            'db_database="${MINDOC_DB_DATABASE||./database/mindoc.db}"\n'
        ),
    }


def test_beegos_settings_name_the_adapter_the_program_opens(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _mindoc("sqlite3")))["."]
    assert first(backend, K.FRAMEWORK)[0] == "Beego"
    assert first(backend, K.ORM)[0] == "Beego ORM"
    assert first(backend, K.DATABASE)[0] == "SQLite"


def test_beegos_settings_default_decides_whichever_engine_it_names(tmp_path: Path) -> None:
    """The other side: the same settings defaulting to MySQL."""
    backend = by_folder(write(tmp_path, _mindoc("mysql")))["."]
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_bare_beego_adapter_setting_counts_too(tmp_path: Path) -> None:
    """`conf/app.conf` itself, the value written bare (`db_adapter = sqlite3`)."""
    files = _mindoc("mysql")
    del files["conf/app.conf.example"]
    files["conf/app.conf"] = "appname = mindoc\ndb_adapter = sqlite3\n"
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE)[0] == "SQLite"


# --- Ruby ----------------------------------------------------------------------------------------


def _tariff(sequel_rails: bool) -> dict[str, str]:
    """trade-tariff-backend: Rails loading only the railties it uses (no active_record), its
    models Sequel::Model classes through sequel-rails, PostgreSQL in database.yml."""
    gems = "gem 'sequel-rails'\n" if sequel_rails else ""
    return {
        "Gemfile": (
            "source 'https://rubygems.org'\n\nruby '4.0.6'\n\ngem 'rails', '~> 8.1'\n"
            f"gem 'pg'\ngem 'puma'\ngem 'sequel'\n{gems}\n"
            "group :test do\n  gem 'rspec-rails'\nend\n"
        ),
        "Gemfile.lock": (
            "GEM\n  remote: https://rubygems.org/\n  specs:\n    pg (1.6.3)\n"
            "    rails (8.1.3.1)\n    sequel (5.107.0)\n    sequel-rails (1.2.4)\n"
            "      sequel (>= 3.28, < 6.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  pg\n"
            "  rails (~> 8.1)\n  sequel\n  sequel-rails\n"
        ),
        "config/application.rb": (
            "require_relative 'boot'\n\nrequire 'action_controller/railtie'\n"
            "require 'action_mailer/railtie'\n\nBundler.require(*Rails.groups)\n\n"
            "module TradeTariffBackend\n  class Application < Rails::Application\n"
            "    config.sequel.schema_format = :sql\n  end\nend\n"
        ),
        "config/database.yml": (
            "default: &default\n  adapter: postgres\n  encoding: unicode\n\n"
            "production:\n  <<: *default\n  url: <%= ENV['DATABASE_URL'] %>\n"
        ),
        "app/models/measure.rb": "class Measure < Sequel::Model\nend\n",
        "spec/models/measure_spec.rb": (
            "require 'rails_helper'\n\nRSpec.describe Measure do\n  it { is_expected.to be }\nend\n"
        ),
    }


def test_sequel_rails_puts_sequel_in_active_records_place(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _tariff(sequel_rails=True)))["."]
    assert first(backend, K.FRAMEWORK) == ("Rails", "8.1.3.1")
    assert first(backend, K.ORM) == ("Sequel", "5.107.0")
    names = {f.name for f in backend.findings}
    assert "ActiveRecord" not in names
    assert "ActiveRecord migrations" not in names


def test_sequel_beside_rails_without_its_railtie_leaves_active_record(tmp_path: Path) -> None:
    """The other side: the sequel gem alone (a script's side connection) takes nothing away
    from the ActiveRecord the rails gem brings, in an app that loads Active Record (one that
    requires Rails' frameworks one by one without it has none: test_detect_rails_frameworks)."""
    files = _tariff(sequel_rails=False)
    files["config/application.rb"] = files["config/application.rb"].replace(
        "require 'action_controller/railtie'\n", "require 'rails/all'\n"
    )
    backend = by_folder(write(tmp_path, files))["."]
    names = {f.name for f in backend.findings if f.kind is K.ORM}
    assert {"ActiveRecord", "Sequel"} <= names
