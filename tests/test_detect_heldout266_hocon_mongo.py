"""Scala: MongoDB as a Play application's settings reach it (set 266, #19).

A Play service reads its store through a persistence library of its own organisation (a jar
from JitPack whose repositories it mixes in: `trait MongoConn extends MongoConnectivity`), so
the build names no driver the catalogue knows. Its `conf/application.conf` gives the library
a `mongo { url { host = "localhost", port = 27017 } }` block: MongoDB's port under a block
named for it is that engine. So is a `mongodb://` connection string."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_CONF = (
    "play.filters.hosts.allowed = [\".acme.io\", \"localhost\"]\n\n"
    "mongo {\n"
    "  url {\n"
    '    host = "localhost"\n'
    "    host = ${?MONGO_HOST}\n\n"
    "    port = 27017\n"
    "    port = ${?MONGO_PORT}\n"
    "  }\n\n"
    '  database = "acme"\n'
    "}\n"
)


def _service(conf: str) -> dict[str, str]:
    return {
        "build.sbt": (
            'lazy val root = (project in file(".")).enablePlugins(PlayScala)\n\n'
            "libraryDependencies ++= Seq(\n"
            '  "com.github.acme" % "acme-store-persistence" % "1.9",\n'
            '  "org.scalatest" %% "scalatest" % "3.1.0" % Test\n'
            ")\n"
        ),
        "project/plugins.sbt": 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.8.8")\n',
        "app/controllers/ItemsController.scala": (
            "package controllers\n\n"
            "class ItemsController(cc: ControllerComponents) extends AbstractController(cc)\n"
        ),
        "conf/application.conf": conf,
        "conf/routes": "GET  /items  controllers.ItemsController.list\n",
    }


def test_a_mongo_block_on_its_port_is_mongodb(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _service(_CONF)))
    assert first(found["."], K.FRAMEWORK) == ("Play", "2.8.8")
    assert first(found["."], K.DATABASE)[0] == "MongoDB"


def test_a_connection_string_is_mongodb(tmp_path: Path) -> None:
    conf = 'mongodb.uri = "mongodb://localhost:27017/acme"\n'
    assert first(by_folder(write(tmp_path, _service(conf)))["."], K.DATABASE)[0] == "MongoDB"


def test_another_port_or_block_names_no_engine(tmp_path: Path) -> None:
    # Counter-case: a `mongo` block with no server port (a feature switch), and another
    # store's block on its own port, name no MongoDB.
    conf = "mongo {\n  enabled = false\n}\n\nredis {\n  host = localhost\n  port = 6379\n}\n"
    assert first(by_folder(write(tmp_path, _service(conf)))["."], K.DATABASE) == ("", "")
