"""Held-out set 387 (#19): a Play 2.2 application written in Java, built by sbt.

Its `project/plugins.sbt` adds Play's sbt plugin at a version a system property may override
(`% Option(System.getProperty("play.version")).getOrElse("2.2.2")`): nothing sets it on an
ordinary build, so the default is Play's release. Its tests are mostly Java classes on JUnit
(which Play's plugin adds to every build), with a few ScalaTest suites the build declares: the
count of test files names JUnit, not the declared ScalaTest; where ScalaTest suites are most of
the tests, ScalaTest stays.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PLUGINS = (
    'resolvers += "Typesafe repository" at "https://repo.typesafe.com/typesafe/releases/"\n'
    'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % '
    'Option(System.getProperty("play.version")).getOrElse("2.2.2"))\n'
)

_BUILD = (
    'name := "monitor"\n\nscalaVersion := "2.10.4"\n\n'
    "libraryDependencies ++= Seq(javaJdbc, javaEbean,\n"
    '  "mysql" % "mysql-connector-java" % "5.1.36",\n'
    '  "org.scalatest" %% "scalatest" % "3.0.0" % Test)\n\n'
    "playJavaSettings\n"
)

_CONTROLLER = (
    "package controllers;\n\nimport play.mvc.Controller;\nimport play.mvc.Result;\n\n"
    "public class Application extends Controller {\n"
    '  public static Result index() { return ok("up"); }\n}\n'
)

_JUNIT = (
    "package controllers;\n\nimport org.junit.Test;\nimport static org.junit.Assert.*;\n\n"
    "public class {name}Test {{\n  @Test\n  public void works() {{ assertTrue(true); }}\n}}\n"
)

_SCALATEST = (
    "package analysis\n\nimport org.scalatest.FunSpec\n\n"
    'class {name}Test extends FunSpec {{\n  describe("it") {{ it("works") {{ }} }}\n}}\n'
)


def _backend(tmp_path: Path, java: int, scala: int) -> object:
    files = {
        "build.sbt": _BUILD,
        "project/plugins.sbt": _PLUGINS,
        "project/build.properties": "sbt.version=0.13.0\n",
        "conf/routes": "GET / controllers.Application.index()\n",
        "conf/application.conf": "db.default.driver=com.mysql.jdbc.Driver\n",
        "app/controllers/Application.java": _CONTROLLER,
    }
    for i in range(java):
        files[f"test/controllers/Case{i}Test.java"] = _JUNIT.format(name=f"Case{i}")
    for i in range(scala):
        files[f"test/analysis/Spec{i}Test.scala"] = _SCALATEST.format(name=f"Spec{i}")
    return by_folder(write(tmp_path, files))["."]


def test_the_plugins_default_version_is_plays(tmp_path: Path) -> None:
    backend = _backend(tmp_path, 6, 1)
    assert first(backend, K.FRAMEWORK) == ("Play", "2.2.2")


def test_java_tests_on_junit_outnumber_a_few_scalatest_suites(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, 9, 2), K.TEST)[0] == "JUnit"


def test_scalatest_suites_that_are_most_tests_stay(tmp_path: Path) -> None:
    assert first(_backend(tmp_path, 1, 8), K.TEST)[0] == "ScalaTest"
