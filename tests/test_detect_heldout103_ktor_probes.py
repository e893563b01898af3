"""Ktor workers whose only routes serve operators, as set 103 showed them
(benchmarks/detect_heldout103.yaml, #19): a Kafka Streams processor and a Kafka-to-warehouse
loader of a Kotlin monorepo each start Ktor's embedded server for `route("/actuator") {
get("/metric") … get("/ready") … get("/live") … }` alone, with no database: workers without
data of their own, not backends (benchmarks/HELDOUT.md). A worker of the same shape keeping
its own database through a library module of the build (`project(":libs:jdbc")`) counts, and
so does one serving a single route of its own to clients."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ktor_probes import probes_only
from designer.model.stack import FindingKind as K

_SETTINGS = (
    'rootProject.name = "payments"\n\ninclude(\n    "apps:api",\n    "apps:worker",\n'
    '    "libs:jdbc",\n)\n'
)

_WORKER = (
    'plugins {\n    id("io.ktor.plugin")\n}\n\napplication {\n'
    '    mainClass.set("worker.WorkerKt")\n}\n\nval ktorVersion = "3.5.1"\n\ndependencies {\n'
    "{lib}"
    '    implementation("io.ktor:ktor-server-core:$ktorVersion")\n'
    '    implementation("io.ktor:ktor-server-netty:$ktorVersion")\n'
    '    implementation("org.apache.kafka:kafka-streams:4.1.0")\n'
    '    testImplementation(kotlin("test"))\n}\n'
)

_JDBC = (
    "dependencies {\n"
    '    api("org.postgresql:postgresql:42.7.8")\n'
    '    api("com.zaxxer:HikariCP:7.0.2")\n}\n'
)

_MAIN = (
    "package worker\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\nimport io.ktor.server.routing.*\n\nfun main() {\n"
    "    embeddedServer(Netty, port = 8080) {\n        routing {\n            probes()\n"
    "        }\n    }.start(wait = true)\n}\n"
)

_ROUTING = (
    "package worker\n\nimport io.ktor.http.*\nimport io.ktor.server.response.*\n"
    "import io.ktor.server.routing.*\n\nfun Routing.probes() {\n"
    '    route("/actuator") {\n'
    '        get("/metric") { call.respond("") }\n'
    '        get("/ready") { call.respond(HttpStatusCode.OK) }\n'
    '        get("/live") { call.respond(HttpStatusCode.OK) }\n'
    "    }\n{extra}}\n"
)

_TOPOLOGY = (
    "package worker\n\nclass Aggregate(val first: Boolean) {\n"
    "    val isRequested: Boolean get() = first\n"
    "    fun delete(key: String) {\n        println(key)\n    }\n}\n"
)


_API_MAIN = (
    _MAIN.replace("package worker", "package api").replace("probes()", 'get("/api/payments") { }')
)


def _tree(lib: bool = False, extra: str = "") -> dict[str, str]:
    """The worker beside an API app of the same build that keeps its data through
    `libs/jdbc`; `lib`: the worker does too."""
    uses = '    implementation(project(":libs:jdbc"))\n' if lib else ""
    api = _WORKER.replace("worker.WorkerKt", "api.ApiKt")
    return {
        "apps/api/build.gradle.kts": api.replace(
            "{lib}", '    implementation(project(":libs:jdbc"))\n'
        ),
        "apps/api/main/api/Api.kt": _API_MAIN,
        "settings.gradle.kts": _SETTINGS,
        "build.gradle.kts": 'plugins {\n    id("io.ktor.plugin") version "3.5.1" apply false\n}\n',
        "apps/worker/build.gradle.kts": _WORKER.replace("{lib}", uses),
        "apps/worker/main/worker/Worker.kt": _MAIN,
        "apps/worker/main/worker/Routing.kt": _ROUTING.replace("{extra}", extra),
        "apps/worker/main/worker/Topology.kt": _TOPOLOGY,
        "libs/jdbc/build.gradle.kts": _JDBC,
    }


def test_a_ktor_worker_serving_operators_alone_is_no_backend(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert "apps/worker" not in found
    assert first(found["apps/api"], K.DATABASE)[0] == "PostgreSQL"


def test_a_worker_keeping_data_through_a_library_of_its_build_counts(tmp_path: Path) -> None:
    # Counter-case: the same worker keeps its own database through `libs/jdbc`.
    backend = by_folder(write(tmp_path, _tree(lib=True)))["apps/worker"]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "3.5.1")
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"


def test_one_route_for_clients_makes_it_a_backend(tmp_path: Path) -> None:
    # Counter-case: beside the probes, one route serves clients.
    extra = '    get("/api/next_range") { call.respond("1") }\n'
    assert "apps/worker" in by_folder(write(tmp_path, _tree(extra=extra)))


def test_a_route_whose_path_is_not_a_literal_is_not_judged(tmp_path: Path) -> None:
    # Counter-case: a path read from a variable may serve anything.
    extra = '    val path = "/api"\n    get(path) { call.respond("1") }\n'
    assert "apps/worker" in by_folder(write(tmp_path, _tree(extra=extra)))


def test_probes_only_reads_nested_paths() -> None:
    server = "import io.ktor.server.routing.*\n"
    assert probes_only([server + 'route("/internal") {\n  get("/isalive") { ok() }\n}\n'])
    assert probes_only([server + 'get("/health") { ok() }\nget("/metrics") { ok() }\n'])
    assert not probes_only([server + 'route("/api") {\n  get { list() }\n}\n'])
    assert not probes_only([server + 'get<Users> { list() }\nget("/health") { ok() }\n'])
    # No route at all is not "probes only": nothing was seen to judge.
    assert not probes_only([server + "fun main() {}\n"])
    # A file not written to Ktor's server API holds no routes (a client's `get("/x") {`).
    assert not probes_only(['client.get("/x") { }\nget("/api") { }\n'])
