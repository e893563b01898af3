"""A gap the 448th held-out set showed (benchmarks/detect_heldout448.yaml), as a small fixture
of the real files' shape (#19): an HMRC Play service whose build declares its tests only through
HMRC's test bootstrap (`"uk.gov.hmrc" %% "bootstrap-test-play-30" % bootstrapVersion % scope`),
which brings ScalaTest, and whose many specs extend a helper of the suite (`extends TestUtil`):
only the helper imports ScalaTest, and the specs read first crowd it out. The bootstrap is the
suite's declaration. Its runtime sibling (`bootstrap-backend-play-30`) declares no test tool."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind


def _build(test_bootstrap: bool) -> str:
    tests = (
        'def test(scope: String = "test"): Seq[ModuleID] = Seq(\n'
        '  "uk.gov.hmrc" %% "bootstrap-test-play-30" % bootstrapVersion % scope\n)\n'
        if test_bootstrap
        else ""
    )
    return (
        'val appName = "vat-service"\nval bootstrapVersion = "8.6.0"\n'
        'ThisBuild / scalaVersion := "2.13.16"\n\n'
        'val compile = Seq(ws, "uk.gov.hmrc" %% "bootstrap-backend-play-30" % bootstrapVersion)\n'
        f"{tests}\n"
        "lazy val microservice = Project(appName, file(\".\"))\n"
        "  .enablePlugins(play.sbt.PlayScala)\n"
        "  .settings(libraryDependencies ++= compile)\n"
    )


def _tree(test_bootstrap: bool) -> dict[str, str]:
    files = {
        "build.sbt": _build(test_bootstrap),
        "project/plugins.sbt": 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.3")\n',
        "conf/app.routes": "GET  /status  controllers.StatusController.status\n",
        "app/controllers/StatusController.scala": (
            "package controllers\n\nimport play.api.mvc._\n\n"
            "class StatusController(cc: ControllerComponents) extends BackendController(cc)\n"
        ),
        "test/helpers/TestUtil.scala": (
            "package helpers\n\nimport org.scalatest.matchers.should.Matchers\n"
            "import org.scalatest.wordspec.AnyWordSpecLike\n\n"
            "trait TestUtil extends AnyWordSpecLike with Matchers\n"
        ),
    }
    for n in range(24):
        files[f"test/controllers/Update{n}ControllerSpec.scala"] = (
            "package controllers\n\nimport helpers.TestUtil\nimport play.api.test.FakeRequest\n\n"
            f"class Update{n}ControllerSpec extends TestUtil {{\n"
            '  "the controller" should {\n    "answer" in {\n      FakeRequest()\n    }\n  }\n}\n'
        )
    return files


def test_the_test_bootstrap_declares_scalatest(tmp_path: Path) -> None:
    found = by_folder(write(tmp_path, _tree(test_bootstrap=True)))
    assert set(found) == {"."}
    assert first(found["."], FindingKind.TEST)[0] == "ScalaTest"


def test_the_runtime_bootstrap_declares_no_test_tool(tmp_path: Path) -> None:
    # Counter-case: the backend bootstrap alone, with the same specs, names no test tool.
    found = by_folder(write(tmp_path, _tree(test_bootstrap=False)))
    assert set(found) == {"."}
    assert first(found["."], FindingKind.TEST) == ("", "")
