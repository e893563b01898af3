"""sbt builds of held-out set 122 (#19).

- The digiroad2 shape: an sbt build written only as `project/build.scala` (sbt's older full
  configuration, spelled in lower case), no build.sbt: the file is the build of the folder
  above `project/`, and the Scalatra it declares is that folder's framework.
- The lila-search shape: `project/Dependencies.scala` names a family's modules through a helper
  (`def http4s(artifact: String) = "org.http4s" %% s"http4s-$artifact" % V.http4s`, then
  `http4s("ember-server")`), and other dependencies as vals (`val weaver = "org.typelevel" %%
  "weaver-cats" % "0.13.0" % Test`); elastic4s, the Scala client of Elasticsearch, names the
  engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD_SCALA = """import sbt._
import sbt.Keys._
import org.scalatra.sbt._

object AppBuild extends Build {
  val ScalatraVersion = "2.6.3"

  lazy val warProject = Project (
    "app",
    file("."),
    settings = Defaults.defaultSettings ++ ScalatraPlugin.scalatraWithJRebel ++ Seq(
      libraryDependencies ++= Seq(
        "org.scalatra" %% "scalatra" % ScalatraVersion,
        "com.typesafe.slick" %% "slick" % "3.0.0",
        "org.postgresql" % "postgresql" % "42.3.9",
        "org.scalatest" % "scalatest_2.11" % "3.2.0-SNAP7" % "test"
      )
    )
  )
}
"""
_BOOTSTRAP = (
    "import org.scalatra._\nimport javax.servlet.ServletContext\n\n"
    "class ScalatraBootstrap extends LifeCycle {\n"
    "  override def init(context: ServletContext): Unit = {}\n}\n"
)


def test_lower_case_build_scala_is_the_build(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "project/build.scala": _BUILD_SCALA,
            "project/build.properties": "sbt.version=0.13.18\n",
            "src/main/scala/ScalatraBootstrap.scala": _BOOTSTRAP,
        },
    )
    backend = by_folder(tmp_path)["."]
    assert first(backend, K.FRAMEWORK) == ("Scalatra", "2.6.3")
    assert first(backend, K.ORM)[0] == "Slick"


def test_build_scala_outside_project_is_no_build(tmp_path: Path) -> None:
    # The counter-case: a source file called build.scala is the program's code, not its build.
    write(
        tmp_path,
        {
            "src/main/scala/build.scala": _BUILD_SCALA,
            "src/main/scala/ScalatraBootstrap.scala": _BOOTSTRAP,
        },
    )
    assert not any(
        f.kind is K.FRAMEWORK and f.version
        for b in by_folder(tmp_path).values()
        for f in b.findings
    )


_DEPENDENCIES = """import sbt._

object Dependencies {
  object V {
    val http4s = "0.23.36"
    val elastic4s = "9.3.0"
  }

  def http4s(artifact: String) = "org.http4s" %% s"http4s-$artifact" % V.http4s

  val http4sServer = http4s("{server}")
  val http4sClient = http4s("client")
  val elastic4sHttp4sClient = "nl.gn0s1s" %% "elastic4s-client-http4s" % V.elastic4s
  val weaver = "org.typelevel" %% "weaver-cats" % "0.13.0" % Test
}
"""
_BUILD_SBT = """import Dependencies._

inThisBuild(Seq(scalaVersion := "3.8.4"))

lazy val app = project
  .in(file("modules/app"))
  .settings(libraryDependencies ++= Seq(http4sServer, elastic4sHttp4sClient, weaver))
"""
_SERVER = (
    "import org.http4s.ember.server.EmberServerBuilder\n\n"
    "object HttpServer:\n  def apply() = EmberServerBuilder.default[IO].build\n"
)


def _search(server: str) -> dict[str, str]:
    return {
        "build.sbt": _BUILD_SBT,
        "project/Dependencies.scala": _DEPENDENCIES.replace("{server}", server),
        "modules/app/src/main/scala/HttpServer.scala": _SERVER,
        "modules/app/src/test/scala/SearchSuite.scala": (
            "import weaver.*\n\nobject S extends SimpleIOSuite\n"
        ),
    }


def test_helper_call_declares_the_family_module(tmp_path: Path) -> None:
    write(tmp_path, _search("ember-server"))
    # Keyed by the project's own folder, not the root that only aggregates it (HELDOUT's
    # "What a backend is"; set 213): the definition's chain opens on the line below its val.
    backend = by_folder(tmp_path)["modules/app"]
    assert first(backend, K.FRAMEWORK) == ("http4s", "0.23.36")
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"
    assert first(backend, K.TEST) == ("weaver", "0.13.0")


def test_helper_call_of_another_module_declares_no_server(tmp_path: Path) -> None:
    # The counter-case: the helper only names the client and DSL modules; no server module is
    # declared, so no version comes from the build.
    write(tmp_path, _search("dsl"))
    backend = by_folder(tmp_path).get("modules/app")
    assert backend is None or first(backend, K.FRAMEWORK)[1] == ""


def test_val_the_build_never_lists_declares_nothing(tmp_path: Path) -> None:
    # The counter-case (cromwell's shape in set 86): Dependencies.scala keeps a val of a
    # module no project lists; it is no dependency of the build.
    files = _search("ember-server")
    files["build.sbt"] = files["build.sbt"].replace(", elastic4sHttp4sClient", "")
    write(tmp_path, files)
    assert first(by_folder(tmp_path)["modules/app"], K.DATABASE) == ("", "")
