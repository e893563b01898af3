"""Held-out set 327 (#19): an sbt build in a folder of a larger repository shares specs2 (from
`project/Dependencies.scala`, `% "test"`) with all its projects, an http4s API among them, while
no project keeps a test; the repository's Django API beside it has tests of its own. The API
has no test framework. A spec in one of the build's projects keeps specs2."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """lazy val commonDependencies = Seq(
  Dependencies.specs2Core,
  Dependencies.logbackClassic
)

lazy val root = project.in(file(".")).aggregate(api, datamodel)

lazy val datamodel = project.in(file("datamodel")).settings(
  libraryDependencies ++= commonDependencies
)

lazy val api = project.in(file("api")).dependsOn(datamodel).settings(
  libraryDependencies ++= commonDependencies ++ Seq(
    Dependencies.http4sDsl,
    Dependencies.http4sBlazeServer
  )
)
"""

_DEPENDENCIES = """import sbt._

object Versions {
  val Http4sVersion = "0.20.3"
  val Specs2Version = "4.1.0"
}

object Dependencies {
  val http4sDsl = "org.http4s" %% "http4s-dsl" % Versions.Http4sVersion
  val http4sBlazeServer = "org.http4s" %% "http4s-blaze-server" % Versions.Http4sVersion
  val logbackClassic = "ch.qos.logback" % "logback-classic" % "1.2.3"
  val specs2Core = "org.specs2" %% "specs2-core" % Versions.Specs2Version % "test"
}
"""

_SERVER = """package io.example.api

import cats.effect._
import org.http4s.HttpRoutes
import org.http4s.dsl.io._
import org.http4s.server.blaze.BlazeServerBuilder

object Server extends IOApp {
  val routes = HttpRoutes.of[IO] { case GET -> Root / "health" => Ok("ok") }
  def run(args: List[String]): IO[ExitCode] =
    BlazeServerBuilder[IO].bindHttp(8080, "0.0.0.0").withHttpApp(routes.orNotFound).serve
      .compile.drain.as(ExitCode.Success)
}
"""

_SPEC = """package io.example.api

import org.specs2.mutable.Specification

class ServerSpec extends Specification {
  "the server" should { "start" in { 1 must_== 1 } }
}
"""


def _tree(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "src/indicators/build.sbt": _BUILD,
        "src/indicators/project/Dependencies.scala": _DEPENDENCIES,
        "src/indicators/project/plugins.sbt": 'addSbtPlugin("ch.epfl.scala" % "sbt-scalafix" '
        '% "0.9.4")\n',
        "src/indicators/project/build.properties": "sbt.version=1.2.8\n",
        "src/indicators/api/src/main/scala/io/example/api/Server.scala": _SERVER,
        "src/indicators/datamodel/src/main/scala/io/example/Model.scala": "package io.example\n"
        "case class Indicator(name: String)\n",
        "src/django/requirements.txt": "Django==2.2\n",
        "src/django/app/tests/test_views.py": "from django.test import TestCase\n",
        **(extra or {}),
    }


def _tests(root: Path) -> list[str]:
    api = by_folder(root)["src/indicators/api"]
    return [f.name for f in api.findings if f.kind is K.TEST]


def test_a_build_declaring_specs2_with_no_test_has_none(tmp_path: Path) -> None:
    assert _tests(write(tmp_path, _tree())) == []


def test_a_spec_in_the_build_keeps_specs2(tmp_path: Path) -> None:
    spec = {"src/indicators/api/src/test/scala/io/example/api/ServerSpec.scala": _SPEC}
    assert _tests(write(tmp_path, _tree(spec))) == ["specs2"]
