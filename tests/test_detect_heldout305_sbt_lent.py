"""Scala: sbt builds whose shared project lends, or fails to lend, what it holds (set 305, #19).

- A build of a library project and two Lambdas (`aws-lambda-java-core`, a fat jar naming its
  handler's main class), each `.dependsOn(core % "compile->compile;test->test")`: the library
  is theirs and the Lambdas are functions, so the build has no backend.
- A Play application defined for the build's own folder (`project in file(".")`) runs with the
  `common` project it depends on: the DynamoDB client there is its engine.
- A `common` project holds a Doobie repository in its `db` package and a DynamoDB wrapper in
  its `aws` package; of the Play services depending on it, only the one importing `db.` keeps
  its data through Doobie (on PostgreSQL), the others are on DynamoDB.
"""

from __future__ import annotations

from pathlib import Path

from test_detect_gaps import by_folder, first
from test_detect_projects import write

from designer.model.stack import FindingKind as K

_PLUGINS = 'addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.10")\n'

_LAMBDAS_BUILD = (
    'ThisBuild / scalaVersion := "3.3.8"\n\n'
    'lazy val core = (project in file("core"))\n'
    "  .disablePlugins(sbtassembly.AssemblyPlugin)\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "software.amazon.awssdk" % "dynamodb" % "2.52.0",\n'
    '      "org.scalatest" %% "scalatest" % "3.2.20" % Test\n'
    "    )\n"
    "  )\n\n"
    'lazy val outdated = (project in file("outdated"))\n'
    "  .enablePlugins(AssemblyPlugin)\n"
    '  .dependsOn(core % "compile->compile;test->test")\n'
    "  .settings(\n"
    '    assembly / mainClass := Some("logic.OutdatedMain"),\n'
    "    libraryDependencies ++= Seq(\n"
    '      "com.amazonaws" % "aws-lambda-java-core" % "1.4.0",\n'
    '      "org.scalatest" %% "scalatest" % "3.2.20" % Test\n'
    "    )\n"
    "  )\n\n"
    'lazy val unknown = (project in file("unknown"))\n'
    '  .dependsOn(core % "compile->compile;test->test")\n'
    "  .enablePlugins(AssemblyPlugin)\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "com.amazonaws" % "aws-lambda-java-core" % "1.4.0"\n'
    "    ),\n"
    '    assembly / mainClass := Some("unknown.Main")\n'
    "  )\n\n"
    'lazy val root = (project in file("."))\n'
    "  .aggregate(core, outdated, unknown)\n"
)


def test_a_build_of_a_library_and_lambdas_has_no_backend(tmp_path: Path) -> None:
    files = {
        "build.sbt": _LAMBDAS_BUILD,
        # The web plugins a Play application once used, kept after it was removed.
        "project/plugins.sbt": (
            'addSbtPlugin("com.eed3si9n" % "sbt-assembly" % "2.3.1")\n'
            'addSbtPlugin("com.github.sbt" % "sbt-less" % "2.0.1")\n'
        ),
        "core/src/main/scala/db/Store.scala": (
            "package db\n\nimport software.amazon.awssdk.services.dynamodb.DynamoDbClient\n\n"
            "class Store(client: DynamoDbClient)\n"
        ),
        "outdated/src/main/scala/logic/OutdatedMain.scala": (
            "package logic\n\nimport com.amazonaws.services.lambda.runtime.Context\n\n"
            "object OutdatedMain {\n  def handler(context: Context): Unit = ()\n}\n"
        ),
        "unknown/src/main/scala/unknown/Main.scala": (
            "package unknown\n\nobject Main {\n  def handler(): Unit = ()\n}\n"
        ),
    }
    assert by_folder(write(tmp_path, files)) == {}


_ROOT_APP_BUILD = (
    'ThisBuild / scalaVersion := "2.13.18"\n\n'
    'lazy val common = (project in file("common"))\n'
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "software.amazon.awssdk" % "dynamodb" % "2.31.0",\n'
    '      "org.scalatest" %% "scalatest" % "3.2.19" % Test\n'
    "    )\n"
    "  )\n\n"
    'lazy val app = (project in file("."))\n'
    '  .dependsOn(common % "compile->compile;test->test")\n'
    "  .enablePlugins(PlayScala, SbtWeb)\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "org.scalatestplus.play" %% "scalatestplus-play" % "7.0.2" % Test\n'
    "    )\n"
    "  )\n"
)


def test_a_play_app_at_the_builds_root_takes_its_common_projects_engine(tmp_path: Path) -> None:
    files = {
        "build.sbt": _ROOT_APP_BUILD,
        "project/plugins.sbt": _PLUGINS,
        "conf/routes": "GET /api/atoms controllers.Api.list\n",
        "app/controllers/Api.scala": (
            "package controllers\n\nimport play.api.mvc._\n\n"
            "class Api(val controllerComponents: ControllerComponents) extends BaseController {\n"
            "  def list = Action { Ok(\"[]\") }\n}\n"
        ),
        "common/src/main/scala/data/Store.scala": (
            "package data\n\nimport software.amazon.awssdk.services.dynamodb.DynamoDbClient\n\n"
            "class Store(client: DynamoDbClient)\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert list(found) == ["."]
    assert first(found["."], K.FRAMEWORK)[0] == "Play"
    assert first(found["."], K.DATABASE)[0] == "DynamoDB"


_SHARED_BUILD = (
    'ThisBuild / scalaVersion := "2.13.16"\n\n'
    "lazy val common = project\n"
    "  .settings(\n"
    "    libraryDependencies ++= Seq(\n"
    '      "org.tpolecat" %% "doobie-core" % "0.13.4",\n'
    '      "org.tpolecat" %% "doobie-postgres" % "0.13.4",\n'
    '      "org.postgresql" % "postgresql" % "42.7.11",\n'
    '      "com.amazonaws" % "aws-java-sdk-dynamodb" % "1.12.780"\n'
    "    )\n"
    "  )\n\n"
    "lazy val registration = project\n"
    "  .dependsOn(common)\n"
    "  .enablePlugins(PlayScala)\n\n"
    "lazy val report = project\n"
    "  .dependsOn(common)\n"
    "  .enablePlugins(PlayScala)\n\n"
    'lazy val root = (project in file("."))\n'
    "  .aggregate(common, registration, report)\n"
)


def _controller(package: str, imports: str) -> str:
    return (
        f"package {package}.controllers\n\n{imports}import play.api.mvc._\n\n"
        "class Main(val controllerComponents: ControllerComponents) extends BaseController {\n"
        "  def index = Action { Ok(\"ok\") }\n}\n"
    )


def test_a_lent_layer_is_only_the_services_whose_code_imports_it(tmp_path: Path) -> None:
    files = {
        "build.sbt": _SHARED_BUILD,
        "project/plugins.sbt": _PLUGINS,
        "common/src/main/scala/db/DatabaseConfig.scala": (
            "package db\n\nimport doobie.Transactor\n\nobject DatabaseConfig\n"
        ),
        "common/src/main/scala/db/RegistrationService.scala": (
            "package db\n\nimport doobie.implicits._\n\nclass RegistrationService\n"
        ),
        "common/src/main/scala/aws/AsyncDynamo.scala": (
            "package aws\n\nimport com.amazonaws.services.dynamodbv2.AmazonDynamoDBAsync\n\n"
            "class AsyncDynamo(client: AmazonDynamoDBAsync)\n"
        ),
        "registration/conf/routes": "POST /device/register registration.controllers.Main.index\n",
        "registration/app/registration/controllers/Main.scala": _controller(
            "registration", "import db.RegistrationService\n"
        ),
        "report/conf/routes": "GET /notifications report.controllers.Main.index\n",
        "report/app/report/controllers/Main.scala": _controller(
            "report", "import aws.AsyncDynamo\n"
        ),
    }
    found = by_folder(write(tmp_path, files))
    assert sorted(found) == ["registration", "report"]
    assert first(found["registration"], K.QUERY)[0] == "Doobie"
    assert first(found["registration"], K.DATABASE)[0] == "PostgreSQL"
    assert first(found["report"], K.QUERY)[0] == ""
    assert first(found["report"], K.DATABASE)[0] == "DynamoDB"
