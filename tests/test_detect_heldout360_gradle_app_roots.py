"""Held-out set 360 (#19): a Gradle build whose ROOT project applies `application` with the
main class (`mainClassName = "org.example.signer.SignerApp"`), depends on its `app` subproject
and builds the distribution. `app/` keeps only that main class; `core/` holds the Vert.x
routers and HTTP server its runner starts (no main, no verticle), and another subproject the
Jdbi DAOs over PostgreSQL. The root is the application, lent the framework and the stores of
the subprojects it runs; `core/` is its library, no backend of its own. A root that names the
same main class without applying `application` (it only configures its subprojects) is no
launcher.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind

_SETTINGS = (
    "rootProject.name='signer'\ninclude 'app'\ninclude 'core'\ninclude 'slashing'\n"
)


def _root(plugin: str) -> str:
    return (
        "plugins {\n  id 'java'\n}\n\n"
        "allprojects {\n  repositories { mavenCentral() }\n}\n\n"
        "jar { enabled = false }\n\n"
        f"{plugin}"
        'mainClassName = "org.example.signer.SignerApp"\n\n'
        "dependencies {\n  implementation project(':app')\n}\n\n"
        "distributions {\n  main {\n    distributionBaseName = 'signer'\n  }\n}\n"
    )


_APP = (
    "dependencies {\n  implementation project(':core')\n"
    "  implementation 'com.google.guava:guava:31.0-jre'\n}\n"
)

_CORE = (
    "dependencies {\n  implementation project(':slashing')\n"
    "  implementation 'io.vertx:vertx-core:3.9.2'\n"
    "  implementation 'io.vertx:vertx-web:3.9.2'\n"
    "  testImplementation 'org.junit.jupiter:junit-jupiter-api:5.6.0'\n}\n"
)

_SLASHING = (
    "dependencies {\n  implementation 'org.jdbi:jdbi3-core:3.14.4'\n"
    "  implementation 'org.postgresql:postgresql:42.2.20'\n}\n"
)

_MAIN = (
    "package org.example.signer;\n\n"
    "import org.example.signer.core.Runner;\n\n"
    "public class SignerApp {\n"
    "    public static void main(final String... args) {\n"
    "        new Runner().run();\n    }\n}\n"
)

_RUNNER = (
    "package org.example.signer.core;\n\n"
    "import io.vertx.core.Vertx;\nimport io.vertx.core.http.HttpServer;\n"
    "import io.vertx.ext.web.Router;\n\n"
    "public class Runner {\n"
    "    public void run() {\n"
    "        final Vertx vertx = Vertx.vertx();\n"
    "        final Router router = Router.router(vertx);\n"
    '        router.post("/api/v1/sign").handler(ctx -> ctx.response().end("signed"));\n'
    "        final HttpServer httpServer = vertx.createHttpServer();\n"
    "        httpServer.requestHandler(router).listen(9000);\n    }\n}\n"
)

_DAO = (
    "package org.example.signer.slashing;\n\n"
    "import org.jdbi.v3.core.Handle;\n\n"
    "public class SignedBlocksDao {\n"
    "    public void insert(final Handle handle, final long slot) {\n"
    '        handle.execute("INSERT INTO signed_blocks (slot) VALUES (?)", slot);\n    }\n}\n'
)


def _tree(plugin: str) -> dict[str, str]:
    return {
        "settings.gradle": _SETTINGS,
        "build.gradle": _root(plugin),
        "app/build.gradle": _APP,
        "app/src/main/java/org/example/signer/SignerApp.java": _MAIN,
        "core/build.gradle": _CORE,
        "core/src/main/java/org/example/signer/core/Runner.java": _RUNNER,
        "slashing/build.gradle": _SLASHING,
        "slashing/src/main/java/org/example/signer/slashing/SignedBlocksDao.java": _DAO,
    }


def test_a_root_applying_application_over_its_app_subproject_is_the_backend(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree("apply plugin: 'application'\n")))
    assert set(found) == {"."}
    assert first(found["."], FindingKind.FRAMEWORK)[0] == "Vert.x"
    assert first(found["."], FindingKind.DATABASE)[0] == "PostgreSQL"


def test_a_root_not_applying_application_launches_nothing(tmp_path: Path) -> None:
    # Counter-case: without the plugin the root builds no program around the main class.
    found = by_folder(write(tmp_path, _tree("")))
    assert "." not in found
