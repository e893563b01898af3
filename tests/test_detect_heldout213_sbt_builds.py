"""Multi-project sbt builds whose root `build.sbt` only aggregates the projects that live in
folders of their own (held-out set 213, #19), in three shapes:

- a definition chained one call a line, its folder summed from a val (`lazy val api =
  project` / `.in(file(appDir + "/api"))`), naming its dependencies by vals of
  project/Dependencies.scala (`Dependencies.akkaHttp`, versions in `object Version`);
- a worker naming its main class and a list of project/Dependencies.scala
  (`Dependencies.workerDependencies`) that lists an HTTP server, its binding in code too deep
  for the walk to read;
- projects made by a helper of project/utils.scala (`utils.mkModule("api")`), over a library
  whose lists take their version from a map (`List(… %% "http4s-dsl", …).map(_ %
  Http4sVersion)`), the server's code binding it beside workers depending on the same library.

Each server's folder is the backend, with what its lists declare; the root is none, and neither
is a program or a library listing no server of its own.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import sbt_projects
from designer.model.stack import FindingKind as K

_CHAINED_BUILD = """val appDir = "apps"

lazy val root = project
  .in(file("."))
  .aggregate(api, db, batch)

lazy val apiDependencies = Seq(
  Dependencies.akkaHttp,
  Dependencies.scalatest
)

lazy val api = project
  .in(file(appDir + "/api"))
  .dependsOn(db)
  .settings({
    libraryDependencies ++= apiDependencies
  })

lazy val db = project
  .in(file(appDir + "/db"))
  .settings(
    libraryDependencies ++= Seq(Dependencies.doobieCore, Dependencies.doobiePostgres)
  )

lazy val batch =
  Project("batch", file(appDir + "/batch"))
    .dependsOn(db)
    .settings(mainClass in Compile := Some("org.acme.batch.Main"))
"""

_CHAINED_DEPENDENCIES = """import sbt._

object Version {
  val akkaHttp = "10.2.6"
  val doobie = "0.9.0"
}

object Dependencies {
  val akkaHttp = "com.typesafe.akka" %% "akka-http" % Version.akkaHttp
  val doobieCore = "org.tpolecat" %% "doobie-core" % Version.doobie
  val doobiePostgres = "org.tpolecat" %% "doobie-postgres" % Version.doobie
  val scalatest = "org.scalatest" %% "scalatest" % "3.1.1" % "test"
}
"""

_AKKA_MAIN = """package org.acme.api

import akka.http.scaladsl.Http
import doobie.implicits._

object Main extends App {
  Http().newServerAt("0.0.0.0", 9000).bind(Routes.all)
}
"""

_BATCH_MAIN = """package org.acme.batch

import doobie.implicits._

object Main {
  def main(args: Array[String]): Unit = println("imported")
}
"""


def test_a_chained_definition_summing_its_folder_is_the_backend(tmp_path: Path) -> None:
    found = by_folder(
        write(
            tmp_path,
            {
                "build.sbt": _CHAINED_BUILD,
                "project/Dependencies.scala": _CHAINED_DEPENDENCIES,
                "apps/api/src/main/scala/Main.scala": _AKKA_MAIN,
                "apps/batch/src/main/scala/Main.scala": _BATCH_MAIN,
            },
        )
    )
    # The batch program names its main class but lists no server: no backend.
    assert set(found) == {"apps/api"}
    api = found["apps/api"]
    assert first(api, K.FRAMEWORK) == ("Akka HTTP", "10.2.6")
    assert first(api, K.QUERY) == ("Doobie", "0.9.0")  # its db library's
    assert first(api, K.DATABASE)[0] == "PostgreSQL"


def test_project_blocks_read_chains_and_summed_folders() -> None:
    lines = _CHAINED_BUILD.splitlines()
    assert [folder for _, _, folder in sbt_projects.blocks(lines)] == [
        ".", "apps/api", "apps/db", "apps/batch"
    ]
    # A folder summed from a val the build does not define is no folder it can name.
    unknown = ["lazy val api = project", '  .in(file(elsewhere + "/api"))']
    assert sbt_projects.blocks(unknown) == []


_WORKER_BUILD = """lazy val root = (project in file("."))
  .settings(publish / skip := true)

lazy val common = (project in file("common"))
  .settings(libraryDependencies ++= Dependencies.commonDependencies)

lazy val worker = (project in file("worker"))
  .settings(
    libraryDependencies ++= Dependencies.workerDependencies,
    mainClass in Compile := Some("org.acme.Worker")
  )
  .dependsOn(common % "test->test;compile->compile")

lazy val importer = (project in file("importer"))
  .settings(
    libraryDependencies ++= Dependencies.importerDependencies,
    mainClass in Compile := Some("org.acme.Importer")
  )
  .dependsOn(common)
"""

_WORKER_DEPENDENCIES = """import sbt._

object Dependencies {
  private object deps {
    val akkaHttp = "com.typesafe.akka" %% "akka-http" % "10.1.11"
    val slick = "com.typesafe.slick" %% "slick" % "3.3.3"
    val postgresql = "org.postgresql" % "postgresql" % "42.1.1"
    val specs2Core = "org.specs2" %% "specs2-core" % "4.8.3"
    val lucene = "org.apache.lucene" % "lucene-core" % "8.4.1"
  }

  val commonDependencies = Seq(
    deps.postgresql,
    deps.slick,
    deps.specs2Core % "test"
  )

  val workerDependencies = Seq(
    deps.akkaHttp,
    deps.lucene
  )

  val importerDependencies = Seq(
    deps.lucene
  )
}
"""

_WORKER = """package org.acme

object Worker {
  def main(args: Array[String]): Unit = new WorkerEnvironment().run()
}
"""


def test_a_worker_listing_its_server_by_name_is_a_backend(tmp_path: Path) -> None:
    found = by_folder(
        write(
            tmp_path,
            {
                "build.sbt": _WORKER_BUILD,
                "project/Dependencies.scala": _WORKER_DEPENDENCIES,
                "worker/src/main/scala/org/acme/Worker.scala": _WORKER,
                "importer/src/main/scala/org/acme/Importer.scala": _WORKER.replace(
                    "Worker", "Importer"
                ),
            },
        )
    )
    # The importer's list names no server; the root only aggregates.
    assert set(found) == {"worker"}
    worker = found["worker"]
    assert first(worker, K.FRAMEWORK) == ("Akka HTTP", "10.1.11")
    assert first(worker, K.ORM) == ("Slick", "3.3.3")  # its common library's
    assert first(worker, K.DATABASE)[0] == "PostgreSQL"


_HELPER_BUILD = """lazy val commonSettings = Seq(
  scalaVersion := "2.12.15",
  libraryDependencies ++= dependencies.Testing
)

lazy val explorer = project
  .in(file("."))
  .settings(commonSettings)
  .aggregate(core, httpApi, grabber)

lazy val core = utils
  .mkModule("explorer-core", "ExplorerCore")
  .settings(commonSettings)
  .settings(libraryDependencies ++= dependencies.core)

lazy val httpApi = utils
  .mkModule("explorer-api", "ExplorerApi")
  .settings(commonSettings)
  .settings(
    assembly / mainClass := Some("org.acme.explorer.api.Application"),
    libraryDependencies ++= dependencies.api
  )
  .dependsOn(core)

lazy val grabber = utils
  .mkModule("chain-grabber", "ChainGrabber")
  .settings(commonSettings)
  .settings(
    assembly / mainClass := Some("org.acme.explorer.grabber.Application"),
    libraryDependencies ++= dependencies.grabber
  )
  .dependsOn(core)
"""

_UTILS = """import sbt.{file, Project}

object utils {

  def mkModule(id: String, description: String): Project =
    Project(id, file(s"modules/$id"))
      .settings(name := description)
}
"""

_LISTS = """import sbt._

object dependencies {

  import versions._

  val Http4s: List[ModuleID] =
    List(
      "org.http4s" %% "http4s-dsl",
      "org.http4s" %% "http4s-blaze-server"
    ).map(_ % Http4sVersion)

  val Db: List[ModuleID] = List(
    "org.tpolecat" %% "doobie-core"     % DoobieVersion,
    "org.tpolecat" %% "doobie-postgres" % DoobieVersion
  )

  val Testing: List[ModuleID] = List(
    "org.scalatest" %% "scalatest" % "3.2.11" % Test
  )

  val Monix: List[ModuleID] = List(
    "io.monix" %% "monix" % "3.1.0"
  )

  lazy val core: List[ModuleID] = Http4s ++ Db

  lazy val api: List[ModuleID] = Monix

  lazy val grabber: List[ModuleID] = Monix
}
"""

_VERSIONS = """object versions {
  val Http4sVersion = "0.22.11"
  val DoobieVersion = "0.9.0"
}
"""

_HTTP_API = """package org.acme.explorer.api

import doobie.implicits._
import org.http4s.server.blaze.BlazeServerBuilder

object HttpApi {
  def serve = BlazeServerBuilder[Task].bindHttp(8080, "0.0.0.0")
}
"""

_GRABBER = """package org.acme.explorer.grabber

import doobie.implicits._

object Application {
  def main(args: Array[String]): Unit = new ChainIndexer().run()
}
"""

_TEST = """package org.acme.explorer.api

import org.scalatest.flatspec.AnyFlatSpec

class RoutesSpec extends AnyFlatSpec
"""


def _helper_tree() -> dict[str, str]:
    return {
        "build.sbt": _HELPER_BUILD,
        "project/utils.scala": _UTILS,
        "project/dependencies.scala": _LISTS,
        "project/versions.scala": _VERSIONS,
        "modules/explorer-api/src/main/scala/org/acme/explorer/api/HttpApi.scala": _HTTP_API,
        "modules/explorer-api/src/test/scala/org/acme/explorer/api/RoutesSpec.scala": _TEST,
        "modules/chain-grabber/src/main/scala/org/acme/explorer/grabber/Application.scala":
            _GRABBER,
    }


def test_a_helper_of_the_build_definition_makes_the_server_project(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _helper_tree()))
    # The grabber depends on the library listing the server too, but starts none.
    assert set(found) == {"modules/explorer-api"}
    api = found["modules/explorer-api"]
    assert first(api, K.FRAMEWORK) == ("http4s", "0.22.11")
    assert first(api, K.QUERY) == ("Doobie", "0.9.0")
    assert first(api, K.DATABASE)[0] == "PostgreSQL"
    assert first(api, K.TEST)[0] == "ScalaTest"


def test_outside_helpers_name_the_folder_they_spell() -> None:
    assert sbt_projects.outside_helpers(_UTILS.splitlines()) == {
        "mkModule": (["id", "description"], "modules/$id")
    }
    found = sbt_projects.blocks(_HELPER_BUILD.splitlines(), {"mkModule": (["id"], "modules/$id")})
    assert [folder for _, _, folder in found] == [
        ".", "modules/explorer-core", "modules/explorer-api", "modules/chain-grabber"
    ]
    # Without the helper, the build names no project of its own folder.
    assert [folder for _, _, folder in sbt_projects.blocks(_HELPER_BUILD.splitlines())] == ["."]
