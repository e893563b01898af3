"""The three-hundred-and-seventy-ninth held-out set (benchmarks/detect_heldout379.yaml), as small
fixtures of the real files' shape (#19): an sbt multi-project whose Play app keeps the
`project/plugins.sbt` of the days it was built alone (sbt reads only the root build's
`project/`: the root's Play plugin is the release it runs), and a Scala service built by Maven
whose specs2 specifications run under JUnit's runner (specs2, not JUnit, is its test tool)."""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_BUILD = """lazy val core = project
  .settings(libraryDependencies ++= Seq("com.typesafe.slick" %% "slick" % "2.1.0"))

lazy val api = project
  .enablePlugins(PlayScala)
  .dependsOn(core % "test->test;compile->compile")
  .settings(libraryDependencies ++= Seq("org.postgresql" % "postgresql" % "9.3-1102-jdbc41"))
"""

_CONTROLLER = (
    "package controllers\n\nimport play.api.mvc._\n\n"
    "object Users extends Controller {\n  def list = Action { Ok }\n}\n"
)


def test_a_subprojects_own_meta_build_is_not_what_it_runs(tmp_path: Path) -> None:
    files = {
        "build.sbt": _BUILD,
        "project/plugins.sbt": 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.3.4")\n',
        "project/build.properties": "sbt.version=0.13.5\n",
        # Left over from before the app joined the build: sbt never reads it.
        "api/project/plugins.sbt": 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.2.2")\n',
        "api/project/build.properties": "sbt.version=0.13.0\n",
        "api/app/controllers/Users.scala": _CONTROLLER,
        "api/conf/routes": "GET /users controllers.Users.list\n",
        "core/src/main/scala/Db.scala": "package core\n\nimport scala.slick.driver._\n",
    }
    backend = by_folder(write(tmp_path, files))["api"]
    assert first(backend, K.FRAMEWORK) == ("Play", "2.3.4")


_POM = """<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>fi.example</groupId>
  <artifactId>desk</artifactId>
  <version>1.0</version>
  <properties><akkahttp.version>10.0.6</akkahttp.version></properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>junit</groupId>
        <artifactId>junit</artifactId>
        <version>4.12</version>
        <scope>test</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>com.typesafe.akka</groupId>
      <artifactId>akka-http_2.11</artifactId>
      <version>${akkahttp.version}</version>
    </dependency>
    <dependency>
      <groupId>org.scalikejdbc</groupId>
      <artifactId>scalikejdbc_2.11</artifactId>
      <version>2.5.0</version>
    </dependency>
    <dependency>
      <groupId>org.postgresql</groupId>
      <artifactId>postgresql</artifactId>
      <version>42.0.0</version>
    </dependency>
    <dependency>
      <groupId>junit</groupId>
      <artifactId>junit</artifactId>
    </dependency>
    <dependency>
      <groupId>org.specs2</groupId>
      <artifactId>specs2-core_2.11</artifactId>
      <version>3.8.9</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>org.specs2</groupId>
      <artifactId>specs2-junit_2.11</artifactId>
      <version>3.8.9</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
"""

_SPEC = """package fi.example

import org.junit.runner.RunWith
import org.specs2.mutable.Specification
import org.specs2.runner.JUnitRunner

@RunWith(classOf[JUnitRunner])
class {name} extends Specification {{
  "it" should {{ "work" in {{ 1 must_== 1 }} }}
}}
"""

_SERVER = """package fi.example

import akka.http.scaladsl.Http

object Server extends App {
  Http().bindAndHandle(Routes.all, "0.0.0.0", 8081)
}
"""


def test_specs2_under_the_junit_runner_of_a_maven_build_is_specs2(tmp_path: Path) -> None:
    files = {
        "pom.xml": _POM,
        "src/main/scala/fi/example/Server.scala": _SERVER,
        "src/test/scala/fi/example/UserServiceSpec.scala": _SPEC.format(name="UserServiceSpec"),
        "src/test/scala/fi/example/AuditLogTest.scala": _SPEC.format(name="AuditLogTest"),
    }
    backend = by_folder(write(tmp_path, files))["."]
    assert first(backend, K.TEST)[0] == "specs2"
