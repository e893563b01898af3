"""A Play Java application whose models are Ebean's (#19): the build enables Play's Ebean plugin
(`enablePlugins(PlayJava, PlayEbean)`, added by sbt-play-ebean in project/plugins.sbt), which
puts Ebean on the classpath; no `libraryDependencies` line names it."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

PLUGINS = (
    'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.8.2")\n\n'
    "// Play Ebean support, to enable, uncomment this line, and enable in your build.sbt using\n"
    "// enablePlugins(PlayEbean).\n"
    'addSbtPlugin("com.typesafe.sbt" % "sbt-play-ebean" % "6.0.0")\n'
)
BUILD = (
    'name := """translations"""\n\nlazy val root = (project in file("."))\n'
    "  .enablePlugins({plugins})\n"
    '  .settings(scalaVersion := "2.13.2")\n\n'
    'libraryDependencies ++= Seq(\n  javaJdbc,\n  guice,\n'
    '  "org.postgresql" % "postgresql" % "42.2.17"\n)\n'
)
MODEL = (
    "package models;\n\nimport io.ebean.Model;\nimport javax.persistence.Entity;\n\n"
    "@Entity\npublic class Project extends Model {\n    public String name;\n}\n"
)


def _backend(tmp_path: Path, plugins: str) -> object:
    files = {
        "build.sbt": BUILD.replace("{plugins}", plugins),
        "project/plugins.sbt": PLUGINS,
        "app/models/Project.java": MODEL,
        "conf/routes": "GET / controllers.HomeController.index()\n",
    }
    return by_folder(write(tmp_path, files))["."]


def test_enabled_play_ebean_plugin_is_the_data_layer(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "PlayJava, PlayEbean")
    assert first(backend, K.FRAMEWORK) == ("Play", "2.8.2")
    assert first(backend, K.ORM)[0] == "Ebean"


def test_plugin_added_but_not_enabled_is_no_data_layer(tmp_path: Path) -> None:
    backend = _backend(tmp_path, "PlayJava")
    assert first(backend, K.ORM) == ("", "")
