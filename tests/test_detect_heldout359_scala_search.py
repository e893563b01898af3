"""Scala: an sbt service calling Elasticsearch's own Java client (set 359, #19).

The transport client (`"org.elasticsearch.client" % "transport"`), a Java artifact whose name
alone says nothing, names Elasticsearch as the engine, as elastic4s does.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BOOT = (
    "package gateway\n\nimport akka.http.scaladsl.Http\n\n"
    'object Boot extends App {\n  Http().newServerAt("0.0.0.0", 8080)\n}\n'
)


def _build(search: str) -> str:
    return (
        'lazy val root = (project in file("."))\n'
        "  .settings(libraryDependencies ++= Seq(\n"
        '    "com.typesafe.akka" %% "akka-http" % "10.6.3",\n'
        f"    {search}\n"
        '    "org.scalatest" %% "scalatest" % "3.2.19" % "test"\n'
        "  ))\n"
    )


def test_the_transport_client_names_elasticsearch(tmp_path: Path) -> None:
    files = {
        "build.sbt": _build('"org.elasticsearch.client" % "transport" % "5.6.16",'),
        "src/main/scala/gateway/Boot.scala": _BOOT,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Akka HTTP", "10.6.3")
    assert first(backend, K.DATABASE)[0] == "Elasticsearch"


def test_another_groups_transport_names_nothing(tmp_path: Path) -> None:
    """Counter-case: `transport` of another group is not Elasticsearch's client."""
    files = {
        "build.sbt": _build('"io.netty" % "transport" % "4.1.100.Final",'),
        "src/main/scala/gateway/Boot.scala": _BOOT,
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.DATABASE) == ("", "")
