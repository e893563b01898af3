"""A root build.sbt defining every project of a large build (held-out set 86, #19), each
through a method the build definition adds to `Project` in project/Settings.scala
(`.withExecutableSettings(…)` enabling the Docker plugin and a fat jar, `.withLibrarySettings(…)`
disabling it), with the dependency lists of project/Dependencies.scala.

The program `server` is a thin `main` calling its `engine` library, whose code binds the Akka
HTTP routes: the server is the backend, with the framework the library starts and the data
layer it runs with. The libraries (the engine, an API client and a file system calling other
servers through Akka HTTP's client, which only the engine depends on) are none; a second
program binding its own server (`gateway`) is one. The engine is the default the library's
`reference.conf` includes (an in-memory HSQLDB), not the first of the drivers the build lends.
Counter-cases: without the methods' bodies saying which projects package a program, nothing is
made a library; with no default in the settings, the drivers decide.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import sbt_project_methods, sbt_projects
from designer.model.stack import FindingKind as K

_BUILD = """lazy val database = project
  .withLibrarySettings("app-database", databaseDependencies)

lazy val httpFileSystem = (project in file("filesystems/http"))
  .withLibrarySettings("app-http-filesystem", httpFileSystemDependencies)

lazy val apiClient = project
  .withLibrarySettings("app-api-client", apiClientDependencies)

lazy val engine = project
  .withLibrarySettings("app-engine", engineDependencies)
  .dependsOn(database)
  .dependsOn(httpFileSystem)
  .dependsOn(httpFileSystem % "test->test")

lazy val gateway = project
  .withExecutableSettings("gateway", gatewayDependencies)
  .dependsOn(apiClient)

lazy val server = project
  .withExecutableSettings("app", serverDependencies)
  .dependsOn(engine)
  .dependsOn(apiClient)

lazy val root = (project in file("."))
  .aggregate(database, httpFileSystem, apiClient, engine, gateway, server)
"""

_SETTINGS = """import sbt._
import sbt.Keys._
import sbtassembly.AssemblyPlugin
import sbtdocker.DockerPlugin

object Settings {
  lazy val assemblySettings = Seq(
    assembly / assemblyJarName := name.value + ".jar"
  )

  private def buildProject(project: Project, projectName: String, dependencies: Seq[ModuleID]) =
    project.settings(name := projectName, libraryDependencies ++= dependencies)

  implicit class ProjectLibrarySettings(val project: Project) extends AnyVal {
    def withLibrarySettings(libraryName: String,
                            dependencies: Seq[ModuleID] = List.empty): Project =
      buildProject(project, libraryName, dependencies).disablePlugins(AssemblyPlugin)
  }

  implicit class ProjectExecutableSettings(val project: Project) extends AnyVal {
    def withExecutableSettings(executableName: String,
                               dependencies: Seq[ModuleID] = List.empty): Project =
      buildProject(project, executableName, dependencies)
        .enablePlugins(DockerPlugin)
        .settings(assemblySettings)
  }
}
"""

_DEPENDENCIES = """import sbt._

object Dependencies {
  private val akkaHttpV = "10.1.15"
  private val slickV = "3.4.0"
  private val scalatestV = "3.2.15"

  private val akkaHttpDependencies = List(
    "com.typesafe.akka" %% "akka-http" % akkaHttpV
  )

  private val testDependencies = List(
    "org.scalatest" %% "scalatest" % scalatestV % Test
  )

  val databaseDependencies = List(
    "com.typesafe.slick" %% "slick" % slickV,
    "org.mariadb.jdbc" % "mariadb-java-client" % "2.7.4",
    "org.hsqldb" % "hsqldb" % "2.6.1"
  ) ++ testDependencies

  val httpFileSystemDependencies = akkaHttpDependencies ++ testDependencies
  val apiClientDependencies = akkaHttpDependencies ++ testDependencies
  val engineDependencies = akkaHttpDependencies ++ testDependencies
  val gatewayDependencies = akkaHttpDependencies ++ testDependencies
  val serverDependencies = testDependencies
}
"""

_CLIENT = """package app.{package}

import akka.http.scaladsl.Http
import akka.http.scaladsl.model.HttpRequest

class Client {{
  def fetch(uri: String) = Http().singleRequest(HttpRequest(uri = uri))
}}
"""

_ENGINE = """package app.server

import akka.http.scaladsl.Http

class AppServer(routes: Route) {
  val binding = Http().bindAndHandle(routes, "0.0.0.0", 8000)
}
"""

_TABLES = """package app.database

import slick.jdbc.JdbcProfile

trait Tables
"""

_APP = """package app

import app.server.AppServer

object App extends App {
  new AppServer(Routes.all)
}
"""

_GATEWAY = """package gateway

import akka.http.scaladsl.Http

object Main extends App {
  Http().bindAndHandle(routes, "0.0.0.0", 8001)
}
"""

_REFERENCE = """app {
  workers = 4
}

include required(classpath("reference_database.inc.conf"))
"""

_DATABASE_CONF = """database {
  # the default: in memory
  profile = "slick.jdbc.HsqldbProfile$"
  db {
    url = "jdbc:hsqldb:mem:app;shutdown=false"
  }
}
"""

_TEST = "import org.scalatest.flatspec.AnyFlatSpec\n"


def _tree() -> dict[str, str]:
    return {
        "build.sbt": _BUILD,
        "project/Settings.scala": _SETTINGS,
        "project/Dependencies.scala": _DEPENDENCIES,
        "database/src/main/scala/app/database/Tables.scala": _TABLES,
        "database/src/main/resources/reference.conf": _REFERENCE,
        "database/src/main/resources/reference_database.inc.conf": _DATABASE_CONF,
        "filesystems/http/src/main/scala/app/http/Client.scala": _CLIENT.format(package="http"),
        "apiClient/src/main/scala/app/api/Client.scala": _CLIENT.format(package="api"),
        "engine/src/main/scala/app/server/AppServer.scala": _ENGINE,
        "engine/src/test/scala/app/server/AppServerSpec.scala": _TEST,
        "server/src/main/scala/app/App.scala": _APP,
        "server/src/test/scala/app/AppSpec.scala": _TEST,
        "gateway/src/main/scala/gateway/Main.scala": _GATEWAY,
        "gateway/src/test/scala/gateway/MainSpec.scala": _TEST,
    }


def test_the_program_is_the_backend_its_libraries_none(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"server", "gateway"}
    server = found["server"]
    assert first(server, K.FRAMEWORK) == ("Akka HTTP", "10.1.15")  # its engine binds it
    assert first(server, K.ORM)[0] == "Slick"  # the library it runs with
    # The default its library's reference.conf includes, not the first driver lent.
    assert first(server, K.DATABASE)[0] == "HSQLDB"
    assert first(server, K.TEST)[0] == "ScalaTest"
    assert first(found["gateway"], K.FRAMEWORK) == ("Akka HTTP", "10.1.15")


def test_with_no_reference_default_the_drivers_decide(tmp_path: Path) -> None:
    tree = _tree()
    tree["database/src/main/resources/reference.conf"] = "app {\n  workers = 4\n}\n"
    server = by_folder(write(tmp_path, tree))["server"]
    assert first(server, K.DATABASE)[0] == "MariaDB"


def test_project_methods_and_the_programs_libraries() -> None:
    methods = sbt_project_methods.methods(_SETTINGS.split("\n"))
    assert set(methods) == {"withLibrarySettings", "withExecutableSettings"}
    assert "DockerPlugin" in methods["withExecutableSettings"]
    lines = _BUILD.split("\n")
    from designer.detect.ecosystems.scala import _PACKAGED

    # Through the engine, the program's library, the file system is one too; a project only
    # tested with is not followed.
    assert sbt_projects.depended_on(lines, _PACKAGED, None, methods) == {
        "apiClient",
        "engine",
        "database",
        "filesystems/http",
    }
    assert sbt_projects.depended_on(lines, _PACKAGED) == set()
