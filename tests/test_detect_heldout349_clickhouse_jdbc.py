"""A Play service whose tables Slick reads from ClickHouse over its JDBC driver, with a search
index beside them (set 349, #19).

The build names Slick, ClickHouse's JDBC driver (`ru.yandex.clickhouse:clickhouse-jdbc`, today
`com.clickhouse:clickhouse-jdbc`) and elastic4s: the driver is the primary store's, so the engine
is ClickHouse, Elasticsearch the search index beside it. Before the driver was catalogued, the
search client alone named the engine.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """name := "genetics-api"

lazy val root = (project in file(".")).enablePlugins(PlayScala)

scalaVersion := "2.12.15"

libraryDependencies ++= Seq(
  "com.typesafe.slick" %% "slick" % "3.3.3",
  "org.scalatestplus.play" %% "scalatestplus-play" % "5.1.0" % Test
)
libraryDependencies += "com.typesafe.play" %% "play-slick" % "5.0.0"
libraryDependencies += "{group}" % "clickhouse-jdbc" % "0.3.1-patch"

val s4sVersion = "7.12.2"
libraryDependencies ++= Seq(
  "com.sksamuel.elastic4s" %% "elastic4s-core" % s4sVersion,
  "com.sksamuel.elastic4s" %% "elastic4s-client-esjava" % s4sVersion
)
"""

_PLUGINS = 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.8.8")\n'

_CONF = """slick.dbs {
  default {
    profile = "components.clickhouse.ClickHouseProfile$"
    db {
      driver = "ru.yandex.clickhouse.ClickHouseDriver"
      url = "jdbc:clickhouse://127.0.0.1:8123/ot"
    }
  }
}
ot.elasticsearch { host = "localhost", port = 9200 }
"""


def _engines(tmp_path: Path, group: str) -> list[str]:
    files = {
        "build.sbt": _BUILD.replace("{group}", group),
        "project/plugins.sbt": _PLUGINS,
        "conf/application.conf": _CONF,
        "app/controllers/HomeController.scala": (
            "package controllers\n\nimport play.api.mvc._\n\n"
            "class HomeController(cc: ControllerComponents) extends AbstractController(cc)\n"
        ),
    }
    backend = by_folder(write(tmp_path, files))["."]
    return [f.name for f in backend.findings if f.kind is K.DATABASE]


def test_the_clickhouse_driver_names_the_primary_engine(tmp_path: Path) -> None:
    assert _engines(tmp_path, "ru.yandex.clickhouse")[0] == "ClickHouse"


def test_the_drivers_current_group_names_it_too(tmp_path: Path) -> None:
    assert _engines(tmp_path, "com.clickhouse")[0] == "ClickHouse"
