"""A multi-project sbt build whose root `build.sbt` defines every project (held-out set 74,
#19): the Java server in `server/` (`lazy val server = (project in file("server"))`, a main
class, an Armeria server over Hibernate on H2, a Vert.x verticle relaying requests to it)
beside a client library in `clients/java`, while the root project only aggregates them. The
server's folder is the backend, with what its definition declares; the root is none."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import sbt_projects
from designer.model.stack import FindingKind as K

_BUILD = """import sbt._

lazy val orgName = "org.acme"
lazy val jacksonVersion = "2.17.0"

lazy val commonSettings = Seq(
  organization := orgName,
  libraryDependencies ++= Seq(
    "org.slf4j" % "slf4j-api" % "2.0.13"
  )
)

lazy val client = (project in file("clients/java"))
  .settings(
    name := "acme-client",
    commonSettings,
    libraryDependencies ++= Seq(
      "com.fasterxml.jackson.core" % "jackson-databind" % jacksonVersion,
      "org.junit.jupiter" % "junit-jupiter" % "5.10.3" % Test
    )
  )

lazy val server = (project in file("server"))
  .dependsOn(client % "test->test")
  .settings (
    name := "acme-server",
    mainClass := Some(orgName + ".server.AcmeServer"),
    commonSettings,
    libraryDependencies ++= Seq(
      "com.linecorp.armeria" %  "armeria" % "1.28.4",
      "com.h2database" %  "h2" % "2.2.224",
      "org.hibernate.orm" % "hibernate-core" % "6.5.0.Final",
      "io.vertx" % "vertx-web" % "4.3.5",
      "io.vertx" % "vertx-web-client" % "4.3.5",
      "org.junit.jupiter" %  "junit-jupiter" % "5.10.3" % Test,
      "org.testcontainers" % "junit-jupiter" % "1.19.8" % Test,
      "org.postgresql" % "postgresql" % "42.7.12" % Test
    )
  )

lazy val root = (project in file("."))
  .aggregate(client, server)
  .settings(
    name := "acme",
    commonSettings
  )
"""

_BUILDER = """package org.acme.server;

import com.linecorp.armeria.server.Server;
import com.linecorp.armeria.server.ServerBuilder;

public class ArmeriaServerBuilder {
  public Server build(int port) {
    ServerBuilder sb = Server.builder().http(port);
    return sb.build();
  }
}
"""

_RELAY = """package org.acme.server;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.client.WebClient;

class URLTranscoderVerticle extends AbstractVerticle {
  @Override
  public void start() {
    HttpServer server = vertx.createHttpServer();
    WebClient client = WebClient.create(vertx);
    server.requestHandler(r -> client.request(r.method(), 8081, "127.0.0.1", r.path()).send());
    server.listen(8080);
  }
}
"""

_ROUTED = """package org.acme.server;

import io.vertx.core.AbstractVerticle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;

class ApiVerticle extends AbstractVerticle {
  @Override
  public void start() {
    Router router = Router.router(vertx);
    WebClient client = WebClient.create(vertx);
    vertx.createHttpServer().requestHandler(router).listen(8080);
  }
}
"""

_TEST = """package org.acme.server;

import org.junit.jupiter.api.Test;

class ArmeriaServerBuilderTest {
  @Test
  void builds() {}
}
"""

_JAVALIN = """package org.acme.models;

import io.javalin.Javalin;

public class Main {
  public static void main(String[] args) { Javalin.create().start(7070); }
}
"""

_CLIENT = """package org.acme.client;

public class ApiClient {
  public String get(String path) { return path; }
}
"""


def _tree(*extra: tuple[str, str]) -> dict[str, str]:
    return {
        "build.sbt": _BUILD,
        "project/build.properties": "sbt.version=1.9.9\n",
        "server/src/main/java/org/acme/server/ArmeriaServerBuilder.java": _BUILDER,
        "server/src/main/java/org/acme/server/URLTranscoderVerticle.java": _RELAY,
        "server/src/test/java/org/acme/server/ArmeriaServerBuilderTest.java": _TEST,
        "clients/java/src/main/java/org/acme/client/ApiClient.java": _CLIENT,
        **dict(extra),
    }


def test_the_sub_project_of_the_server_is_the_backend_not_the_root(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"server"}
    server = found["server"]
    assert first(server, K.FRAMEWORK) == ("Armeria", "1.28.4")
    assert first(server, K.ORM) == ("JPA / Hibernate", "6.5.0.Final")
    assert first(server, K.DATABASE)[0] == "H2"
    assert first(server, K.TEST) == ("JUnit", "5.10.3")


def test_a_verticle_with_a_router_still_serves_on_vert_x(tmp_path: Path) -> None:
    routed = ("server/src/main/java/org/acme/server/ApiVerticle.java", _ROUTED)
    server = by_folder(write(tmp_path, _tree(routed)))["server"]
    assert {f.name for f in server.findings if f.kind is K.FRAMEWORK} >= {"Armeria", "Vert.x"}
    assert server.ambiguous


def test_project_blocks_name_their_folders() -> None:
    lines = _BUILD.splitlines()
    found = [(lines[start].split("=")[0].strip(), folder) for start, _, folder in
             sbt_projects.blocks(lines)]
    assert found == [
        ("lazy val client", "clients/java"),
        ("lazy val server", "server"),
        ("lazy val root", "."),
    ]
    nested = ['lazy val models = (project in file("server") / "target" / "models")', "  )"]
    assert sbt_projects.blocks(nested) == [(0, 2, "server/target/models")]


def test_a_project_of_a_missing_or_generated_folder_is_left_out(tmp_path: Path) -> None:
    tree = _tree()
    generated = "server/target/models/src/main/java/org/acme/models/Main.java"
    build = _BUILD.replace(
        "lazy val root",
        'lazy val models = (project in file("server") / "target" / "models")\n'
        '  .settings(libraryDependencies += "io.javalin" % "javalin" % "6.1.3")\n\n'
        'lazy val gone = (project in file("gone"))\n'
        '  .settings(libraryDependencies += "io.javalin" % "javalin" % "6.1.3")\n'
        '  .settings(mainClass := Some("org.acme.gone.Main"))\n\n'
        "lazy val root",
    )
    found = by_folder(write(tmp_path, {**tree, "build.sbt": build, generated: _JAVALIN}))
    assert set(found) == {"server"}


def test_a_projects_own_build_file_joins_its_definition(tmp_path: Path) -> None:
    own = ("server/build.sbt", 'libraryDependencies += "com.zaxxer" % "HikariCP" % "5.1.0"\n')
    server = by_folder(write(tmp_path, _tree(own)))["server"]
    assert first(server, K.FRAMEWORK) == ("Armeria", "1.28.4")
    assert first(server, K.ORM) == ("JPA / Hibernate", "6.5.0.Final")
