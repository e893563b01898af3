"""Held-out set 60 (#19): one root `build.sbt` makes two Play applications with a helper taking
the folder's name (`def playProject(label: String, projectName: String) = Project(projectName,
file(s"$appsFolder/$projectName")).dependsOn(commonLib).enablePlugins(PlayScala)…`), beside a
common library project (`(project in file(s"$appsFolder/common-lib"))`, which declares Play
for its classes), while the root only aggregates them. Each application is named by its
folder, with what its call, the helper and the settings val it lists declare, at the release
of Play's sbt plugin the build adds; the library the applications depend on is none, and the
JDBC driver `project/plugins.sbt` puts on the build's own classpath is no application's."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import sbt_projects, scala
from designer.model.stack import FindingKind as K

_BUILD = """name := "typist"
ThisBuild / scalaVersion := "2.13.18"

val appsFolder = "apps"
val scalikejdbcVersion = "4.3.2"

val commonSettings = Seq(
  libraryDependencies ++= Seq(
    "org.scalatestplus.play" %% "scalatestplus-play" % "6.0.2" % Test
  )
)

val commonLib = (project in file(s"$appsFolder/common-lib"))
  .settings(
    commonSettings,
    libraryDependencies ++= Seq(
      ws,
      "com.typesafe.play" %% "play" % "2.9.10"
    )
  )

def playProject(
    label: String,
    projectName: String,
    devHttpPorts: Map[String, String]
) =
  Project(projectName, file(s"$appsFolder/$projectName"))
    .dependsOn(commonLib)
    .enablePlugins(PlayScala, BuildInfoPlugin)
    .settings(
      commonSettings,
      libraryDependencies ++= Seq(
        "at.yawk.lz4" % "lz4-java" % "1.8.1" % Runtime
      )
    )

val checker = playProject(
  "Rule checker",
  "checker",
  Map("http" -> "9100")
)
  .settings(
    libraryDependencies ++= Seq(
      "software.amazon.awssdk" % "s3" % "2.53.1"
    )
  )

val ruleManager = playProject(
  "Rule manager",
  "rule-manager",
  Map("http" -> "9101")
)
  .settings(
    libraryDependencies ++= Seq(
      jdbc,
      "org.postgresql" % "postgresql" % "42.7.13",
      "org.scalikejdbc" %% "scalikejdbc" % scalikejdbcVersion
    )
  )

val root = (project in file(".")).aggregate(commonLib, checker, ruleManager)
"""

_PLUGINS = """addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.9.10")
addSbtPlugin("org.scalikejdbc" %% "scalikejdbc-mapper-generator" % "3.5.0")

libraryDependencies ++= Seq(
  "org.postgresql" % "postgresql" % "42.5.1"
)
"""

_CONTROLLER = """package controllers

import play.api.mvc._

class RulesController(cc: ControllerComponents) extends AuthController(cc) {
  def rules() = Action { Ok("[]") }
}
"""

_DB = """package db

import scalikejdbc._

object DbRule {
  def all()(implicit session: DBSession = AutoSession) = sql"select * from rules".list()
}
"""

_SPEC = """package controllers

import org.scalatest.flatspec.AnyFlatSpec

class RulesSpec extends AnyFlatSpec {
  "rules" should "list" in {}
}
"""

_LIB = """package com.example.common

import play.api.mvc._

abstract class AuthController(cc: ControllerComponents) extends AbstractController(cc)
"""


def _tree() -> dict[str, str]:
    return {
        "build.sbt": _BUILD,
        "project/plugins.sbt": _PLUGINS,
        "project/build.properties": "sbt.version=1.9.9\n",
        "apps/common-lib/src/main/scala/com/example/common/AuthController.scala": _LIB,
        "apps/checker/app/controllers/RulesController.scala": _CONTROLLER,
        "apps/checker/conf/routes": "GET /rules controllers.RulesController.rules()\n",
        "apps/checker/test/controllers/RulesSpec.scala": _SPEC,
        "apps/rule-manager/app/controllers/RulesController.scala": _CONTROLLER,
        "apps/rule-manager/app/db/DbRule.scala": _DB,
        "apps/rule-manager/conf/routes": "GET /rules controllers.RulesController.rules()\n",
        "apps/rule-manager/test/controllers/RulesSpec.scala": _SPEC,
    }


def test_projects_a_helper_makes_are_the_backends_by_their_folders(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"apps/checker", "apps/rule-manager"}
    checker, manager = found["apps/checker"], found["apps/rule-manager"]
    assert first(checker, K.FRAMEWORK) == ("Play", "2.9.10")
    assert first(manager, K.FRAMEWORK) == ("Play", "2.9.10")
    assert first(checker, K.TEST)[0] == "ScalaTest"
    # The plugin's JDBC driver is the build's own; the rule manager's is its own.
    assert not [f for f in checker.findings if f.kind in (K.DATABASE, K.QUERY, K.ORM)]
    assert first(manager, K.QUERY)[0] == "ScalikeJDBC"
    assert first(manager, K.DATABASE)[0] == "PostgreSQL"


def test_helper_calls_and_interpolated_folders_name_the_projects() -> None:
    lines = _BUILD.splitlines()
    folders = [folder for _, _, folder in sbt_projects.blocks(lines)]
    assert folders == ["apps/common-lib", "apps/checker", "apps/rule-manager", "."]
    [(start, _, made)] = sbt_projects.helper_blocks(lines)
    assert lines[start].startswith("def playProject(") and made == folders[1:3]
    # A folder spelt with a val the build does not define names no project.
    unknown = ['val lib = (project in file(s"$elsewhere/lib"))', "  .settings()"]
    assert sbt_projects.blocks(unknown) == []
    # A named argument gives the helper's parameter too.
    named = _BUILD.replace('  "checker",\n', '  projectName = "checker",\n')
    assert "apps/checker" in [f for _, _, f in sbt_projects.blocks(named.splitlines())]


def test_a_depended_on_project_that_packages_a_program_stays_an_application() -> None:
    lines = _BUILD.splitlines()
    assert sbt_projects.depended_on(lines, scala._PACKAGED) == {"apps/common-lib"}
    # A dependency for tests only (`% "test->test"`) makes no library.
    tested = _BUILD.replace(".dependsOn(commonLib)", '.dependsOn(commonLib % "test->test")')
    assert sbt_projects.depended_on(tested.splitlines(), scala._PACKAGED) == set()
