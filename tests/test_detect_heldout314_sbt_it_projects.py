"""Scala: a Play service at its build's root beside an integration-test project (set 314, #19).

- sbt's recommended replacement of the `IntegrationTest` configuration is a project of its own
  (`lazy val it = project.enablePlugins(PlayScala).dependsOn(microservice % "test->test")`)
  whose folder holds only a test tree (`it/test/`): a test harness, not a service, so the Play
  application at the root is the backend (not an aggregator of it).
- A project whose folder keeps main code beside its tests stays a service.
- A project enabling Play's plugin through a val of the build (`lazy val plugins:
  Seq[Plugins] = Seq(play.sbt.PlayScala, …)`, `.enablePlugins(plugins: _*)`) is a Play
  application as if it listed the plugin itself.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PLUGINS = 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.11")\n'

_ROOT_BUILD = (
    'val appName = "rates"\n\n'
    'ThisBuild / scalaVersion := "2.13.18"\n\n'
    "lazy val plugins: Seq[Plugins] = Seq(play.sbt.PlayScala, DistributablesPlugin)\n\n"
    'lazy val microservice = Project(appName, file("."))\n'
    "  .enablePlugins(plugins: _*)\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "org.mongodb.scala" %% "mongo-scala-driver" % "5.1.0",\n'
    '      "org.scalatest" %% "scalatest" % "3.2.19" % Test\n'
    "    )\n"
    "  )\n\n"
    "lazy val it = project\n"
    "  .enablePlugins(PlayScala)\n"
    '  .dependsOn(microservice % "test->test")\n'
    "  .settings(libraryDependencies ++= Seq(\n"
    '    "org.scalatest" %% "scalatest" % "3.2.19" % Test\n'
    "  ))\n"
)

_CONTROLLER = (
    "package controllers\n\nimport play.api.mvc._\n\n"
    "class Rates(val controllerComponents: ControllerComponents) extends BaseController {\n"
    '  def list = Action { Ok("[]") }\n}\n'
)

_LIB_CONTROLLER = (
    "package controllers\n\nimport play.api.mvc._\nimport platform.bootstrap.BackendController\n\n"
    "class Rates(cc: ControllerComponents) extends BackendController(cc) {\n"
    '  def list = Action { Ok("[]") }\n}\n'
)
"""A controller on the base class a shared bootstrap library gives its services: the code
names no Play controller of its own, so only the build says the project is a Play one."""

_IT_SPEC = (
    "package it\n\nimport org.scalatest.wordspec.AnyWordSpec\n\n"
    'class RatesISpec extends AnyWordSpec {\n  "rates" should { "list" in {} }\n}\n'
)


def _service(tmp_path: Path, build: str, more: dict[str, str] | None = None) -> Path:
    files = {
        "build.sbt": build,
        "project/plugins.sbt": _PLUGINS,
        "conf/routes": "GET /rates controllers.Rates.list\n",
        "app/controllers/Rates.scala": _LIB_CONTROLLER,
        "test/controllers/RatesSpec.scala": _IT_SPEC.replace("package it", "package controllers"),
        "it/test/RatesISpec.scala": _IT_SPEC,
        **(more or {}),
    }
    return write(tmp_path, files)


def test_the_integration_test_project_is_no_service_and_the_root_is(tmp_path: Path) -> None:
    found = by_folder(_service(tmp_path, _ROOT_BUILD))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK) == ("Play", "3.0.11")
    assert first(found["."], K.DATABASE)[0] == "MongoDB"
    assert first(found["."], K.TEST)[0] == "ScalaTest"


def test_one_depending_plainly_with_an_sbt_test_tree_is_no_service_either(tmp_path: Path) -> None:
    build = _ROOT_BUILD.replace('microservice % "test->test"', "microservice")
    more = {"it/src/test/scala/RatesISpec.scala": _IT_SPEC}
    found = by_folder(_service(tmp_path, build, more))
    assert list(found) == ["."]


def test_a_project_with_main_code_beside_its_tests_stays_a_service(tmp_path: Path) -> None:
    build = (
        'ThisBuild / scalaVersion := "2.13.18"\n\n'
        "lazy val admin = project\n"
        "  .enablePlugins(PlayScala)\n"
        "  .settings(libraryDependencies ++= Seq(\n"
        '    "org.mongodb.scala" %% "mongo-scala-driver" % "5.1.0"\n'
        "  ))\n\n"
        'lazy val root = (project in file(".")).aggregate(admin)\n'
    )
    files = {
        "build.sbt": build,
        "project/plugins.sbt": _PLUGINS,
        "admin/conf/routes": "GET /rates controllers.Rates.list\n",
        "admin/app/controllers/Rates.scala": _CONTROLLER,
        "admin/test/RatesSpec.scala": _IT_SPEC,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["admin"]


def test_play_enabled_through_a_val_of_the_build_is_play(tmp_path: Path) -> None:
    build = (
        'ThisBuild / scalaVersion := "3.3.4"\n\n'
        "lazy val plugins = Seq(PlayScala, DockerPlugin)\n\n"
        "lazy val core = (project in file(\"core\"))\n\n"
        'lazy val server = (project in file("server"))\n'
        "  .enablePlugins(plugins *)\n"
        "  .dependsOn(core)\n\n"
        'lazy val root = (project in file(".")).aggregate(core, server)\n'
    )
    files = {
        "build.sbt": build,
        "project/plugins.sbt": _PLUGINS,
        "core/src/main/scala/core/Rate.scala": "package core\n\ncase class Rate(value: Int)\n",
        "server/conf/routes": "GET /rates controllers.Rates.list\n",
        "server/app/controllers/Rates.scala": _LIB_CONTROLLER,
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["server"]
    assert first(found["server"], K.FRAMEWORK) == ("Play", "3.0.11")
