"""Vert.x Web through its Scala binding (set 173, #19).

A Scala service built by Gradle runs `io.vertx.core.Launcher` over a Scala verticle and declares
Vert.x Web as its Scala binding, built for one Scala version
(`io.vertx:vertx-web-scala_2.12:${vertxVersion}`), never `vertx-web` itself: the binding is
the same router, so it names Vert.x. Vert.x's Scala language module alone (`vertx-lang-scala`,
the verticle runtime with no HTTP router) names no web framework."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K


def _build(web: bool) -> str:
    router = '    implementation "io.vertx:vertx-web-scala_2.12:${vertxVersion}"\n' if web else ""
    return (
        "apply plugin: 'scala'\napply plugin: 'application'\n\n"
        "def vertxVersion = '3.9.1'\n\n"
        'mainClassName = "io.vertx.core.Launcher"\n\n'
        "repositories {\n    mavenCentral()\n}\n\n"
        "dependencies {\n"
        "    compileOnly 'org.scala-lang:scala-library:2.12.17'\n"
        '    implementation "io.vertx:vertx-lang-scala_2.12:${vertxVersion}"\n'
        f"{router}"
        "    implementation 'org.postgresql:postgresql:42.5.3'\n"
        "    testImplementation 'junit:junit:4.13.2'\n}\n"
    )


_VERTICLE = (
    "package org.acme\n\n"
    "import io.vertx.lang.scala.ScalaVerticle\n\n"
    "class MainVerticle extends ScalaVerticle {\n"
    "  override def start(): Unit = {\n"
    "    vertx.deployVerticle(ScalaVerticle.nameForVerticle[HttpVerticle])\n  }\n}\n"
)

_HTTP = (
    "package org.acme\n\n"
    "import io.vertx.lang.scala.ScalaVerticle\n"
    "import io.vertx.scala.ext.web.Router\n\n"
    "class HttpVerticle extends ScalaVerticle {\n"
    "  override def start(): Unit = {\n"
    "    val router = Router.router(vertx)\n"
    '    router.post("/run").handler(ctx => ctx.response().end("ok"))\n'
    "    vertx.createHttpServer().requestHandler(router).listen(8081)\n  }\n}\n"
)


def _tree(web: bool) -> dict[str, str]:
    return {
        "runner/checker/build.gradle": _build(web),
        "runner/checker/src/main/scala/org/acme/MainVerticle.scala": _VERTICLE,
        "runner/checker/src/main/scala/org/acme/HttpVerticle.scala": _HTTP,
    }


def test_the_scala_binding_of_vertx_web_names_vertx(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(web=True)))
    assert first(found["runner/checker"], K.FRAMEWORK) == ("Vert.x", "3.9.1")


def test_the_scala_language_module_alone_is_no_web_framework(tmp_path: Path) -> None:
    """Counter-case: the verticle runtime without the router binding serves no routes."""
    found = by_folder(write(tmp_path, _tree(web=False)))
    backend = found.get("runner/checker")
    assert backend is None or first(backend, K.FRAMEWORK)[0] != "Vert.x"
