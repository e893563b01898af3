"""A data layer a sibling library of the Gradle build lends its applications, as set 103
showed it (benchmarks/detect_heldout103.yaml, #19): a Kotlin monorepo of `apps/*` and `libs/*`
whose settings file lists its projects in one `include(` call spread over several lines, one
project a line. The apps depend on `project(":libs:jdbc")`, which declares (as `api`) HikariCP
and the PostgreSQL driver and holds the raw java.sql code: the app's data layer is JDBC and
its engine PostgreSQL. Read one line at a time, the `include(` line named no project, every
module was a build of its own, and the library lent nothing."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_MULTILINE = (
    'rootProject.name = "payments"\n\ninclude(\n    "apps:api",\n    "apps:sink"\n    )\n\n'
    'include(\n    "libs:jdbc",\n    "libs:ktor",\n)\n'
)

_ONE_A_LINE = (
    'rootProject.name = "payments"\n\ninclude("apps:api")\ninclude("apps:sink")\n'
    'include("libs:jdbc")\n'
)

_APP = (
    'plugins {\n    id("io.ktor.plugin")\n}\n\napplication {\n'
    '    mainClass.set("api.ApiKt")\n}\n\nval ktorVersion = "3.5.1"\n\ndependencies {\n'
    '    implementation(project(":libs:jdbc"))\n'
    '    implementation("io.ktor:ktor-server-core:$ktorVersion")\n'
    '    implementation("io.ktor:ktor-server-netty:$ktorVersion")\n'
    '    testImplementation(kotlin("test"))\n}\n'
)

_JDBC = (
    "dependencies {\n"
    '    api("org.postgresql:postgresql:42.7.8")\n'
    '    api("com.zaxxer:HikariCP:7.0.2")\n'
    '    testImplementation("com.h2database:h2:2.4.240")\n}\n'
)

_MAIN = (
    "package api\n\nimport io.ktor.server.engine.embeddedServer\n"
    "import io.ktor.server.netty.Netty\nimport io.ktor.server.routing.*\n"
    "import io.ktor.server.response.*\n\nfun main() {\n"
    "    embeddedServer(Netty, port = 8080) {\n        routing {\n"
    '            get("/api/payments") { call.respond("[]") }\n        }\n'
    "    }.start(wait = true)\n}\n"
)

_DAO = (
    "package libs.jdbc\n\nimport java.sql.Connection\nimport javax.sql.DataSource\n"
    "import com.zaxxer.hikari.HikariDataSource\n\nobject Jdbc {\n"
    "    fun <T> query(ds: DataSource, sql: String): Int =\n"
    "        ds.connection.use { it.prepareStatement(sql).executeUpdate() }\n}\n"
)


_SINK_MAIN = _MAIN.replace("package api", "package sink").replace("/api/payments", "/sink")


def _tree(settings: str, sink_uses_jdbc: bool = False) -> dict[str, str]:
    sink = _APP.replace("api.ApiKt", "sink.SinkKt")
    if not sink_uses_jdbc:
        sink = sink.replace('    implementation(project(":libs:jdbc"))\n', "")
    return {
        "settings.gradle.kts": settings,
        "build.gradle.kts": 'plugins {\n    id("io.ktor.plugin") version "3.5.1" apply false\n}\n',
        "apps/api/build.gradle.kts": _APP,
        "apps/api/main/api/Api.kt": _MAIN,
        "apps/sink/build.gradle.kts": sink,
        "apps/sink/main/sink/Sink.kt": _SINK_MAIN,
        "libs/jdbc/build.gradle.kts": _JDBC,
        "libs/jdbc/main/libs/jdbc/Jdbc.kt": _DAO,
    }


def test_an_include_over_several_lines_lends_the_librarys_jdbc(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(_MULTILINE)))
    backend = found["apps/api"]
    assert first(backend, K.FRAMEWORK) == ("Ktor", "3.5.1")
    assert first(backend, K.QUERY)[0] == "JDBC"
    assert first(backend, K.DATABASE)[0] == "PostgreSQL"
    # Counter-case: the app of the same build that does not depend on the library has no
    # data layer and no engine.
    assert first(found["apps/sink"], K.QUERY) == ("", "")
    assert first(found["apps/sink"], K.DATABASE) == ("", "")


def test_one_include_a_line_lists_the_projects_as_before(tmp_path: Path) -> None:
    # The same build listing its projects one `include` a line, as the pattern always read.
    found = by_folder(write(tmp_path, _tree(_ONE_A_LINE, sink_uses_jdbc=True)))
    for folder in ("apps/api", "apps/sink"):
        assert first(found[folder], K.QUERY)[0] == "JDBC"
        assert first(found[folder], K.DATABASE)[0] == "PostgreSQL"
