"""Held-out set 97 (#19): a Play 3 service in Scala whose project/AppDependencies.scala names
hmrc-mongo only through its work-item queue module (`"uk.gov.hmrc.mongo" %%
"hmrc-mongo-work-item-repo-play-30" % mongoVersion`, with `hmrc-mongo-test-play-30` under
test), its conf/application.conf a `mongodb.uri`. The work-item module (like the metrix one)
depends on hmrc-mongo's own: the data layer is hmrc-mongo on MongoDB. A build naming only
the test module keeps no data layer: it tests against a MongoDB it does not ship.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_detect_gaps import by_folder, first
from test_detect_projects import Files, write

from designer.model.stack import DetectedBackend
from designer.model.stack import FindingKind as K

_CONTROLLER = (
    "package controllers\n\nimport javax.inject._\nimport play.api.mvc._\n\n"
    "@Singleton\nclass MovementController @Inject() (val controllerComponents: "
    "ControllerComponents) extends BaseController {\n}\n"
)


def _play(compile_module: str) -> Files:
    mongo = (
        f'    "uk.gov.hmrc.mongo" %% "{compile_module}" % mongoVersion,\n' if compile_module else ""
    )
    return {
        "build.sbt": (
            'ThisBuild / scalaVersion := "2.13.16"\n\n'
            'lazy val microservice = Project("movements", file("."))\n'
            "  .enablePlugins(play.sbt.PlayScala, SbtDistributablesPlugin)\n"
            "  .settings(libraryDependencies ++= AppDependencies.compile ++ AppDependencies.test)\n"
        ),
        "project/plugins.sbt": 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.8")\n',
        "project/AppDependencies.scala": (
            "import sbt._\n\nobject AppDependencies {\n\n"
            '  private val bootstrapVersion = "9.18.0"\n  lazy val mongoVersion = "2.7.0"\n\n'
            "  val compile: Seq[ModuleID] = Seq(\n"
            '    "uk.gov.hmrc"       %% "bootstrap-backend-play-30" % bootstrapVersion,\n'
            f'{mongo}    "org.typelevel"     %% "cats-core" % "2.10.0"\n  )\n\n'
            "  val test: Seq[ModuleID] = Seq(\n"
            '    "uk.gov.hmrc"       %% "bootstrap-test-play-30"  % bootstrapVersion,\n'
            '    "uk.gov.hmrc.mongo" %% "hmrc-mongo-test-play-30" % mongoVersion\n'
            '  ).map(_ % "test")\n}\n'
        ),
        "app/controllers/MovementController.scala": _CONTROLLER,
        "conf/application.conf": 'mongodb {\n  uri = "mongodb://localhost:27017/movements"\n}\n',
        "test/MovementSpec.scala": "import org.scalatest.wordspec.AnyWordSpec\n",
    }


def _data(backend: DetectedBackend) -> str:
    found = next((f for f in backend.findings if f.kind in (K.ORM, K.QUERY)), None)
    return found.name if found else ""


@pytest.mark.parametrize(
    "module", ["hmrc-mongo-work-item-repo-play-30", "hmrc-mongo-metrix-play-28"]
)
def test_a_module_over_hmrc_mongo_is_hmrc_mongo_on_mongodb(tmp_path: Path, module: str) -> None:
    backend = by_folder(write(tmp_path, _play(module)))["."]
    assert first(backend, K.FRAMEWORK) == ("Play", "3.0.8")
    assert (_data(backend), first(backend, K.DATABASE)[0]) == ("hmrc-mongo", "MongoDB")


def test_only_the_test_module_keeps_no_data_layer(tmp_path: Path) -> None:
    backend = by_folder(write(tmp_path, _play("")))["."]
    assert _data(backend) == ""
