"""A multi-project sbt build (held-out set 70, #19): a server project and a batch program both
declaring the build's HTTP toolkit and depending on one data library (`.dependsOn(infra)`),
the library declaring Doobie over PostgreSQL and calling other services with the toolkit's
client.

The server's folder is the backend, with the library's data layer, engine and versions; the
batch program (its own `def main`, no server bound by it or the library) is none. Counter-cases:
a batch-shaped project whose own code binds a server stays a backend; so does one whose
library binds it for it.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import sbt_projects
from designer.model.stack import FindingKind as K

_BUILD = """lazy val root = project
  .in(file("."))
  .aggregate(core, infra, server, data)

lazy val core = project
  .in(file("modules/core"))
  .settings(
    libraryDependencies += "org.scalatest" %% "scalatest" % V.scalatest % Test
  )

lazy val infra = project
  .in(file("modules/infra"))
  .settings(
    libraryDependencies ++= Seq(
      "org.apache.pekko" %% "pekko-http" % V.pekkoHttp,
      "org.tpolecat" %% "doobie-core" % V.doobie,
      "org.tpolecat" %% "doobie-postgres" % V.doobie,
      "org.scalatest" %% "scalatest" % V.scalatest % Test
    )
  )
  .dependsOn(core % "compile->compile;test->test")

lazy val server = project
  .in(file("modules/server"))
  .settings(
    libraryDependencies ++= Seq(
      "org.apache.pekko" %% "pekko-http" % V.pekkoHttp,
      "org.scalatest" %% "scalatest" % V.scalatest % Test
    )
  )
  .dependsOn(data, infra, core % "compile->compile;test->test")
  .enablePlugins(JavaServerAppPackaging)

lazy val data = project
  .in(file("modules/data"))
  .settings(
    libraryDependencies ++= Seq(
      "org.apache.pekko" %% "pekko-http" % V.pekkoHttp,
      "org.scalatest" %% "scalatest" % V.scalatest % Test
    )
  )
  .enablePlugins(JavaAppPackaging)
  .dependsOn(core % "compile->compile;test->test", infra)

lazy val V = new {
  val doobie = "0.13.4"
  val pekkoHttp = "1.4.0"
  val scalatest = "3.2.20"
}
"""

_CLIENT = """package acme.infra

import org.apache.pekko.http.scaladsl.Http
import org.apache.pekko.http.scaladsl.model.HttpRequest

class RemoteClient {
  def fetch(uri: String) = Http().singleRequest(HttpRequest(uri = uri))
}
"""

_DATABASE = """package acme.infra

import doobie.implicits.*

class SqlDatabase
"""

_SERVER = """package acme.server

import org.apache.pekko.http.scaladsl.*

object Server {
  def main(args: Array[String]): Unit = {
    Http()
      .newServerAt("0.0.0.0", 8080)
      .bindFlow(routes)
  }
}
"""

_BATCH = """package acme.data

object Main {
  def main(args: Array[String]): Unit = {
    val client = new acme.infra.RemoteClient
    args.foreach(client.fetch)
  }
}
"""

_SERVER_BINDING = """package acme.infra

import org.apache.pekko.http.scaladsl.Http

object Serve {
  def start(routes: Route) = Http().newServerAt("0.0.0.0", 8081).bind(routes)
}
"""


_TEST = "import org.scalatest.funspec.AnyFunSpec\n"


def _tree(batch: str = _BATCH) -> dict[str, str]:
    return {
        "build.sbt": _BUILD,
        "modules/core/src/main/scala/Model.scala": "package acme.core\n\ncase class Item()\n",
        "modules/infra/src/main/scala/RemoteClient.scala": _CLIENT,
        "modules/infra/src/main/scala/SqlDatabase.scala": _DATABASE,
        "modules/server/src/main/scala/Server.scala": _SERVER,
        "modules/server/src/test/scala/ServerTests.scala": _TEST,
        "modules/data/src/main/scala/Main.scala": batch,
    }


def test_the_batch_program_is_no_backend_and_the_server_takes_the_library_data(
    tmp_path: Path,
) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"modules/server"}
    server = found["modules/server"]
    assert first(server, K.FRAMEWORK) == ("Pekko HTTP", "1.4.0")
    assert first(server, K.QUERY) == ("Doobie", "0.13.4")  # its library's
    assert first(server, K.DATABASE)[0] == "PostgreSQL"
    assert first(server, K.TEST)[0] == "ScalaTest"


def test_a_batch_shaped_project_binding_a_server_stays_a_backend(tmp_path: Path) -> None:
    binding = _BATCH.replace(
        "    args.foreach(client.fetch)\n",
        '    args.foreach(client.fetch)\n    Http().newServerAt("0.0.0.0", 9000).bind(routes)\n',
    )
    found = by_folder(write(tmp_path, _tree(binding)))
    assert set(found) == {"modules/server", "modules/data"}


def test_a_project_whose_library_binds_the_server_stays_a_backend(tmp_path: Path) -> None:
    tree = _tree()
    tree["modules/infra/src/main/scala/Serve.scala"] = _SERVER_BINDING
    found = by_folder(write(tmp_path, tree))
    assert set(found) == {"modules/server", "modules/data"}


def test_dependencies_name_the_run_time_projects() -> None:
    needs = sbt_projects.dependencies(_BUILD.split("\n"))
    assert needs["modules/server"] == {"modules/data", "modules/infra", "modules/core"}
    assert needs["modules/data"] == {"modules/core", "modules/infra"}
    # A project only tested with is no module it runs with.
    assert sbt_projects.dependencies(
        [
            'lazy val a = project.in(file("a"))',
            'lazy val b = project.in(file("b")).dependsOn(a % "test->test")',
        ]
    ) == {}
