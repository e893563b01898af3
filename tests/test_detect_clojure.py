"""Clojure backends and a Play application's MongoDB data layer (#19), two misses of the
thirty-third held-out set: cljdoc (Pedestal over next.jdbc on SQLite, Kaocha running
clojure.test, read from deps.edn) and agent-client-relationships (Play 3 over hmrc-mongo on
MongoDB, its artifact interpolating a val of project/AppDependencies.scala). Each fixture is a
small tree of the real files' shape: a deps.edn with its aliases or a Leiningen project.clj with
its profiles, the code starting a server, the settings naming the engine; an sbt build."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import Files, write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K


def _data(backend: DetectedBackend) -> str:
    found = next((f for f in backend.findings if f.kind in (K.ORM, K.QUERY)), None)
    return found.name if found else ""


# --- Scala: Play over a MongoDB client ----------------------------------------------------------


_PLAY_CONTROLLER = (
    "package controllers\n\nimport javax.inject._\nimport play.api.mvc._\n\n"
    "@Singleton\nclass HomeController @Inject() (val controllerComponents: "
    "ControllerComponents) extends BaseController {\n}\n"
)


def _play(dependencies: str, defined: str = "") -> Files:
    return {
        "build.sbt": (
            'lazy val microservice = Project("agents", file("."))\n'
            "  .enablePlugins(PlayScala, SbtDistributablesPlugin)\n"
            '  .settings(\n    scalaVersion := "2.13.18",\n'
            "    libraryDependencies ++= AppDependencies.compile ++ AppDependencies.test\n  )\n"
        ),
        "project/plugins.sbt": 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.10")\n',
        "project/AppDependencies.scala": (
            "import sbt.*\n\nobject AppDependencies {\n\n"
            '  private val bootstrapVer = "10.7.0"\n  private val mongoVer = "2.12.0"\n'
            f"{defined}\n  val compile: Seq[ModuleID] = Seq(\n{dependencies}\n  )\n\n"
            "  val test: Seq[ModuleID] = Seq(\n"
            '    "org.scalatestplus.play" %% "scalatestplus-play" % "7.0.1" % Test\n  )\n}\n'
        ),
        "app/controllers/HomeController.scala": _PLAY_CONTROLLER,
        "conf/application.conf": 'mongodb {\n  uri = "mongodb://localhost:27017/agents"\n}\n',
        "test/HomeSpec.scala": "import org.scalatest.wordspec.AnyWordSpec\n\nclass HomeSpec\n",
    }


def test_play_over_hmrc_mongo_with_its_play_release_interpolated(tmp_path: Path) -> None:
    """agent-client-relationships' shape: `s"hmrc-mongo-$playVer"` with a private val."""
    files = _play(
        '    "uk.gov.hmrc"       %% s"bootstrap-backend-$playVer" % bootstrapVer,\n'
        '    "uk.gov.hmrc.mongo" %% s"hmrc-mongo-$playVer"        % mongoVer,\n'
        '    "org.typelevel"     %% "cats-core"                   % "2.13.0"',
        '  private val playVer = "play-30"\n',
    )
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.10")
    assert (_data(backend), first(backend, K.DATABASE)[0]) == ("hmrc-mongo", "MongoDB")
    hmrc = next(f for f in backend.findings if f.name == "hmrc-mongo")
    assert hmrc.version == "2.12.0"  # `private val mongoVer` resolves
    assert first(backend, K.TEST)[0] == "ScalaTest"


def test_hmrc_mongo_whose_play_release_is_defined_elsewhere(tmp_path: Path) -> None:
    files = _play('    "uk.gov.hmrc.mongo" %% s"hmrc-mongo-${playVersion}" % mongoVer')
    backend = by_folder(write(tmp_path, files))["."]
    assert (_data(backend), first(backend, K.DATABASE)[0]) == ("hmrc-mongo", "MongoDB")


@pytest.mark.parametrize(
    ("dependency", "data"),
    [
        ('"org.mongodb.scala" %% "mongo-scala-driver" % "5.1.4"', "mongo-scala-driver"),
        ('"org.reactivemongo" %% "reactivemongo" % "1.0.10"', "ReactiveMongo"),
        ('"org.reactivemongo" %% "play2-reactivemongo" % "1.0.10-play28"', "ReactiveMongo"),
    ],
)
def test_play_over_a_mongodb_client(tmp_path: Path, dependency: str, data: str) -> None:
    backend = by_folder(write(tmp_path, _play(f"    {dependency}")))["."]
    assert (_data(backend), first(backend, K.DATABASE)[0]) == (data, "MongoDB")
