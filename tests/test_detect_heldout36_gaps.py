"""Generic gaps the thirty-sixth held-out set showed (benchmarks/detect_heldout36.yaml), each as a
small fixture of the real files' shape (#19): kotliquery, a query library over JDBC beside the
connection pool the build declares; TypeORM seen in code only in its migrations (and the
DataSource its CLI reads), beneath Knex declared beside it; a Clojure backend routing with
reitit-core on a Ring server (yetti, over Undertow), found beside a Node server of the same
repository, while a ClojureScript front end declaring reitit-core alone stays no backend; an
Express server that only hands every connection's upgrade to a WebSocket tracker; a Spring Boot
application whose code only listens to an SQS queue; an Express application hosting an MCP
server's HTTP transport with no database."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import package_json, write

from designer.model.stack import FindingKind as K

# --- JVM: kotliquery --------------------------------------------------------------------------


def _ktor(data: str) -> dict[str, str]:
    """A Ktor service's build.gradle.kts: the server plugins, HikariCP and the PostgreSQL
    driver, and `data` (the query library, or nothing)."""
    return {
        "settings.gradle.kts": 'rootProject.name = "saksbehandling"\n',
        "build.gradle.kts": (
            'val ktorVersion = "3.4.3"\n\nplugins {\n    application\n'
            '    kotlin("jvm") version "2.4.10"\n}\n\ndependencies {\n'
            '    implementation("io.ktor:ktor-server-core:$ktorVersion")\n'
            '    implementation("io.ktor:ktor-server-netty:$ktorVersion")\n'
            '    implementation("com.zaxxer:HikariCP:7.1.0")\n'
            '    implementation("org.postgresql:postgresql:42.7.13")\n'
            f"{data}"
            '    testImplementation("org.junit.jupiter:junit-jupiter:5.12.0")\n}\n\n'
            'application {\n    mainClass.set("no.nav.app.ApplicationKt")\n}\n'
        ),
        "src/main/kotlin/no/nav/app/Application.kt": (
            "package no.nav.app\n\nimport io.ktor.server.engine.embeddedServer\n"
            "import io.ktor.server.netty.Netty\n\nfun main() {\n"
            "    embeddedServer(Netty, port = 8080) {}.start(wait = true)\n}\n"
        ),
    }


def test_kotliquery_is_the_query_library_over_the_pool(tmp_path: Path) -> None:
    files = _ktor('    implementation("com.github.seratch:kotliquery:1.9.1")\n')
    files["src/main/kotlin/no/nav/app/SakPostgresRepo.kt"] = (
        "package no.nav.app\n\nimport kotliquery.queryOf\nimport kotliquery.sessionOf\n\n"
        "class SakPostgresRepo\n"
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "3.4.3")
    assert first(backend, K.QUERY) == ("kotliquery", "1.9.1")
    query = next(f for f in backend.findings if f.name == "kotliquery")
    assert query.evidence[0].path == "build.gradle.kts"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_without_kotliquery_the_pool_is_plain_jdbc(tmp_path: Path) -> None:
    """The other side: the same service with only the pool keeps JDBC as its data layer."""
    backend = by_folder(write(tmp_path, _ktor("")))["."]
    assert first(backend, K.QUERY)[0] == "JDBC"


# --- Node: TypeORM for migrations only beside Knex ----------------------------------------------


def _grapher(migration_import: str) -> dict[str, str]:
    """An Express admin server querying MySQL through Knex (db/db.ts builds the instance),
    with TypeORM's CLI pointed at db/dataSource.ts to run db/migration/*.ts."""
    return {
        "package.json": package_json(
            {"express": "^5.2.1", "knex": "^3.1.0", "mysql2": "^3.18.2", "typeorm": "^1.1.0"},
            {"vitest": "^4.1.10"},
            scripts={
                "runDbMigrations": "tsx node_modules/typeorm/cli.js migration:run -d "
                "db/dataSource.ts",
                "test": "vitest",
            },
        ),
        "adminSiteServer/app.ts": (
            'import express from "express"\nimport { knexRaw } from "../db/db.js"\n\n'
            "const app = express()\n"
            'app.get("/charts", async (_req, res) => res.json(await knexRaw("select 1")))\n'
            "app.listen(3030)\n"
        ),
        "db/db.ts": (
            'import knex, { Knex } from "knex"\n\nexport const db: Knex = knex({\n'
            '    client: "mysql2",\n    connection: { host: "localhost" },\n})\n'
        ),
        "db/dataSource.ts": (
            'import { DataSource } from "typeorm"\n\nexport const dataSource = new DataSource({\n'
            '    type: "mysql",\n    migrations: ["db/migration/**/*.ts"],\n})\n'
        ),
        "db/migration/1678783599815-AddCharts.ts": (
            f"{migration_import}\n\nexport class AddCharts1678783599815 implements "
            "MigrationInterface {\n    public async up(queryRunner: QueryRunner): "
            'Promise<void> {\n        await queryRunner.query("CREATE TABLE charts (id int)")\n'
            "    }\n}\n"
        ),
    }


def test_typeorm_kept_for_migrations_leaves_knex_the_data_layer(tmp_path: Path) -> None:
    files = _grapher('import { MigrationInterface, QueryRunner } from "typeorm"')
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Express", "^5.2.1")
    assert first(backend, K.ORM)[0] == "Knex"
    typeorm = next(f for f in backend.findings if f.kind is K.ORM and f.name == "TypeORM")
    assert {e.path for e in typeorm.evidence} == {"package.json"}
    runner = next(f for f in backend.findings if f.name == "TypeORM migrations")
    assert "db/migration/1678783599815-AddCharts.ts" in {e.path for e in runner.evidence}
    assert first(backend, K.DATABASE)[0] == "MySQL"


def test_a_typeorm_entity_still_makes_typeorm_the_data_layer(tmp_path: Path) -> None:
    """The other side: an entity class mapped with TypeORM's decorators is code written to
    TypeORM, whatever the migrations import."""
    files = _grapher('import { MigrationInterface, QueryRunner } from "typeorm"')
    files["db/db.ts"] = 'import type { Knex } from "knex"\n\nexport type Db = Knex\n'
    for n in range(3):
        files[f"db/model/Chart{n}.ts"] = (
            'import { Entity, PrimaryGeneratedColumn } from "typeorm"\n\n'
            f'@Entity("charts{n}")\nexport class Chart{n} {{\n'
            "    @PrimaryGeneratedColumn() id!: number\n}\n"
        )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.ORM)[0] == "TypeORM"


# --- Clojure: reitit-core on yetti ---------------------------------------------------------------

_BACKEND_DEPS = """{:deps
 {org.clojure/clojure {:mvn/version "1.12.5"}
  funcool/yetti
  {:git/tag "v11.10"
   :git/sha "88701f4"
   :git/url "https://github.com/funcool/yetti.git"}
  com.github.seancorfield/next.jdbc
  {:mvn/version "1.3.1108"}
  metosin/reitit-core {:mvn/version "0.10.1"}
  org.postgresql/postgresql {:mvn/version "42.7.12"}}
 :paths ["src" "resources"]
 :aliases
 {:test
  {:main-opts ["-m" "kaocha.runner"]
   :extra-deps {lambdaisland/kaocha {:mvn/version "1.91.1392"}}}}}
"""

_BUILD = """(ns build
  (:require [clojure.tools.build.api :as b]))

(defn jar [_]
  (b/uber {:class-dir "target/classes" :uber-file "target/app.jar" :main 'clojure.main}))
"""

_HTTP = """(ns app.http
  (:require
   [reitit.core :as r]
   [yetti.adapter :as yt]))

(defn router [routes] (r/router routes))
"""


def _design_tool() -> dict[str, str]:
    """A Clojure backend (backend/), its ClojureScript front end routing with reitit-core
    alone (frontend/), and an Express bridge with an entry point of its own (mcp/)."""
    return {
        "backend/deps.edn": _BACKEND_DEPS,
        "backend/build.clj": _BUILD,
        "backend/src/app/http.clj": _HTTP,
        "frontend/deps.edn": (
            '{:deps\n {metosin/reitit-core {:mvn/version "0.9.1"}\n'
            '  thheller/shadow-cljs {:mvn/version "3.2.0"}}\n :paths ["src"]}\n'
        ),
        "frontend/src/app/main/router.cljs": (
            "(ns app.main.router\n  (:require [reitit.core :as r]))\n"
        ),
        "mcp/package.json": package_json({"express": "^5.2.1"}),
        "mcp/src/index.ts": (
            'import express from "express"\n\nconst app = express()\n'
            'app.post("/mcp", (_req, res) => res.json({}))\napp.listen(4401)\n'
        ),
    }


def test_reitit_on_a_ring_server_is_a_backend_beside_a_node_server(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _design_tool()))
    assert "frontend" not in found
    backend = found["backend"]
    assert first(backend, K.FRAMEWORK) == ("reitit", "0.10.1")
    reitit = next(f for f in backend.findings if f.kind is K.FRAMEWORK)
    assert {e.path for e in reitit.evidence} >= {"backend/deps.edn", "backend/src/app/http.clj"}
    assert first(backend, K.SERVER)[0] == "Undertow"
    assert first(backend, K.QUERY) == ("next.jdbc", "1.3.1108")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    assert first(backend, K.TEST)[0] == "Kaocha"


def test_reitit_core_without_a_server_names_no_framework(tmp_path: Path) -> None:
    """The other side: the router alone in a deps.edn (a ClojureScript front end's) is no
    framework of the project."""
    files = {"deps.edn": '{:deps\n {metosin/reitit-core {:mvn/version "0.9.1"}}}\n'}
    assert by_folder(write(tmp_path, files)) == {}


# --- Node: Express only listening to hand connections to WebSocket ------------------------------

_TRACKER = """import { Server } from 'bittorrent-tracker';
import express from 'express';
import { WebSocketServer } from 'ws';

const app = express();
const port = process.env.APP_PORT ?? 3000;
const tracker = new Server({ http: false, udp: false, ws: false });
const websocket = new WebSocketServer({ noServer: true });

websocket.on('connection', (socket) => {
  tracker.onWebSocketConnection(socket);
});
{routes}
const server = app.listen(port);

server.on('upgrade', (request, socket, head) => {
  websocket.handleUpgrade(request, socket, head, ws => websocket.emit('connection', ws, request));
});
"""


def _video_platform(routes: str) -> dict[str, str]:
    """A Django backend (src/backend) beside a WebSocket tracker (src/webtorrent) whose Express
    server takes every connection's upgrade; `routes`, what it registers on the HTTP side."""
    return {
        "src/backend/requirements.txt": "Django==5.0.9\npsycopg[binary]==3.2.6\npytest==8.3.5\n",
        "src/backend/manage.py": (
            "import os\nimport sys\n\nfrom django.core.management import "
            "execute_from_command_line\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', "
            "'marsha.settings')\nexecute_from_command_line(sys.argv)\n"
        ),
        "src/webtorrent/package.json": package_json(
            {"bittorrent-tracker": "11.2.0", "express": "4.21.2", "ws": "8.18.0"},
            {"jest": "29.7.0"},
        ),
        "src/webtorrent/src/app.ts": _TRACKER.replace("{routes}", routes),
    }


def test_express_handing_every_upgrade_to_websocket_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _video_platform("")))
    assert "src/webtorrent" not in found
    assert first(found["src/backend"], K.FRAMEWORK)[0] == "Django"


def test_a_route_beside_the_upgrade_keeps_the_backend(tmp_path: Path) -> None:
    """The other side: the same server with an HTTP route of its own serves an API."""
    route = "\napp.get('/stats', (_req, res) => res.json(tracker.getSwarmStats()));\n"
    found = by_folder(write(tmp_path, _video_platform(route)))
    assert first(found["src/webtorrent"], K.FRAMEWORK) == ("Express", "4.21.2")


# --- JVM: a Spring Boot application fed by an SQS queue ------------------------------------------

_SPRING_GRADLE = """plugins {
    id 'java'
    id 'org.springframework.boot' version '4.0.7'
}

dependencies {
    implementation "org.springframework.boot:spring-boot-starter-web:4.0.7"
    implementation "org.springframework.boot:spring-boot-starter-data-jpa:4.0.7"
%s    runtimeOnly "org.postgresql:postgresql:42.7.7"
    testImplementation "org.springframework.boot:spring-boot-starter-test:4.0.7"
}
"""

_SQS = '    implementation "io.awspring.cloud:spring-cloud-aws-starter-sqs:3.4.0"\n'

_MAIN = """package gov.app.{name};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class {cls} {{
    public static void main(String[] args) {{
        SpringApplication.run({cls}.class, args);
    }}
}}
"""


def _claims_service(listener_class: str) -> dict[str, str]:
    """An API application (api/) and an event logger (events/), each its own Gradle build;
    `listener_class`, the events application's one component."""
    events = "events/src/main/java/gov/app/events"
    return {
        "api/build.gradle": _SPRING_GRADLE % "",
        "api/src/main/java/gov/app/api/ApiApplication.java": _MAIN.format(
            name="api", cls="ApiApplication"
        ),
        "api/src/main/java/gov/app/api/JobController.java": (
            "package gov.app.api;\n\nimport org.springframework.web.bind.annotation.GetMapping;\n"
            "import org.springframework.web.bind.annotation.RestController;\n\n@RestController\n"
            'public class JobController {\n    @GetMapping("/jobs")\n'
            '    public String jobs() { return "[]"; }\n}\n'
        ),
        "events/build.gradle": _SPRING_GRADLE % _SQS,
        f"{events}/EventsApplication.java": _MAIN.format(name="events", cls="EventsApplication"),
        f"{events}/EventsListener.java": listener_class,
    }


_LISTENER = """package gov.app.events;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.stereotype.Service;

@Service
public class EventsListener {
    @SqsListener(value = "${sqs.queue-name}")
    public void processEvents(String message) {
    }
}
"""


def test_a_spring_boot_sqs_listener_with_no_endpoint_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _claims_service(_LISTENER)))
    assert "events" not in found
    assert first(found["api"], K.FRAMEWORK) == ("Spring Boot", "4.0.7")


def test_a_controller_beside_the_listener_keeps_the_backend(tmp_path: Path) -> None:
    """The other side: the same application with an endpoint serves HTTP clients too."""
    controller = _LISTENER.replace("@Service", "@RestController").replace(
        "import org.springframework.stereotype.Service;",
        "import org.springframework.web.bind.annotation.RestController;",
    )
    found = by_folder(write(tmp_path, _claims_service(controller)))
    events = found["events"]
    assert first(events, K.FRAMEWORK)[0] == "Spring Boot"
    assert first(events, K.BROKER)[0] == "Amazon SQS"


# --- Node: an Express application hosting an MCP server ----------------------------------------

_MCP_SERVER = """import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

export class DesignMcpServer {
    private app = express();

    start(port: number): void {
        this.app.use(express.json());
        this.app.post("/mcp", async (req, res) => {
            const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
            await new McpServer({ name: "design", version: "1.0.0" }).connect(transport);
            await transport.handleRequest(req, res, req.body);
        });
        this.app.listen(port);
    }
}
"""


def _design_mcp(extra: dict[str, str]) -> dict[str, str]:
    """An MCP bridge (mcp/packages/server) on Express, with a Redis channel between its
    instances, beside `extra`."""
    return {
        "mcp/packages/server/package.json": package_json(
            {"@modelcontextprotocol/sdk": "^1.29.0", "express": "^5.2.1", "ioredis": "^5.11.1"}
        ),
        "mcp/packages/server/src/DesignMcpServer.ts": _MCP_SERVER,
        **extra,
    }


def test_express_hosting_an_mcp_transport_is_no_backend(tmp_path: Path) -> None:
    files = _design_mcp(
        {
            "backend/deps.edn": _BACKEND_DEPS,
            "backend/build.clj": _BUILD,
            "backend/src/app/http.clj": _HTTP,
        }
    )
    found = by_folder(write(tmp_path, files))
    assert set(found) == {"backend"}


def test_an_mcp_host_with_a_database_stays_a_backend(tmp_path: Path) -> None:
    """The other side: the same server keeping its own data in PostgreSQL is a backend."""
    files = _design_mcp({})
    files["mcp/packages/server/package.json"] = package_json(
        {"@modelcontextprotocol/sdk": "^1.29.0", "express": "^5.2.1", "pg": "^8.21.0"}
    )
    found = by_folder(write(tmp_path, files))
    assert first(found["mcp/packages/server"], K.FRAMEWORK) == ("Express", "^5.2.1")
