"""Held-out set 379 (#19): a Play 2.3 application built at the root of an sbt build, its
project defined in `project/Build.scala` (`Project(appName, file(".")).enablePlugins(
play.PlayScala)`) and its `build.sbt` listing resolvers, Sonatype's among them
(`resolvers += "Sonatype-public" at "https://oss.sonatype.org/…"`). Reading dependencies from
Sonatype publishes nothing: the root is the application, not a library. Play's sbt plugin
lets a system property override its release (`Option(System.getProperty("play.version"))
.getOrElse("2.3.10")`): the fallback is the release the build uses. Its data layer is
Squeryl over the MySQL and H2 drivers it declares."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.detect.ecosystems import scala
from designer.model.stack import FindingKind as K

_BUILD = """resolvers += "Twitter Repository" at "https://maven.twttr.com/"

resolvers += "Sonatype-public" at "https://oss.sonatype.org/content/groups/public"

scalaVersion := "2.11.7"

libraryDependencies ++= Seq(
  "org.specs2" %% "specs2" % "2.3.13" % "test",
  "mysql" % "mysql-connector-java" % "5.1.44",
  "com.h2database" % "h2" % "1.4.196",
  "org.squeryl" %% "squeryl" % "0.9.5-7",
  "com.typesafe.play" %% "play-jdbc" % "2.3.10",
  ws
)
"""

_PLUGINS = """resolvers ++= Seq(
    DefaultMavenRepository,
    "Sontype Releases" at "https://oss.sonatype.org/content/repositories/releases/"
)

addSbtPlugin("com.typesafe.play" % "sbt-plugin" % Option(sys.props("v")).getOrElse("2.3.10"))
"""

_PROJECT = """import sbt._
import Keys._

object ApplicationBuild extends Build {
    val appName         = "inventory"
    val main = Project(appName, file(".")).enablePlugins(play.PlayScala).settings(
      version := "2.0-SNAPSHOT"
    )
}
"""

_CONTROLLER = """package controllers

import play.api.mvc._

object Assets extends Controller {
  def list = Action { Ok("[]") }
}
"""

_MODEL = """package models

import org.squeryl.Schema

object Inventory extends Schema {
  val assets = table[Asset]("asset")
}
"""


_SPEC = """package controllers

import org.specs2.mutable.Specification

class AssetsSpec extends Specification {
  "assets" should { "list" in { ok } }
}
"""


def _tree() -> dict[str, str]:
    return {
        "build.sbt": _BUILD,
        "project/plugins.sbt": _PLUGINS,
        "project/Build.scala": _PROJECT,
        "project/build.properties": "sbt.version=0.13.16\n",
        "app/controllers/Assets.scala": _CONTROLLER,
        "app/models/Inventory.scala": _MODEL,
        "test/controllers/AssetsSpec.scala": _SPEC,
        "conf/routes": "GET /assets controllers.Assets.list\n",
        "conf/application.conf": 'db.default.url="jdbc:h2:mem:play"\n',
    }


def test_a_root_play_build_reading_from_sonatype_is_the_application(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree()))
    assert set(found) == {"."}
    app = found["."]
    assert first(app, K.FRAMEWORK) == ("Play", "2.3.10")
    assert first(app, K.ORM)[0] == "Squeryl"
    assert first(app, K.TEST)[0] == "specs2"
    assert {f.name for f in app.findings if f.kind is K.DATABASE} == {"MySQL", "H2"}


def test_sonatype_as_a_resolver_publishes_nothing() -> None:
    assert not scala._PUBLISHED.search(_BUILD)
    assert not scala._PUBLISHED.search(_PLUGINS)
    # Publishing there still is.
    assert scala._PUBLISHED.search("publishTo := sonatypePublishToBundle.value\n")
    assert scala._PUBLISHED.search('sonatypeProfileName := "org.example"\n')


@pytest.mark.parametrize(
    "read",
    [
        'sys.props.getOrElse("v", "2.8.1")',
        'Option(sys.props("v")).getOrElse("2.8.1")',
        'sys.env.get("V").getOrElse("2.8.1")',
        'System.getProperty("v", "2.8.1")',
    ],
)
def test_a_property_with_a_fallback_versions_the_dependency(read: str) -> None:
    code = f'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % {read})'
    expanded = scala._OVERRIDABLE.sub(lambda m: next(g for g in m.groups() if g), code)
    found = scala._DEPENDENCY.search(expanded)
    assert found and found.group("version") == '"2.8.1"'
