"""Held-out set 360 (#19): a large Micronaut build whose settings script imports its version
catalogue from a TOML file of another name (`from(files("deps.toml"))`), every module taking
the framework's platform BOM and a shared bundle (the HTTP server, micronaut-jooq) from it.

- The Micronaut release is the platform BOM's (4.10.10), not micronaut-core's nor another
  module's own line (`bom_pins.unpin_own_lines`).
- A server keeping nothing (flags in memory) is lent jOOQ by the bundle; no driver, no code
  naming `org.jooq`: no data layer (`unused_query_libraries`).
- Modules whose code (and that of the modules they use) declares no route — a cron, a
  bootloader, a library — serve nothing; a worker whose only controller is a heartbeat and
  that keeps no data is a worker; one whose code is written to jOOQ keeps its heartbeat
  and stays (`micronaut_unrouted`).
- A library in such a program's folder (`metrics/metrics-lib` beside the `metrics/reporter`
  job) is that program's: a server using it for its types is not lent, through it, the
  database module it depends on (`monorepo`: programs bound modules as services do).
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CATALOG = (
    """[versions]
jooq = "3.19.18"
micronaut = "4.10.10"
micronaut-core = "4.10.18"
micronaut-jdbc = "7.0.0"
micronaut-security = "4.17.1"
postgresql = "42.7.4"

[libraries]
"""
    + "".join(
        f'{alias} = {{ module = "{module}", version.ref = "{ref}" }}\n'
        for alias, module, ref in (
            ("jooq", "org.jooq:jooq", "jooq"),
            ("micronaut-platform", "io.micronaut.platform:micronaut-platform", "micronaut"),
            ("micronaut-http-server-netty", "io.micronaut:micronaut-http-server-netty",
             "micronaut-core"),
            ("micronaut-runtime", "io.micronaut:micronaut-runtime", "micronaut-core"),
            ("micronaut-jooq", "io.micronaut.sql:micronaut-jooq", "micronaut-jdbc"),
            ("micronaut-security", "io.micronaut.security:micronaut-security",
             "micronaut-security"),
            ("postgresql", "org.postgresql:postgresql", "postgresql"),
        )
    )
    + """
[bundles]
micronaut = ["micronaut-http-server-netty", "micronaut-runtime", "micronaut-jooq"]
"""
)

_SETTINGS = """rootProject.name = "platform"

dependencyResolutionManagement {
  versionCatalogs {
    create("libs") {
      from(files("deps.toml"))
    }
  }
}

include(":api-server", ":flags-server", ":cron", ":db-lib", ":orchestrator", ":workers")
include(":metrics:metrics-lib", ":metrics:reporter")
"""


def _build(*extra: str, library: bool = False) -> str:
    plugin = "`java-library`" if library else "application"
    lines = "\n".join(f"  {line}" for line in extra)
    return (
        f"plugins {{\n  kotlin(\"jvm\")\n  {plugin}\n}}\n\ndependencies {{\n"
        "  implementation(platform(libs.micronaut.platform))\n"
        "  implementation(libs.bundles.micronaut)\n"
        f"{lines}\n}}\n"
    )


def _main(package: str) -> str:
    return (
        f"package {package}\n\nimport io.micronaut.runtime.Micronaut\n\n"
        f"fun main(args: Array<String>) {{\n  Micronaut.run(*args)\n}}\n"
    )


_HEARTBEAT = """package org.example.{name}

import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Get

@Controller
class HeartbeatController {{
  @Get
  fun get() = mapOf("up" to true)
}}
"""

_JOBS = """package org.example.workers

import org.jooq.DSLContext

class JobPersistence(private val ctx: DSLContext) {
  fun count() = ctx.fetchCount(ctx.selectOne())
}
"""

_TREE = {
    "settings.gradle.kts": _SETTINGS,
    "deps.toml": _CATALOG,
    "api-server/build.gradle.kts": _build(
        "implementation(libs.micronaut.security)",
        "implementation(project(\":db-lib\"))",
        "runtimeOnly(libs.postgresql)",
    ),
    "api-server/src/main/kotlin/org/example/server/Application.kt": _main("org.example.server"),
    "api-server/src/main/kotlin/org/example/server/ConnectionsController.kt": (
        "package org.example.server\n\nimport io.micronaut.http.annotation.Controller\n"
        "import io.micronaut.http.annotation.Get\nimport org.jooq.DSLContext\n\n"
        "@Controller(\"/api/v1/connections\")\nclass ConnectionsController(private val ctx: "
        "DSLContext) {\n  @Get\n  fun list() = ctx.selectOne().fetch()\n}\n"
    ),
    "flags-server/build.gradle.kts": _build("implementation(project(\":metrics:metrics-lib\"))"),
    "metrics/metrics-lib/build.gradle.kts": _build(
        "implementation(project(\":db-lib\"))", library=True
    ),
    "metrics/metrics-lib/src/main/kotlin/org/example/metrics/Metric.kt": (
        "package org.example.metrics\n\nenum class Metric { JOBS_RUNNING }\n"
    ),
    "metrics/reporter/build.gradle.kts": _build(
        "implementation(project(\":metrics:metrics-lib\"))",
        "implementation(project(\":db-lib\"))",
        "runtimeOnly(libs.postgresql)",
    ),
    "metrics/reporter/Dockerfile": "FROM eclipse-temurin:21\nCOPY build/libs/app.jar /app.jar\n"
    "ENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n",
    "metrics/reporter/src/main/kotlin/org/example/reporter/Application.kt": _main(
        "org.example.reporter"
    ),
    "flags-server/src/main/kotlin/org/example/flags/Application.kt": _main("org.example.flags"),
    "flags-server/src/main/kotlin/org/example/flags/FlagsApi.kt": (
        "package org.example.flags\n\nimport io.micronaut.http.annotation.Controller\n"
        "import io.micronaut.http.annotation.Get\n\n@Controller(\"/api/v1/flags\")\n"
        "class FlagsApi {\n  private val flags = mutableMapOf<String, Boolean>()\n\n"
        "  @Get\n  fun list() = flags\n}\n"
    ),
    "cron/build.gradle.kts": _build(
        "implementation(project(\":db-lib\"))", "runtimeOnly(libs.postgresql)"
    ),
    "cron/src/main/kotlin/org/example/cron/Application.kt": _main("org.example.cron"),
    "cron/src/main/kotlin/org/example/cron/Cleanup.kt": (
        "package org.example.cron\n\nimport io.micronaut.scheduling.annotation.Scheduled\n"
        "import org.jooq.DSLContext\n\nclass Cleanup(private val ctx: DSLContext) {\n"
        "  @Scheduled(fixedRate = \"1h\")\n  fun run() = ctx.execute(\"delete from jobs\")\n}\n"
    ),
    "db-lib/build.gradle.kts": _build(
        "api(libs.jooq)", "api(libs.postgresql)", library=True
    ),
    "db-lib/src/main/kotlin/org/example/db/Databases.kt": (
        "package org.example.db\n\nimport org.jooq.DSLContext\nimport org.jooq.impl.DSL\n\n"
        "object Databases {\n  fun ctx(url: String): DSLContext = DSL.using(url)\n}\n"
    ),
    "orchestrator/build.gradle.kts": _build(),
    "orchestrator/src/main/kotlin/org/example/orchestrator/Application.kt": _main(
        "org.example.orchestrator"
    ),
    "orchestrator/src/main/kotlin/org/example/orchestrator/HeartbeatController.kt": (
        _HEARTBEAT.format(name="orchestrator")
    ),
    "workers/build.gradle.kts": _build("implementation(libs.jooq)", "runtimeOnly(libs.postgresql)"),
    "workers/src/main/kotlin/org/example/workers/Application.kt": _main("org.example.workers"),
    "workers/src/main/kotlin/org/example/workers/HeartbeatController.kt": (
        _HEARTBEAT.format(name="workers")
    ),
    "workers/src/main/kotlin/org/example/workers/JobPersistence.kt": _JOBS,
}


def test_the_platform_bom_of_an_imported_catalogue_gives_the_micronaut_release(
    tmp_path: Path,
) -> None:
    backends = by_folder(write(tmp_path, _TREE))
    assert first(backends["api-server"], K.FRAMEWORK) == ("Micronaut", "4.10.10")
    assert first(backends["flags-server"], K.FRAMEWORK) == ("Micronaut", "4.10.10")


def test_a_bundled_query_library_no_code_names_is_no_data_layer(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _TREE))
    assert first(backends["flags-server"], K.QUERY) == ("", "")
    assert first(backends["flags-server"], K.DATABASE) == ("", "")
    assert first(backends["api-server"], K.QUERY)[0] == "jOOQ"


def test_micronaut_modules_with_no_route_are_no_backends(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _TREE))
    assert "cron" not in backends
    assert "db-lib" not in backends
    assert "metrics/reporter" not in backends


def test_a_heartbeat_only_worker_keeping_no_data_is_no_backend(tmp_path: Path) -> None:
    backends = by_folder(write(tmp_path, _TREE))
    assert "orchestrator" not in backends
    # Its code written to jOOQ, the worker keeps data of its own: its heartbeat keeps it.
    assert "workers" in backends


def test_a_management_endpoint_disabled_by_default_is_no_route(tmp_path: Path) -> None:
    tree = dict(_TREE)
    tree["db-lib/src/main/kotlin/org/example/db/ConfigEndpoint.kt"] = (
        "package org.example.db\n\nimport io.micronaut.management.endpoint.annotation.Endpoint\n"
        "\n@Endpoint(id = \"resolved-config\", defaultEnabled = false)\nclass ConfigEndpoint\n"
    )
    assert "cron" not in by_folder(write(tmp_path, tree))
    tree["db-lib/src/main/kotlin/org/example/db/ConfigEndpoint.kt"] = (
        "package org.example.db\n\nimport io.micronaut.management.endpoint.annotation.Endpoint\n"
        "\n@Endpoint(id = \"resolved-config\")\nclass ConfigEndpoint\n"
    )
    assert "cron" in by_folder(write(tmp_path / "enabled", tree))


def test_a_tree_with_no_routed_micronaut_module_is_left_alone(tmp_path: Path) -> None:
    # Counter-case: no module of the tree declares a route (they come some other way).
    tree = {k: v for k, v in _TREE.items() if not k.startswith(("api-server/", "flags-server/"))}
    tree["workers/src/main/kotlin/org/example/workers/HeartbeatController.kt"] = (
        "package org.example.workers\n\nclass Heartbeat\n"
    )
    assert "cron" in by_folder(write(tmp_path, tree))
